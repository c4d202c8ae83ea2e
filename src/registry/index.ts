import eventsJson from '../../data/events.json';
import generationsJson from '../../data/generations.json';
import leversJson from '../../data/levers.json';
import sourcesJson from '../../data/sources.json';
import { buildLevers, DataFileError, type Lever } from './build';
import type { EventsFile, GenerationsFile, LeverFileEntry, SourcesFile } from './dataSchemas';
import { buildEvents, buildGenerations } from './entities';
import { entityLevers } from './entityLevers';
import type { LeverId } from './leverIds';
import type { Source } from './dataSchemas';
import type { GroupId } from './schema';
import { pairProblemOf, parseInScenario, type LeverValue, type PairProblem, type ShownAs } from './value';

export type { Lever, LeverKind, Confidence } from './build';
export {
  checkValue,
  fieldText,
  formatLeverValue,
  keepInRange,
  leverText,
  linkValueText,
  parseLeverValue,
  rangeText,
  snapToLever,
  type LeverValue,
  type PairProblem,
  type ShownAs,
} from './value';
export { DataFileError } from './build';
export { inactiveReason, valueWords } from './requires';
export { LEVER_IDS, type LeverId } from './leverIds';
export { GROUPS, type GroupId } from './schema';
export type { Source } from './dataSchemas';

/**
 * The bundled data files, their shapes checked where they can still be wrong: at build and
 * dev-server start, by the CLI and in the tests (dataSchemas.ts). The page runs what it was
 * built with, so it loads no validator for them.
 */
const checkedAtBuild = <T>(json: unknown) => json as T;

/** Every source a lever, preset, event or reported figure cites (data/sources.json), validated; by id. */
export const SOURCES: Readonly<Record<string, Source>> = checkedAtBuild<SourcesFile>(sourcesJson);

export { ADDED_EVENT_KEYS, ADDED_EVENT_SLOTS } from './entityLevers';
export {
  EVENT_STATUSES,
  isRecordEvent,
  onByDefault,
  type EventRow,
  type EventStatus,
  type Generation,
} from './entities';

const FILE_LEVERS = buildLevers(checkedAtBuild<LeverFileEntry[]>(leversJson), SOURCES);

/** Hardware generations beside the H100 (data/generations.json). */
export const GENERATIONS = buildGenerations(checkedAtBuild<GenerationsFile>(generationsJson), SOURCES);
/** Funding rounds and compute contracts as dated rows (data/events.json). */
const EVENTS_FILE = buildEvents(
  checkedAtBuild<EventsFile>(eventsJson),
  SOURCES,
  new Set(['h100', 'custom', ...GENERATIONS.map((g) => g.id)]),
);
export const EVENTS = EVENTS_FILE.events;
export const EVENTS_AS_OF = EVENTS_FILE.asOf;

/**
 * The lever registry: every lever declared once in data/levers.json, plus one lever per
 * editable field of a generation or an event (`gb200.watts`, `aws-2025-11.usdB`), validated here.
 */
export const LEVERS: readonly Lever[] = [
  ...FILE_LEVERS,
  ...entityLevers(GENERATIONS, EVENTS, SOURCES, EVENTS_FILE.asOf),
];

export const LEVER_BY_ID: ReadonlyMap<string, Lever> = new Map(LEVERS.map((l) => [l.id, l]));
for (const l of LEVERS)
  for (const r of l.requires ?? [])
    if (!LEVER_BY_ID.has(r) || r === l.id)
      throw new DataFileError(`data/levers.json: ${l.id}.requires: "${r}" is not another lever`);
export const LEVER_BY_KEY: ReadonlyMap<string, Lever> = new Map(LEVERS.map((l) => [l.key, l]));

/** A scenario: a value for every lever id (a typo in an id is a type error). */
export type Params = Readonly<Record<LeverId, number>>;
/** Some levers' values; the rest at their defaults (a link writes only these). */
export type PartialParams = Readonly<Partial<Record<LeverId, number>>>;
/** A scenario being built or edited. */
export type ParamValues = Record<LeverId, number>;

export function defaultParams(): ParamValues {
  const p = {} as ParamValues;
  for (const l of LEVERS) p[l.id] = l.default;
  // A copy with fast properties (an object built by computed keys is a slow dictionary in V8; the engine reads it by name).
  return { ...p };
}

/** The article's levers, in their declared order (data/levers.json `keyOrder`). */
export const KEY_LEVERS: readonly Lever[] = LEVERS.filter((l) => l.keyOrder !== undefined).sort(
  (a, b) => a.keyOrder! - b.keyOrder!,
);

/**
 * Whether two scenarios hold the same value for every lever (Object.is), without copying either.
 * Any two records of one shape compare the same way: the store's selections too (src/store/pick.ts).
 */
export function sameParams<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>): boolean {
  // Stryker disable next-line ConditionalExpression: a short cut only, the loops below find an object the same as itself
  if (a === b) return true;
  let n = 0;
  for (const k in a) {
    if (!Object.hasOwn(b, k) || !Object.is(a[k], b[k])) return false;
    n++;
  }
  for (const k in b) if (Object.hasOwn(b, k)) n--;
  return n === 0;
}

/** Whether a string names a lever (for ids read from links, files and the command line). */
export function isLeverId(id: string): id is LeverId {
  return LEVER_BY_ID.has(id);
}

export function leversInGroup(group: GroupId): Lever[] {
  return LEVERS.filter((l) => l.group === group);
}

/**
 * Every lever of a row of data/events.json or of an added row (the "events" group): the rows'
 * fields that the time axis's events, the capacity build and the events table read.
 */
export const ROW_LEVER_IDS: readonly LeverId[] = leversInGroup('events').map((l) => l.id);

/** Why `value` for lever `id` is refused beside the scenario's other values, or null (the rule: registry/value.ts). */
export function pairProblem(params: Readonly<Record<string, number>>, id: string, value: number): PairProblem | null {
  const lever = LEVER_BY_ID.get(id);
  return lever ? pairProblemOf(leverOf, params, lever, value) : null;
}

/** A value typed for a lever, read against the scenario's other values (registry/value.ts `parseInScenario`). */
export function parseLeverValueIn(
  params: Readonly<Record<string, number>>,
  lever: Lever,
  text: string,
  shown?: ShownAs,
): LeverValue {
  return parseInScenario(leverOf, params, lever, text, shown);
}

function leverOf(id: string): Lever | undefined {
  return LEVER_BY_ID.get(id);
}
