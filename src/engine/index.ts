import type { Params } from '../registry';
import { scenarioEvents } from './events';
import { leverValues } from './leverKey';
import { simulateMonthly, type RunExtras } from './run';
import { summarize } from './summary';
import { START_MONTH } from './time';
import { ENGINE_VERSION, type ScenarioResult } from './types';

export * from './types';
export { AS_OF_MONTH, START_MONTH, RUNWAY_CAP_MONTHS } from './time';
export { annualLedger, type Ledger } from './ledger';
export { eventStates, type EventState } from './events';

/** The whole engine: a scenario's levers in, monthly series, dated events and a summary out. Pure. */
export function runScenario(params: Params): ScenarioResult {
  const extras: RunExtras = {};
  const values = leverValues(params); // read once; what the engine keeps between runs compares these
  const monthly = simulateMonthly(params, undefined, false, extras, values);
  return {
    version: ENGINE_VERSION,
    startMonth: START_MONTH,
    months: monthly.cashUsdB.length,
    monthly,
    events: scenarioEvents(params, values),
    summary: summarize(params, monthly),
    options: extras.options ?? [],
    bought: extras.bought ?? [],
  };
}
