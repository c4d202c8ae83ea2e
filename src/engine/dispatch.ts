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
  const take = (capacity: number, usdPerHour: number) => {
    if (usdPerHour >= onDemandUsdPerHour) return 0;
    const used = Math.min(capacity, rest);
    rest -= used;
    return used;
  };
  if (siliconUsdPerHour <= gpuUsdPerHour) {
    out.silicon = take(silicon, siliconUsdPerHour);
    out.ownedGpu = take(ownedGpu, gpuUsdPerHour);
  } else {
    out.ownedGpu = take(ownedGpu, gpuUsdPerHour);
    out.silicon = take(silicon, siliconUsdPerHour);
  }
  out.onDemand = rest;
  return out;
}
