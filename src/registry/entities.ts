/**
 * Hardware generations (data/generations.json) and funding and contract events
 * (data/events.json), validated on load like data/levers.json. Each editable field of a row
 * becomes a lever with a dotted id — `gb200.watts`, `aws-2025.usdB`, `amd-mi450.on` — so the
 * store, the link, the CLI (`--set aws-2025.usdB=50`) and the Monte Carlo treat them like any
 * other lever, and the lever registry stays the one place that says what can be moved.
 */
import { DataFileError } from './dataFileError';
import { EVENT_STATUSES, type EventStatus } from './eventStatus';
import type { LeverId } from './leverIds';
import { parseMonth } from './month';
import type { EventEntry, EventsFile, GenerationEntry, GenerationsFile, Source } from './dataSchemas';

export type { EventEntry, GenerationEntry };

export { EVENT_STATUSES, type EventStatus };

/** A validated generation, months as month indices. */
export interface Generation extends Omit<GenerationEntry, 'firstMonth'> {
  firstMonth: number;
  /** Its lever ids: `<id>.h100e`, `.watts`, `.priceUsd`, `.firstMonth`. */
  keys: { h100e: LeverId; watts: LeverId; priceUsd: LeverId; firstMonth: LeverId };
  /** The watts at which its price per GW is fixed (the data file's watts). */
  refWatts: number;
}

/** A validated event row, months as month indices. */
export interface EventRow extends Omit<EventEntry, 'month'> {
  month: number;
  /** Its lever ids, built once: `<id>.on`, `<id>.month`, … (the engine reads them every run). */
  keys: { on: LeverId; month: LeverId; usdB: LeverId; gw: LeverId; status: LeverId; probability: LeverId };
  /** Index of the status in EVENT_STATUSES, the value of its `.status` lever. */
  statusCode: number;
}

/**
 * An event counts by default when it is closed or committed, or an option the policy may exercise
 * (a row may say otherwise with `defaultOn`); conditional ones enter the Monte Carlo.
 */
export function onByDefault(status: EventStatus, defaultOn?: boolean): boolean {
  return defaultOn ?? (status === 'closed' || status === 'committed' || status === 'option');
}

/**
 * Whether an event belongs to the record (engine v3): closed or committed, dated up to `asOf`.
 * Its levers change the record; every other row (options, conditional and hypothetical money,
 * later contracts) acts from the month after now.
 */
export function isRecordEvent(e: Pick<EventEntry, 'status'> & { month: number }, asOf: number): boolean {
  return (e.status === 'closed' || e.status === 'committed') && e.month <= asOf;
}

/** data/generations.json, its shape already checked (dataSchemas.ts): ids, sources, months as indices. */
export function buildGenerations(file: GenerationsFile, sources: Readonly<Record<string, Source>>): Generation[] {
  const seen = new Set<string>(['h100', 'custom']);
  return file.generations.map((g, i) => {
    const where = `data/generations.json: generations[${i}]`;
    if (seen.has(g.id)) throw new DataFileError(`${where}.id: "${g.id}" is taken`);
    seen.add(g.id);
    if (!sources[g.source]) throw new DataFileError(`${where}.source: no source "${g.source}" in data/sources.json`);
    const key = (field: string) => `${g.id}.${field}` as LeverId;
    return {
      ...g,
      firstMonth: parseMonth(g.firstMonth)!,
      refWatts: g.watts,
      keys: { h100e: key('h100e'), watts: key('watts'), priceUsd: key('priceUsd'), firstMonth: key('firstMonth') },
    };
  });
}

/** data/events.json, its shape already checked (dataSchemas.ts): the rules across fields and rows, months as indices. */
export function buildEvents(
  file: EventsFile,
  sources: Readonly<Record<string, Source>>,
  generationIds: ReadonlySet<string>,
): { asOf: number; events: EventRow[] } {
  const seen = new Set<string>();
  const events = file.events.map((e, i) => {
    const where = `data/events.json: events[${i}] (${e.id})`;
    if (seen.has(e.id)) throw new DataFileError(`${where}.id: duplicate id`);
    seen.add(e.id);
    if (!sources[e.source]) throw new DataFileError(`${where}.source: no source "${e.source}" in data/sources.json`);
    const key = (field: string) => `${e.id}.${field}` as LeverId;
    const keys = {
      on: key('on'),
      month: key('month'),
      usdB: key('usdB'),
      gw: key('gw'),
      status: key('status'),
      probability: key('probability'),
    };
    if (e.modelledBy) return { ...e, keys, month: parseMonth(e.month)!, statusCode: EVENT_STATUSES.indexOf(e.status) };
    if (e.kind === 'contract' && !e.form)
      throw new DataFileError(`${where}.form: a contract is "contracted" or "owned"`);
    if (e.kind === 'contract' && e.form === 'contracted' && !e.termMonths)
      throw new DataFileError(`${where}.termMonths: a contracted row needs its term`);
    if (e.kind === 'contract' && e.form === 'owned' && !(e.gw && e.gw > 0))
      throw new DataFileError(`${where}.gw: an owned purchase needs its GW`);
    if (e.generation !== undefined && !generationIds.has(e.generation))
      throw new DataFileError(`${where}.generation: no generation "${e.generation}"`);
    if (e.status === 'option' && !(e.kind === 'contract' && e.form === 'owned' && e.maxGwPerMonth))
      throw new DataFileError(`${where}.maxGwPerMonth: an option is an owned purchase with a ramp limit`);
    if (e.status === 'conditional' && e.probability === undefined)
      throw new DataFileError(`${where}.probability: a conditional row needs its probability`);
    return { ...e, keys, month: parseMonth(e.month)!, statusCode: EVENT_STATUSES.indexOf(e.status) };
  });
  return { asOf: parseMonth(file.asOf)!, events };
}
