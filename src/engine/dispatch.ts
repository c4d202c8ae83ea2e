/** How a month's demand for compute (H100e) lands on the capacity that exists. */
export interface Dispatch {
  /** Take-or-pay capacity (the Azure commitment, leases, other contracts) serving demand. */
  contracted: number;
  silicon: number;
  ownedGpu: number;
  /** Microsoft-funded Stargate capacity, paid as used at the Azure contract rate. */
  pool: number;
  onDemand: number;
  /**
   * Take-or-pay capacity demand left over that serves research instead of idling (when switched
   * on). It is already paid for, power included; owned capacity left over is not run for research,
   * which would buy electricity for work nobody planned.
   */
  researchContracted: number;
}

export function emptyDispatch(): Dispatch {
  return {
    contracted: 0,
    silicon: 0,
    ownedGpu: 0,
    pool: 0,
    onDemand: 0,
    researchContracted: 0,
  };
}

/** Capacity online in the month, H100e, and the marginal $ per H100e-hour of using each pool. */
export interface Pools {
  contracted: number;
  silicon: number;
  ownedGpu: number;
  pool: number;
  siliconUsdPerHour: number;
  gpuUsdPerHour: number;
  poolUsdPerHour: number;
  onDemandUsdPerHour: number;
}

/**
 * Merit order by the cost of one more H100e-hour: take-or-pay capacity first (already owed; the
 * power is in the price), then owned custom silicon, owned GPUs and the Microsoft-funded pool at
 * their marginal price (electricity for owned capacity, plus the resale it forgoes when idle capacity
 * is resold; the contract rate for the pool), the
 * cheapest first and each only while below the on-demand price; the rest is rented on demand.
 * With costs fixed, this order gives the least cash for the month, so raising a price never lowers it.
 * When `research` is on, take-or-pay capacity demand left over serves research, as OpenAI says it
 * does with backup capacity.
 */
export function dispatch(demand: number, c: Pools, research: boolean, out: Dispatch): Dispatch {
  let rest = Math.max(0, demand);
  out.contracted = Math.min(c.contracted, rest);
  rest -= out.contracted;
  out.silicon = out.ownedGpu = out.pool = 0;
  // Three pools with a marginal price, in price order (ties: silicon, GPUs, the pool).
  const s = c.siliconUsdPerHour;
  const g = c.gpuUsdPerHour;
  const m = c.poolUsdPerHour;
  const order = s <= g ? (g <= m ? SGM : s <= m ? SMG : MSG) : s <= m ? GSM : g <= m ? GMS : MGS;
  for (const k of order) {
    const price = k === 0 ? s : k === 1 ? g : m;
    if (price >= c.onDemandUsdPerHour || rest <= 0) continue;
    const take = Math.min(k === 0 ? c.silicon : k === 1 ? c.ownedGpu : c.pool, rest);
    if (k === 0) out.silicon = take;
    else if (k === 1) out.ownedGpu = take;
    else out.pool = take;
    rest -= take;
  }
  out.onDemand = rest;
  out.researchContracted = research ? c.contracted - out.contracted : 0;
  return out;
}

// Pool orders: 0 silicon, 1 GPUs, 2 the Microsoft-funded pool.
const SGM = [0, 1, 2] as const;
const SMG = [0, 2, 1] as const;
const MSG = [2, 0, 1] as const;
const GSM = [1, 0, 2] as const;
const GMS = [1, 2, 0] as const;
const MGS = [2, 1, 0] as const;
