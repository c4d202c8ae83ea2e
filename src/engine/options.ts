import { EVENTS, type Params } from '../registry';
import { annuityPayment } from './financing';
import { h100ePerItGw, usdBPerItGw, type Gen, type Hardware } from './hardware';
import { HOURS_PER_MONTH } from './physics';
import { builtBy, chipBindingRamp, OPTION_CODE } from './schedules';
import { rel } from './time';
import type { Scratch } from './workspace';

/**
 * Capacity OpenAI may buy but has not committed to (engine v3): AMD's later tranches, the custom
 * chip beyond its first phase, a letter of intent. Each has a size and a ramp limit in IT GW and
 * a first month. An option never exercised costs nothing.
 */
export interface OptionSource {
  /** The data/events.json row it stands for. */
  id: string;
  /** The generation it buys in month t (a letter of intent for NVIDIA systems buys the newest). */
  gen(t: number): Gen;
  silicon: boolean;
  nvidia: boolean;
  /** First month it can deliver (relative), its size and its ramp limit, IT GW. */
  first: number;
  sizeGw: number;
  perMonthGw: number;
  exercisedGw: number;
}

/**
 * The options of a scenario and the policy that exercises them (docs/MODEL.md, "Obligations and
 * options"). Each month after the lead time, for demand that binding capacity and options already
 * exercised leave uncovered *in every month of an option's life* (so what is bought is used), the
 * cheapest option per H100e-month is exercised, up to its ramp and size limits, when it costs less
 * over its life than what it replaces: the Microsoft-funded pool at the contract rate while it has
 * room, else on-demand rent. An exercised option is vendor-financed over its life (paid as it
 * serves, as Broadcom was to finance phase 1) plus its electricity, so where it saves, it saves in
 * every stretch of months from its first; its choices look at the months to the longest horizon,
 * never at where this scenario's horizon ends.
 */
export class OptionBook {
  readonly sources: OptionSource[] = [];
  private readonly p: Params;
  private readonly firstArrival: number;
  private readonly life: number;
  private readonly annuity: number;
  private readonly kwhPerKwMonth: number;
  private readonly end: number;
  private readonly s: Scratch;

  constructor(p: Params, hw: Hardware, now: number, scratch: Scratch, end: number) {
    this.p = p;
    this.s = scratch;
    this.end = end;
    this.firstArrival = now + 1 + Math.round(p.optionLeadMonths);
    this.life = Math.max(1, Math.round(p.lifeYears * 12));
    this.annuity = annuityPayment(1, p.financingRatePct, this.life);
    this.kwhPerKwMonth = p.powerFraction * p.pue * HOURS_PER_MONTH;
    for (const e of EVENTS) {
      if (e.kind !== 'contract' || e.form !== 'owned' || e.modelledBy) continue;
      if (p[e.keys.on] < 0.5 || p[e.keys.status] !== OPTION_CODE) continue;
      const facility = e.gwBasis === 'facility' ? 1 / p.pue : 1;
      const fixed = e.generation ? hw.gen(e.generation) : undefined;
      this.sources.push({
        id: e.id,
        gen: (t) => fixed ?? hw.newestNvidia(t),
        silicon: e.generation === 'custom',
        nvidia: e.counterparty === 'NVIDIA',
        first: rel(p[e.keys.month]),
        sizeGw: p[e.keys.gw] * facility,
        perMonthGw: (e.maxGwPerMonth ?? p[e.keys.gw]) * facility,
        exercisedGw: 0,
      });
    }
    // The custom chip beyond its binding phase: at the programme's pace, once that phase is online.
    const phase1 = chipBindingRamp(p);
    const binding = phase1.size;
    let first = phase1.start;
    while (builtBy(phase1, first) < binding - 1e-9) first++;
    const custom = hw.gen('custom');
    this.sources.push({
      id: 'broadcom-options',
      gen: () => custom,
      silicon: true,
      nvidia: false,
      first: first + 1,
      sizeGw: Math.max(0, p.siliconGw - binding),
      perMonthGw: p.siliconGw / Math.max(1, p.chipRampMonths),
      exercisedGw: 0,
    });
    this.entries = this.sources.map((o) => ({ o, g: undefined, cost: 0 }));
  }

  /** $ per H100e-month of capacity bought from `g`: its financed price over its life, plus electricity. */
  costPerH100eMonth(g: Gen): number {
    const capexPerH100e = (usdBPerItGw(g, this.p.infraCapexMultiplier) * 1e9) / h100ePerItGw(g);
    const kwPerH100e = g.watts / g.h100e / 1000;
    return capexPerH100e * this.annuity + kwPerH100e * this.kwhPerKwMonth * this.p.electricityUsdPerKwh;
  }

  /**
   * Month t's exercise, given demand less binding capacity in every month (`scratch.uncovered`,
   * H100e, to the longest horizon), what options already exercised have online in month t
   * (`online`; later months follow their difference arrays) and the Microsoft-funded pool's room
   * in month t; `book(o, gw)` records what each exercise adds from month t for the option's life.
   */
  exercise(t: number, online: number, poolLeft: number, book: (o: OptionSource, gw: number) => void): void {
    if (t < this.firstArrival) return;
    const { uncovered, optGpu, optSilicon } = this.s;
    if (!(uncovered[t] - online > 0)) return;
    const last = Math.min(this.end, t + this.life);
    // Demand uncovered in every month of the life (from month t).
    let shortfall = uncovered[t] - online;
    for (let u = t + 1, on = online; u < last && shortfall > 0; u++) {
      on += optGpu[u] + optSilicon[u];
      shortfall = Math.min(shortfall, uncovered[u] - on);
    }
    if (!(shortfall > 0)) return;
    // What each alternative costs per H100e-month on average over the life (running sums).
    const { spotSum, contractSum } = this.s;
    const spot = ((spotSum[last] - spotSum[t]) / (last - t)) * HOURS_PER_MONTH;
    const pool = ((contractSum[last] - contractSum[t]) / (last - t)) * HOURS_PER_MONTH;
    let rest = shortfall;
    for (const { o, g, cost } of this.offers(t)) {
      if (rest <= 0 || !g) break;
      // The part of the shortfall this option would serve instead of the pool, or of on-demand rent.
      const replaceable = cost < pool ? rest : cost < spot ? rest - poolLeft : 0;
      if (replaceable <= 0) continue;
      const perGw = h100ePerItGw(g);
      const gw = Math.min(replaceable / perGw, o.perMonthGw, o.sizeGw - o.exercisedGw);
      o.exercisedGw += gw;
      rest -= gw * perGw;
      book(o, gw);
    }
  }

  /**
   * The options that can deliver in month t, cheapest first: one entry per source, reused month
   * to month (an insertion sort of a handful of entries; no allocation per month).
   */
  private offers(t: number): ReadonlyArray<Offer> {
    const out = this.offerList;
    out.length = 0;
    for (let i = 0; i < this.sources.length; i++) {
      const o = this.sources[i];
      if (t < o.first || o.exercisedGw >= o.sizeGw - 1e-12) continue;
      const offer = this.entries[i];
      const g = o.gen(t);
      if (g !== offer.g) {
        offer.g = g;
        let cost = this.costs.get(g);
        if (cost === undefined) this.costs.set(g, (cost = this.costPerH100eMonth(g)));
        offer.cost = cost;
      }
      let at = out.length;
      out.push(offer);
      while (at > 0 && out[at - 1].cost > offer.cost) {
        out[at] = out[at - 1];
        at--;
      }
      out[at] = offer;
    }
    return out;
  }
  private readonly offerList: Offer[] = [];
  private entries: Offer[] = [];
  /** Cost per H100e-month by generation: the same for every month of a run. */
  private readonly costs = new Map<Gen, number>();
}

interface Offer {
  o: OptionSource;
  g: Gen | undefined;
  cost: number;
}
