import type { ScenarioResult } from '../../engine/types';
import { AS_OF_MONTH, START_MONTH } from '../../engine/time';
import { LEVER_BY_ID, SOURCES, type LeverId } from '../../registry';

/**
 * "Why losses differ from cash burn": the engine's monthly cash burn, operating loss and net
 * loss (src/engine/accounting.ts) summed over quarters and years, and the items between them
 * for one period. Sums only: every figure is the engine's, under the CLI's names.
 */

export type PeriodKind = 'quarter' | 'year';

export interface LossPeriod {
  /** "Q1 2026", "2026" ("2030 (11 mo)" when the horizon cuts a year). */
  label: string;
  kind: PeriodKind;
  /** Relative months [from, to) of the result. */
  from: number;
  to: number;
  burnUsdB: number;
  stockCompUsdB: number;
  accruedCostsUsdB: number;
  depreciationUsdB: number;
  capexUsdB: number;
  financingUsdB: number;
  operatingLossUsdB: number;
  nonCashUsdB: number;
  netLossUsdB: number;
}

const SUMMED = [
  'burnUsdB',
  'stockCompUsdB',
  'accruedCostsUsdB',
  'depreciationUsdB',
  'capexUsdB',
  'financingUsdB',
  'operatingLossUsdB',
  'nonCashUsdB',
  'netLossUsdB',
] as const;

function period(r: ScenarioResult, kind: PeriodKind, label: string, from: number, to: number): LossPeriod {
  const p: LossPeriod = {
    label,
    kind,
    from,
    to,
    burnUsdB: 0,
    stockCompUsdB: 0,
    accruedCostsUsdB: 0,
    depreciationUsdB: 0,
    capexUsdB: 0,
    financingUsdB: 0,
    operatingLossUsdB: 0,
    nonCashUsdB: 0,
    netLossUsdB: 0,
  };
  for (const k of SUMMED) {
    const a = r.monthly[k];
    let sum = 0;
    for (let t = from; t < to; t++) sum += a[t];
    p[k] = sum;
  }
  return p;
}

/**
 * The result's calendar quarters or years, in order. A period the horizon cuts keeps its months
 * and says how many in its label.
 */
export function lossPeriods(r: ScenarioResult, kind: PeriodKind): LossPeriod[] {
  const size = kind === 'quarter' ? 3 : 12;
  const out: LossPeriod[] = [];
  let t = 0;
  while (t < r.months) {
    const abs = r.startMonth + t;
    const start = abs - (abs % size);
    const end = Math.min(start + size, r.startMonth + r.months);
    const year = Math.floor(start / 12);
    const name = kind === 'quarter' ? `Q${(start % 12) / 3 + 1} ${year}` : String(year);
    const months = end - abs;
    out.push(period(r, kind, months < size ? `${name} (${months} mo)` : name, t, end - r.startMonth));
    t = end - r.startMonth;
  }
  return out;
}

/** How a figure is known: from a named source, from the model's own lines, or assumed. */
export type Basis =
  { kind: 'reported'; sources: string[]; confidence: string } | { kind: 'model' } | { kind: 'assumption'; why: string };

export interface BridgeStep {
  id: string;
  label: string;
  /** What the step adds to the running figure ($B, signed); for a total, the total itself. */
  valueUsdB: number;
  total: boolean;
  /** The running figure before and after the step (a total: 0 → the total). */
  startUsdB: number;
  endUsdB: number;
  basis: Basis;
}

const NOW_REL = AS_OF_MONTH - START_MONTH;

/** A lever's basis: its source and confidence, or an assumption when it has no source. */
function leverBasis(id: LeverId): Basis {
  const lever = LEVER_BY_ID.get(id);
  const source = lever?.sourceId ?? 'assumption';
  if (source === 'assumption') return { kind: 'assumption', why: `${lever?.label ?? id}: no source` };
  if (source === 'calibration')
    return { kind: 'assumption', why: `${lever?.label ?? id}: calibrated to the record, not reported` };
  return { kind: 'reported', sources: [source], confidence: lever?.confidence ?? 'low' };
}

/** Several levers over one period: reported when all are, else the first assumption. */
function combine(bases: Basis[]): Basis {
  const assumed = bases.find((b) => b.kind === 'assumption');
  if (assumed) return assumed;
  const reported = bases.filter((b): b is Extract<Basis, { kind: 'reported' }> => b.kind === 'reported');
  const rank = { high: 2, medium: 1, low: 0 } as Record<string, number>;
  return {
    kind: 'reported',
    sources: [...new Set(reported.flatMap((b) => b.sources))],
    confidence: reported.reduce((c, b) => ((rank[b.confidence] ?? 0) < (rank[c] ?? 0) ? b.confidence : c), 'high'),
  };
}

/** Whether months [from, to) reach into the record (up to now) and into the projection (after now). */
const inRecord = (from: number) => from <= NOW_REL;
const inProjection = (to: number) => to - 1 > NOW_REL;

function stockCompBasis(from: number, to: number): Basis {
  const levers: LeverId[] = [];
  if (from < 12) levers.push('stockComp2025UsdB');
  if (to > 12 && inRecord(from)) levers.push('stockComp2026UsdB');
  if (inProjection(to)) levers.push('stockCompGrowthPct');
  return combine(levers.map(leverBasis));
}

const NON_CASH: ReadonlyArray<{ lever: LeverId; from: number; to: number }> = [
  { lever: 'nonCash2025H1UsdB', from: 0, to: 6 },
  { lever: 'nonCash2025Q3UsdB', from: 6, to: 9 },
  { lever: 'nonCash2025Q4UsdB', from: 9, to: 12 },
  { lever: 'nonCash2026Q1UsdB', from: 12, to: 15 },
];

function nonCashBasis(from: number, to: number): Basis {
  const levers: LeverId[] = NON_CASH.filter((n) => n.from < to && n.to > from).map((n) => n.lever);
  // Apr 2026 to now: nothing reported, so none (an assumption); after now a yearly lever
  if (to > 15 && from <= NOW_REL)
    return { kind: 'assumption', why: 'Non-cash items, Apr 2026 to now: nothing reported, taken as none' };
  if (inProjection(to)) levers.push('nonCashUsdBPerYear');
  return combine(levers.map(leverBasis));
}

function accruedBasis(to: number): Basis {
  const levers: LeverId[] = ['accruedCostPctOfRevenue'];
  if (inProjection(to)) levers.push('accruedCostFadeMonths');
  return combine(levers.map(leverBasis));
}

/**
 * The items between cash burn and the losses for one period, as a waterfall: cash burn, the
 * items that make the operating loss (stock compensation, costs booked before they are paid,
 * depreciation in place of capex, financing payments out), the operating loss, the non-cash
 * items, the net loss. Each carries its basis.
 */
export function lossBridge(p: LossPeriod): BridgeStep[] {
  const { from, to } = p;
  const steps: BridgeStep[] = [];
  let run = 0;
  const total = (id: string, label: string, value: number, basis: Basis) => {
    steps.push({ id, label, valueUsdB: value, total: true, startUsdB: 0, endUsdB: value, basis });
    run = value;
  };
  const item = (id: string, label: string, value: number, basis: Basis) => {
    steps.push({ id, label, valueUsdB: value, total: false, startUsdB: run, endUsdB: run + value, basis });
    run += value;
  };
  total('burn', 'Cash burn', p.burnUsdB, { kind: 'model' });
  item('stockComp', '+ Stock compensation', p.stockCompUsdB, stockCompBasis(from, to));
  item('accrued', '+ Costs booked before paid', p.accruedCostsUsdB, accruedBasis(to));
  item('depreciation', '+ Depreciation', p.depreciationUsdB, { kind: 'model' });
  item('capex', '− Capex paid', -p.capexUsdB, { kind: 'model' });
  item('financing', '− Financing payments', -p.financingUsdB, { kind: 'model' });
  total('operating', '= Operating loss', p.operatingLossUsdB, { kind: 'model' });
  item('nonCash', '+ Non-cash items', p.nonCashUsdB, nonCashBasis(from, to));
  total('net', '= Net loss', p.netLossUsdB, { kind: 'model' });
  return steps;
}

/** A figure the record reports for a period, drawn as a ring on its line. */
export interface ReportedLoss {
  period: string;
  line: 'burnUsdB' | 'operatingLossUsdB' | 'netLossUsdB';
  valueUsdB: number;
  source: string;
  note: string;
}

/** The record's losses the lens is calibrated to (docs/MODEL.md, "Losses and cash burn"). */
export const REPORTED_LOSSES: readonly ReportedLoss[] = [
  { period: 'Q1 2026', line: 'burnUsdB', valueUsdB: 3.7, source: 'info-q1-2026', note: 'cash burn' },
  { period: 'Q1 2026', line: 'operatingLossUsdB', valueUsdB: 9.3, source: 'info-q1-2026', note: 'operating loss' },
  { period: 'Q1 2026', line: 'netLossUsdB', valueUsdB: 21.3, source: 'info-q1-2026', note: 'net loss' },
  {
    period: 'Q3 2025',
    line: 'netLossUsdB',
    valueUsdB: 11.5,
    source: 'ms-10q-oct-2025',
    note: "net loss, ~: Microsoft's $3.1B share ÷ ~27%",
  },
  {
    period: '2025',
    line: 'operatingLossUsdB',
    valueUsdB: 20.92,
    source: 'zitron-openai-audited-2025',
    note: 'operating loss, audited',
  },
  {
    period: '2025',
    line: 'netLossUsdB',
    valueUsdB: 38.53,
    source: 'zitron-openai-audited-2025',
    note: 'net loss, audited',
  },
];

/** A source's short name for the page: its publisher, without the "(via …)" or date after it. */
export function sourceName(id: string): string {
  const publisher = SOURCES[id]?.publisher;
  return publisher ? publisher.split(/ \(|, /)[0] : id;
}

/** The default period of the bridge: the quarter the record reports all three figures for. */
export const DEFAULT_BRIDGE_PERIOD = 'Q1 2026';
