import { ENGINE_VERSION } from '../engine/types';
import { UNCERTAINTY_DEFAULTS, type UncertaintySpec } from '../engine/uncertainty/spec';
import { defaultParams, LEVER_BY_KEY, LEVERS, snapToLever, type ParamValues, type PartialParams } from '../registry';
import { formatLeverValue, parseLeverValue } from './format';
import { parseSpec, serializeSpec, UNCERTAINTY_URL_KEYS } from './uncertaintyLink';
import { ENGINE_VERSION_BEFORE_RECORDING, LINK_VERSION, migrateEntries, type Entry } from './migrations';

/*
 * The scenario in the address bar. Pure text in, text out: no DOM, so the CLI uses it too.
 *
 * Format: `v=<link format>.<engine version>` first, then only the levers that differ from
 * their defaults, in registry order, each under its short registry key and printed at its
 * declared decimals; then the Monte Carlo seed and sample count (`seed`, `n`) when they differ
 * from their defaults; then any keys this build does not know, unchanged and in link order.
 *
 *   ?v=1.1                       the default scenario, made with engine 1
 *   ?v=1.1&elec=0.12&chip=2027-06
 *
 * The engine version rides inside `v` so that the default scenario's link is just `v` and
 * still says which engine produced the numbers the sender saw. `v=1` (no engine part) is
 * read as "engine not recorded"; a separate `engine=<n>` key is also accepted on reading.
 */

export { LINK_VERSION } from './migrations';
export type { Entry } from './migrations';

/** One parameter of a link, as read. */
export type FieldParse =
  | { status: 'valid'; value: number; given: string }
  | { status: 'invalid'; given: string; reason: string }
  | { status: 'missing' };

/** A value that was refused; `given` is cut to MAX_GIVEN_CHARS for display. */
export interface Problem {
  key: string;
  given: string;
  reason: string;
}

export interface ParsedScenario {
  /** A complete, valid scenario: every lever, refused or missing ones at their defaults. */
  params: ParamValues;
  /** Per lever id: valid | invalid | missing. */
  fields: Record<string, FieldParse>;
  problems: Problem[];
  /** Keys this build does not know, kept (and written back) in link order. */
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
}

export interface SerializeOptions {
  /** Written as `seed` and `n` when they differ from UNCERTAINTY_DEFAULTS. */
  uncertainty?: UncertaintySpec;
}

const SPEC_KEYS: readonly string[] = Object.values(UNCERTAINTY_URL_KEYS);

export const MAX_GIVEN_CHARS = 64;

/** Cuts text for messages so a pasted megabyte does not end up in the banner. */
export function truncateForMessage(text: string, max = MAX_GIVEN_CHARS): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

function problem(key: string, given: string, reason: string): Problem {
  return { key: truncateForMessage(key, 32), given: truncateForMessage(given), reason };
}

/** The query part of a full URL, a `?query`, or a bare query. */
export function queryPart(input: string): string {
  let s = input.trim();
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(0, hash);
  const q = s.indexOf('?');
  if (q >= 0) return s.slice(q + 1);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('/')) return '';
  return s;
}

/** encodeURIComponent that cannot throw on lone surrogates. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, (c, i: number, s: string) => {
    const code = c.charCodeAt(0);
    if (code <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      return next >= 0xdc00 && next <= 0xdfff ? c : '\uFFFD';
    }
    const prev = s.charCodeAt(i - 1);
    return prev >= 0xd800 && prev <= 0xdbff ? c : '\uFFFD';
  }));
}

/**
 * The link's query string (without `?`) for a scenario. Values are clamped and rounded as the
 * store would; missing or non-finite values count as defaults. `unknown` entries from the link
 * that was opened are appended so they survive a round trip.
 */
export function serializeScenario(
  params: PartialParams,
  engineVersion: number = ENGINE_VERSION,
  unknown: readonly Entry[] = [],
  options: SerializeOptions = {},
): string {
  const parts = [`v=${LINK_VERSION}.${engineVersion}`];
  for (const lever of LEVERS) {
    const value = params[lever.id];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const text = formatLeverValue(lever, snapToLever(lever, value));
    if (text !== formatLeverValue(lever, lever.default)) parts.push(`${lever.key}=${text}`);
  }
  if (options.uncertainty) for (const [k, v] of serializeSpec(options.uncertainty)) parts.push(`${k}=${v}`);
  for (const [k, v] of unknown) parts.push(`${encode(k)}=${encode(v)}`);
  return parts.join('&');
}

const VERSION_RE = /^(\d{1,4})(?:\.(\d{1,6}))?$/;

interface VersionRead {
  linkVersion: number;
  engineVersion: number | null;
}

function readVersion(values: string[], engineValues: string[], problems: Problem[]): VersionRead {
  let linkVersion = LINK_VERSION;
  let engineVersion: number | null = null;
  if (values.length > 1) {
    problems.push(problem('v', values.join(', '), `given ${values.length} times; read as link version ${LINK_VERSION}`));
  } else if (values.length === 1) {
    const m = VERSION_RE.exec(values[0]);
    if (!m) {
      problems.push(problem('v', values[0], `not a link version; read as version ${LINK_VERSION}`));
    } else if (Number(m[1]) > LINK_VERSION) {
      problems.push(problem('v', values[0], `made by a newer version of this page (link format ${Number(m[1])}); read as version ${LINK_VERSION}, reload to update`));
    } else {
      linkVersion = Number(m[1]);
      engineVersion = m[2] !== undefined ? Number(m[2]) : linkVersion === 0 ? ENGINE_VERSION_BEFORE_RECORDING : null;
    }
  }
  if (engineValues.length > 1) {
    problems.push(problem('engine', engineValues.join(', '), `given ${engineValues.length} times; ignored`));
  } else if (engineValues.length === 1) {
    if (/^\d{1,6}$/.test(engineValues[0])) engineVersion = Number(engineValues[0]);
    else problems.push(problem('engine', engineValues[0], 'not an engine version (a whole number); ignored'));
  }
  return { linkVersion, engineVersion };
}

/** What the page says when a link's numbers came from a different engine, or null. */
export function engineNoteFor(linkEngine: number | null, current: number = ENGINE_VERSION): string | null {
  if (linkEngine === null || linkEngine === current) return null;
  if (linkEngine < current) {
    return `This link was made with engine v${linkEngine}; this page runs engine v${current}, so the numbers may differ from what the sender saw.`;
  }
  return `This link was made with a newer engine (v${linkEngine}) than this page runs (v${current}); reload the page to update, or the numbers may differ.`;
}

/** Splits a query into entries. URLSearchParams decodes leniently: junk like `%E0%A4%A` never throws. */
function entriesOf(input: string): Entry[] {
  try {
    return [...new URLSearchParams(queryPart(input))];
  } catch {
    return [];
  }
}

/**
 * Reads a scenario from a full URL, a `?query` or a bare query. Never throws. Every lever
 * ends up valid, invalid (refused, default used, listed in `problems`) or missing (default).
 */
export function parseScenario(search: string, engineVersion: number = ENGINE_VERSION): ParsedScenario {
  const problems: Problem[] = [];
  const raw = entriesOf(typeof search === 'string' ? search : '');
  const versions = raw.filter(([k]) => k === 'v').map(([, v]) => v);
  const engines = raw.filter(([k]) => k === 'engine').map(([, v]) => v);
  const version = readVersion(versions, engines, problems);
  const rest = raw.filter(([k]) => k !== 'v' && k !== 'engine');
  const migrated = migrateEntries(rest, version.linkVersion);

  const byKey = new Map<string, string[]>();
  const unknown: Entry[] = [];
  for (const [k, v] of migrated.entries) {
    if (!LEVER_BY_KEY.has(k) && !SPEC_KEYS.includes(k)) {
      unknown.push([k, v]);
      continue;
    }
    const list = byKey.get(k);
    if (list) list.push(v);
    else byKey.set(k, [v]);
  }

  const params = defaultParams();
  const fields: Record<string, FieldParse> = {};
  for (const lever of LEVERS) {
    const given = byKey.get(lever.key);
    if (!given) {
      fields[lever.id] = { status: 'missing' };
      continue;
    }
    if (given.length > 1) {
      const reason = `given ${given.length} times; each lever takes one value, so the default is used`;
      fields[lever.id] = { status: 'invalid', given: given.join(', '), reason };
      problems.push(problem(lever.key, given.join(', '), reason));
      continue;
    }
    const read = parseLeverValue(lever, given[0]);
    if (read.ok) {
      params[lever.id] = read.value;
      fields[lever.id] = { status: 'valid', value: read.value, given: given[0] };
    } else {
      const reason = `${read.reason}; the default ${formatLeverValue(lever, lever.default)} is used`;
      fields[lever.id] = { status: 'invalid', given: given[0], reason };
      problems.push(problem(lever.key, given[0], reason));
    }
  }

  const uncertainty = readUncertainty(byKey, problems);

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
