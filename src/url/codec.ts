import { ENGINE_VERSION } from '../engine/types';
import { UNCERTAINTY_DEFAULTS, type UncertaintySpec } from '../engine/uncertainty/spec';
import { defaultParams, LEVER_BY_KEY, LEVERS, type ParamValues, type Params, type PartialParams } from '../registry';
import { formatLeverValue, keepInRange, linkValueText, parseLeverValue } from '../registry/value';
import { parseSpec, serializeSpec, UNCERTAINTY_URL_KEYS } from './uncertaintyLink';
import { LINK_VERSION, migrateEntries, type Entry } from './migrations';
import { isAutomaticName, MAX_SCENARIO_NAME_CHARS } from './names';
import { encode, entriesOf } from './text';
import { refusePairs } from './pairs';
import { problem, type FieldParse, type Problem } from './problem';
import { engineNoteFor, readVersion } from './version';

/*
 * The scenario in the address bar. Pure text in, text out: no DOM, so the CLI uses it too.
 *
 * Format: `v=<link format>.<engine version>` first, then only the levers that differ from
 * their defaults, in registry order, each under its short registry key with the precision it
 * holds; then the Monte Carlo seed and sample count (`seed`, `n`) when they differ from their
 * defaults; then the scenario's name (`name`) unless it is the automatic one; then a pinned
 * baseline as `base=<its name>` and its own non-default levers under `b.<key>`.
 *
 *   ?v=1.1                                     the default scenario, made with engine 1
 *   ?v=1.1&elec=0.12&chip=2027-06&name=Dear%20power
 *   ?v=1.1&slip=18&name=Chip%20slips&base=Baseline&b.elec=0.1
 *
 * Keys this build does not know are reported by the parser and never written back: a link
 * passed on carries only what this page understood.
 *
 * The engine version rides inside `v` so that the default scenario's link is just `v` and
 * still says which engine produced the numbers the sender saw. `v=1` (no engine part) is
 * read as "engine not recorded"; a separate `engine=<n>` key is also accepted on reading.
 */

export { LINK_VERSION } from './migrations';
export type { Entry } from './migrations';
export { MAX_GIVEN_CHARS, queryPart, truncateForMessage } from './text';
export type { Problem } from './problem';
export { engineNoteFor } from './version';

export type { FieldParse } from './problem';

/** A pinned baseline carried by a link (`base=`, `b.<key>=`). */
export interface ParsedBaseline {
  params: ParamValues;
  fields: Record<string, FieldParse>;
  /** The name given with `base=`, or null when none was (the page then names it from its levers). */
  name: string | null;
}

export interface ParsedScenario {
  /** A complete, valid scenario: every lever, refused or missing ones at their defaults. */
  params: ParamValues;
  /** Per lever id: valid | invalid | missing. */
  fields: Record<string, FieldParse>;
  problems: Problem[];
  /** Keys this build does not know, in link order: reported, never written back. */
  unknown: Entry[];
  /** The link format the link was read as (before migration). */
  linkVersion: number;
  /** The engine the link was made with, or null when the link does not say. */
  engineVersion: number | null;
  /** Migrations applied, e.g. ["v0 → v1"]. */
  migrations: string[];
  /** A sentence for the page when the link's engine differs from this one, else null. */
  engineNote: string | null;
  /** Monte Carlo seed and sample count (`seed`, `n`); defaults when absent or refused. */
  uncertainty: UncertaintySpec;
  /** The scenario's name (`name=`), or null when the link gives none. */
  name: string | null;
  /** The pinned baseline, or null when the link carries none. */
  baseline: ParsedBaseline | null;
}

/** A baseline to write into a link: its levers and its name. */
export interface LinkBaseline {
  params: Params;
  name: string;
}

export interface SerializeOptions {
  /** Written as `seed` and `n` when they differ from UNCERTAINTY_DEFAULTS. */
  uncertainty?: UncertaintySpec;
  /** The scenario's name; left out when it is the automatic one ("Default scenario", "Custom scenario"). */
  name?: string | null;
  /** A pinned baseline, written compactly: only its levers that differ from the defaults. */
  baseline?: LinkBaseline | null;
}

const SPEC_KEYS: readonly string[] = Object.values(UNCERTAINTY_URL_KEYS);
export const NAME_KEY = 'name';
export const BASELINE_KEY = 'base';
/** A baseline lever's key is its registry key behind this prefix: `b.elec`. */
export const BASELINE_PREFIX = 'b.';

/** `key=value` for each lever that differs from its default, in registry order. */
function leverParts(params: PartialParams, prefix = ''): string[] {
  const parts: string[] = [];
  for (const lever of LEVERS) {
    const value = params[lever.id];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const kept = keepInRange(lever, value);
    if (kept !== lever.default) parts.push(`${prefix}${lever.key}=${linkValueText(lever, kept)}`);
  }
  return parts;
}

/** The text without control characters (U+0000–U+001F, U+007F). */
export function dropControls(text: string): string {
  return Array.from(text)
    .filter((c) => {
      const code = c.codePointAt(0)!;
      return code > 0x1f && code !== 0x7f;
    })
    .join('');
}

/** A name as written: control characters dropped, cut to MAX_SCENARIO_NAME_CHARS. */
function cleanName(name: string): string {
  return Array.from(dropControls(name).trim()).slice(0, MAX_SCENARIO_NAME_CHARS).join('');
}

/**
 * The link's query string (without `?`) for a scenario. Values are clamped into their lever's
 * range and keep their precision; missing or non-finite values count as defaults. The third
 * argument (unknown keys of an opened link) is accepted for old callers and ignored: keys this
 * page does not understand are never passed on.
 */
export function serializeScenario(
  params: PartialParams,
  engineVersion: number = ENGINE_VERSION,
  _unknown: readonly Entry[] = [],
  options: SerializeOptions = {},
): string {
  const parts = [`v=${LINK_VERSION}.${engineVersion}`, ...leverParts(params)];
  if (options.uncertainty) for (const [k, v] of serializeSpec(options.uncertainty)) parts.push(`${k}=${v}`);
  const name = options.name ? cleanName(options.name) : '';
  if (name !== '' && !isAutomaticName(name, params)) parts.push(`${NAME_KEY}=${encode(name)}`);
  const base = options.baseline;
  if (base) {
    const baseName = cleanName(base.name);
    parts.push(
      `${BASELINE_KEY}=${isAutomaticName(baseName, base.params) ? '' : encode(baseName)}`,
      ...leverParts(base.params, BASELINE_PREFIX),
    );
  }
  return parts.join('&');
}

/** Everything a link can say about a scenario, for callers that hold it as one value (the CLI). */
export interface ScenarioLink extends SerializeOptions {
  params: Params;
}

/** `serializeScenario` for a ScenarioLink: the same text. */
export function serializeLink(link: ScenarioLink, engineVersion: number = ENGINE_VERSION): string {
  return serializeScenario(link.params, engineVersion, [], link);
}

/** Groups entries by key, in link order. */
function groupByKey(entries: readonly Entry[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const [k, v] of entries) {
    const list = byKey.get(k);
    if (list) list.push(v);
    else byKey.set(k, [v]);
  }
  return byKey;
}

/** Every lever read from its key (behind `prefix` in the link); refused ones stay at the default. */
function readLevers(byKey: ReadonlyMap<string, string[]>, prefix: string, problems: Problem[]) {
  const params = defaultParams();
  const fields: Record<string, FieldParse> = {};
  for (const lever of LEVERS) {
    const key = `${prefix}${lever.key}`;
    const given = byKey.get(lever.key);
    if (!given) {
      fields[lever.id] = { status: 'missing' };
      continue;
    }
    if (given.length > 1) {
      const reason = `given ${given.length} times; each lever takes one value, so the default is used`;
      fields[lever.id] = { status: 'invalid', given: given.join(', '), reason };
      problems.push(problem(key, given.join(', '), reason));
      continue;
    }
    // An unencoded `1e+9` in an address arrives as `1e 9` (a query's `+` is a space): read it as meant.
    const text = given[0].replace(/^([^ ]*\d[eE]) (\d+)$/, '$1+$2');
    const read = parseLeverValue(lever, text);
    if (read.status === 'valid') {
      params[lever.id] = read.value;
      fields[lever.id] = { status: 'valid', value: read.value, given: given[0] };
    } else {
      const reason = `${read.reason}; the default ${formatLeverValue(lever, lever.default)} is used`;
      fields[lever.id] = { status: read.status, given: given[0], reason };
      problems.push(problem(key, given[0], reason));
    }
  }
  refusePairs(params, fields, prefix, problems);
  return { params, fields };
}

/** A name from the link: the first if repeated, control characters dropped, cut to length (said so). */
function readName(key: string, given: string[] | undefined, problems: Problem[]): string | null {
  if (!given) return null;
  if (given.length > 1) problems.push(problem(key, given.join(', '), `given ${given.length} times; the first is used`));
  const name = cleanName(given[0]);
  if (Array.from(given[0].trim()).length > MAX_SCENARIO_NAME_CHARS) {
    problems.push(problem(key, given[0], `longer than ${MAX_SCENARIO_NAME_CHARS} characters; cut to “${name}”`));
  }
  return name === '' ? null : name;
}

/**
 * Reads a scenario from a full URL, a `?query` or a bare query. Never throws. Every lever
 * ends up valid, invalid (refused, default used, listed in `problems`) or missing (default);
 * so does every lever of a baseline the link carries.
 */
export function parseScenario(search: string, engineVersion: number = ENGINE_VERSION): ParsedScenario {
  const problems: Problem[] = [];
  const raw = entriesOf(typeof search === 'string' ? search : '');
  const versions = raw.filter(([k]) => k === 'v').map(([, v]) => v);
  const engines = raw.filter(([k]) => k === 'engine').map(([, v]) => v);
  const version = readVersion(versions, engines, problems);
  const rest = raw.filter(([k]) => k !== 'v' && k !== 'engine');
  const isBase = (k: string) => k.startsWith(BASELINE_PREFIX);
  const migrated = migrateEntries(
    rest.filter(([k]) => !isBase(k)),
    version.linkVersion,
  );
  const baseMigrated = migrateEntries(
    rest.filter(([k]) => isBase(k)).map(([k, v]) => [k.slice(BASELINE_PREFIX.length), v] as const),
    version.linkVersion,
  );

  const known: Entry[] = [];
  const unknown: Entry[] = [];
  for (const e of migrated.entries) {
    if (LEVER_BY_KEY.has(e[0]) || SPEC_KEYS.includes(e[0]) || e[0] === NAME_KEY || e[0] === BASELINE_KEY) known.push(e);
    else unknown.push(e);
  }
  const baseKnown: Entry[] = [];
  for (const e of baseMigrated.entries) {
    if (LEVER_BY_KEY.has(e[0])) baseKnown.push(e);
    else unknown.push([`${BASELINE_PREFIX}${e[0]}`, e[1]]);
  }
  const byKey = groupByKey(known);
  const { params, fields } = readLevers(byKey, '', problems);
  const uncertainty = readUncertainty(byKey, problems);
  const name = readName(NAME_KEY, byKey.get(NAME_KEY), problems);
  let baseline: ParsedBaseline | null = null;
  if (byKey.has(BASELINE_KEY) || baseKnown.length > 0) {
    const read = readLevers(groupByKey(baseKnown), BASELINE_PREFIX, problems);
    baseline = { ...read, name: readName(BASELINE_KEY, byKey.get(BASELINE_KEY), problems) };
  }

  return {
    params,
    fields,
    problems,
    unknown,
    linkVersion: version.linkVersion,
    engineVersion: version.engineVersion,
    migrations: migrated.applied,
    engineNote: engineNoteFor(version.engineVersion, engineVersion),
    uncertainty,
    name,
    baseline,
  };
}

/** Seed and N through the engine's own parser; a repeated key is refused like a lever's. */
function readUncertainty(byKey: ReadonlyMap<string, string[]>, problems: Problem[]): UncertaintySpec {
  const get = (key: string): string | null => {
    const given = byKey.get(key);
    if (!given) return null;
    if (given.length === 1) return given[0];
    problems.push(problem(key, given.join(', '), `given ${given.length} times; the default is used`));
    return null;
  };
  const read = parseSpec(get);
  for (const p of read.problems) {
    const fallback = p.key === UNCERTAINTY_URL_KEYS.seed ? UNCERTAINTY_DEFAULTS.seed : UNCERTAINTY_DEFAULTS.samples;
    problems.push(problem(p.key, p.given, `${p.reason}; the default ${fallback} is used`));
  }
  return read.spec;
}
