import { ADDED_EVENT_KEYS, EVENT_STATUSES, EVENTS, LEVER_BY_ID, type EventRow, type Params } from '../registry';
import { chipActualMonth, h100ePerItGw, usdBPerItGw, type Gen, type Hardware } from './hardware';
import { HOURS_PER_MONTH } from './physics';
import { rel } from './time';
import { SCHEDULE_FIELDS, type Schedules } from './scheduleFields';

export { SCHEDULE_FIELDS, SCHEDULE_READS, type Schedules } from './scheduleFields';

/** The `.status` code of an option row: its capacity is the option policy's, not a schedule's. */
export const OPTION_CODE = EVENT_STATUSES.indexOf('option');

/** Fields added as difference arrays (a tranche: +x at its start, −x at its end), summed once. */
const DIFFERENCED = [
  'contracted',
  'msPool',
  'ownedGpu',
  'silicon',
  'contractedMw',
  'msPoolMw',
  'ownedGpuMw',
  'siliconMw',
  'payOther',
  'depreciation',
  'siliconDepreciation',
] as const;

/** Fields written month by month (not as difference arrays). */
const WRITTEN = SCHEDULE_FIELDS.filter((f) => !(DIFFERENCED as readonly string[]).includes(f));

/**
 * Which months a build fills. The record (months up to `now`) is built from the record's levers:
 * every contract of the record whole, and the tranches of ramped programmes that came online up
 * to now. The projection adds, from the scenario's levers, only what starts after now: later
 * contracts, and each programme's growth beyond what the record had online at now.
 */
export type Phase =
  | { record: true; now: number }
  | {
      record: false;
      now: number;
      rec: Params;
      /** The record's build: what it committed runs on after now, and the projection adds to it. */
      base: Schedules;
    };

/** Stargate's funder split. The shares are validated to sum to at most 100% (registry checks). */
export function stargateSplit(p: Params): { openai: number; microsoft: number; partners: number } {
  const openai = Math.min(1, p.stargateOpenAiSharePct / 100);
  const microsoft = Math.min(1 - openai, p.stargateMicrosoftSharePct / 100);
  return { openai, microsoft, partners: 1 - openai - microsoft };
}

/** Whether a row of data/events.json belongs to the record (its levers change the record). */
function isRecordRow(e: EventRow): boolean {
  return LEVER_BY_ID.get(e.keys.on)?.record ?? false;
}

/** A programme built at a steady pace: `size` in all (GW or $B), `perMonth` a month from month `start`. */
export interface Ramp {
  start: number;
  perMonth: number;
  size: number;
}

/** What a ramp has built by month t. */
export function builtBy(r: Ramp, t: number): number {
  return t < r.start ? 0 : Math.min(r.size, r.perMonth * (t - r.start + 1));
}

/** Stargate's dollars ($B; the price per GW decides how much capacity each month's dollars buy). */
export function stargateRamp(p: Params): Ramp {
  const months = Math.max(1, p.stargateBuildMonths);
  return { start: rel(p.stargateStart), perMonth: p.stargateCapexUsdB / months, size: p.stargateCapexUsdB };
}

/** The custom chip's binding phase, IT GW, at the programme's pace from its actual arrival. */
export function chipBindingRamp(p: Params): Ramp {
  return {
    start: rel(chipActualMonth(p)),
    perMonth: p.siliconGw / Math.max(1, p.chipRampMonths),
    size: Math.min(p.siliconBindingGw, p.siliconGw),
  };
}

/** A binding owned purchase of data/events.json (GW as the row gives them); an option or a row switched off builds nothing. */
function purchaseRamp(q: Params, e: EventRow): Ramp {
  const gw = q[e.keys.on] < 0.5 || q[e.keys.status] === OPTION_CODE ? 0 : q[e.keys.gw];
  const perMonth = e.maxGwPerMonth ?? q[e.keys.gw] / (e.rampMonths ?? e.termMonths ?? 24);
  return { start: rel(q[e.keys.month]), perMonth, size: gw };
}

/**
 * Fills `s` (zeroed arrays of `months + 1` slots, laid out by a workspace) with what `phase`
 * builds for scenario `p`; the projection's build is added to the record's by the caller.
 */
export function buildSchedules(p: Params, hw: Hardware, months: number, s: Schedules, phase: Phase): Schedules {
  const life = Math.max(1, Math.round(p.lifeYears * 12));
  const { pue, infraCapexMultiplier: infra } = p;
  const now = phase.now;
  // In the projection, the fields written month by month start from the record's build after now.
  if (!phase.record) for (const f of WRITTEN) s[f].set(phase.base[f].subarray(now + 1, months), now + 1);
  const monthlyDecline = (1 - p.rentDeclinePctPerYear / 100) ** (1 / 12);
  const contractRate0 = p.azureUsdPerGpuHour * (1 - p.contractDiscountPct / 100);

  /** An owned tranche: online from t for its life, paid at t, depreciated straight-line. */
  const owned = (t: number, itGw: number, g: Gen, capexUsdB: number, silicon: boolean): void => {
    const end = Math.min(months, t + life);
    const h100e = itGw * h100ePerItGw(g);
    add(silicon ? s.silicon : s.ownedGpu, t, end, h100e);
    add(silicon ? s.siliconMw : s.ownedGpuMw, t, end, itGw * 1000);
    add(silicon ? s.siliconDepreciation : s.depreciation, t, end, capexUsdB / life);
    s.capex[t] += capexUsdB;
  };
  function add(a: Float64Array, from: number, to: number, v: number): void {
    a[from] += v;
    a[to] -= v;
  }

  /**
   * Calls `step(t, added)` for each month a programme adds to what it has built (GW or $B) in
   * this phase: in the record, its ramp up to now; in the projection, growth beyond the larger of
   * what the record had built at now and what this scenario's ramp reached before (a lever never
   * removes what was built).
   */
  const rampSteps = (ramp: (q: Params) => Ramp, step: (t: number, added: number) => void): void => {
    const mine = ramp(p);
    let prev = phase.record ? 0 : builtBy(ramp(phase.rec), now);
    const from = Math.max(phase.record ? 0 : now + 1, mine.start);
    const to = phase.record ? Math.min(months, now + 1) : months;
    for (let t = from; t < to && prev < mine.size - 1e-12; t++) {
      const target = Math.max(prev, builtBy(mine, t));
      if (target > prev + 1e-12) step(t, target - prev);
      prev = target;
    }
  };

  // Stargate: one programme of sites, in dollars, split between what OpenAI owns, what Microsoft
  // funds (Azure capacity, paid as used) and what the partners lease to OpenAI.
  const split = stargateSplit(p);
  const leaseMonths = Math.max(1, Math.round(p.stargateLeaseYears * 12));
  const leaseYield = p.stargateLeaseYieldPct / 100 / 12;
  rampSteps(stargateRamp, (t, capexUsdB) => {
    const g = hw.newestNvidia(t);
    const itGw = capexUsdB / p.stargateUsdBPerGw / pue;
    if (split.openai > 0) owned(t, itGw * split.openai, g, capexUsdB * split.openai, false);
    const end = Math.min(months, t + leaseMonths);
    const h100ePerGw = h100ePerItGw(g);
    if (split.partners > 0) {
      add(s.contracted, t, end, itGw * split.partners * h100ePerGw);
      add(s.contractedMw, t, end, itGw * split.partners * 1000);
      add(s.payOther, t, end, capexUsdB * split.partners * leaseYield);
    }
    if (split.microsoft > 0) {
      add(s.msPool, t, end, itGw * split.microsoft * h100ePerGw);
      add(s.msPoolMw, t, end, itGw * split.microsoft * 1000);
    }
  });

  // The custom chip's binding phase (the part with a purchase order), owned; the rest is an option.
  const custom = hw.gen('custom');
  const customPerGw = usdBPerItGw(custom, infra);
  rampSteps(chipBindingRamp, (t, gw) => owned(t, gw, custom, gw * customPerGw, true));

  // Owned purchases from data/events.json that are binding (an option row is the policy's).
  for (const e of EVENTS) {
    if (e.kind !== 'contract' || e.form !== 'owned' || e.modelledBy) continue;
    rampSteps(
      (q) => purchaseRamp(q, e),
      (t, gw) => {
        const g = e.generation ? hw.gen(e.generation) : hw.newestNvidia(t);
        const itGw = e.gwBasis === 'facility' ? gw / pue : gw;
        owned(t, itGw, g, itGw * usdBPerItGw(g, infra), g === custom);
        if (e.counterparty === 'NVIDIA') s.nvidiaGw[t] += gw;
      },
    );
  }

  // The tranches above were added as difference arrays; their running sums are what is online,
  // on top of what the record's build has online after now (in the projection).
  const from = phase.record ? months : phase.now + 1;
  for (const f of DIFFERENCED) {
    const a = s[f];
    let sum = a[0];
    for (let t = 1; t < Math.min(from, months); t++) a[t] = sum += a[t]; // running sums, in a register
    if (!phase.record) {
      const b = phase.base[f];
      for (let t = Math.max(1, from); t < months; t++) a[t] = (sum += a[t]) + b[t];
    }
    a[months] = 0;
  }
  // Rounding residue of a tranche's + and − is no capacity.
  for (const a of [s.ownedGpu, s.silicon, s.msPool])
    for (let t = 0; t < months; t++) if (Math.abs(a[t]) < 1e-6) a[t] = 0;

  // Take-or-pay contracts (month by month, straight into the summed arrays), each whole in the phase it belongs to: the record's (and the Azure
  // commitment of Oct 2025) from the record's levers, the rest only in months after now.
  const after = phase.record ? 0 : now + 1;
  if (phase.record) {
    const term = Math.round(p.azureCommitmentYears * 12);
    takeOrPay(p.azureCommitmentUsdB, rel(p.azureCommitmentStart), term, undefined, true, Math.min(24, term), 0);
  }
  for (const e of EVENTS) {
    if (e.kind !== 'contract' || e.form !== 'contracted' || e.modelledBy || p[e.keys.on] < 0.5) continue;
    const record = isRecordRow(e);
    if (record && !phase.record) continue;
    const gw = e.gw === undefined ? undefined : e.gwBasis === 'facility' ? p[e.keys.gw] / pue : p[e.keys.gw];
    const start = rel(p[e.keys.month]);
    const gen = e.generation ? hw.gen(e.generation) : hw.newestNvidia(Math.max(0, start));
    const it = gw === undefined ? undefined : { itGw: gw, gen };
    const ramp = e.rampMonths ?? Math.min(24, e.termMonths!);
    // A later contract in the record's build counts only up to now (its months after now are the projection's).
    takeOrPay(p[e.keys.usdB], start, e.termMonths!, it, false, ramp, after, record || !phase.record ? months : now + 1);
  }
  for (const k of ADDED_EVENT_KEYS) {
    if (p[k.on] < 0.5 || p[k.kind] < 0.5) continue;
    const term = Math.round(p[k.termMonths]);
    takeOrPay(
      p[k.usdB],
      rel(p[k.month]),
      term,
      undefined,
      false,
      Math.min(24, term),
      after,
      phase.record ? now + 1 : months,
    );
  }

  return s;

  /**
   * A take-or-pay contract of `usdB` over `term` months from `start`, ramping over `rampMonths`
   * then flat; payments follow the capacity, so the price per H100e-hour is flat and a whole term
   * inside the horizon sums to the signed total. With a GW figure the compute is what those GW
   * hold; without one, the dollars buy H100e-hours at the month's contract rate. Only months in
   * [from, until) are written.
   */
  function takeOrPay(
    usdB: number,
    start: number,
    term: number,
    it: { itGw: number; gen: Gen } | undefined,
    azure: boolean,
    rampMonths: number,
    from: number,
    until = months,
  ): void {
    if (usdB <= 0 && !it) return;
    const r = Math.min(rampMonths, term);
    const total = (r + 1) / 2 + (term - r); // Σ_j min(1, (j + 1) / r) over the term, in closed form
    const cap = azure ? s.azure : s.contracted;
    const mw = azure ? s.azureMw : s.contractedMw;
    const pays = azure ? s.payAzure : s.payOther;
    const perGw = it ? h100ePerItGw(it.gen) : 0;
    const first = Math.max(start, from, 0);
    // The contract rate of month t (Azure's list price, declining, less the discount), stepped month by month.
    let rate = contractRate0 * monthlyDecline ** first;
    for (let t = first; t < Math.min(start + term, until, months); t++, rate *= monthlyDecline) {
      const share = Math.min(1, (t - start + 1) / r);
      const pay = (usdB * share) / total;
      const h100e = it ? it.itGw * share * perGw : (pay * 1e9) / (rate * HOURS_PER_MONTH);
      const itMw = it ? it.itGw * share * 1000 : (h100e * hw.marketWattsPerH100e(t)) / 1e6;
      cap[t] += h100e;
      mw[t] += itMw;
      pays[t] += pay;
    }
  }
}
