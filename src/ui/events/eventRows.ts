/**
 * The events table's rows, built from the scenario's levers: which lever backs each field, which
 * rows differ from the record, what a status change switches, and how typed text becomes a value.
 * Pure: no React, no store.
 */
import { eventStates, MODELLED_READS, type EventState } from '../../engine/events';
import {
  ADDED_EVENT_SLOTS,
  EVENT_STATUSES,
  EVENTS,
  LEVER_BY_ID,
  ROW_LEVER_IDS,
  SOURCES,
  type EventRow,
  type EventStatus,
  type GroupId,
  type Lever,
  type Params,
  type LeverId,
} from '../../registry';

import type { Source } from '../../registry';
export type { Source };

/** The lever behind each editable field of a row; absent when the row has no such field. */
export interface RowLevers {
  on?: Lever;
  month?: Lever;
  status?: Lever;
  usdB?: Lever;
  gw?: Lever;
  probability?: Lever;
  kind?: Lever;
  termMonths?: Lever;
}

export interface TableRow {
  id: string;
  state: EventState;
  /** The data/events.json row; undefined for a row a person added. */
  record?: EventRow;
  added: boolean;
  levers: RowLevers;
  /** Every lever id of the row, for "edited" and reset. */
  leverIds: readonly LeverId[];
  /** Short name used in control labels: the record's label, or "Added row 2". */
  name: string;
}

const FIELDS = ['on', 'month', 'status', 'usdB', 'gw', 'probability', 'kind', 'termMonths'] as const;

function leversOf(id: string): RowLevers {
  const out: RowLevers = {};
  for (const f of FIELDS) {
    const l = LEVER_BY_ID.get(`${id}.${f}`);
    if (l) out[f] = l;
  }
  return out;
}

const RECORD_BY_ID = new Map(EVENTS.map((e) => [e.id, e]));
const LEVERS_BY_ROW = new Map<string, RowLevers>(
  [...EVENTS.map((e) => e.id), ...ADDED_EVENT_SLOTS].map((id) => [id, leversOf(id)]),
);

/** Every lever id the table reads: select exactly these from the store. */
export const TABLE_LEVER_IDS: readonly LeverId[] = [...ROW_LEVER_IDS, ...MODELLED_READS];

/** The lever group that holds a modelled row's numbers, and how the table says so. */
export const MODELLED_BY: Record<NonNullable<EventRow['modelledBy']>, { group: GroupId; text: string }> = {
  stargate: { group: 'stargate', text: 'modelled by the Stargate levers' },
  azureCommitment: { group: 'microsoft', text: 'modelled by the Azure commitment levers (Microsoft terms)' },
  customChip: { group: 'silicon', text: 'modelled by the Custom silicon levers' },
  nextRound: { group: 'funding', text: 'modelled by the next-round levers (Funding)' },
};

function rowFor(state: EventState): TableRow {
  const record = RECORD_BY_ID.get(state.id);
  const levers = LEVERS_BY_ROW.get(state.id) ?? {};
  const leverIds = Object.values(levers).map((l) => l.id);
  const added = record === undefined;
  return {
    id: state.id,
    state,
    record,
    added,
    levers,
    leverIds,
    name: record ? record.label : `Added row ${state.id.slice(-1)}`,
  };
}

export type SortDirection = 'ascending' | 'descending';

/** The rows as the scenario has them, by month (ties keep the record's order). */
export function tableRows(params: Params, direction: SortDirection = 'ascending'): TableRow[] {
  const rows = eventStates(params).map(rowFor);
  return direction === 'ascending' ? rows : rows.reverse();
}

/** True when any field of a row from the record differs from the record. */
export function isEdited(row: TableRow, params: Params): boolean {
  if (row.added) return false;
  return row.leverIds.some((id) => params[id] !== LEVER_BY_ID.get(id)!.default);
}

/** The first added-row slot not in use, or null when all four are. */
export function freeSlot(params: Params): string | null {
  return ADDED_EVENT_SLOTS.find((id) => params[`${id}.on`] < 0.5) ?? null;
}

/** Every lever of an added slot: reset them all to remove the row and clear it from the link. */
export function slotLeverIds(slot: string): string[] {
  return Object.values(LEVERS_BY_ROW.get(slot) ?? {}).map((l) => l.id);
}

/**
 * What choosing a status switches: closed and committed count the row; conditional and
 * hypothetical leave it out (a conditional one the Monte Carlo draws with its probability).
 * A row a person added counts while it is in the table, so its status is a label only.
 */
export function statusUpdates(row: TableRow, status: EventStatus): [string, number][] {
  const out: [string, number][] = [];
  if (row.levers.status) out.push([row.levers.status.id, EVENT_STATUSES.indexOf(status)]);
  if (row.levers.on && !row.added) out.push([row.levers.on.id, status === 'closed' || status === 'committed' ? 1 : 0]);
  return out;
}

/** Where a row's figure comes from, with its confidence and note. */
export function sourceOf(row: TableRow): { source: Source; confidence: string; note?: string; condition?: string } {
  if (row.record) {
    return {
      source: SOURCES[row.record.source],
      confidence: row.record.confidence,
      note: row.record.note,
      condition: row.record.condition,
    };
  }
  const lever = row.levers.on!;
  return { source: lever.source, confidence: lever.confidence, note: lever.note };
}

export function kindText(row: TableRow): string {
  const { state, record } = row;
  if (state.kind === 'funding') return 'funding';
  if (record?.form === 'owned') return 'purchase';
  const term = record?.termMonths;
  return term ? `contract · ${term} mo` : 'contract';
}
