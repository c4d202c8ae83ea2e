import type { LeverRange, RangeOverrides } from '../engine/uncertainty';
import { checkRange } from '../engine/uncertainty/ranges';
import { parseSamples, parseSeed, UNCERTAINTY_DEFAULTS, type UncertaintySpec } from '../engine/uncertainty/spec';
import { LEVER_BY_ID, LEVER_BY_KEY } from '../registry';
import { formatMonth } from '../registry/month';
import { parseLeverValue } from '../registry/value';

/*
 * The Monte Carlo part of a link: the seed and sample count (`?seed=42&n=5000`) and a person's
 * range edits (`r.elec=0.06~0.14~t`). The engine owns what a spec is; the link's keys live here.
 */

/** The link's keys: `?seed=42&n=5000`. Written only when they differ from the defaults. */
export const UNCERTAINTY_URL_KEYS = { seed: 'seed', samples: 'n' } as const;

/**
 * Reads seed and N from a link's parameters; refused or missing values fall back to the
 * defaults and each refusal is reported (never throws).
 */
export function parseSpec(get: (key: string) => string | null): {
  spec: UncertaintySpec;
  problems: { key: string; given: string; reason: string }[];
} {
  const spec = { ...UNCERTAINTY_DEFAULTS };
  const problems: { key: string; given: string; reason: string }[] = [];
  const seed = parseSeed(get(UNCERTAINTY_URL_KEYS.seed));
  const samples = parseSamples(get(UNCERTAINTY_URL_KEYS.samples));
  if (seed.status === 'valid') spec.seed = seed.value;
  else if (seed.status === 'invalid')
    problems.push({ key: UNCERTAINTY_URL_KEYS.seed, given: seed.given, reason: seed.reason });
  if (samples.status === 'valid') spec.samples = samples.value;
  else if (samples.status === 'invalid')
    problems.push({ key: UNCERTAINTY_URL_KEYS.samples, given: samples.given, reason: samples.reason });
  return { spec, problems };
}

/** The link entries for a spec: only values that differ from the defaults, seed first. */
export function serializeSpec(spec: UncertaintySpec): [string, string][] {
  const out: [string, string][] = [];
  if (spec.seed !== UNCERTAINTY_DEFAULTS.seed) out.push([UNCERTAINTY_URL_KEYS.seed, String(spec.seed)]);
  if (spec.samples !== UNCERTAINTY_DEFAULTS.samples) out.push([UNCERTAINTY_URL_KEYS.samples, String(spec.samples)]);
  return out;
}

/*
 * A person's range edits in a link: one entry per edited lever, under the lever's URL key
 * with a prefix, value "low~high~shape" at the lever's decimals (shape u | t | l), e.g.
 *   r.elec=0.06~0.14~t     r.chip=2026-10~2027-06~u (month levers as YYYY-MM)
 */
export const RANGE_URL_PREFIX = 'r.';
const SHAPES = { u: 'uniform', t: 'triangular', l: 'lognormal' } as const;
const SHAPE_CODE = { uniform: 'u', triangular: 't', lognormal: 'l' } as const;

function rangeValueText(kind: string, decimals: number, v: number): string {
  return kind === 'month' ? formatMonth(Math.round(v)) : v.toFixed(decimals);
}

/** Link entries for range overrides, in the order given; overrides for unknown levers are skipped. */
export function serializeOverrides(overrides: RangeOverrides): [string, string][] {
  const out: [string, string][] = [];
  for (const [id, r] of Object.entries(overrides)) {
    const lever = LEVER_BY_ID.get(id);
    if (!lever) continue;
    const f = (v: number) => rangeValueText(lever.kind, lever.decimals, v);
    out.push([`${RANGE_URL_PREFIX}${lever.key}`, `${f(r.low)}~${f(r.high)}~${SHAPE_CODE[r.dist]}`]);
  }
  return out;
}

/** Reads one `r.<key>` entry: the lever id and its range, or why it is refused. Never throws. */
export function parseOverride(
  key: string,
  given: string,
): { status: 'valid'; leverId: string; range: LeverRange } | { status: 'invalid'; reason: string } {
  if (!key.startsWith(RANGE_URL_PREFIX)) return { status: 'invalid', reason: 'not a range key' };
  const lever = LEVER_BY_KEY.get(key.slice(RANGE_URL_PREFIX.length));
  if (!lever) return { status: 'invalid', reason: 'no such lever' };
  const parts = given.split('~');
  if (parts.length !== 3 || !(parts[2] in SHAPES)) return { status: 'invalid', reason: 'expected low~high~u|t|l' };
  // a range's ends are lever values: read as any lever value in a link is
  const low = parseLeverValue(lever, parts[0]);
  if (low.status !== 'valid') return { status: 'invalid', reason: `low: ${low.reason}` };
  const high = parseLeverValue(lever, parts[1]);
  if (high.status !== 'valid') return { status: 'invalid', reason: `high: ${high.reason}` };
  const range: LeverRange = { low: low.value, high: high.value, dist: SHAPES[parts[2] as keyof typeof SHAPES] };
  const why = checkRange(lever, range);
  return why ? { status: 'invalid', reason: why } : { status: 'valid', leverId: lever.id, range };
}
