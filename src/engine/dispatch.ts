/** How a month's demand for compute (H100e) lands on the capacity that exists. */
export interface Dispatch {
  contracted: number;
  silicon: number;
  ownedGpu: number;
  onDemand: number;
}

export function emptyDispatch(): Dispatch {
  return { contracted: 0, silicon: 0, ownedGpu: 0, onDemand: 0 };
}

/** What owned capacity serves of the demand left: all it can while it is cheaper than renting. */
function take(capacity: number, usdPerHour: number, onDemandUsdPerHour: number, rest: number): number {
  return usdPerHour >= onDemandUsdPerHour ? 0 : Math.min(capacity, rest);
}

/**
 * Merit order by the cost of one more H100e-hour: contracted capacity first (take-or-pay, the
 * power is in the price: it costs nothing more to use), then owned custom silicon and owned
 * GPUs at the cost of their electricity (the cheaper first), each only while that is below the
 * on-demand price; the rest is rented on demand. With costs fixed, this order gives the least
 * cash for the month, so raising any price can never lower it.
 */
export function dispatch(
  demand: number,
  contracted: number,
  silicon: number,
  ownedGpu: number,
  siliconUsdPerHour: number,
  gpuUsdPerHour: number,
  onDemandUsdPerHour: number,
  out: Dispatch,
): Dispatch {
  let rest = Math.max(0, demand);
  out.contracted = Math.min(contracted, rest);
  rest -= out.contracted;
  if (siliconUsdPerHour <= gpuUsdPerHour) {
    out.silicon = take(silicon, siliconUsdPerHour, onDemandUsdPerHour, rest);
    rest -= out.silicon;
    out.ownedGpu = take(ownedGpu, gpuUsdPerHour, onDemandUsdPerHour, rest);
    rest -= out.ownedGpu;
  } else {
    out.ownedGpu = take(ownedGpu, gpuUsdPerHour, onDemandUsdPerHour, rest);
    rest -= out.ownedGpu;
    out.silicon = take(silicon, siliconUsdPerHour, onDemandUsdPerHour, rest);
    rest -= out.silicon;
  }
  out.onDemand = rest;
  return out;
}
