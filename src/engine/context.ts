/*
 * What a month of the run reads and carries: its own file so the month loop (month.ts) and the
 * fleet's outputs (fleet.ts) both take it without importing each other.
 */
import type { Params } from '../registry';
import type { LoanBook } from './financing';
import type { FundingPlan, StakeState } from './funding';
import type { Hardware } from './hardware';
import type { TermsPlan } from './microsoft';
import type { OptionBook } from './options';
import type { Schedules } from './schedules';
import type { Monthly } from './types';
import type { Scratch } from './workspace';

/** What one month hands the next: the state the record passes to the projection at now. */
export interface CarryState {
  cash: number;
  revSharePaid: number;
  profitSharePaid: number;
  stake: StakeState;
  /**
   * The Azure commitment, cumulative $B: due as signed, the value of what was used of it and of
   * the Microsoft-funded pool at the contract rate, and what was paid: max(due, used) to date.
   */
  azureDue: number;
  azureUsed: number;
  azurePaid: number;
}

/** One phase of a run: the levers it reads, the capacity it has, and where it writes. */
export interface MonthContext {
  p: Params;
  hw: Hardware;
  sched: Schedules;
  s: Monthly;
  scratch: Scratch;
  state: CarryState;
  loans: LoanBook;
  funding: FundingPlan;
  terms: TermsPlan;
  /** The projection's options; the record exercises none (it is what happened). */
  options: OptionBook | null;
  cashOnly: boolean;
  /** When given, each option exercise is listed here: the row, the month and its price (counterparties.ts). */
  bought?: Array<{ id: string; t: number; usdB: number }>;
}
