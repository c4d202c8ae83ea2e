/**
 * The part of a Monte Carlo run that belongs in a shared link: the seed and the sample count.
 * Same scenario + same seed + same N = identical bands on any machine and any worker count.
 */
export interface UncertaintySpec {
  seed: number;
  samples: number;
}

export const UNCERTAINTY_DEFAULTS: Readonly<UncertaintySpec> = { seed: 1, samples: 2000 };
export const SAMPLES_MIN = 100;
export const SAMPLES_MAX = 20000;
export const SEED_MAX = 4294967295;

/** The link's keys: `?seed=42&n=5000`. Written only when they differ from the defaults. */
export const UNCERTAINTY_URL_KEYS = { seed: 'seed', samples: 'n' } as const;

export type SpecField =
  | { status: 'valid'; value: number }
  | { status: 'invalid'; given: string; reason: string }
  | { status: 'missing' };

function parseWhole(given: string | null | undefined, min: number, max: number): SpecField {
  if (given === null || given === undefined || given === '') return { status: 'missing' };
  if (!/^\d+$/.test(given.trim())) return { status: 'invalid', given, reason: 'not a whole number' };
  const value = Number(given.trim());
  if (value < min || value > max) return { status: 'invalid', given, reason: `outside ${min}–${max}` };
  return { status: 'valid', value };
}

export function parseSeed(given: string | null | undefined): SpecField {
  return parseWhole(given, 0, SEED_MAX);
}

export function parseSamples(given: string | null | undefined): SpecField {
  return parseWhole(given, SAMPLES_MIN, SAMPLES_MAX);
}

/** Why a spec cannot be run, or null. */
export function checkSpec(spec: UncertaintySpec): string | null {
  if (!Number.isInteger(spec.seed) || spec.seed < 0 || spec.seed > SEED_MAX) return `seed must be a whole number 0–${SEED_MAX}`;
  if (!Number.isInteger(spec.samples) || spec.samples < SAMPLES_MIN || spec.samples > SAMPLES_MAX) return `samples must be a whole number ${SAMPLES_MIN}–${SAMPLES_MAX}`;
  return null;
}

/**
 * Reads seed and N from a link's parameters; refused or missing values fall back to the
 * defaults and each refusal is reported (never throws).
 */
export function parseSpec(get: (key: string) => string | null): { spec: UncertaintySpec; problems: { key: string; given: string; reason: string }[] } {
  const spec = { ...UNCERTAINTY_DEFAULTS };
  const problems: { key: string; given: string; reason: string }[] = [];
  const seed = parseSeed(get(UNCERTAINTY_URL_KEYS.seed));
  const samples = parseSamples(get(UNCERTAINTY_URL_KEYS.samples));
  if (seed.status === 'valid') spec.seed = seed.value;
  else if (seed.status === 'invalid') problems.push({ key: UNCERTAINTY_URL_KEYS.seed, given: seed.given, reason: seed.reason });
  if (samples.status === 'valid') spec.samples = samples.value;
  else if (samples.status === 'invalid') problems.push({ key: UNCERTAINTY_URL_KEYS.samples, given: samples.given, reason: samples.reason });
  return { spec, problems };
}

/** The link entries for a spec: only values that differ from the defaults, seed first. */
export function serializeSpec(spec: UncertaintySpec): [string, string][] {
  const out: [string, string][] = [];
  if (spec.seed !== UNCERTAINTY_DEFAULTS.seed) out.push([UNCERTAINTY_URL_KEYS.seed, String(spec.seed)]);
  if (spec.samples !== UNCERTAINTY_DEFAULTS.samples) out.push([UNCERTAINTY_URL_KEYS.samples, String(spec.samples)]);
  return out;
}
