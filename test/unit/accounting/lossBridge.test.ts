import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { defaultParams } from '../../../src/registry';
import {
  lossBridge,
  lossPeriods,
  REPORTED_LOSSES,
  sourceName,
  type LossPeriod,
} from '../../../src/charts/accounting/lossBridge';
import { bridgeBars, lossLinesLayout } from '../../../src/charts/accounting/lossLayout';
import { SOURCES } from '../../../src/registry';
import { makeResult } from '../charts/fixture';

/** A hand-made result of 5 months from Jan 2025: Q1 2025 (3 months) and Q2 2025 cut to 2. */
const small = makeResult(5, {
  burnUsdB: (i) => i + 1, // 1 2 3 | 4 5
  stockCompUsdB: () => 0.5,
  accruedCostsUsdB: (i) => (i < 3 ? 1 : 0),
  depreciationUsdB: () => 0.2,
  capexUsdB: (i) => (i === 4 ? 3 : 0),
  financingUsdB: () => 0.1,
  operatingLossUsdB: (i) => 10 + i, // 10 11 12 | 13 14
  nonCashUsdB: (i) => (i === 1 ? 7 : 0),
  netLossUsdB: (i) => 20 + i, // 20 21 22 | 23 24
});

const period = (over: Partial<LossPeriod>): LossPeriod => ({
  label: 'Q1 2026',
  kind: 'quarter',
  from: 12,
  to: 15,
  burnUsdB: 4,
  stockCompUsdB: 2,
  accruedCostsUsdB: 3,
  depreciationUsdB: 1,
  capexUsdB: 0.5,
  financingUsdB: 0.25,
  operatingLossUsdB: 9.25,
  nonCashUsdB: 12,
  netLossUsdB: 21.25,
  ...over,
});

describe('losses by period', () => {
  it('sums the engine months into calendar quarters, a cut quarter says its months', () => {
    const q = lossPeriods(small, 'quarter');
    expect(q.map((p) => [p.label, p.from, p.to])).toEqual([
      ['Q1 2025', 0, 3],
      ['Q2 2025 (2 mo)', 3, 5],
    ]);
    expect(q[0]).toMatchObject({ burnUsdB: 6, stockCompUsdB: 1.5, accruedCostsUsdB: 3, operatingLossUsdB: 33 });
    expect(q[0].nonCashUsdB).toBe(7);
    expect(q[0].netLossUsdB).toBe(63);
    expect(q[1]).toMatchObject({ burnUsdB: 9, capexUsdB: 3, operatingLossUsdB: 27, netLossUsdB: 47 });
    expect(q[1].financingUsdB).toBeCloseTo(0.2, 12);
    const y = lossPeriods(small, 'year');
    expect(y.map((p) => p.label)).toEqual(['2025 (5 mo)']);
    expect(y[0].burnUsdB).toBe(15);
  });

  it('walks from cash burn to the operating loss and the net loss, step by step', () => {
    const steps = lossBridge(period({}));
    expect(steps.map((s) => [s.id, s.valueUsdB, s.startUsdB, s.endUsdB])).toEqual([
      ['burn', 4, 0, 4],
      ['stockComp', 2, 4, 6],
      ['accrued', 3, 6, 9],
      ['depreciation', 1, 9, 10],
      ['capex', -0.5, 10, 9.5],
      ['financing', -0.25, 9.5, 9.25],
      ['operating', 9.25, 0, 9.25],
      ['nonCash', 12, 9.25, 21.25],
      ['net', 21.25, 0, 21.25],
    ]);
  });

  it('names the source of each item of Q1 2026 and marks what has none an assumption', () => {
    const basis = Object.fromEntries(lossBridge(period({})).map((s) => [s.id, s.basis]));
    expect(basis.stockComp).toEqual({ kind: 'reported', sources: ['info-q1-2026'], confidence: 'medium' });
    expect(basis.nonCash).toEqual({ kind: 'reported', sources: ['info-q1-2026'], confidence: 'medium' });
    expect(basis.accrued.kind).toBe('assumption');
    expect(basis.burn).toEqual({ kind: 'model' });
  });

  it('in Q3 2025 the non-cash item is derived from the 10-Q at low confidence; after now every lever is an assumption', () => {
    const q3 = Object.fromEntries(lossBridge(period({ label: 'Q3 2025', from: 6, to: 9 })).map((s) => [s.id, s.basis]));
    expect(q3.nonCash).toEqual({ kind: 'reported', sources: ['ms-10q-oct-2025'], confidence: 'low' });
    expect(q3.stockComp).toEqual({ kind: 'reported', sources: ['info-h1-2025-losses'], confidence: 'medium' });
    const y2025 = Object.fromEntries(
      lossBridge(period({ label: '2025', from: 0, to: 12 })).map((s) => [s.id, s.basis]),
    );
    expect(y2025.nonCash).toEqual({
      kind: 'reported',
      sources: ['info-h1-2025-losses', 'ms-10q-oct-2025', 'zitron-openai-audited-2025'],
      confidence: 'low',
    });
    const q2 = Object.fromEntries(
      lossBridge(period({ label: 'Q2 2026', from: 15, to: 18 })).map((s) => [s.id, s.basis]),
    );
    expect(q2.nonCash.kind).toBe('assumption');
    const q1y27 = Object.fromEntries(
      lossBridge(period({ label: 'Q1 2027', from: 24, to: 27 })).map((s) => [s.id, s.basis]),
    );
    expect(q1y27.stockComp.kind).toBe('assumption');
    expect(q1y27.nonCash.kind).toBe('assumption');
  });

  it('names a source by its publisher, without what follows it', () => {
    expect(sourceName('info-q1-2026')).toBe('The Information');
    expect(sourceName('zitron-openai-audited-2025')).toBe('Ed Zitron');
    expect(sourceName('ms-10q-oct-2025')).toBe('Microsoft');
  });

  it('every reported loss names a source of data/sources.json', () => {
    for (const r of REPORTED_LOSSES) expect(SOURCES[r.source], r.source).toBeDefined();
  });
});

describe('on the default, the record checks (docs/MODEL.md)', () => {
  const q = lossPeriods(runScenario(defaultParams()), 'quarter');
  const at = (label: string) => q.find((p) => p.label === label)!;
  it('Q1 2026: operating loss within ±25% of $9.3B', () => {
    expect(Math.abs(at('Q1 2026').operatingLossUsdB / 9.3 - 1)).toBeLessThan(0.25);
  });
  it('Q3 2025: net loss within ±40% of ~$11.5B', () => {
    expect(Math.abs(at('Q3 2025').netLossUsdB / 11.5 - 1)).toBeLessThan(0.4);
  });
});

describe('the picture', () => {
  it('places quarters on a point scale and the three lines on a nice $B axis', () => {
    const periods = [
      period({ label: 'Q1 2026', burnUsdB: 1, operatingLossUsdB: 3, netLossUsdB: 5 }),
      period({ label: 'Q2 2026', burnUsdB: 2, operatingLossUsdB: 4, netLossUsdB: 10 }),
    ];
    // plot: x 40..92, y 8..80; two points, padding 0.3: step 52 / 1.6 = 32.5
    const l = lossLinesLayout(periods, [], 100, 100);
    expect(l.periodX).toEqual({ 'Q1 2026': 49.8, 'Q2 2026': 82.3 });
    // y = 80 − v × 7.2 on [0, 10]
    expect(l.lines.map((x) => x.d)).toEqual(['M49.75,72.8L82.25,65.6', 'M49.75,58.4L82.25,51.2', 'M49.75,44L82.25,8']);
    expect(l.zeroY).toBe(80);
    expect(l.xTicks).toEqual([{ pos: 49.8, label: '2026' }]);
  });

  it('puts a reported figure as a ring on its period, and widens the axis to reach it', () => {
    const periods = [period({ label: 'Q1 2026', burnUsdB: 1, operatingLossUsdB: 3, netLossUsdB: 5 })];
    const l = lossLinesLayout(
      periods,
      [
        { period: 'Q1 2026', line: 'netLossUsdB', valueUsdB: 20, source: 'x', note: 'net loss' },
        { period: 'Q3 2030', line: 'burnUsdB', valueUsdB: 99, source: 'x', note: 'cash burn' },
      ],
      100,
      100,
    );
    expect(l.points).toEqual([{ x: 66, y: 8, label: 'Reported Q1 2026 net loss $20.0B', color: 'msShare' }]);
    expect(l.yTicks.at(-1)).toEqual({ pos: 8, label: '$20' });
  });

  it('draws the waterfall bars from each step’s start to its end', () => {
    const steps = lossBridge(period({}));
    // domain 0..21.25 over 85 px: 4 px per $B
    const bars = bridgeBars(steps, 85);
    expect(bars.map((b) => [b.id, b.x, b.width, b.tone])).toEqual([
      ['burn', 0, 16, 'total'],
      ['stockComp', 16, 8, 'up'],
      ['accrued', 24, 12, 'up'],
      ['depreciation', 36, 4, 'up'],
      ['capex', 38, 2, 'down'],
      ['financing', 37, 1, 'down'],
      ['operating', 0, 37, 'total'],
      ['nonCash', 37, 48, 'up'],
      ['net', 0, 85, 'total'],
    ]);
  });
});
