import eventsJson from '../../data/events.json';
import generationsJson from '../../data/generations.json';
import leversJson from '../../data/levers.json';
import sourcesJson from '../../data/sources.json';
import { buildLevers, buildSources, type Lever } from './build';
import { buildEvents, buildGenerations } from './entities';
import { entityLevers } from './entityLevers';
import type { LeverId } from './leverIds';
import type { GroupId, Source } from './schema';

export type { Lever, LeverKind, Confidence } from './build';
export { DataFileError } from './build';
export { LEVER_IDS, type LeverId } from './leverIds';
export { GROUPS, type GroupId, type Source } from './schema';

/** Every source a lever, preset, event or reported figure cites (data/sources.json), validated; by id. */
export const SOURCES: Readonly<Record<string, Source>> = buildSources(sourcesJson);

export { ADDED_EVENT_KEYS, ADDED_EVENT_SLOTS } from './entityLevers';
export {
  EVENT_STATUSES,
  isRecordEvent,
  onByDefault,
  type EventRow,
  type EventStatus,
  type Generation,
} from './entities';

const FILE_LEVERS = buildLevers(leversJson, SOURCES);

/** Hardware generations beside the H100 (data/generations.json). */
export const GENERATIONS = buildGenerations(generationsJson, SOURCES);
/** Funding rounds and compute contracts as dated rows (data/events.json). */
const EVENTS_FILE = buildEvents(eventsJson, SOURCES, new Set(['h100', 'custom', ...GENERATIONS.map((g) => g.id)]));
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
  return p;
}

/** The article's levers, in their declared order (data/levers.json `keyOrder`). */
export const KEY_LEVERS: readonly Lever[] = LEVERS.filter((l) => l.keyOrder !== undefined).sort(
  (a, b) => a.keyOrder! - b.keyOrder!,
);

/** Whether a string names a lever (for ids read from links, files and the command line). */
/** Whether two scenarios hold the same value for every lever (Object.is), without copying either. */
export function sameParams(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  if (a === b) return true;
  let n = 0;
  for (const k in a) {
    if (!Object.is(a[k], b[k])) return false;
    n++;
  }
  for (const k in b) if (Object.prototype.hasOwnProperty.call(b, k)) n--;
  return n === 0;
}

export function isLeverId(id: string): id is LeverId {
  return LEVER_BY_ID.has(id);
}

export function leversInGroup(group: GroupId): Lever[] {
  return LEVERS.filter((l) => l.group === group);
}

/** Rounds to the lever's declared decimals and step grid (months and toggles are integers). */
export function snapToLever(lever: Lever, value: number): number {
  const clamped = Math.min(lever.max, Math.max(lever.min, value));
  const f = 10 ** lever.decimals;
  return Math.round(clamped * f) / f;
}

/** Why a value is not acceptable for a lever, or null when it is. */
export function checkValue(lever: Lever, value: number): string | null {
  if (!Number.isFinite(value)) return 'not a finite number';
  if (value < lever.min || value > lever.max) return `outside ${lever.min}–${lever.max}`;
  if (lever.kind !== 'number' && !Number.isInteger(value)) return 'not a whole value';
  return null;
}

/** Pairs of levers whose values together may not exceed a total: a value valid alone may be refused beside the other. */
const CAPPED_PAIRS: ReadonlyArray<{ ids: readonly [LeverId, LeverId]; total: number }> = [
  // Stargate's funder shares: the rest is leased from the partners; never rescaled behind the reader's back.
  { ids: ['stargateOpenAiSharePct', 'stargateMicrosoftSharePct'], total: 100 },
];

/**
 * Why `value` for lever `id` is refused beside the scenario's other values, or null: the largest
 * it may be, and a message naming the other lever and its value.
 */
export function pairProblem(
  params: Readonly<Record<string, number>>,
  id: string,
  value: number,
): { max: number; reason: string } | null {
  for (const pair of CAPPED_PAIRS) {
    const i = pair.ids.indexOf(id as LeverId);
    if (i < 0) continue;
    const other = LEVER_BY_ID.get(pair.ids[1 - i])!;
    const max = pair.total - params[other.id];
    if (value <= max + 1e-9) return null;
    const self = LEVER_BY_ID.get(id)!;
    return {
      max,
      reason: `${self.label} can be at most ${max}% while ${other.label} is ${params[other.id]}% (together at most ${pair.total}%)`,
    };
  }
  return null;
}
