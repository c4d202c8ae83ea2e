import type { ScenarioResult } from '../engine/types';
import type { Reported } from './reported';
import type { ReferenceDraw } from './common/layoutTypes';
import { sameReads } from './common/reads';
import { toWire, type WireLayout } from './common/wire';
import { CHART_SPECS } from './specs';

/**
 * What the page shows its charts at, so their layouts can be drawn beside the result (in the
 * runner's worker): each chart's size, the view options and the reported figures. A new view
 * object whenever any of it changes; layouts drawn for another view are not used.
 */
export interface ChartView {
  sizes: Readonly<Record<string, { width: number; height: number }>>;
  byGeneration: boolean;
  reported: Reported | null;
  /** The outside view chosen as the reference, drawn on the burn chart. */
  reference?: ReferenceDraw | null;
}

/**
 * Each sized chart's layout for `result`, as data; null for a chart whose picture is the one
 * drawn last for `previous` (what it reads did not change), so it is not posted again.
 */
export function drawLayouts(
  view: ChartView,
  result: ScenarioResult,
  baseline: ScenarioResult | null,
  previous: ScenarioResult | null,
): Record<string, WireLayout | null> {
  const out: Record<string, WireLayout | null> = {};
  for (const [id, size] of Object.entries(view.sizes)) {
    const spec = CHART_SPECS[id as keyof typeof CHART_SPECS];
    if (!spec) continue;
    if (previous && sameReads(spec.reads, previous, result)) {
      out[id] = null;
      continue;
    }
    const byGeneration = Boolean(spec.toggles?.some((t) => t.option === 'byGeneration')) && view.byGeneration;
    const reported = spec.reported ? view.reported : null;
    out[id] = toWire(spec.layout({ result, baseline, reported, byGeneration, reference: view.reference, ...size }));
  }
  return out;
}
