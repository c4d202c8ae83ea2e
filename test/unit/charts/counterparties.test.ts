import { describe, expect, it } from 'vitest';
import { runScenario, START_MONTH } from '../../../src/engine';
import { counterpartyReport } from '../../../src/engine/counterparties';
import { defaultParams } from '../../../src/registry';
import { parseMonth } from '../../../src/registry/month';
import { counterpartyRows, flowGraph, flowLayout } from '../../../src/charts/counterparties/model';
import { rowsHeight, rowsLayout } from '../../../src/charts/counterparties/rowsLayout';

const p = defaultParams();
const r = runScenario(p);
const report = counterpartyReport(p, r);

describe('who holds the risk: the chart model', () => {
  it('gives a row per counterparty with the CLI figures', () => {
    const rows = counterpartyRows(report);
    const amazon = rows.find((x) => x.id === 'amazon')!;
    const c = report.counterparties.find((x) => x.id === 'amazon')!;
    expect(amazon).toEqual({
      id: 'amazon',
      name: 'Amazon',
      roles: 'investor, cloud',
      inUsdB: c.paidToOpenAiUsdB,
      outUsdB: c.paidByOpenAiUsdB,
      exposureUsdB: c.exposureUsdB,
      stakePct: null,
    });
    expect(amazon.inUsdB).toBeCloseTo(15, 9);
  });

  it('draws a counterparty on both sides as two nodes, so the flows have no cycle, and conserves money at OpenAI', () => {
    const g = flowGraph(report);
    expect(g.nodes.filter((n) => n.label === 'Amazon').map((n) => n.side)).toEqual(['in', 'out']);
    const { boxes, paths } = flowLayout(g, 600, 400);
    const openai = boxes.find((b) => b.id === 'openai')!;
    const inflow = paths.filter((l) => l.target === 'openai').reduce((a, l) => a + l.value, 0);
    const outflow = paths.filter((l) => l.source === 'openai').reduce((a, l) => a + l.value, 0);
    expect(openai.value).toBeCloseTo(Math.max(inflow, outflow), 9);
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(600);
      expect(b.y1).toBeLessThanOrEqual(400 + 1e-9);
    }
    expect(boxes.filter((b) => b.side === 'in').every((b) => b.x1 <= openai.x0)).toBe(true);
    expect(boxes.filter((b) => b.side === 'out').every((b) => b.x0 >= openai.x1)).toBe(true);
  });

  it("bridges cash burn to the losses for Q1 2026 (docs/MODEL.md's worked example): burn + items = $9.19B operating loss, + $12.4B non-cash", () => {
    const t = parseMonth('2026-01')! - START_MONTH;
    const q1 = (a: Float64Array) => a[t] + a[t + 1] + a[t + 2];
    const m = r.monthly;
    // burn 3.57 + stock compensation 2.30 + booked before paid 3.75 + depreciation 0.13 − capex 0.47 − financing 0.07
    expect(q1(m.burnUsdB)).toBeCloseTo(3.57, 2);
    expect(q1(m.accruedCostsUsdB)).toBeCloseTo(3.75, 2);
    expect(q1(m.operatingLossUsdB)).toBeCloseTo(9.19, 2);
    expect(q1(m.stockCompUsdB)).toBeCloseTo(2.3, 9);
    expect(q1(m.nonCashUsdB)).toBeCloseTo(12.4, 9);
    expect(q1(m.netLossUsdB)).toBeCloseTo(q1(m.operatingLossUsdB) + 12.4, 9);
  });

  it('reserves, before the first report, the height the default report draws at (no shift when it comes)', () => {
    // eleven rows on the default; beside (≥ 520 px): 20 px of headings + 11 × (26 + 9) = 405 px;
    // narrow, the name above the bars: 20 + 11 × (15 + 2 × 9 + 2 + 9) = 504 px (both measured in Chromium)
    expect(report.counterparties).toHaveLength(11);
    expect(rowsHeight(11, 902)).toBe(405);
    expect(rowsHeight(11, 340)).toBe(504);
    expect(rowsLayout(report, 902, 'Exposure').height).toBe(405);
    expect(rowsLayout(report, 340, 'Exposure').height).toBe(504);
  });
});
