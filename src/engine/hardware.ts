import { GENERATIONS, LEVER_BY_ID, type Params } from '../registry';
import { parseMonth } from '../registry/month';
import { ramp } from './growth';
import { rel } from './time';

/**
 * The month the custom chip actually arrives: planned, plus the slip in whole months (a slip
 * drawn or typed as 2.5 months is 3; a month is the engine's step, and a fractional month would
 * index no array slot).
 */
export function chipActualMonth(p: Params): number {
  return p.chipArrival + Math.round(p.chipSlipMonths);
}

/**
 * One hardware generation as a scenario sees it. Compute is in H100-equivalents (H100e): an
 * accelerator-hour at the H100's dense BF16 throughput. `refWatts` fixes the generation's
 * price per GW, so moving its watts later changes the compute a GW holds, not what it costs.
 */
export interface Gen {
  h100e: number;
  watts: number;
  refWatts: number;
  priceUsd: number;
  /** First month in volume, relative to the start month. */
  first: number;
}

/** NVIDIA's line in order: Stargate sites and contracts without a named generation take the newest one shipping. */
const NVIDIA_LINE = ['h100', 'gb200', 'rubin'] as const;
const H100_FIRST = parseMonth('2023-01')!;
/** Months for the rented market's mix to move to a new generation once it ships. */
const MARKET_SHIFT_MONTHS = 24;

export interface Hardware {
  gen(id: string): Gen;
  /** The newest NVIDIA generation shipping in month t (relative). */
  newestNvidia(t: number): Gen;
  /** IT watts per H100e of the rented market in month t: it moves to each new generation over two years. */
  marketWattsPerH100e(t: number): number;
}

/** H100e that one GW of IT power holds when filled with generation g. */
export function h100ePerItGw(g: Gen): number {
  return (1e9 / g.watts) * g.h100e;
}

/** $B per GW of IT power for generation g, systems and infrastructure: fixed at its reference watts. */
export function usdBPerItGw(g: Gen, infraCapexMultiplier: number): number {
  return (g.priceUsd * infraCapexMultiplier) / g.refWatts;
}

export function hardwareOf(p: Params): Hardware {
  const refH100Watts = LEVER_BY_ID.get('serverWattsPerAccel')!.default;
  const gens = new Map<string, Gen>();
  gens.set('h100', {
    h100e: 1,
    watts: p.serverWattsPerAccel,
    refWatts: refH100Watts,
    priceUsd: p.accelCapexUsd,
    first: rel(H100_FIRST),
  });
  // The custom accelerator sits in an H100-class server and does chipPerfPerWattGain times the work per watt.
  gens.set('custom', {
    h100e: p.chipPerfPerWattGain,
    watts: p.serverWattsPerAccel,
    refWatts: refH100Watts,
    priceUsd: p.siliconCapexUsd,
    first: rel(chipActualMonth(p)),
  });
  for (const g of GENERATIONS) {
    gens.set(g.id, {
      h100e: p[g.keys.h100e],
      watts: p[g.keys.watts],
      refWatts: g.refWatts,
      priceUsd: p[g.keys.priceUsd],
      first: rel(p[g.keys.firstMonth]),
    });
  }
  const line = NVIDIA_LINE.map((id) => gens.get(id)!);
  const newestNvidia = (t: number): Gen => {
    let best = line[0];
    for (const g of line) if (g.first <= t && g.first >= best.first) best = g;
    return best;
  };
  const marketWattsPerH100e = (t: number): number => {
    // Start from the H100 and shift the market's mix to each later generation as it ships.
    // Stryker disable next-line ArithmeticOperator: line[0] is the H100, whose h100e is 1 by definition (set above), so × and ÷ agree
    let w = line[0].watts / line[0].h100e;
    for (let i = 1; i < line.length; i++) {
      const g = line[i];
      const share = ramp(t, g.first, MARKET_SHIFT_MONTHS);
      w = (1 - share) * w + share * (g.watts / g.h100e);
    }
    return w;
  };
  return {
    gen: (id) => {
      const g = gens.get(id);
      if (!g) throw new Error(`unknown hardware generation "${id}"`);
      return g;
    },
    newestNvidia,
    marketWattsPerH100e,
  };
}
