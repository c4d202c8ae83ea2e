import {
  ADDED_EVENT_KEYS,
  ADDED_EVENT_SLOTS,
  EVENT_STATUSES,
  EVENTS,
  ROW_LEVER_IDS,
  type EventStatus,
  type LeverId,
  type Params,
} from '../registry';
import { chipActualMonth } from './hardware';
import { LeverKey, leverValues } from './leverKey';
import { START_MONTH } from './time';
import type { EngineEvent, ScenarioResult } from './types';

/** $B to one decimal, as a label ("$40B", "$8.3B"). */
function money(usdB: number): string {
  return `$${Math.round(usdB * 10) / 10}B`;
}

/** Each row's counterparty as a label starts it ("SoftBank", "Microsoft"): read once, not per run. */
const SHORT_NAME = new Map(EVENTS.map((e) => [e.id, e.counterparty.split(' ')[0]]));

/**
 * Every lever scenarioEvents reads: its rows' keys, the added rows' and the levers named in it.
 * A drag moves one lever, mostly not one of these, so the last list is returned as it was (its
 * labels cost ~9% of a run). test/unit/engine/events.test.ts pushes every lever of the registry
 * and checks the list against a fresh one, so a lever read here and missing below fails there.
 */
const READS = new LeverKey([
  ...ROW_LEVER_IDS,
  'horizonMonths',
  'funding3UsdB',
  'funding3Month',
  'stargateCapexUsdB',
  'stargateStart',
  'stargateBuildMonths',
  'siliconGw',
  'chipArrival',
  'chipSlipMonths',
  'chipRampMonths',
  'msRegime2Start',
  'msRegime3Start',
  'azureCommitmentUsdB',
  'azureCommitmentStart',
  'azureCommitmentYears',
  'planBShiftPct',
  'planBStart',
  'planBRampMonths',
]);
let last: { values: Float64Array; events: readonly EngineEvent[] } | null = null;

/** Forget the last list (the mutation-testing setup: a list made under one mutant must not serve another). */
export function clearEventsMemo(): void {
  last = null;
}

/** The dated things a viewer should see on the time axis, clipped to the horizon (frozen: runs share it). */
export function scenarioEvents(p: Params, values = leverValues(p)): EngineEvent[] {
  if (last && READS.same(last.values, values)) return last.events as EngineEvent[];
  const events = Object.freeze(freshEvents(p).map((e) => Object.freeze(e)));
  last = { values, events };
  return events as EngineEvent[];
}

/** scenarioEvents without the memo: what a run of `p` shows on the time axis. */
export function freshEvents(p: Params): EngineEvent[] {
  const end = START_MONTH + Math.round(p.horizonMonths) - 1;
  const events: EngineEvent[] = [];
  for (const e of EVENTS) {
    if (e.modelledBy || p[e.keys.on] < 0.5) continue;
    const month = p[e.keys.month];
    if (e.kind === 'funding') {
      const usdB = p[e.keys.usdB];
      if (usdB > 0)
        events.push({
          kind: 'funding',
          id: e.id,
          label: `${SHORT_NAME.get(e.id)} +${money(usdB)}`,
          month,
          amountUsdB: usdB,
        });
    } else {
      const size = e.form === 'owned' ? `${Math.round(p[e.keys.gw] * 10) / 10} GW` : money(p[e.keys.usdB]);
      events.push({
        kind: 'contract',
        id: e.id,
        label: `${SHORT_NAME.get(e.id)} ${size}`,
        month,
        endMonth: e.termMonths ? month + e.termMonths - 1 : undefined,
      });
    }
  }
  for (const k of ADDED_EVENT_KEYS) {
    if (p[k.on] < 0.5) continue;
    const { id } = k;
    const month = p[k.month];
    const usdB = p[k.usdB];
    if (p[k.kind] < 0.5) events.push({ kind: 'funding', id, label: `Added +${money(usdB)}`, month, amountUsdB: usdB });
    else
      events.push({
        kind: 'contract',
        id,
        label: `Added ${money(usdB)}`,
        month,
        endMonth: month + Math.round(p[k.termMonths]) - 1,
      });
  }
  if (p.funding3UsdB > 0)
    events.push({
      kind: 'funding',
      id: 'funding3',
      label: `Next round +${money(p.funding3UsdB)}`,
      month: p.funding3Month,
      amountUsdB: p.funding3UsdB,
    });
  if (p.stargateCapexUsdB > 0) {
    events.push({
      kind: 'stargate',
      label: `Stargate ${money(p.stargateCapexUsdB)}`,
      month: p.stargateStart,
      endMonth: p.stargateStart + Math.round(p.stargateBuildMonths) - 1,
    });
  }
  if (p.siliconGw > 0) {
    const actual = chipActualMonth(p);
    events.push({
      kind: 'chip',
      label: p.chipSlipMonths > 0 ? `Chip (slipped ${p.chipSlipMonths} mo)` : 'Custom chip',
      month: actual,
      plannedMonth: p.chipSlipMonths > 0 ? p.chipArrival : undefined,
      endMonth: actual + Math.round(p.chipRampMonths) - 1,
    });
  }
  events.push({ kind: 'regime', label: 'Recap (regime 2)', month: p.msRegime2Start });
  events.push({ kind: 'regime', label: 'Any cloud (regime 3)', month: p.msRegime3Start });
  if (p.azureCommitmentUsdB > 0) {
    events.push({
      kind: 'contract',
      label: `Azure ${money(p.azureCommitmentUsdB)}`,
      month: p.azureCommitmentStart,
      endMonth: p.azureCommitmentStart + Math.round(p.azureCommitmentYears * 12) - 1,
    });
  }
  if (p.planBShiftPct > 0)
    events.push({
      kind: 'planb',
      label: 'Plan B',
      month: p.planBStart,
      endMonth: p.planBStart + Math.round(p.planBRampMonths) - 1,
    });
  return events
    .filter((e) => e.month <= end && (e.endMonth ?? e.month) >= START_MONTH)
    .sort((a, b) => a.month - b.month);
}

/** One funding round or contract as the scenario has it: the CLI's `events[]` and the events table. */
export interface EventState {
  id: string;
  kind: 'funding' | 'contract';
  counterparty: string;
  month: number;
  usdB: number;
  gw?: number;
  status: EventStatus;
  on: boolean;
  /** For a row whose numbers come from levers (Stargate, the Azure commitment, the custom chip, the next round). */
  modelledBy?: string;
  probability?: number;
  /** For an option: the IT GW the policy exercised by the horizon's end. */
  exercisedGw?: number;
  source: string;
}

/** The levers MODELLED_BY reads: a view of the rows that picks only some levers must pick these. */
export const MODELLED_READS: readonly LeverId[] = [
  'chipArrival',
  'chipSlipMonths',
  'siliconGw',
  'azureCommitmentStart',
  'azureCommitmentUsdB',
  'funding3Month',
  'funding3UsdB',
];

const MODELLED_BY: Record<string, (p: Params) => { month: number; usdB: number; on: boolean; gw?: number }> = {
  customChip: (p) => ({ month: chipActualMonth(p), usdB: 0, on: p.siliconGw > 0 }),
  azureCommitment: (p) => ({
    month: p.azureCommitmentStart,
    usdB: p.azureCommitmentUsdB,
    on: p.azureCommitmentUsdB > 0,
  }),
  nextRound: (p) => ({ month: p.funding3Month, usdB: p.funding3UsdB, on: p.funding3UsdB > 0 }),
};

/**
 * Every row of data/events.json and every added row that is switched on, with the scenario's
 * values; an option row carries what the policy exercised when the run's `options` are given.
 */
export function eventStates(p: Params, options: ScenarioResult['options'] = []): EventState[] {
  const out: EventState[] = [];
  const exercised = (id: string) => options.find((o) => o.id === id)?.exercisedGw;
  for (const e of EVENTS) {
    if (e.modelledBy) {
      const fromLevers = MODELLED_BY[e.modelledBy]?.(p);
      out.push({
        id: e.id,
        kind: e.kind,
        counterparty: e.counterparty,
        month: fromLevers?.month ?? e.month,
        usdB: fromLevers?.usdB ?? e.usdB,
        gw: fromLevers?.gw ?? e.gw,
        status: e.status,
        on: fromLevers?.on ?? true,
        modelledBy: e.modelledBy,
        ...(e.status === 'option' ? { exercisedGw: exercised(e.id) ?? 0 } : {}),
        source: e.source,
      });
      continue;
    }
    const code = Math.round(p[e.keys.status]);
    out.push({
      id: e.id,
      kind: e.kind,
      counterparty: e.counterparty,
      month: p[e.keys.month],
      usdB: p[e.keys.usdB] ?? 0,
      gw: e.gw === undefined ? undefined : p[e.keys.gw],
      status: EVENT_STATUSES[code] ?? e.status,
      on: p[e.keys.on] >= 0.5,
      probability: e.probability === undefined ? undefined : p[e.keys.probability],
      ...(EVENT_STATUSES[code] === 'option' ? { exercisedGw: exercised(e.id) ?? 0 } : {}),
      source: e.source,
    });
  }
  for (const id of ADDED_EVENT_SLOTS) {
    if (p[`${id}.on`] < 0.5) continue;
    out.push({
      id,
      kind: p[`${id}.kind`] >= 0.5 ? 'contract' : 'funding',
      counterparty: 'Added in this scenario',
      month: p[`${id}.month`],
      usdB: p[`${id}.usdB`],
      status: EVENT_STATUSES[Math.round(p[`${id}.status`])] ?? 'hypothetical',
      on: true,
      source: 'assumption',
    });
  }
  return out.sort((a, b) => a.month - b.month);
}
