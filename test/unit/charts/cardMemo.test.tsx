import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartCard, type ChartCardProps } from '../../../src/charts/common/ChartCard';
import { CHART_SPECS } from '../../../src/charts/specs';
import { runScenario } from '../../../src/engine';
import type { ScenarioResult, SeriesName, Summary } from '../../../src/engine/types';
import { defaultParams } from '../../../src/registry';

afterEach(cleanup);

/** The same result as a new object (as each worker reply is), with some series and figures replaced. */
function moved(
  r: ScenarioResult,
  series: Partial<Record<SeriesName, number>> = {},
  summary: Partial<Summary> = {},
): ScenarioResult {
  const monthly = { ...r.monthly };
  // each named series shifted by a constant: other values, the same length
  for (const [name, by] of Object.entries(series)) {
    monthly[name as SeriesName] = Float64Array.from(r.monthly[name as SeriesName], (v) => v + by!);
  }
  return { ...r, monthly, summary: { ...r.summary, ...summary } };
}

describe("a dashboard card kept whole while what it reads holds (ChartCard's memo)", () => {
  const result = runScenario(defaultParams());
  // the power card's spec, its title counted: the card calls it on each render
  const title = vi.fn(CHART_SPECS.power.title);
  const spec = { ...CHART_SPECS.power, title };
  const crosshair = { month: null, onMonth: () => {} };
  const onToggleTable = () => {};
  const props = (r: ScenarioResult, over: Partial<ChartCardProps> = {}): ChartCardProps => ({
    spec,
    result: r,
    baseline: null,
    tableOpen: false,
    onToggleTable,
    crosshair,
    ...over,
  });

  /** Renders the card on `result`, then on `next`: how many renders the second made, and what it changed. */
  function step(next: ScenarioResult, over: Partial<ChartCardProps> = {}) {
    const { container, rerender } = render(<ChartCard {...props(result)} />);
    const records: MutationRecord[] = [];
    const mo = new MutationObserver((r) => records.push(...r));
    mo.observe(container, { subtree: true, attributes: true, childList: true, characterData: true });
    title.mockClear();
    act(() => rerender(<ChartCard {...props(next, over)} />));
    records.push(...mo.takeRecords());
    mo.disconnect();
    return { renders: title.mock.calls.length, records, container };
  }

  it('does not render again for a result that moved only what the card does not read (cash, burn)', () => {
    const { renders, records } = step(moved(result, { cashUsdB: -40, burnUsdB: 2 }, { minCashUsdB: -99 }));
    expect(renders).toBe(0);
    expect(records).toEqual([]);
  });

  it('renders again when a figure its title reads moved, though its picture reads none of it', () => {
    // whPerQueryNow is in the power spec's textReads, not in its reads
    expect(spec.reads.summary).not.toContain('whPerQueryNow');
    const now = result.summary.whPerQueryNow;
    const { renders, container } = step(moved(result, {}, { whPerQueryNow: now + 0.5 }));
    expect(renders).toBe(1);
    expect(container.querySelector('h2')!.textContent).toContain(`${(now + 0.5).toFixed(2)} Wh now`);
  });

  it('renders again and redraws when a series its picture reads moved', () => {
    const { renders, records } = step(moved(result, { whPerQueryBlended: 0.25 }));
    expect(renders).toBe(1);
    expect(records.some((r) => r.type === 'attributes' && r.attributeName === 'd')).toBe(true);
  });

  it('renders again when another prop changed, with a result it would keep', () => {
    const { renders, container } = step(moved(result, { cashUsdB: -40 }), { tableOpen: true });
    expect(renders).toBe(1);
    expect(container.querySelector('table.chart-table')).not.toBeNull();
  });
});
