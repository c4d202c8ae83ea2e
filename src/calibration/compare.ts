import reportedJson from '../../data/reported.json';
import { annualLedger, type ScenarioResult } from '../engine';
import { inThread } from '../runner/inThread';
import { calendarYear } from '../engine/time';
import { defaultParams, type Params } from '../registry';
import { parseMonth } from '../registry/month';

/** One calibration target next to what the model gives for it. */
export interface Comparison {
  label: string;
  reported: number;
  model: number;
  unit: string;
  source: string;
  /** (model − reported) / reported. */
  gap: number;
  /** The largest |gap| MODEL.md allows, or null for a figure shown but not fitted. */
  tolerance: number | null;
  /** A projection (OpenAI's own forecast) to compare against, not a target. */
  forecast: boolean;
}

type Reported = typeof reportedJson;

function yearSum(result: ScenarioResult, series: Float64Array, year: number): number {
  let total = 0;
  for (let t = 0; t < result.months; t++) if (calendarYear(t) === year) total += series[t];
  return total;
}

const METRIC_LABELS: Record<string, string> = {
  burnUsdB: 'Cash burn',
  revenueUsdB: 'Revenue',
  inferenceUsdB: 'Inference compute',
  computeUsdB: 'Compute spend',
  msRevShareUsdB: 'Net revenue share to Microsoft',
  capacityGw: 'Compute online at year end',
};

/** MODEL.md's tolerances for the targets the defaults must land on; anything else is shown, not fitted. */
const TOLERANCES: Array<[RegExp, number]> = [
  [/^Revenue 2025$/, 0.1],
  [/^Revenue 2026 Q1$/, 0.15],
  [/^Cash at end of 2025-06$/, 0.15],
  [/^Cash at end of 2026-03$/, 0.15],
  [/^Cash burn 2025$/, 0.25],
  [/^Cash burn 2026 Q1$/, 0.3],
  [/^Compute online at year end 2025$/, 0.25],
  [/^Inference compute 2025$/, 0.3],
  [/^Compute spend 2026$/, 0.25],
  [/^Energy per chat query/, 0.02],
];

export function toleranceFor(label: string): number | null {
  return TOLERANCES.find(([re]) => re.test(label))?.[1] ?? null;
}

function row(label: string, reported: number, model: number, unit: string, source: string, note?: string): Comparison {
  const forecast = /^forecast/i.test(note ?? '');
  return {
    label,
    reported,
    model,
    unit,
    source,
    gap: (model - reported) / reported,
    tolerance: forecast ? null : toleranceFor(label),
    forecast,
  };
}

/** The default scenario (or any) against every reported figure in data/reported.json. */
export function compareToReported(params: Params = defaultParams(), reported: Reported = reportedJson): Comparison[] {
  const r = inThread.answerNow({ kind: 'run', params });
  const m = r.monthly;
  const ledger = annualLedger(m, params.startingCashUsdB);
  const rows: Comparison[] = [];
  for (const a of reported.annual) {
    if (!ledger.years.includes(a.year)) continue;
    let model: number;
    let unit = '$B';
    if (a.metric === 'inferenceUsdB') model = yearSum(r, m.inferenceComputeUsdB, a.year);
    else if (a.metric === 'computeUsdB') model = yearSum(r, m.computeUsdB, a.year);
    else if (a.metric === 'msRevShareUsdB')
      model = yearSum(r, m.msRevShareUsdB, a.year) - yearSum(r, m.reverseShareUsdB, a.year);
    else if (a.metric === 'capacityGw') {
      const dec = parseMonth(`${a.year}-12`)! - r.startMonth;
      if (dec >= r.months) continue;
      model = m.capacityMw[dec] / 1000;
      unit = 'GW';
    } else model = yearSum(r, m[a.metric as 'burnUsdB' | 'revenueUsdB'], a.year);
    rows.push(row(`${METRIC_LABELS[a.metric] ?? a.metric} ${a.year}`, a.value, model, unit, a.source, a.note));
  }
  for (const q of reported.quarterly ?? []) {
    const first = parseMonth(`${q.year}-${String((q.quarter - 1) * 3 + 1).padStart(2, '0')}`)! - r.startMonth;
    if (first < 0 || first + 2 >= r.months) continue;
    const series = m[q.metric as 'burnUsdB' | 'revenueUsdB'];
    const model = series[first] + series[first + 1] + series[first + 2];
    rows.push(
      row(`${METRIC_LABELS[q.metric] ?? q.metric} ${q.year} Q${q.quarter}`, q.value, model, '$B', q.source, q.note),
    );
  }
  for (const pt of reported.points) {
    const t = parseMonth(pt.month)! - r.startMonth;
    if (t < 0 || t >= r.months) continue;
    rows.push(row(`Cash at end of ${pt.month}`, pt.value, m.cashUsdB[t], '$B', pt.source, pt.note));
  }
  const epoch = reported.whPerQuery.find((w) => w.source === 'epoch-chatgpt-energy');
  if (epoch)
    rows.push(row('Energy per chat query (Epoch inputs)', epoch.value, r.summary.whPerQuery.gpu, 'Wh', epoch.source));
  return rows;
}

/** A scenario's yearly burn against OpenAI's Q1 2026 plan (data/reported.json, the plan preset's targets). */
export interface PlanRow {
  year: number;
  plan: number;
  model: number;
  /** (model − plan) / plan. */
  gap: number;
}

const PLAN_YEARS = [2026, 2027, 2028, 2029];

/** Burn 2026–2029 of a scenario against the plan: the default must land within ±20%, the plan preset ±10%. */
export function burnAgainstPlan(params: Params, reported: Reported = reportedJson): PlanRow[] {
  const r = inThread.answerNow({ kind: 'run', params });
  const targets = reported.presetTargets['openai-plan-2026q1'];
  return PLAN_YEARS.map((year) => {
    const plan = targets.find((x) => x.metric === 'burnUsdB' && x.year === year)!.value;
    const model = yearSum(r, r.monthly.burnUsdB, year);
    return { year, plan, model, gap: (model - plan) / plan };
  });
}

/** Compute spend 2025–2030 ($B) and training's share of it in 2026–2030 (Calibration v3: $550–800B; 55–75%). */
export function computeSplit(params: Params): { computeUsdB: number; trainingShare: number } {
  const m = inThread.answerNow({ kind: 'run', params }).monthly;
  let compute = 0;
  let later = 0;
  let training = 0;
  for (let t = 0; t < m.computeUsdB.length; t++) {
    const year = calendarYear(t);
    if (year > 2030) continue;
    compute += m.computeUsdB[t];
    if (year >= 2026) {
      later += m.computeUsdB[t];
      training += m.trainingComputeUsdB[t];
    }
  }
  return { computeUsdB: compute, trainingShare: later > 0 ? training / later : 0 };
}
