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

export type SpecField =
  { status: 'valid'; value: number } | { status: 'invalid'; given: string; reason: string } | { status: 'missing' };

function parseWhole(given: string | null | undefined, min: number, max: number): SpecField {
  if (given === null || given === undefined || given === '') return { status: 'missing' };
  if (!/^\d+$/.test(given.trim())) return { status: 'invalid', given, reason: 'not a whole number' };
  // Stryker disable next-line MethodExpression: Number() ignores surrounding white space itself
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
  if (!Number.isInteger(spec.seed) || spec.seed < 0 || spec.seed > SEED_MAX)
    return `seed must be a whole number 0–${SEED_MAX}`;
  if (!Number.isInteger(spec.samples) || spec.samples < SAMPLES_MIN || spec.samples > SAMPLES_MAX)
    return `samples must be a whole number ${SAMPLES_MIN}–${SAMPLES_MAX}`;
  return null;
}
