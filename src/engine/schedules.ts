import { ADDED_EVENT_KEYS, EVENTS, type Params } from '../registry';
import { ramp } from './growth';
import { h100ePerItGw, usdBPerItGw, type Gen, type Hardware } from './hardware';
import { HOURS_PER_MONTH } from './physics';
import { rel } from './time';

/**
 * Capacity and what is owed for it, month by month, before any demand is known. Three pools:
 * - contracted (take-or-pay: Stargate leases, the Azure commitment, AWS, CoreWeave…): the
 *   signed dollars are owed whether or not the compute is used; electricity is in the price;
 * - owned GPUs and owned custom silicon: paid (or financed) as they come online, electricity
 *   for what runs, retired after their life.
 * Efficiency levers change the H100e a GW holds, never the dollars: that is the rule version 1 broke.
 */
export interface Schedules {
  /** H100e online, by pool. */
  contracted: Float64Array;
  ownedGpu: Float64Array;
  silicon: Float64Array;
  /** IT megawatts online, by pool. */
  contractedMw: Float64Array;
  ownedGpuMw: Float64Array;
  siliconMw: Float64Array;
  /** Take-or-pay payments due, $B: to Microsoft (Azure) and to everyone else. */
  payAzure: Float64Array;
  payOther: Float64Array;
  /** Capex of owned capacity coming online, $B (before financing), and its straight-line depreciation. */
  capex: Float64Array;
  depreciation: Float64Array;
  siliconDepreciation: Float64Array;
  /** GW deployed this month under NVIDIA purchases (drives NVIDIA's investment per GW). */
  nvidiaGw: Float64Array;
  /** IT watts per H100e of the rented market, by month. */
  marketWatts: Float64Array;
  /**
   * What the yearly rent decline leaves of a start-month rental price in month t: $ per
   * H100e-hour on demand is azureUsdPerGpuHour (or otherCloudUsdPerGpuHour) times this.
   */
  rentFactor: Float64Array;
  /** Stargate's leased tranches while they are added (difference arrays), folded into the pools at the end. */
  leaseH100e: Float64Array;
  leaseMw: Float64Array;
  leasePayAzure: Float64Array;
  leasePayOther: Float64Array;
}

/** The fields, in the order a workspace lays them out. */
export const SCHEDULE_FIELDS = [
  'contracted',
  'ownedGpu',
  'silicon',
  'contractedMw',
  'ownedGpuMw',
  'siliconMw',
  'payAzure',
  'payOther',
  'capex',
  'depreciation',
  'siliconDepreciation',
  'nvidiaGw',
  'leaseH100e',
  'leaseMw',
  'leasePayAzure',
  'leasePayOther',
  'marketWatts',
  'rentFactor',
] as const;
/** Fields kept as difference arrays while tranches are added, summed once at the end. */
const DIFFERENCED = [
  'ownedGpu',
  'silicon',
  'ownedGpuMw',
  'siliconMw',
  'depreciation',
  'siliconDepreciation',
  'leaseH100e',
  'leaseMw',
  'leasePayAzure',
  'leasePayOther',
] as const;

/** Stargate's funder split; shares above 100% in total are scaled down together. */
export function stargateSplit(p: Params): { openai: number; microsoft: number; partners: number } {
  const o = p.stargateOpenAiSharePct / 100;
  const m = p.stargateMicrosoftSharePct / 100;
  const scale = o + m > 1 ? 1 / (o + m) : 1;
  return { openai: o * scale, microsoft: m * scale, partners: Math.max(0, 1 - (o + m) * scale) };
}

/** Fills `s` (zeroed arrays of `months + 1` slots, laid out by a workspace) for the scenario. */
export function buildSchedules(p: Params, hw: Hardware, months: number, s: Schedules): Schedules {
  const life = Math.max(1, Math.round(p.lifeYears * 12));
  const decline = 1 - p.rentDeclinePctPerYear / 100;
  for (let t = 0; t < months; t++) {
    s.marketWatts[t] = hw.marketWattsPerH100e(t);
    s.rentFactor[t] = decline ** (t / 12);
  }
  // Levers read once: a scenario is a large object, slow to read by name in the loops below.
  const { azureUsdPerGpuHour, chipRampMonths, siliconGw, stargateBuildMonths, stargateCapexUsdB } = p;
  const { pue, infraCapexMultiplier: infra } = p;

  /** An owned tranche: online from t for its life, paid at t, depreciated straight-line. */
  const owned = (t: number, itGw: number, g: Gen, capexUsdB: number, silicon: boolean): void => {
    if (itGw <= 0 && capexUsdB <= 0) return;
    const end = Math.min(months, t + life);
    const cap = silicon ? s.silicon : s.ownedGpu;
    const mw = silicon ? s.siliconMw : s.ownedGpuMw;
    const dep = silicon ? s.siliconDepreciation : s.depreciation;
    cap[t] += itGw * h100ePerItGw(g);
    cap[end] -= itGw * h100ePerItGw(g);
    mw[t] += itGw * 1000;
    mw[end] -= itGw * 1000;
    dep[t] += capexUsdB / life;
    dep[end] -= capexUsdB / life;
    s.capex[t] += capexUsdB;
  };
  /** One contracted month: capacity and a payment due. */
  const contractedMonth = (t: number, h100e: number, itMw: number, payUsdB: number, azure: boolean): void => {
    if (t < 0 || t >= months) return;
    s.contracted[t] += h100e;
    s.contractedMw[t] += itMw;
    (azure ? s.payAzure : s.payOther)[t] += payUsdB;
  };
  const contractShare = 1 - p.contractDiscountPct / 100;
  const contractRate = (t: number) => azureUsdPerGpuHour * s.rentFactor[t] * contractShare;

  // Stargate: one schedule of sites, split between what OpenAI owns and what it leases (Oracle inside).
  const split = stargateSplit(p);
  const sgStart = rel(p.stargateStart);
  const sgGw = stargateCapexUsdB / p.stargateUsdBPerGw;
  const leaseMonths = Math.max(1, Math.round(p.stargateLeaseYears * 12));
  const leaseYield = p.stargateLeaseYieldPct / 100 / 12;
  const leased = split.microsoft + split.partners;
  for (let t = 0; t < months; t++) {
    const step = ramp(t, sgStart, stargateBuildMonths) - ramp(t - 1, sgStart, stargateBuildMonths);
    if (step <= 0) continue;
    const g = hw.newestNvidia(t);
    const itGw = (sgGw * step) / pue;
    owned(t, itGw * split.openai, g, stargateCapexUsdB * step * split.openai, false);
    if (leased <= 0) continue;
    // A leased tranche: online and paid for `leaseMonths` from t (difference arrays, summed below).
    const pay = stargateCapexUsdB * step * leaseYield;
    const end = Math.min(months, t + leaseMonths);
    const h100e = itGw * leased * h100ePerItGw(g);
    s.leaseH100e[t] += h100e;
    s.leaseH100e[end] -= h100e;
    s.leaseMw[t] += itGw * leased * 1000;
    s.leaseMw[end] -= itGw * leased * 1000;
    s.leasePayOther[t] += pay * split.partners;
    s.leasePayOther[end] -= pay * split.partners;
    s.leasePayAzure[t] += pay * split.microsoft;
    s.leasePayAzure[end] -= pay * split.microsoft;
  }

  // The custom accelerator: IT GW ramping from its actual arrival, owned.
  const custom = hw.gen('custom');
  const chipStart = rel(p.chipArrival + p.chipSlipMonths);
  const customPerGw = usdBPerItGw(custom, infra);
  for (let t = 0; t < months; t++) {
    const gw = siliconGw * (ramp(t, chipStart, chipRampMonths) - ramp(t - 1, chipStart, chipRampMonths));
    if (gw > 0) owned(t, gw, custom, gw * customPerGw, true);
  }

  // The Azure commitment of Oct 2025: signed dollars, H100e-hours at the contract rate.
  takeOrPayInDollars(
    p.azureCommitmentUsdB,
    rel(p.azureCommitmentStart),
    Math.round(p.azureCommitmentYears * 12),
    undefined,
    true,
  );

  // Contracts and purchases from data/events.json, as switched and edited in the scenario.
  for (const e of EVENTS) {
    if (e.kind !== 'contract' || e.modelledBy || p[e.keys.on] < 0.5) continue;
    const start = rel(p[e.keys.month]);
    if (e.form === 'owned') {
      const gw = p[e.keys.gw];
      const rampMonths = e.rampMonths ?? e.termMonths ?? 24;
      const silicon = e.generation === 'custom';
      for (let t = Math.max(0, start); t < months; t++) {
        const step = gw * (ramp(t, start, rampMonths) - ramp(t - 1, start, rampMonths));
        if (step <= 0) continue;
        const g = e.generation ? hw.gen(e.generation) : hw.newestNvidia(t);
        owned(t, e.gwBasis === 'facility' ? step / pue : step, g, step * usdBPerItGw(g, infra), silicon);
        if (e.counterparty === 'NVIDIA') s.nvidiaGw[t] += step;
      }
    } else {
      const gw = e.gw === undefined ? undefined : e.gwBasis === 'facility' ? p[e.keys.gw] / pue : p[e.keys.gw];
      const gen = e.generation ? hw.gen(e.generation) : hw.newestNvidia(Math.max(0, start));
      const itGwAndGen = gw === undefined ? undefined : { itGw: gw, gen };
      takeOrPayInDollars(
        p[e.keys.usdB],
        start,
        e.termMonths!,
        itGwAndGen,
        /microsoft|azure/i.test(e.counterparty),
        e.rampMonths,
      );
    }
  }

  // Contracts a person added in the events table: signed dollars over a term, no GW figure.
  for (const k of ADDED_EVENT_KEYS) {
    if (p[k.on] < 0.5 || p[k.kind] < 0.5) continue;
    takeOrPayInDollars(p[k.usdB], rel(p[k.month]), Math.round(p[k.termMonths]), undefined, false);
  }

  for (const f of DIFFERENCED) {
    const a = s[f];
    let sum = a[0];
    for (let t = 1; t < months; t++) a[t] = sum += a[t]; // running sums, in a register
  }
  for (let t = 0; t < months; t++) {
    s.contracted[t] += s.leaseH100e[t];
    s.contractedMw[t] += s.leaseMw[t];
    s.payAzure[t] += s.leasePayAzure[t];
    s.payOther[t] += s.leasePayOther[t];
  }
  for (let t = 0; t < months; t++) if (Math.abs(s.ownedGpu[t]) < 1e-6) s.ownedGpu[t] = 0;
  for (let t = 0; t < months; t++) if (Math.abs(s.silicon[t]) < 1e-6) s.silicon[t] = 0;
  return s;

  /**
   * A take-or-pay contract of `usdB` over `term` months from `start`, ramping over `rampMonths`
   * (2 years by default) then flat; payments follow the capacity, so the price per H100e-hour is
   * flat. The term's payments sum to the signed total only when the ramp fits in the term; a ramp
   * longer than the term pays term ÷ rampMonths of it (and months outside the horizon are not
   * paid in it). With a GW figure the compute is what those GW hold; without one, the dollars
   * buy H100e-hours at the month's contract rate.
   */
  function takeOrPayInDollars(
    usdB: number,
    start: number,
    term: number,
    it: { itGw: number; gen: Gen } | undefined,
    azure: boolean,
    rampMonths = Math.min(24, term),
  ): void {
    if (usdB <= 0 && !it) return;
    // Σ_j min(1, (j + 1) / r) over the term, in closed form.
    const r = Math.min(rampMonths, term);
    const total = (r + 1) / 2 + (term - r);
    for (let j = 0; j < term; j++) {
      const t = start + j;
      if (t >= months) break;
      if (t < 0) continue;
      const share = Math.min(1, (j + 1) / rampMonths);
      const pay = (usdB * share) / total;
      if (it) {
        contractedMonth(t, it.itGw * share * h100ePerItGw(it.gen), it.itGw * share * 1000, pay, azure);
      } else {
        const h100e = (pay * 1e9) / (contractRate(t) * HOURS_PER_MONTH);
        contractedMonth(t, h100e, (h100e * s.marketWatts[t]) / 1e6, pay, azure);
      }
    }
  }
}
