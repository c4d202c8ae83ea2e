import reportedJson from '../../data/reported.json';
import { annualLedger, runScenario, type ScenarioResult } from '../engine';
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
}

type Reported = typeof reportedJson;

function yearSum(result: ScenarioResult, series: Float64Array, year: number): number {
  let total = 0;
  for (let t = 0; t < result.months; t++) if (calendarYear(t) === year) total += series[t];
  return total;
}

const METRIC_LABELS: Record<string, string> = {
  burnUsdB: 'Cash burn', revenueUsdB: 'Revenue', inferenceUsdB: 'Inference bill on Azure', msRevShareUsdB: 'Net revenue share to Microsoft',
};

/** The default scenario (or any) against every reported figure in data/reported.json. */
export function compareToReported(params: Params = defaultParams(), reported: Reported = reportedJson): Comparison[] {
  const r = runScenario(params);
  const ledger = annualLedger(r.monthly, params.startingCashUsdB);
  const rows: Comparison[] = [];
  for (const a of reported.annual) {
    if (!ledger.years.includes(a.year)) continue;
    let model: number;
    if (a.metric === 'inferenceUsdB') model = yearSum(r, r.monthly.azureRentUsdB, a.year);
    else if (a.metric === 'msRevShareUsdB') model = yearSum(r, r.monthly.msRevShareUsdB, a.year) - yearSum(r, r.monthly.reverseShareUsdB, a.year);
    else model = yearSum(r, r.monthly[a.metric as 'burnUsdB' | 'revenueUsdB'], a.year);
    rows.push({ label: `${METRIC_LABELS[a.metric] ?? a.metric} ${a.year}`, reported: a.value, model, unit: '$B', source: a.source, gap: (model - a.value) / a.value });
  }
  for (const pt of reported.points) {
    const t = parseMonth(pt.month)! - r.startMonth;
    if (t < 0 || t >= r.months) continue;
    const model = r.monthly.cashUsdB[t];
    rows.push({ label: `Cash at end of ${pt.month}`, reported: pt.value, model, unit: '$B', source: pt.source, gap: (model - pt.value) / pt.value });
  }
  const epoch = reported.whPerQuery.find((w) => w.source === 'epoch-chatgpt-energy');
  if (epoch) {
    const model = r.summary.whPerQuery.gpu;
    rows.push({ label: 'Energy per chat query (Epoch inputs)', reported: epoch.value, model, unit: 'Wh', source: epoch.source, gap: (model - epoch.value) / epoch.value });
  }
  return rows;
}
