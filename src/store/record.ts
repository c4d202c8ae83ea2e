import { create } from 'zustand';
import { LEVERS, type ParamValues, type Params } from '../registry';
import { CURRENT_RECORD, type Release } from '../registry/records';
import type { CitedFigures } from '../url/cite';

/*
 * The record release on screen. A link names the release it was made on (`rec=`); an older one
 * opens on that release's defaults with the current engine, under a banner that offers to move
 * the scenario to the current record. The link's citation (`cite=`) is kept with the scenario it
 * was opened with, so the page can say when its figures no longer come out.
 */

export interface RecordUpdate {
  from: string;
  /** The scenario on the older record, and the same choices on the current one. */
  fromParams: Params;
  toParams: Params;
}

export interface RecordState {
  /** The release on screen. */
  id: string;
  /** A past release's data; null on the current record. */
  release: Release | null;
  /** True while a past release's file loads. */
  loading: boolean;
  /** Why the link's release could not be loaded (the page then runs on the current record). */
  error: string | null;
  /** What the opened link said: its release and engine, its citation and the scenario it cites. */
  linkRecord: string;
  linkEngine: number | null;
  cite: CitedFigures | null;
  citeParams: Params | null;
  /** Set by "Update to the current record", for the "What changed" waterfall. */
  updated: RecordUpdate | null;
  dismissed: boolean;
}

const INITIAL: RecordState = {
  id: CURRENT_RECORD,
  release: null,
  loading: false,
  error: null,
  linkRecord: CURRENT_RECORD,
  linkEngine: null,
  cite: null,
  citeParams: null,
  updated: null,
  dismissed: false,
};

export const useRecordStore = create<RecordState>()(() => INITIAL);

/** The defaults the scenario's link is written against: the past release's, or null for the registry's. */
export function recordDefaults(s: RecordState = useRecordStore.getState()): Params | null {
  return s.release?.params ?? null;
}

/**
 * The same choices on another record: a lever the scenario left at the old release's default
 * takes the new default; a lever it moved keeps its value.
 */
export function carryOver(params: Params, fromDefaults: Params, toDefaults: Params): ParamValues {
  const out = {} as ParamValues;
  for (const l of LEVERS) out[l.id] = Object.is(params[l.id], fromDefaults[l.id]) ? toDefaults[l.id] : params[l.id];
  return out;
}

export function resetRecordStore(): void {
  useRecordStore.setState(INITIAL, true);
}
