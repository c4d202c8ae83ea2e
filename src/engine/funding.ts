import { ADDED_EVENT_KEYS, EVENTS, type Params } from '../registry';
import { rel } from './time';

/** Microsoft's stake and OpenAI's valuation as rounds land. */
export interface StakeState {
  pct: number;
  valuation: number;
}

interface Round {
  t: number;
  usdB: number;
  postMoneyUsdB: number | null;
}

const NO_ROUNDS: readonly Round[] = [];

/**
 * Funding as events: every funding row of data/events.json that is switched on, the next
 * round (levers), and NVIDIA's investment per GW of NVIDIA systems deployed. A round dilutes
 * Microsoft's stake from the recapitalisation (regime 2) on; before it, Microsoft held profit
 * rights, not shares.
 */
export function fundingPlan(
  p: Params,
  nvidiaGw: Float64Array,
  months: number,
): { apply(t: number, regime: 1 | 2 | 3, stake: StakeState): number } {
  const rounds: Round[] = [];
  for (const e of EVENTS) {
    if (e.kind !== 'funding' || e.modelledBy || p[e.keys.on] < 0.5) continue;
    const t = rel(p[e.keys.month]);
    if (t >= 0 && t < months) rounds.push({ t, usdB: p[e.keys.usdB], postMoneyUsdB: e.postMoneyUsdB ?? null });
  }
  for (const k of ADDED_EVENT_KEYS) {
    if (p[k.on] < 0.5 || p[k.kind] >= 0.5) continue;
    const t = rel(p[k.month]);
    if (t >= 0 && t < months) rounds.push({ t, usdB: p[k.usdB], postMoneyUsdB: null });
  }
  const next = rel(p.funding3Month);
  if (p.funding3UsdB > 0 && next >= 0 && next < months)
    rounds.push({ t: next, usdB: p.funding3UsdB, postMoneyUsdB: p.funding3ValuationUsdB });
  const byMonth = new Map<number, Round[]>();
  for (const r of rounds) {
    const same = byMonth.get(r.t);
    if (same) same.push(r);
    else byMonth.set(r.t, [r]);
  }
  let nvidiaFunded = 0;
  const nvidiaPerGw = p.nvidiaInvestUsdBPerGw;
  return {
    apply(t, regime, stake) {
      let total = 0;
      for (const r of byMonth.get(t) ?? NO_ROUNDS) {
        total += r.usdB;
        if (r.postMoneyUsdB !== null) stake.valuation = r.postMoneyUsdB;
        if (regime !== 1 && r.usdB > 0) stake.pct *= 1 - r.usdB / Math.max(r.usdB, stake.valuation);
      }
      // NVIDIA's investment: per GW deployed, on the first 10 GW.
      const gw = Math.min(nvidiaGw[t], Math.max(0, 10 - nvidiaFunded));
      nvidiaFunded += gw;
      const nvidia = gw * nvidiaPerGw;
      if (nvidia > 0) {
        if (regime !== 1) stake.pct *= 1 - nvidia / (stake.valuation + nvidia);
        total += nvidia;
      }
      return total;
    },
  };
}
