// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { costTitle } from '../../../src/charts/cost/costLayout';
import { burnTitle } from '../../../src/charts/burn/burnLayout';
import { powerTitle } from '../../../src/charts/power/powerLayout';
import { kpis } from '../../../src/ui/kpi/kpis';
import { defaultParams, type ParamValues } from '../../../src/registry';
import { PRESET_BY_ID, presetParams } from '../../../src/url/presets';
import { serializeLink } from '../../../src/url';

interface CliFigure {
  name: string;
  basis: string;
  text: string;
}

function cliFigures(params: ParamValues): Record<string, CliFigure> {
  const link = `?${serializeLink({ params, name: null, baseline: null })}`;
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/simulate.ts', link], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout).figures;
}

const SCENARIOS: Array<[string, ParamValues]> = [
  ['the default', defaultParams()],
  ['HSBC (Nov 2025)', presetParams(PRESET_BY_ID.get('hsbc-2025-11')!)],
  ['silicon slips 18 months', presetParams(PRESET_BY_ID.get('silicon-slips-18')!)],
];

describe('one meaning per number: tile, chart title and CLI quote the same text', () => {
  for (const [name, params] of SCENARIOS) {
    it(name, { timeout: 30_000 }, () => {
      const s = runScenario(params).summary;
      const r = runScenario(params);
      const cli = cliFigures(params);
      const tiles = Object.fromEntries(kpis(s, null).map((k) => [k.id, k]));
      // cost per query: the tile's numbers (¢ in its label), the chart title's, the CLI's
      const [tileNow, tileEnd] = tiles.cost.value.split(' → ');
      expect(`${tileNow}¢`).toBe(cli.costAllInNow.text);
      expect(`${tileEnd}¢`).toBe(cli.costAllInEnd.text);
      expect(tiles.cost.label).toContain(cli.costAllInNow.name);
      expect(costTitle(r)).toContain(`${cli.costAllInNow.text} now → ${cli.costAllInEnd.text}`);
      expect(costTitle(r)).toContain(`${cli.costPhysicsNow.name.toLowerCase()} ${cli.costPhysicsNow.text}`);
      expect(tiles.cost.note).toContain(cli.costPhysicsNow.text);
      // cash now
      expect(tiles.cashnow.value).toBe(cli.cashNow.text);
      expect(cli.cashNow.basis).toBe('Nov 2026');
      // Wh per query now: tile and chart title, one value
      const [whNow] = tiles.wh.value.split(' → ');
      expect(`${whNow} Wh`).toBe(cli.whPerQueryNow.text);
      expect(powerTitle(r)).toContain(cli.whPerQueryNow.text);
      // the month cash runs out, and the months from now
      expect(tiles.insolvency.label).toBe(cli.insolvencyMonth.name);
      expect(tiles.insolvency.value).toBe(cli.insolvencyMonth.text);
      const burnSays =
        s.insolvencyMonth === null
          ? `Solvent through ${s.endMonth === r.startMonth + r.months - 1 ? 'Dec 2030' : '?'}`
          : `${cli.insolvencyMonth.name} in ${cli.insolvencyMonth.text}, ${cli.monthsOfCash.text} from Nov 2026`;
      expect(burnTitle(r).startsWith(burnSays)).toBe(true);
      expect(tiles.runway.label).toBe(cli.runwayAtTodaysBurn.name);
      expect(tiles.runway.value).toBe(cli.runwayAtTodaysBurn.text);
    });
  }
  it('the default: figures as a reporter reads them (hand-checked against the CLI of engine v3)', () => {
    const cli = cliFigures(defaultParams());
    expect(cli.cashNow.text).toBe('$108.4B');
    expect(cli.insolvencyMonth.text).toBe('Aug 2028');
    // Nov 2026 → Aug 2028 is 21 months
    expect(cli.monthsOfCash.text).toBe('21 mo');
    expect(cli.costAllInNow.text).toBe('1.06¢');
    expect(cli.whPerQueryNow.text).toBe('0.27 Wh');
  });
});
