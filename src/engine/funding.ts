import { ADDED_EVENT_KEYS, EVENTS, LEVER_BY_ID, type EventRow, type Params } from '../registry';
import { rel } from './time';

/** Microsoft's stake and OpenAI's valuation as rounds land, and the GW NVIDIA has invested for. */
export interface StakeState {
  pct: number;
  valuation: number;
  nvidiaFundedGw: number;
}

export interface Round {
  t: number;
  usdB: number;
  postMoneyUsdB: number | null;
  /** The data/events.json row it comes from; 'added' for a row added in the scenario, 'next' for the next-round levers. */
  row: EventRow | 'added' | 'next';
}

const NO_ROUNDS: readonly Round[] = [];

export interface FundingPlan {
  /** The rounds that land inside the run, in the months they land (NVIDIA's per-GW investment aside). */
  readonly rounds: readonly Round[];
  /** Cash that lands in month t; updates the stake (regime 2 on) and NVIDIA's invested GW. */
  apply(t: number, regime: 1 | 2 | 3, stake: StakeState, nvidiaGw: number): number;
}

/**
 * Funding as events: every funding row of data/events.json that is switched on, rows a person
 * added, the next round (levers), and NVIDIA's investment per GW of NVIDIA systems deployed. A
 * round dilutes Microsoft's stake from the recapitalisation (regime 2) on; before it, Microsoft
 * held profit rights, not shares.
 *
 * For the projection (`after` = the month after now), the record's rounds are already in the
 * record's cash, and a later round moved to a month of the record lands in the month after now:
 * a projection lever never changes the record.
 */
export function fundingPlan(p: Params, months: number, after = 0): FundingPlan {
  const rounds: Round[] = [];
  const push = (month: number, usdB: number, postMoneyUsdB: number | null, record: boolean, row: Round['row']) => {
    let t = rel(month);
    if (t < after) {
      if (record) return;
      t = after;
    }
    if (t >= 0 && t < months) rounds.push({ t, usdB, postMoneyUsdB, row });
  };
  for (const e of EVENTS) {
    if (e.kind !== 'funding' || e.modelledBy || p[e.keys.on] < 0.5) continue;
    push(p[e.keys.month], p[e.keys.usdB], e.postMoneyUsdB ?? null, LEVER_BY_ID.get(e.keys.on)!.record, e);
  }
  for (const k of ADDED_EVENT_KEYS) {
    if (p[k.on] < 0.5 || p[k.kind] >= 0.5) continue;
    push(p[k.month], p[k.usdB], null, false, 'added');
  }
  if (p.funding3UsdB > 0) push(p.funding3Month, p.funding3UsdB, p.funding3ValuationUsdB, false, 'next');
  const byMonth = new Map<number, Round[]>();
  for (const r of rounds) {
    const same = byMonth.get(r.t);
    if (same) same.push(r);
    else byMonth.set(r.t, [r]);
  }
  const nvidiaPerGw = p.nvidiaInvestUsdBPerGw;
  return {
    rounds,
    apply(t, regime, stake, nvidiaGw) {
      let total = 0;
      for (const r of byMonth.get(t) ?? NO_ROUNDS) {
        total += r.usdB;
        if (r.postMoneyUsdB !== null) stake.valuation = r.postMoneyUsdB;
        if (regime !== 1 && r.usdB > 0) stake.pct *= 1 - r.usdB / Math.max(r.usdB, stake.valuation);
      }
      // NVIDIA's investment: per GW deployed, on the first 10 GW.
      const gw = Math.min(nvidiaGw, Math.max(0, 10 - stake.nvidiaFundedGw));
      stake.nvidiaFundedGw += gw;
      const nvidia = gw * nvidiaPerGw;
      if (nvidia > 0) {
        if (regime !== 1) stake.pct *= 1 - nvidia / (stake.valuation + nvidia);
        total += nvidia;
      }
      return total;
    },
  };
}
