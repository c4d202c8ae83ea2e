import { describe, expect, it } from 'vitest';
import { burnLayout, burnTitle } from '../../../src/charts/burn/burnLayout';
import { costLayout } from '../../../src/charts/cost/costLayout';
import { powerLayout } from '../../../src/charts/power/powerLayout';
import { microsoftLayout } from '../../../src/charts/microsoft/microsoftLayout';
import { eventMarks } from '../../../src/charts/common/events';
import { monthScale, spreadLabels } from '../../../src/charts/common/time';
import type { Reported } from '../../../src/charts/reported';
import { START_MONTH } from '../../../src/registry/month';
import { makeResult } from './fixture';

const size = { width: 600, height: 240 };
const reported: Reported = {
  annualBurnUsdB: [{ year: 2025, value: 12, source: 'The Information' }],
  quarterlyBurnUsdB: [{ year: 2025, quarter: 2, value: 3, source: 'The Information' }],
  revenueUsdB: [],
  inferenceUsdB: [{ year: 2025, value: 6, source: 'FT' }],
  msRevShareUsdB: [],
  cashUsdB: [{ month: '2025-06', value: 17.5, source: 'The Information' }],
  whPerQuery: [
    { value: 0.24, label: 'Google', source: 'g' },
    { value: 0.3, label: 'Epoch', source: 'e' },
    { value: 0.34, label: 'Altman', source: 'a' },
    { value: 2.9, label: 'de Vries', source: 'd' },
  ],
};
const countBars = (d: string) => (d.match(/M/g) ?? []).length;

describe('burnLayout', () => {
  const result = makeResult(24);
  const layout = burnLayout({ result, reported, ...size });
  const [cash, burn] = layout.panels;

  it('titles the finding and marks the first month with cash below zero', () => {
    expect(burnTitle(result)).toBe('Cash runs out in Aug 2026, 13 mo from Jul 2025');
    const marker = cash.points.find((p) => p.color === 'danger')!;
    expect(marker.label).toBe('Out of cash Aug 2026');
    expect(marker.x).toBeCloseTo(layout.x(START_MONTH + 19), 1);
    // cash in month 19 is 0, so the marker sits on the zero line
    expect(marker.y).toBeCloseTo(cash.zeroY!, 0);
  });

  it('draws one bar per month of burn and a zero line inside each panel', () => {
    expect(countBars(burn.bars.find((b) => b.id === 'burn')!.d)).toBe(24);
    expect(burn.bars.find((b) => b.id === 'surplus')!.d).toBe('');
    for (const p of [cash, burn]) {
      expect(p.zeroY!).toBeGreaterThanOrEqual(p.top);
      expect(p.zeroY!).toBeLessThanOrEqual(p.bottom);
    }
    expect(cash.bottom).toBeLessThan(burn.top);
  });

  it('puts reported annual burn at mid-year as a monthly average, with its source', () => {
    const pt = burn.points[0];
    expect(pt.x).toBeCloseTo(layout.x(2025 * 12 + 5.5), 1);
    expect(pt.y).toBeCloseTo(burn.y(1), 1); // $12B a year is $1B a month
    expect(pt.title).toContain('The Information');
    expect(cash.points.some((p) => p.label === 'Reported cash $17.5B')).toBe(true);
  });

  it("puts reported quarterly burn at the quarter's middle month as a monthly average", () => {
    // Q2 2025: $3B in the quarter is $1B a month, drawn in May 2025
    const pt = burn.points.find((p) => p.label === 'Reported Q2 2025 burn $3.0B')!;
    expect(pt.x).toBeCloseTo(layout.x(2025 * 12 + 4), 1);
    expect(pt.y).toBeCloseTo(burn.y(1), 1);
  });

  it('labels years on the axis and adds a grey ghost only when a baseline is pinned', () => {
    expect(layout.xTicks.map((t) => t.label)).toEqual(['2025', '2026']);
    expect(cash.lines.map((l) => l.id)).toEqual(['cash']);
    const withBase = burnLayout({ result, baseline: makeResult(24, { cashUsdB: () => 5 }), ...size });
    expect(withBase.panels[0].lines.map((l) => l.id)).toEqual(['cash-baseline', 'cash']);
    expect(withBase.panels[0].lines[0].color).toBe('ghost');
    // a baseline with a longer horizon is cut at this axis' last month
    const longer = burnLayout({ result, baseline: makeResult(36, { cashUsdB: () => 5 }), ...size });
    const ghostXs = [...longer.panels[0].lines[0].d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
    expect(ghostXs).toHaveLength(24);
    expect(Math.max(...ghostXs)).toBeLessThanOrEqual(longer.right);
  });

  it('says solvent through the horizon when cash never goes below zero', () => {
    const r = makeResult(24, { cashUsdB: (i) => 30 - i });
    r.summary.insolvencyMonth = null;
    r.summary.minCashUsdB = 7;
    r.summary.minCashMonth = START_MONTH + 23;
    expect(burnTitle(r)).toBe('Solvent through Dec 2026; lowest cash $7.0B in Dec 2026');
  });
});

describe('costLayout', () => {
  const result = makeResult(24);
  it("stacks energy, depreciation and rent (the physics figure); Microsoft's share is a line apart", () => {
    const layout = costLayout({ result, byGeneration: false, ...size });
    const [allIn, panel] = layout.panels;
    expect(layout.panels.map((p) => p.id)).toEqual(['allin', 'cost']);
    expect(allIn.lines.map((l) => l.id)).toEqual(['allin']);
    // all-in is $0.012 a query in the fixture: 1.2 ¢ all along, labelled at the end
    expect(Number(/^M[\d.]+,([\d.]+)/.exec(allIn.lines[0].d)![1])).toBeCloseTo(allIn.y(1.2), 0);
    expect(allIn.endLabels[0].text).toBe('All-in 1.20¢');
    expect(panel.areas.map((a) => a.color)).toEqual(['energy', 'depreciation', 'rent']);
    // month 0: 0.03 + 0.1 + 0.2 = 0.33 ¢, the physics figure; the total line starts there
    const total = panel.lines.find((l) => l.id === 'total')!;
    const firstY = Number(/^M[\d.]+,([\d.]+)/.exec(total.d)![1]);
    expect(firstY).toBeCloseTo(panel.y(0.33), 0);
    // Microsoft's 0.05 ¢ a line of its own, dashed, labelled
    const share = panel.lines.find((l) => l.id === 'msShare')!;
    expect(share.dashed).toBe(true);
    expect(Number(/^M[\d.]+,([\d.]+)/.exec(share.d)![1])).toBeCloseTo(panel.y(0.05), 0);
    expect(panel.endLabels.map((l) => l.text)).toContain("Microsoft's share (apart)");
  });

  it('draws each hardware generation only while it is in the fleet', () => {
    const layout = costLayout({ result, byGeneration: true, ...size });
    const lines = layout.panels[0].lines;
    expect(lines.map((l) => l.id)).toEqual(['rented', 'owned', 'silicon']);
    const silicon = lines.find((l) => l.id === 'silicon')!;
    const firstX = Number(/^M([\d.]+)/.exec(silicon.d)![1]);
    expect(firstX).toBeCloseTo(layout.x(START_MONTH + 12), 0);
  });
});

describe('powerLayout', () => {
  it('puts published estimates on the log axis with labels at least 11 px apart', () => {
    const layout = powerLayout({ result: makeResult(24), reported, ...size });
    const [wh, mw] = layout.panels;
    expect(wh.refs.map((r) => r.label)).toEqual(['0.24 Google', '0.3 Epoch', '0.34 Altman', '2.9 de Vries']);
    const ys = [...wh.refs.map((r) => r.labelY), ...wh.endLabels.map((l) => l.y)].sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(10.9);
    // log scale: 0.3 to 2.9 spans about a decade, more than 0.24 to 0.34 by far
    expect(wh.y(0.24) - wh.y(2.9)).toBeGreaterThan(3 * (wh.y(0.24) - wh.y(0.34)));
    expect(mw.areas[0].id).toBe('fleet');
  });
});

describe('microsoftLayout', () => {
  it('draws the four flows and the stake', () => {
    const layout = microsoftLayout({ result: makeResult(24), reported, ...size });
    expect(layout.panels[0].lines.map((l) => l.id)).toEqual([
      'azureRentUsdB',
      'msRevShareUsdB',
      'reverseShareUsdB',
      'msTakeUsdB',
    ]);
    // the reported $6B inference bill for 2025 sits at $0.5B a month, mid-year
    const [pt] = layout.panels[0].points;
    expect(pt.y).toBeCloseTo(layout.panels[0].y(0.5), 0);
    expect(pt.title).toBe('Reported 2025 inference bill on Azure $6.0B/yr — FT');
    expect(layout.panels[1].endLabels[0].text).toBe('Stake $63B');
  });
});

describe('line-end labels', () => {
  it('are pushed 12 px apart in order, and one moved more than 6 px off its line gets a leader back to it', () => {
    const label = (text: string, y: number) => ({ x: 300, y, text, color: 'cash' as const });
    expect(spreadLabels([label('A', 50), label('B', 50), label('C', 90)], 0, 100)).toEqual([
      { x: 300, y: 50, text: 'A', color: 'cash' },
      { x: 300, y: 62, text: 'B', color: 'cash', lineY: 50 },
      { x: 300, y: 90, text: 'C', color: 'cash' },
    ]);
    // within 6 px of its line: no leader
    expect(spreadLabels([label('A', 50), label('B', 56)], 0, 100)[1]).toEqual({
      x: 300,
      y: 62,
      text: 'B',
      color: 'cash',
    });
  });
});

describe('eventMarks', () => {
  const x = monthScale(START_MONTH, 24, 50, 550);
  it('draws a slipped chip as a dashed span from planned to actual', () => {
    const { bands, rules } = eventMarks(makeResult(24).events, ['chip'], x, START_MONTH, 24);
    expect(bands).toHaveLength(1);
    expect(bands[0].dashed).toBe(true);
    expect(bands[0].x0).toBeCloseTo(x(START_MONTH + 12), 0);
    expect(bands[0].x1).toBeCloseTo(x(START_MONTH + 16), 0);
    expect(rules).toHaveLength(1);
  });
  it('after a slip, the ramp still shows as a span from the actual month', () => {
    const chip = {
      kind: 'chip' as const,
      label: 'Chip (slipped 4 mo)',
      month: START_MONTH + 16,
      plannedMonth: START_MONTH + 12,
      endMonth: START_MONTH + 22,
    };
    const { bands } = eventMarks([chip], ['chip'], x, START_MONTH, 24);
    expect(bands.map((b) => [b.dashed ?? false, b.label])).toEqual([
      [true, 'Chip (slipped 4 mo)'],
      [false, ''],
    ]);
    expect(bands[1].x0).toBeCloseTo(x(START_MONTH + 15.5), 0);
  });

  it('never puts two labels on top of each other in a row', () => {
    const events = Array.from({ length: 6 }, (_, i) => ({
      kind: 'funding' as const,
      label: `+$${i}0B raise`,
      month: START_MONTH + i,
    }));
    const { rules } = eventMarks(events, ['funding'], x, START_MONTH, 24);
    const labelled = rules.filter((r) => r.label);
    expect(labelled.length).toBeLessThan(6);
    for (const row of [0, 1]) {
      const xs = labelled.filter((r) => r.row === row).map((r) => r.x);
      for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThan(40);
    }
    expect(rules.every((r) => r.title)).toBe(true);
  });
});

describe('record, then projection', () => {
  it('draws "now" at the end of the now month on every time chart, with the projection after it', async () => {
    const { burnLayout } = await import('../../../src/charts/burn/burnLayout');
    const { powerLayout } = await import('../../../src/charts/power/powerLayout');
    const { microsoftLayout } = await import('../../../src/charts/microsoft/microsoftLayout');
    const result = makeResult(24); // now = start + 6 in the fixture
    for (const layout of [
      burnLayout({ result, ...size }),
      powerLayout({ result, ...size }),
      microsoftLayout({ result, ...size }),
      costLayout({ result, byGeneration: false, ...size }),
    ]) {
      expect(layout.now).toBeDefined();
      expect(layout.now!.x).toBeCloseTo(layout.x(result.startMonth + 6.5), 0);
      expect(layout.now!.label).toBe('now · Jul 2025');
    }
  });
  it('stacks idle capacity on the power in use', async () => {
    const { powerLayout } = await import('../../../src/charts/power/powerLayout');
    const layout = powerLayout({ result: makeResult(24), ...size });
    const mw = layout.panels.find((p) => p.id === 'mw')!;
    expect(mw.areas.map((a) => a.id)).toEqual(['fleet', 'idle']);
    // month 23: 500 + 23·50 = 1,650 MW in use (fmtMw: 1.6 GW), 100 MW idle
    expect(mw.endLabels.map((l) => l.text).sort()).toEqual(['idle 100 MW', 'in use 1.6 GW']); // idle sits above, so its label comes first
  });
});

describe('labels on the plot', () => {
  it("names Microsoft's share where it peaks once it has ended by the horizon", () => {
    // Microsoft's share 0.05 ¢ until month 11, 0.15 ¢ in month 5 (its thickest), nothing after month 11.
    const result = makeResult(24, { msSharePerQueryUsd: (i: number) => (i === 5 ? 0.0015 : i < 12 ? 0.0005 : 0) });
    const layout = costLayout({ result, byGeneration: false, width: 480, height: 600 });
    const cost = layout.panels.find((p) => p.id === 'cost')!;
    expect(cost.endLabels.map((l) => l.text)).not.toContain("Microsoft's share (apart)");
    const label = cost.texts.find((t) => t.text === "Microsoft's share (apart)")!;
    expect(label.x).toBeCloseTo(layout.x(result.startMonth + 5), 0);
  });
});
