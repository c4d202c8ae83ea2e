/**
 * "Why not", computed (docs/MODEL.md, sign table v3): when a change moves the chosen output by
 * less than 1%, or against the direction the sign tables expect, one sentence says what absorbed
 * it, read from the two runs' own state — the lever it acts through sitting at zero, the cap
 * reached either way, the month the output is read before the change first moves cash, the
 * option policy exercising the same options, or the ledger lines that offset it. Nothing here is
 * written per lever: the sentence names series, months and amounts the engine produced.
 */
import { EVENTS, inactiveReason, LEVER_BY_ID, valueWords, type LeverId, type Params } from '../registry';
import { monthLabel } from '../registry/month';
import { SERIES, type ScenarioResult } from './types';
import { CASH_LINES, DELIVERY, expectedSign, LINE_NAMES, SERIES_NAMES } from './whyTables';

export { expectedSign };

export type WhyKind = 'inactive' | 'small' | 'against';
export interface Why {
  kind: WhyKind;
  sentence: string;
}

/** The outputs a change is measured on (as in attribution.ts). */
export type WhyOutput = 'minCash' | 'endCash' | 'insolvency' | 'burn' | 'exposure';

/** Below this share of the reference output a change counts as "moves it by less than 1%". */
export const SMALL_SHARE = 0.01;

const money = (v: number) =>
  `${v < 0 ? '−' : '+'}$${Math.abs(v) >= 10 ? Math.abs(v).toFixed(0) : Math.abs(v).toFixed(1)}B`;
const plainMoney = (v: number) => money(v).slice(1);

/** Index of the month the output is read at, in the reference run. */
function outputIndex(r: ScenarioResult, output: WhyOutput): number {
  const s = r.summary;
  if (output === 'minCash') return s.minCashMonth - r.startMonth;
  // exposure is read after the month cash runs out, like insolvency, else at the horizon's end
  if ((output === 'insolvency' || output === 'exposure') && s.insolvencyMonth !== null)
    return s.insolvencyMonth - r.startMonth;
  // Stryker disable next-line ArithmeticOperator: the caller clamps the index to the shorter run's last month (Math.min(n - 1, …)), so one past the end reads the same month
  return r.months - 1;
}

function firstDifference(a: Float64Array, b: Float64Array, n: number, eps: number): number {
  for (let t = 0; t < n; t++) if (Math.abs(a[t] - b[t]) > eps) return t;
  return -1;
}

function sumTo(a: Float64Array, to: number): number {
  let total = 0;
  for (let t = 0; t <= to; t++) total += a[t];
  return total;
}

const optionName = (id: string) => EVENTS.find((e) => e.id === id)?.label ?? id;

function optionWords(r: ScenarioResult): string {
  if (r.options.length === 0) return 'there are no options';
  if (r.options.every((o) => o.exercisedGw <= 0)) return 'no option is exercised';
  return r.options
    .map((o) => `${optionName(o.id)} ${o.exercisedGw.toFixed(1)} of ${o.sizeGw.toFixed(1)} GW`)
    .join(', ');
}

/** An off switch of the same event or generation, which keeps the lever's row out of the run. */
function offSwitch(changed: Params, ids: readonly LeverId[]): string | null {
  for (const id of ids) {
    const dot = id.indexOf('.');
    if (dot < 0) continue;
    const on = LEVER_BY_ID.get(`${id.slice(0, dot)}.on`);
    if (on && changed[on.id] < 0.5) return `“${on.label}” is ${valueWords(on, changed[on.id])}`;
  }
  return null;
}

function sameOptions(a: ScenarioResult, b: ScenarioResult): boolean {
  return (
    a.options.length === b.options.length &&
    a.options.every((o, i) => b.options[i].id === o.id && Math.abs(b.options[i].exercisedGw - o.exercisedGw) < 1e-9)
  );
}

/** The levers' change, for the direction against the sign tables: +1 raised, −1 lowered, 0 mixed. */
function direction(ref: Params, changed: Params, ids: readonly LeverId[]): number {
  let d = 0;
  for (const id of ids) {
    const e = expectedSign(id);
    if (!e) continue;
    const step = Math.sign(changed[id] - ref[id]) * e;
    if (step === 0) continue;
    if (d !== 0 && d !== step) return 0;
    d = step;
  }
  return d;
}

/**
 * Why the change from `ref` to `changed` in `leverIds` moves `output` as it does, or null when it
 * moves it by 1% or more in the expected direction. `delta` is that change's part of the output
 * (its effect alone, or its Shapley share); `referenceValue` the output of the reference.
 */
export function explainEffect(args: {
  ref: Params;
  refRun: ScenarioResult;
  changed: Params;
  /** The changed run, or how to get it: only a flagged change is run. */
  run: ScenarioResult | (() => ScenarioResult);
  leverIds: readonly LeverId[];
  output: WhyOutput;
  delta: number;
  referenceValue: number;
}): Why | null {
  const { ref, refRun, changed, leverIds, output, delta, referenceValue } = args;
  for (const id of leverIds) {
    const lever = LEVER_BY_ID.get(id);
    const reason = lever ? inactiveReason(lever, changed, LEVER_BY_ID) : null;
    if (reason) return { kind: 'inactive', sentence: `${reason}.` };
  }
  const small = Math.abs(delta) < SMALL_SHARE * Math.max(Math.abs(referenceValue), 1e-9);
  // less burn and less exposure are better for OpenAI's cash, as the sign tables read it
  const improvement = output === 'burn' || output === 'exposure' ? -delta : delta;
  const dir = direction(ref, changed, leverIds);
  const against = !small && dir !== 0 && Math.sign(improvement) === -dir;
  if (!small && !against) return null;
  const kind: WhyKind = against ? 'against' : 'small';
  const run = typeof args.run === 'function' ? args.run() : args.run;
  return { kind, sentence: absorbed(refRun, run, output, kind, changed, leverIds) };
}

function absorbed(
  refRun: ScenarioResult,
  run: ScenarioResult,
  output: WhyOutput,
  kind: WhyKind,
  changed: Params,
  leverIds: readonly LeverId[],
): string {
  const n = Math.min(refRun.months, run.months);
  const a = refRun.monthly;
  const b = run.monthly;
  const tOut = Math.min(n - 1, outputIndex(refRun, output));
  const atOut = monthLabel(refRun.startMonth + tOut);
  const firstCash = firstDifference(a.cashUsdB, b.cashUsdB, n, 1e-6);
  const lines = CASH_LINES.map((l) => ({
    ...l,
    whole: sumTo(b[l.key], n - 1) - sumTo(a[l.key], n - 1),
    toOut: sumTo(b[l.key], tOut) - sumTo(a[l.key], tOut),
  }));
  const anyLine = lines.some((l) => Math.abs(l.whole) > 1e-6);

  if (!anyLine && firstCash < 0) {
    const moved = DELIVERY.filter(([k]) => firstDifference(a[k], b[k], n, 1e-6) >= 0).map(([, name]) => name);
    if (moved.length > 0) {
      const idle = moved.slice(0, 3).join(', ');
      const options = sameOptions(refRun, run)
        ? `the option policy exercises the same options either way (${optionWords(run)})`
        : `the options exercised change (${optionWords(refRun)} → ${optionWords(run)}) but not what is paid`;
      return `It changes what the capacity delivers (${idle}), not what is paid: binding capacity is paid as signed, and ${options}.`;
    }
    const off = offSwitch(changed, leverIds);
    if (off)
      return `${off} in this run, so nothing it holds moves cash here (the Monte Carlo still draws a conditional row with its probability).`;
    const others = SERIES.filter((k) => !(k in LINE_NAMES) && firstDifference(a[k], b[k], n, 1e-9) >= 0);
    if (others.length > 0) {
      const named = others.map((k) => SERIES_NAMES[k]).filter((x): x is string => Boolean(x));
      return `It moves ${named.length ? named.join(' and ') : others.slice(0, 3).join(', ')} only; no cash line of OpenAI's moves.`;
    }
    const capped = leverIds.some((id) => LEVER_BY_ID.get(id)?.requires?.includes('msRevenueShare'));
    const cap = changed.msRevShareCapUsdB;
    if (capped && Math.abs(sumTo(b.msRevShareUsdB, n - 1) - cap) < 0.05)
      return `Microsoft's revenue share reaches its ${plainMoney(cap)} cap in ${capMonth(run, cap)} either way, and nothing is paid after that.`;
    const end = refRun.startMonth + n - 1;
    const months = leverIds
      .map((id) => [LEVER_BY_ID.get(id), changed[id]] as const)
      .filter(([l, v]) => l?.kind === 'month' && v > end);
    if (months.length > 0) return `It lands after the horizon ends (${monthLabel(end)}), so nothing inside it moves.`;
    return `Nothing in this run reads it: no cash line, no capacity and no per-query figure moves (${optionWords(run)}).`;
  }

  const capLever = LEVER_BY_ID.get('msRevShareCapUsdB');
  const share = lines.find((l) => l.key === 'msRevShareUsdB')!;
  const cap = changed.msRevShareCapUsdB;
  const totalA = sumTo(a.msRevShareUsdB, n - 1);
  const totalB = sumTo(b.msRevShareUsdB, n - 1);
  if (capLever && Math.abs(share.whole) < 0.05 && firstDifference(a.msRevShareUsdB, b.msRevShareUsdB, n, 1e-6) >= 0) {
    if (Math.abs(totalA - cap) < 0.05 && Math.abs(totalB - cap) < 0.05) {
      const hitA = capMonth(refRun, cap);
      const hitB = capMonth(run, cap);
      const when = hitA === hitB ? `in ${hitB}` : `in ${hitB} (${hitA} before)`;
      return `The ${plainMoney(cap)} cap on Microsoft's revenue share is reached ${when} either way, so the total paid does not change.`;
    }
  }

  if (firstCash >= 0 && firstCash <= tOut && Math.abs(b.cashUsdB[tOut] - a.cashUsdB[tOut]) < 0.05) {
    let last = firstCash;
    let most = 0;
    for (let t = firstCash; t <= tOut; t++) {
      const d = Math.abs(b.cashUsdB[t] - a.cashUsdB[t]);
      if (d > 0.05) last = t;
      most = Math.max(most, d);
    }
    const span = `${monthLabel(refRun.startMonth + firstCash)}–${monthLabel(refRun.startMonth + last)}`;
    return `It moves cash only in ${span} (by up to ${plainMoney(most)}); by ${atOut}, where the output is read, the two runs agree.`;
  }
  if (firstCash > tOut) {
    const first = monthLabel(refRun.startMonth + firstCash);
    if (output === 'minCash')
      return `The lowest cash comes in ${atOut}, before this change first moves cash (${first}).`;
    if (output === 'insolvency')
      return `Cash runs out in ${atOut} either way; this change first moves cash in ${first}.`;
  }
  if (output === 'insolvency' && refRun.summary.insolvencyMonth === run.summary.insolvencyMonth) {
    let most = 0;
    for (let t = 0; t <= tOut; t++) most = Math.max(most, Math.abs(b.cashUsdB[t] - a.cashUsdB[t]));
    const when =
      refRun.summary.insolvencyMonth === null ? `stays above zero through ${atOut}` : `still runs out in ${atOut}`;
    return `Cash ${when}: the change moves cash by at most ${plainMoney(most)} in any month before then.`;
  }

  const ranked = lines
    .filter((l) => Math.abs(l.toOut) > 0.05)
    .sort((x, y) => Math.abs(y.toOut) - Math.abs(x.toOut))
    .slice(0, 3);
  const net = ranked.length ? lines.reduce((s, l) => s + l.sign * l.toOut, 0) : 0;
  if (ranked.length === 0)
    return `Through ${atOut} it moves no cash line by more than $0.05B; what it changes comes later.`;
  const parts = ranked.map((l) => `${l.name} ${money(l.toOut)}`).join(', ');
  if (kind === 'against') {
    // Stryker disable next-line ArithmeticOperator: sign(a / b) = sign(a × b) for the ranked lines, whose toOut is above 0.05 in size
    const helps = ranked.filter((l) => Math.sign(l.sign * l.toOut) === Math.sign(net));
    const lead = helps[0] ?? ranked[0];
    return `Against the expected direction: through ${atOut}, ${lead.name} ${money(lead.toOut)} outweighs the rest (${parts}); net ${money(net)} on cash.`;
  }
  return `Its effects offset through ${atOut}: ${parts}; net ${money(net)} on cash.`;
}

function capMonth(r: ScenarioResult, cap: number): string {
  let total = 0;
  const m = r.monthly.msRevShareUsdB;
  for (let t = 0; t < r.months; t++) {
    total += m[t];
    if (total >= cap - 0.05) return monthLabel(r.startMonth + t);
  }
  // Stryker disable next-line StringLiteral: not reached; both callers first check that the run's revenue share adds up to within 0.05 of the cap
  return 'never';
}
