import leversJson from '../../data/levers.json';
import sourcesJson from '../../data/sources.json';
import { buildLevers, buildSources, type Lever } from './build';
import type { LeverId } from './leverIds';
import type { Source } from './schema';
import type { GroupId } from './schema';

export type { Lever, LeverKind, Confidence } from './build';
export { DataFileError } from './build';
export { LEVER_IDS, type LeverId } from './leverIds';
export { GROUPS, type GroupId, type Source } from './schema';

/** Every source a lever, preset or reported figure cites (data/sources.json), validated; by id. */
export const SOURCES: Readonly<Record<string, Source>> = buildSources(sourcesJson);

/** The lever registry: every lever declared once in data/levers.json, validated here. */
export const LEVERS: readonly Lever[] = buildLevers(leversJson, SOURCES);

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

/** Whether a string names a lever (for ids read from links, files and the command line). */
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
