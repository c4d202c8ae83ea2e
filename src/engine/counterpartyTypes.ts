import type { MonthIndex } from '../registry/month';

export const ROLES = ['investor', 'cloud', 'supplier', 'partner', 'revenue share', 'rival'] as const;
export type Role = (typeof ROLES)[number];

/** What OpenAI pays a counterparty, and what it pays or invests in OpenAI, $B. */
export const PAID_BY = ['contractsUsdB', 'rentUsdB', 'revShareUsdB', 'purchasesUsdB'] as const;
export const PAID_TO = ['equityUsdB', 'reverseShareUsdB', 'backstopUsdB'] as const;
export type FlowPart = (typeof PAID_BY)[number] | (typeof PAID_TO)[number];

export type Flows = Record<FlowPart, number> & { paidByOpenAiUsdB: number; paidToOpenAiUsdB: number };
export interface CounterpartyYear extends Flows {
  year: number;
}

export interface Counterparty extends Flows {
  id: string;
  name: string;
  roles: Role[];
  /** The data/events.json rows it appears in (switched on in the scenario). */
  rows: string[];
  /** Its stake in OpenAI at the horizon's end, where one is reported (Microsoft's as the engine dilutes it). */
  stakePct: number | null;
  /** The stake at the last round's valuation, $B. */
  stakeValueUsdB: number | null;
  /** Contracted payments due after the exposure month (take-or-pay and binding purchases), $B. */
  owedAfterUsdB: number;
  /** The part of them OpenAI's cash at the exposure month would not cover, $B. */
  exposureUsdB: number;
  years: CounterpartyYear[];
}

export interface MicrosoftLedger {
  /** Azure revenue from OpenAI: under the commitment, and on demand, $B over the horizon. */
  azureRevenueUsdB: number;
  azureContractUsdB: number;
  azureOnDemandUsdB: number;
  /** Revenue share received, and the cap it runs against (all months from the start). */
  revShareUsdB: number;
  revShareCapUsdB: number;
  reverseShareUsdB: number;
  profitShareUsdB: number;
  /** At the horizon's end: the diluted stake, the last round's valuation, and the stake at it. */
  stakePct: number;
  valuationUsdB: number;
  stakeValueUsdB: number;
  /** Microsoft's equity-method share of OpenAI's net loss (stake × net loss, monthly), $B. */
  equityMethodLossUsdB: number;
  years: Array<{
    year: number;
    azureRevenueUsdB: number;
    revShareUsdB: number;
    reverseShareUsdB: number;
    equityMethodLossUsdB: number;
    stakePct: number;
    stakeValueUsdB: number;
  }>;
}

export interface CounterpartyReport {
  /** Exposure counts what is due after this month: the insolvency month, else the horizon's end, unless chosen. */
  exposureAfter: MonthIndex;
  exposureBasis: 'insolvency' | 'horizon end' | 'chosen';
  /** OpenAI's cash at that month ($B; below zero, it covers nothing). */
  cashAtUsdB: number;
  owedAfterUsdB: number;
  exposureUsdB: number;
  counterparties: Counterparty[];
  /** Compute cash with no named counterparty: on-demand rent off Azure, electricity, capex paid,
   * financing payments, and what OpenAI buys for the Stargate sites it owns (before financing). */
  unattributed: {
    onDemandOtherUsdB: number;
    electricityUsdB: number;
    capexPaidUsdB: number;
    financingUsdB: number;
    ownedStargateUsdB: number;
  };
  microsoft: MicrosoftLedger;
}
