import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartSvg } from '../../../src/charts/common/ChartSvg';
import { fromWire, toWire } from '../../../src/charts/common/wire';
import type { ChartView } from '../../../src/charts/draw';
import { CHART_SPEC_LIST } from '../../../src/charts/specs';
import { runScenario } from '../../../src/engine';
import { defaultParams } from '../../../src/registry';
import { answer, transferables, wholeJob, type Held } from '../../../src/runner/answer';
import type { JobOf } from '../../../src/runner/protocol';
import { resetStore, useAppStore } from '../../../src/store';

const view: ChartView = {
  sizes: Object.fromEntries(CHART_SPEC_LIST.map((s) => [s.id, { width: 560, height: 222 }])),
  byGeneration: false,
  reported: null,
};
const params = defaultParams();
/** A drawing of `p` for the page's view, no baseline pinned, under a scenario's name. */
const drawJob = (p: typeof params, scenario: string): JobOf<'draw'> => ({
  kind: 'draw',
  params: p,
  scenario,
  view,
  baseline: null,
});

describe('charts drawn beside the result', () => {
  it('a layout posted as data draws the same picture, its scales mapping the same', () => {
    const result = runScenario(params);
    for (const spec of CHART_SPEC_LIST) {
      const layout = spec.layout({ result, width: 560, height: 222 });
      const back = fromWire(structuredClone(toWire(layout)));
      expect(renderToStaticMarkup(<ChartSvg layout={back} />)).toBe(renderToStaticMarkup(<ChartSvg layout={layout} />));
      expect(back.x(result.startMonth + 7)).toBe(layout.x(result.startMonth + 7));
      expect(back.x.invert(200)).toBeCloseTo(layout.x.invert(200), 9);
    }
  });

  it('draws every sized chart, then only the charts whose reads changed', () => {
    const job = (p: typeof params) => drawJob(p, 't1');
    const first = answer(job(params));
    expect(Object.keys(first.layouts).sort()).toEqual(CHART_SPEC_LIST.map((s) => s.id).sort());
    expect(Object.values(first.layouts).every((l) => l !== null)).toBe(true);
    // Microsoft's revenue share moves cash and Microsoft's take, not the power per query
    const second = answer(job({ ...params, msRevenueShare: 0.05 }));
    expect(second.layouts.power).toBeNull();
    expect(second.layouts.microsoft).not.toBeNull();
    // another view: everything again
    const third = answer({ ...job(params), view: { ...view } });
    expect(Object.values(third.layouts).every((l) => l !== null)).toBe(true);
  });

  it('still skips unchanged charts after the answer was posted with its buffers handed over, as the worker posts it', () => {
    const job = (p: typeof params) => drawJob(p, 't2');
    const first = answer(job(params));
    // the worker hands the result's buffers to the page: its own views of them are left empty
    structuredClone(first, { transfer: transferables(first) });
    expect(first.result.monthly.cashUsdB.length).toBe(0);
    const second = answer(job({ ...params, msRevenueShare: 0.05 }));
    expect(second.layouts.power).toBeNull();
    expect(second.layouts.burn).not.toBeNull();
    structuredClone(second, { transfer: transferables(second) });
    // the same levers again: no chart to draw
    const third = answer(job({ ...params, msRevenueShare: 0.05 }));
    expect(Object.values(third.layouts).every((l) => l === null)).toBe(true);
  });

  it("a worker restores a drawing's view and baseline from what it holds when a patch brings only levers", () => {
    const held = new Map<string, Held>();
    const base = { ...params, pue: 1.4 };
    wholeJob({ kind: 'draw', params, scenario: 's', view, baseline: base }, held);
    const whole = wholeJob({ kind: 'patch', of: 'draw', scenario: 's', changed: { pue: 1.3 } }, held);
    expect(whole).toMatchObject({ kind: 'draw', view, baseline: base });
    expect((whole as JobOf<'draw'>).params.pue).toBe(1.3);
    const unpinned = wholeJob({ kind: 'patch', of: 'draw', scenario: 's', changed: {}, baseline: null }, held);
    expect((unpinned as JobOf<'draw'>).baseline).toBeNull();
  });

  it('the page keeps a chart whose layout came back null, for the same view and baseline only', () => {
    resetStore();
    const s = () => useAppStore.getState();
    const result = runScenario(params);
    const layout = toWire(CHART_SPEC_LIST[0].layout({ result, width: 560, height: 222 }));
    s().setResult(result, 1, 0, 0, { layouts: { burn: layout }, view, baseline: null });
    expect(s().layouts.burn?.width).toBe(560);
    s().setResult(result, 2, 0, 0, { layouts: { burn: null }, view, baseline: null });
    expect(s().layouts.burn?.width).toBe(560);
    s().setResult(result, 3, 0, 0, { layouts: { burn: null }, view: { ...view }, baseline: null });
    expect(s().layouts.burn).toBeUndefined();
  });
});
