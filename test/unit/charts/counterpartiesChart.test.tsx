import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { counterpartyReport } from '../../../src/engine/counterparties';
import { defaultParams } from '../../../src/registry';
import { answer } from '../../../src/runner/answer';
import { counterpartiesSpec } from '../../../src/charts/counterparties/spec';
import { fitText, rowsLayout } from '../../../src/charts/counterparties/rowsLayout';
import { CounterpartyTable } from '../../../src/charts/counterparties/CounterpartyTable';
import { CounterpartiesPicture } from '../../../src/charts/counterparties/CounterpartiesPicture';
import { ANY_CHART_IDS, isAnyChartId, isChartId } from '../../../src/charts/specs';
import { parseEmbed } from '../../../src/embed/parse';
import { counterpartiesCsv } from '../../../src/charts/counterparties/csv';
import { isTimeChart, SLIDE_CHART_IDS } from '../../../src/deck/model';

afterEach(() => cleanup());

const p = defaultParams();
const report = counterpartyReport(p, runScenario(p));

/*
 * The figures below were read off the CLI on the default scenario (record 2026-12), by hand:
 *   npx tsx src/cli/simulate.ts --format json   →   counterparties[], exposure
 * oracle:    paidBy 231.59, paidTo 0,     stake null, owedAfter 310.90, exposure 310.90
 * microsoft: paidBy 251.92, paidTo 1.48,  stake 22.54, owedAfter 179.31, exposure 179.31
 * amazon:    paidBy 62.56,  paidTo 15.00, stake null, owedAfter 113.93, exposure 113.93
 * exposure after 2028-08 (insolvency), cash then −4.12, owed after 616.13 = exposure 616.13
 */
describe('Who holds the risk: the spec, the table and the tooltip carry the CLI figures', () => {
  it('is asked of the runner as a job, the same report the CLI prints', () => {
    const asked = answer({ kind: 'counterparties', params: p });
    expect(asked.exposureUsdB).toBeCloseTo(616.13, 2);
    expect(asked.counterparties.map((c) => c.id).slice(0, 3)).toEqual(['oracle', 'microsoft', 'amazon']);
  });

  it('titles the finding: the uncovered total after cash runs out and who holds the most', () => {
    expect(counterpartiesSpec.title(report)).toBe(
      '$616B owed after cash runs out (Aug 2028) is not covered by cash; Oracle holds $311B',
    );
  });

  it('tables one row per counterparty, then the total', () => {
    const { container } = render(<CounterpartyTable report={report} caption="Who holds the risk" />);
    const cells = (id: string) =>
      [...container.querySelectorAll(`tr[data-counterparty="${id}"] td`)].map((td) => td.textContent);
    expect(cells('oracle')).toEqual(['cloud, partner', '$0.0B', '$231.6B', '—', '$310.9B', '$310.9B']);
    expect(cells('microsoft')).toEqual([
      'investor, cloud, revenue share, rival',
      '$1.5B',
      '$251.9B',
      '22.5%',
      '$179.3B',
      '$179.3B',
    ]);
    expect(cells('amazon')).toEqual(['investor, cloud', '$15.0B', '$62.6B', '—', '$113.9B', '$113.9B']);
    const total = [...container.querySelectorAll('tfoot td')].map((td) => td.textContent);
    expect(total[4]).toBe('$616.1B');
    expect(total[5]).toBe('$616.1B');
  });

  it("gives each counterparty's tooltip its parts, stake and exposure", () => {
    const ms = report.counterparties.find((c) => c.id === 'microsoft')!;
    const rows = Object.fromEntries(counterpartiesSpec.tooltip(ms, report).map((r) => [r.label, r.value]));
    expect(rows['Paid by OpenAI']).toBe('$251.9B');
    expect(rows['· Revenue share']).toBe('$38.0B');
    expect(rows['Stake']).toBe('22.5%');
    expect(rows['Owed after cash runs out (Aug 2028)']).toBe('$179.3B');
    expect(rows['Exposure (not covered by cash)']).toBe('$179.3B');
  });

  it('draws all three bars of the rows on one $B scale, inside the width, at 1200 and 390 px', () => {
    for (const width of [1200, 390]) {
      const l = rowsLayout(report, width, 'Exposure');
      const oracle = l.rows.find((r) => r.id === 'oracle')!;
      const out = oracle.bars.find((b) => b.kind === 'out')!;
      const exp = oracle.bars.find((b) => b.kind === 'exposure')!;
      // 310.90 / 231.59
      expect(exp.width / out.width).toBeCloseTo(1.3424, 3);
      for (const r of l.rows) for (const b of r.bars) expect(b.labelX + 40).toBeLessThanOrEqual(width);
      const broadcom = l.rows.find((r) => r.id === 'broadcom')!;
      expect(broadcom.bars.find((b) => b.kind === 'exposure')!.label).toBe('none');
    }
    expect(rowsLayout(report, 1200, 'x').beside).toBe(true);
    expect(rowsLayout(report, 390, 'x').beside).toBe(false);
    expect(fitText('Dragoneer and co-investors', 70, 7)).toBe('Dragoneer…');
  });

  it('draws the circular flows with d3-sankey: every counterparty that pays or is paid has its band', () => {
    const { container } = render(<CounterpartiesPicture report={report} width={800} flows label="flows" />);
    const titles = [...container.querySelectorAll('path.cp-link title')].map((t) => t.textContent);
    expect(titles).toContain('OpenAI → Oracle: $231.6B');
    expect(titles).toContain('SoftBank → OpenAI: $62.5B');
    expect(within(container).getAllByText(/^OpenAI$/)).toHaveLength(1);
  });

  it('is a chart id of links and the embed', () => {
    expect(ANY_CHART_IDS).toContain('counterparties');
    expect(isAnyChartId('counterparties')).toBe(true);
    expect(isChartId('counterparties')).toBe(false);
    const e = parseEmbed('?chart=counterparties&v=2.3');
    expect(e.ok && e.chart).toBe('counterparties');
    const bad = parseEmbed('?chart=risk');
    expect(!bad.ok && bad.message).toContain('counterparties');
  });

  it('is a slide chart, not one over time', () => {
    expect(SLIDE_CHART_IDS).toEqual(['burn', 'cost', 'power', 'microsoft', 'counterparties', 'attribution']);
    expect(isTimeChart('counterparties')).toBe(false);
    expect(isTimeChart('burn')).toBe(true);
  });

  it('exports CSV with the CLI field names: a row for the horizon, then one per year', () => {
    const lines = counterpartiesCsv(report).trimEnd().split('\n');
    const head = lines[0].split(',');
    const row = (prefix: string) =>
      Object.fromEntries(
        lines
          .find((l) => l.startsWith(prefix))!
          .split(',')
          .map((v, i) => [head[i], v]),
      );
    const oracle = row('oracle,Oracle,cloud; partner,all,');
    expect(Number(oracle.paidByOpenAiUsdB)).toBeCloseTo(231.59, 2);
    expect(Number(oracle.exposureUsdB)).toBeCloseTo(310.9, 2);
    expect(oracle.stakePct).toBe('');
    expect(oracle.exposureAfter).toBe('2028-08');
    const ms = row('microsoft,Microsoft,investor; cloud; revenue share; rival,all,');
    expect(Number(ms.stakePct)).toBeCloseTo(22.54, 2);
    expect(Number(ms.revShareUsdB)).toBeCloseTo(38, 1);
    // a year row per calendar year of the horizon: 2025 to 2030
    expect(lines.filter((l) => l.startsWith('amazon,')).map((l) => l.split(',')[3])).toEqual([
      'all',
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
    ]);
  });
});
