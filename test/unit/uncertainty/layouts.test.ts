import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/registry';
import { mergeBatches, runBatch, tornado, type UncertaintySummary } from '../../../src/engine/uncertainty';
import { fanLayout } from '../../../src/charts/uncertainty/fanLayout';
import { probabilityLayout } from '../../../src/charts/uncertainty/probabilityLayout';
import { histogramLayout } from '../../../src/charts/uncertainty/histogramLayout';
import { tornadoLayout } from '../../../src/charts/uncertainty/tornadoLayout';
import { histogramMarks, probabilityMarks } from '../../../src/charts/uncertainty/marks';
import {
  fanTitle,
  focusYear,
  histogramTitle,
  pctText,
  probabilityTitle,
  tornadoTitle,
} from '../../../src/charts/uncertainty/findings';
import { fmtUsdB } from '../../../src/format';

const params = { ...defaultParams(), horizonMonths: 48 };
const summary = mergeBatches([runBatch(params, {}, 1, 0, 200)])!;

/** A hand-made summary: 10 samples, 24 months from Jan 2025, 4 run out in 2025, 2 in 2026, 4 never. */
function handMade(): UncertaintySummary {
  const months = 24;
  const flat = (v: number) => new Float64Array(months).fill(v);
  const p = new Float64Array(months);
  for (let t = 0; t < months; t++) p[t] = t < 6 ? 0 : t < 12 ? 0.4 : t < 18 ? 0.4 : 0.6;
  return {
    samples: 10,
    months,
    startMonth: 2025 * 12,
    cashUsdB: { p10: flat(-5), p25: flat(-2), p50: flat(1), p75: flat(3), p90: flat(6) },
    burnUsdB: { p10: flat(0.5), p25: flat(1), p50: flat(1.5), p75: flat(2), p90: flat(3) },
    pInsolventBy: p,
    insolvencyByYear: [
      { year: 2025, count: 4, share: 0.4 },
      { year: 2026, count: 2, share: 0.2 },
    ],
    neverInsolvent: { count: 4, share: 0.4 },
    pBreakevenBy: flat(0),
    cumulativeBurnUsdB: { p10: 1, p25: 2, p50: 3, p75: 4, p90: 5 },
  };
}

describe('fan layout', () => {
  it('draws bands inside the plot, with zero on the axis and the p10 band edge below the median', () => {
    const l = fanLayout(summary, 'cash', 600, 240, new Float64Array(summary.months));
    expect(l.outer.startsWith('M')).toBe(true);
    expect(l.inner.startsWith('M')).toBe(true);
    expect(l.median.startsWith('M')).toBe(true);
    expect(l.scenario).not.toBeNull();
    expect(l.zeroY).not.toBeNull();
    expect(l.zeroY!).toBeGreaterThanOrEqual(l.top);
    expect(l.zeroY!).toBeLessThanOrEqual(l.bottom);
    expect(l.xTicks.map((t) => t.label)).toEqual(['2025', '2026', '2027', '2028']);
  });

  it('puts a flat series where its value is on the y ticks', () => {
    const l = fanLayout(handMade(), 'cash', 500, 200);
    // The median line of a flat $1B series is horizontal: every point has the same y.
    const ys = [...l.median.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(new Set(ys).size).toBe(1);
    expect(ys[0]).toBeLessThan(l.zeroY!);
  });
});

describe('probability layout', () => {
  it('runs from 0% at the bottom to 100% at the top and marks each December', () => {
    const l = probabilityLayout(handMade(), 500, 200);
    expect(l.yTicks[0]).toMatchObject({ label: '0%', pos: l.bottom });
    expect(l.yTicks[4]).toMatchObject({ label: '100%', pos: l.top });
    expect(l.yearEnds.map((e) => [e.year, e.p])).toEqual([
      [2025, 0.4],
      [2026, 0.6],
    ]);
  });
});

describe('histogram layout', () => {
  it('has a bar per year and a "Never" bar, heights in proportion to shares', () => {
    const l = histogramLayout(handMade(), 500, 200);
    expect(l.bars.map((b) => b.label)).toEqual(['2025', '2026', 'Never']);
    expect(l.bars[2].never).toBe(true);
    expect(l.bars[0].height / l.bars[1].height).toBeCloseTo(2, 1);
    expect(l.bars[0].height).toBeCloseTo(l.bars[2].height, 5);
  });
});

describe('tornado layout', () => {
  it('draws bars from the base to each side, largest swing on top', () => {
    const t = tornado(params, {}, { kind: 'cumBurn', throughYear: 2027 });
    const l = tornadoLayout(t, 640, 8);
    expect(l.rows.length).toBe(8);
    expect(l.rows[0].leverId).toBe(t.bars[0].leverId);
    for (const r of l.rows) {
      for (const side of [r.low, r.high]) {
        if (side.delta > 0) expect(side.x).toBeCloseTo(l.zeroX, 0);
        if (side.delta < 0) expect(side.x + side.width).toBeCloseTo(l.zeroX, 0);
      }
    }
    expect(l.rows[1].y).toBeGreaterThan(l.rows[0].y);
    // On a phone the label column is narrow: labels are cut to fit, with an ellipsis.
    const narrow = tornadoLayout(t, 340, 8);
    for (const r of narrow.rows) expect(r.shortLabel.length * 6).toBeLessThanOrEqual(narrow.left);
    expect(narrow.rows.some((r) => r.shortLabel.endsWith('…'))).toBe(true);
  });
});

describe('findings', () => {
  it('titles state the finding in words', () => {
    const s = handMade();
    expect(focusYear(s)).toBe(2026);
    expect(probabilityTitle(s)).toBe('60% chance cash runs out by Dec 2026');
    expect(histogramTitle(s)).toBe('Most likely year to run out: 2025 (40% of samples); 40% never do');
    expect(fanTitle(s, 'cash')).toBe('Median cash $1.0B by Dec 2026; 8 in 10 samples between \u2212$5.0B and $6.0B');
    expect(fanTitle(s, 'burn')).toBe('Median burn peaks at $1.5B a month in Jan 2025');
  });

  it('formats shares and money as a person reads them', () => {
    expect(pctText(0.004)).toBe('<1%');
    expect(pctText(0.996)).toBe('>99%');
    expect(pctText(1)).toBe('100%');
    expect(fmtUsdB(-512.7, 'auto')).toBe('\u2212$513B');
    expect(fmtUsdB(1234, 'auto')).toBe('$1.2T');
    expect(fmtUsdB(12.34, 'auto')).toBe('$12.3B');
  });

  it('names the lever with the largest swing', () => {
    const t = tornado(params, {}, { kind: 'insolvency' });
    expect(tornadoTitle(t, (v) => `${v} mo`)).toMatch(
      new RegExp(`^${t.bars[0].label.replace(/[()]/g, '.')} matters most`),
    );
  });
});

describe('uncertainty marks for the shared renderer', () => {
  it('histogram: one path per colour with one rectangle per bar, and a share label over each bar', () => {
    const l = histogramLayout(handMade(), 500, 200);
    const m = histogramMarks(l);
    const [years, never] = m.panels[0].bars;
    expect(years.d.match(/M/g)).toHaveLength(2);
    expect(never.d.match(/M/g)).toHaveLength(1);
    expect(m.panels[0].texts.map((t) => t.text)).toEqual(['40%', '2025', '20%', '2026', '40%', 'Never']);
  });

  it('probability: a dot and its percentage at each December', () => {
    const s = handMade();
    const m = probabilityMarks(probabilityLayout(s, 500, 200), s);
    expect(m.panels[0].points).toHaveLength(2);
    expect(m.panels[0].texts.map((t) => t.text)).toEqual(['40%', '60%']);
  });
});
