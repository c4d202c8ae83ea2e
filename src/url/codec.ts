import { ENGINE_VERSION } from '../engine/types';
import type { UncertaintySpec } from '../engine/uncertainty/spec';
import { CITE_KEY, citeValue, type CitedFigures } from './cite';
import { readCite, readRecord, RECORD_KEY } from './recordKeys';
import { LEVER_BY_KEY, LEVERS, type ParamValues, type Params, type PartialParams } from '../registry';
import { CURRENT_RECORD } from '../registry/records';
import { formatLeverValue, keepInRange, linkValueText, parseLeverValue } from '../registry/value';
import { readUncertainty, serializeSpec, UNCERTAINTY_URL_KEYS } from './uncertaintyLink';
import { LINK_VERSION, migrateEntries, type Entry } from './migrations';
import { isAutomaticName, MAX_SCENARIO_NAME_CHARS } from './names';
import { encode, entriesOf } from './text';
import { refusePairs } from './pairs';
import { problem, type FieldParse, type Problem } from './problem';
import { engineNoteFor, readVersion } from './version';

/*
 * The scenario in the address bar. Pure text in, text out: no DOM, so the CLI uses it too.
 *
 * Format: `v=<link format>.<engine version>`, `rec=<record release>` (the defaults the link is
 * written against; a link without it was made on 2026-11), then only the levers that differ
 * from those defaults, in registry order, under their registry keys with the precision they
 * hold; the Monte Carlo `seed` and `n` when not the defaults; the scenario's `name` unless
 * automatic; a pinned baseline as `base=<its name>` and its levers under `b.<key>`; `cite=` last.
 *
 *   ?v=2.3&rec=2026-12&elec=0.12&chip=2027-06&name=Dear%20power
 *   ?v=2.3&rec=2026-12&slip=18&base=Baseline&b.elec=0.1&cite=2028-08,-83.5
 *
 * Keys this build does not know are reported by the parser and never written back. `v=1` (no
 * engine part) reads as "engine not recorded"; an `engine=<n>` key is also accepted on reading.
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
  /** The release the link was made on (`rec=`; see ./recordKeys). Its levers were read against `options.defaults`. */
  record: string;
  /** The figures the link was cited with (`cite=`), or null. */
  cite: CitedFigures | null;
}

/** `defaults`: a record release's, which the levers are read against; the registry's when absent. */
export interface ParseOptions {
  defaults?: Params;
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
  /** `rec=` (CURRENT_RECORD when absent), its defaults the levers are written against, `cite=` last. */
  record?: string;
  defaults?: Params;
  cite?: CitedFigures | null;
}

const SPEC_KEYS: readonly string[] = Object.values(UNCERTAINTY_URL_KEYS);
const REGISTRY_DEFAULTS: Params = Object.fromEntries(LEVERS.map((l) => [l.id, l.default])) as Params;
export const NAME_KEY = 'name';
export const BASELINE_KEY = 'base';
/** A baseline lever's key is its registry key behind this prefix: `b.elec`. */
export const BASELINE_PREFIX = 'b.';
export { RECORD_KEY } from './recordKeys';
export { CITE_KEY } from './cite';
const OWN_KEYS: readonly string[] = [NAME_KEY, BASELINE_KEY, RECORD_KEY, CITE_KEY];

/** `key=value` for each lever that differs from its default, in registry order. */
function leverParts(params: PartialParams, prefix = '', defaults?: Params): string[] {
  const parts: string[] = [];
  for (const lever of LEVERS) {
    const value = params[lever.id];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const kept = keepInRange(lever, value);
    if (kept !== (defaults ? defaults[lever.id] : lever.default))
      parts.push(`${prefix}${lever.key}=${linkValueText(lever, kept)}`);
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
  const parts = [
    `v=${LINK_VERSION}.${engineVersion}`,
    `${RECORD_KEY}=${options.record ?? CURRENT_RECORD}`,
    ...leverParts(params, '', options.defaults),
  ];
  if (options.uncertainty) for (const [k, v] of serializeSpec(options.uncertainty)) parts.push(`${k}=${v}`);
  const name = options.name ? cleanName(options.name) : '';
  if (name !== '' && !isAutomaticName(name, params)) parts.push(`${NAME_KEY}=${encode(name)}`);
  const base = options.baseline;
  if (base) {
    const baseName = cleanName(base.name);
    parts.push(
      `${BASELINE_KEY}=${isAutomaticName(baseName, base.params) ? '' : encode(baseName)}`,
      ...leverParts(base.params, BASELINE_PREFIX, options.defaults),
    );
  }
  if (options.cite) parts.push(`${CITE_KEY}=${citeValue(options.cite)}`);
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
function readLevers(byKey: ReadonlyMap<string, string[]>, prefix: string, problems: Problem[], defaults: Params) {
  const params: ParamValues = { ...defaults };
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
      const reason = `${read.reason}; the default ${formatLeverValue(lever, defaults[lever.id])} is used`;
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
export function parseScenario(
  search: string,
  engineVersion: number = ENGINE_VERSION,
  options: ParseOptions = {},
): ParsedScenario {
  const defaults = options.defaults ?? REGISTRY_DEFAULTS;
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
    if (LEVER_BY_KEY.has(e[0]) || SPEC_KEYS.includes(e[0]) || OWN_KEYS.includes(e[0])) known.push(e);
    else unknown.push(e);
  }
  const baseKnown: Entry[] = [];
  for (const e of baseMigrated.entries) {
    if (LEVER_BY_KEY.has(e[0])) baseKnown.push(e);
    else unknown.push([`${BASELINE_PREFIX}${e[0]}`, e[1]]);
  }
  const byKey = groupByKey(known);
  const { params, fields } = readLevers(byKey, '', problems, defaults);
  const uncertainty = readUncertainty(byKey, problems);
  const name = readName(NAME_KEY, byKey.get(NAME_KEY), problems);
  let baseline: ParsedBaseline | null = null;
  if (byKey.has(BASELINE_KEY) || baseKnown.length > 0) {
    const read = readLevers(groupByKey(baseKnown), BASELINE_PREFIX, problems, defaults);
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
    record: readRecord(byKey.get(RECORD_KEY), problems),
    cite: readCite(byKey.get(CITE_KEY), problems),
  };
}
