import { describe, expect, it } from 'vitest';
import { changedLevers } from '../../../src/export/assumptions';
import { leverText } from '../../../src/registry/value';
import { wrapText } from '../../../src/export/chartImage';
import { qrMatrix } from '../../../src/export/qr';
import { runScenario } from '../../../src/engine';
import { LEVER_BY_KEY, defaultParams } from '../../../src/registry';

const SLIP = LEVER_BY_KEY.get('slip')!;
import { presetParams, PRESET_BY_ID } from '../../../src/url/presets';
import { compareLayout, SLOT_STYLE } from '../../../src/charts/compare/compareLayout';
import { burnSpec } from '../../../src/charts/burn/spec';
import { differingLevers, HEADLINES } from '../../../src/ui/compare/CompareTables';
import { mixResults } from '../../../src/ui/present/interpolate';

describe('assumptions table', () => {
  it('lists exactly the levers that differ from their defaults, with readable values', () => {
    expect(changedLevers(defaultParams())).toEqual([]);
    const p = { ...defaultParams(), [SLIP.id]: 18 };
    const rows = changedLevers(p);
    expect(rows.map((r) => r.lever.id)).toEqual([SLIP.id]);
    expect(rows[0].value).toBe(leverText(SLIP, 18));
    expect(rows[0].value).toContain('18');
  });
});

describe('wrapText', () => {
  it('wraps on words and breaks long URLs anywhere, losing nothing', () => {
    const url = 'https://example.org/?v=1.1&' + 'x'.repeat(200);
    const lines = wrapText(`Scenario: ${url}`, 300, 10);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((l) => l.length <= Math.floor(300 / 5.6))).toBe(true);
    expect(lines.join('').replace(/\s/g, '')).toBe(`Scenario:${url}`);
  });
});

describe('QR code', () => {
  it('encodes a long scenario link, and reports null rather than throwing when it cannot', () => {
    const qr = qrMatrix(`https://dashboard.example/?${'v=1.1&slip=18&'.repeat(20)}`)!;
    expect(qr.size).toBeGreaterThanOrEqual(21);
    expect((qr.size - 17) % 4).toBe(0); // a valid QR version: 17 + 4·version modules
    expect(qr.isDark(0, 0)).toBe(true); // finder pattern corner
    expect(qrMatrix('x'.repeat(5000))).toBeNull();
  });
});

describe('scenario tween', () => {
  it('mixes every series linearly and ends exactly on the target', () => {
    const a = runScenario(defaultParams());
    const b = runScenario(presetParams(PRESET_BY_ID.get('bull')!));
    const mid = mixResults(a, b, 0.5);
    expect(mid.monthly.cashUsdB[40]).toBeCloseTo((a.monthly.cashUsdB[40] + b.monthly.cashUsdB[40]) / 2, 12);
    expect(mixResults(a, b, 1)).toBe(b);
    expect(mid.summary).toBe(b.summary);
  });
});

describe('compare', () => {
  const base = runScenario(defaultParams());
  const slip = { ...defaultParams(), [SLIP.id]: 18 };
  const bullParams = presetParams(PRESET_BY_ID.get('bull')!);
  it('overlays one line per scenario with its name at the end', () => {
    const series = [base, runScenario(slip), runScenario(bullParams)].map((result, i) => ({
      name: `S${i + 1}`,
      result,
      ...SLOT_STYLE[i],
    }));
    const layout = compareLayout(burnSpec, series, 600, 240);
    const lines = layout.panels[0].lines;
    expect(lines).toHaveLength(3);
    expect(lines[1].dashed).toBe(true);
    expect(layout.panels[0].endLabels.map((l) => l.text).sort()).toEqual(['S1', 'S2', 'S3']);
    for (const l of lines) expect(l.d).toMatch(/^M[\d.]+,[\d.-]+L/);
    // a long name gets the room it needs on a wide card, up to 28 characters (16 when narrow)
    const named = series.map((s, i) => ({ ...s, name: i ? s.name : 'Baseline: the record to Nov 2026' }));
    expect(compareLayout(burnSpec, named, 600, 240).panels[0].endLabels.map((l) => l.text)).toContain(
      'Baseline: the record to Nov…',
    );
    expect(compareLayout(burnSpec, named, 400, 240).panels[0].endLabels.map((l) => l.text)).toContain(
      'Baseline: the r…',
    );
  });

  it('finds the levers that differ in any scenario, and headline deltas against the first', () => {
    expect(differingLevers([defaultParams(), defaultParams()])).toEqual([]);
    expect(differingLevers([defaultParams(), slip]).map((l) => l.id)).toEqual([SLIP.id]);
    const ids = differingLevers([defaultParams(), slip, bullParams]).map((l) => l.id);
    expect(ids).toContain(SLIP.id);
    expect(ids.length).toBeGreaterThan(5);
    const runway = HEADLINES.find((h) => h.label === 'Cash runs out')!;
    const later = runScenario(bullParams).summary;
    expect(runway.delta(base.summary, base.summary)).toBeNull();
    expect(later.insolvencyMonth).not.toBeNull();
    expect(base.summary.insolvencyMonth).not.toBeNull();
    expect(runway.delta(later, base.summary)).toBe(`+${later.insolvencyMonth! - base.summary.insolvencyMonth!} mo`);
  });
});
