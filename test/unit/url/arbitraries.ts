import fc from 'fast-check';
import { LEVERS, type Lever, type ParamValues } from '../../../src/registry';
import { withinPairs } from '../engine/arbitrary';

/** Any value a lever can hold at its declared decimals: k / 10^decimals inside min..max. */
export function leverValue(lever: Lever): fc.Arbitrary<number> {
  const f = 10 ** lever.decimals;
  const lo = Math.ceil(lever.min * f - 1e-9);
  const hi = Math.floor(lever.max * f + 1e-9);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(lever.default) },
    { weight: 3, arbitrary: fc.integer({ min: lo, max: hi }).map((k) => k / f + 0) },
  );
}

/** A complete valid scenario (Stargate's two shares kept to 100% together: over that is refused). */
export const validScenario: fc.Arbitrary<ParamValues> = fc
  .record(Object.fromEntries(LEVERS.map((l) => [l.id, leverValue(l)])))
  .map((p) => withinPairs(p as ParamValues));

const payloads = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<svg onload=alert(1)>',
  '</div><script>document.body.innerHTML=""</script>',
  '<a href="javascript:alert(1)">x</a>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'javascript%3Aalert(1)',
];

const junk = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  'undefined',
  'null',
  'true',
  '0x1F',
  '1e3',
  '1e309',
  '-1e309',
  '1,5',
  ' 1',
  '1 ',
  '+1',
  '.5',
  '5.',
  '--1',
  '1..2',
  '9'.repeat(400),
  `0.${'1'.repeat(300)}`,
  '-0',
  '1/2',
  '2027-13',
  '2027-6',
  '27-06',
  '2027-06-01',
  '0000-00',
  '9999-12',
  '%E0%A4%A',
  '%',
  '%%',
  '%ZZ',
  '%00',
  '%FF%FE',
  '%C0%AF',
  '%uD800',
  '\u0000',
  '\uD800',
  '😀',
  'é',
  '\u202E',
  '&',
  '=',
  '==',
  '#',
  '?',
  '[]',
  '{}',
];

/** A text that is usually not a valid value: junk, payloads, random unicode, numbers out of range. */
export const badValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...junk),
  fc.constantFrom(...payloads),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.double().map(String),
  fc.integer({ min: -1e12, max: 1e12 }).map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.string({ minLength: 65, maxLength: 300 }),
);

const keys = [
  ...LEVERS.map((l) => l.key),
  'v',
  'engine',
  'seed',
  'n',
  'kwh',
  'chipslip',
  'name',
  'base',
  'b.elec',
  'b.chip',
  'b.kwh',
  'b.zzz',
  'b.',
];

export const anyKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...keys) },
  { weight: 1, arbitrary: fc.constantFrom(...payloads, '', '%', '%E0%A4%A', '__proto__', 'constructor', 'toString') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** encodeURIComponent, or the raw text when it holds a lone surrogate (which it refuses). */
function tryEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A link made of raw `key=value` pieces, with repeats, raw or percent-encoded, sometimes with a URL around it. */
export const malformedLink: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(anyKey, badValue, fc.boolean()), { minLength: 0, maxLength: 12 }),
    fc.constantFrom('', '?', 'https://example.org/app/?', '/?', 'javascript:alert(1)?'),
    fc.constantFrom('', '#x', '#<script>'),
    fc.boolean(),
  )
  .map(([pairs, prefix, hash, doubled]) => {
    const list = doubled ? [...pairs, ...pairs] : pairs;
    const body = list.map(([k, v, enc]) => (enc ? `${tryEncode(k)}=${tryEncode(v)}` : `${k}=${v}`)).join('&');
    return `${prefix}${body}${hash}`;
  });
