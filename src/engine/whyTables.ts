/** The names and directions the why sentences read (see why.ts). */
import { COST_LINES, REVENUE_LINES, type SeriesName } from './types';

/** What each cash line is called in a sentence. */
export const LINE_NAMES: Partial<Record<SeriesName, string>> = {
  revenueUsdB: 'revenue',
  reverseShareUsdB: "Microsoft's reverse share",
  resaleUsdB: 'resale of idle capacity',
  azureRentUsdB: 'Azure rent',
  otherRentUsdB: "other clouds' rent",
  electricityUsdB: 'electricity',
  opexUsdB: 'staff and other opex',
  capexUsdB: 'capex paid',
  financingUsdB: 'financing payments',
  chipDesignUsdB: 'chip design',
  msRevShareUsdB: "Microsoft's revenue share",
  msProfitShareUsdB: "Microsoft's profit share",
  fundingUsdB: 'funding',
  backstopUsdB: 'backstop financing',
};

export interface CashLine {
  key: SeriesName;
  /** Its sign on cash: + revenue and money in, − costs. */
  sign: 1 | -1;
  name: string;
}
const line = (key: SeriesName, sign: 1 | -1): CashLine => ({ key, sign, name: LINE_NAMES[key] ?? key });
export const CASH_LINES: readonly CashLine[] = [
  ...REVENUE_LINES.map((k) => line(k, 1)),
  ...COST_LINES.map((k) => line(k, -1)),
  line('fundingUsdB', 1),
  line('backstopUsdB', 1),
];

/**
 * The sign tables (MODEL.md v2 and v3) as directions: +1 when raising the lever must not worsen
 * OpenAI's cash, −1 when it must not improve it. Levers the tables do not name have none.
 */
const EXPECTED: Readonly<Record<string, 1 | -1>> = {
  chipPerfPerWattGain: 1,
  stargateMicrosoftSharePct: 1,
  funding3UsdB: 1,
  pue: -1,
  serverWattsPerAccel: -1,
  electricityUsdPerKwh: -1,
  accelCapexUsd: -1,
  siliconCapexUsd: -1,
  stargateUsdBPerGw: -1,
  azureUsdPerGpuHour: -1,
  otherCloudUsdPerGpuHour: -1,
  chipSlipMonths: -1,
  msRevenueShare: -1,
  msRevShareCapUsdB: -1,
  msRevShareEndYear: -1,
  financingRatePct: -1,
};

export function expectedSign(id: string): 1 | -1 | 0 {
  if (EXPECTED[id]) return EXPECTED[id];
  const field = id.slice(id.indexOf('.') + 1);
  if (id.includes('.')) {
    if (field === 'h100e') return 1;
    if (field === 'watts' || field === 'priceUsd') return -1;
  }
  return 0;
}

/** Non-cash series that show what capacity delivers, for "paid as signed" sentences, with their names. */
export const DELIVERY: ReadonlyArray<[SeriesName, string]> = [
  ['idleMw', 'idle capacity'],
  ['researchH100e', 'compute for research'],
  ['trainingH100e', 'compute for training'],
  ['siliconAccel', 'custom-chip compute'],
  ['onDemandH100e', 'compute rented on demand'],
  ['whPerQueryBlended', 'Wh per query'],
  ['optionGw', 'options exercised'],
  ['fleetMw', 'power drawn'],
];

/** Names of the non-cash series a sentence may cite when only they move. */
export const SERIES_NAMES: Partial<Record<SeriesName, string>> = {
  msTakeUsdB: "Microsoft's take",
  msStakePct: "Microsoft's stake",
  valuationUsdB: 'the valuation',
  msStakeValueUsdB: "the value of Microsoft's stake",
  depreciationUsdB: 'depreciation (an accounting figure, not cash)',
};
