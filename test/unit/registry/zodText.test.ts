import { describe, expect, it } from 'vitest';
import { z, zodErrorText } from '../../../src/registry/zod';

/** The first issue's message for `value` under `schema`. */
function message(schema: z.ZodMiniType, value: unknown): string {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected a failure');
  return r.error.issues[0].message;
}

describe("the validators' English messages (zod's English locale, without its dictionaries)", () => {
  it.each([
    ['Invalid input: expected number, received string', z.number(), 'x'],
    ['Invalid input: expected string, received null', z.string(), null],
    ['Invalid input: expected array, received object', z.array(z.number()), {}],
    ['Too small: expected string to have >=1 characters', z.string().check(z.minLength(1)), ''],
    ['Too big: expected array to have <=2 items', z.array(z.number()).check(z.maxLength(2)), [1, 2, 3]],
    ['Too big: expected number to be <=5', z.number().check(z.maximum(5)), 6],
    ['Too small: expected number to be >0', z.number().check(z.gt(0)), 0],
    ['Invalid option: expected one of "a"|"b"', z.enum(['a', 'b']), 'c'],
    ['Invalid input: expected 2', z.literal(2), 3],
    ['Unrecognized keys: "b", "c"', z.strictObject({ a: z.number() }), { a: 1, b: 2, c: 3 }],
    ['Invalid string: must match pattern /^\\d{4}-\\d{2}$/', z.string().check(z.regex(/^\d{4}-\d{2}$/)), '2026'],
    ['Invalid input: expected number, received array', z.number(), [1]],
    ['Invalid input: expected number, received NaN', z.number(), NaN],
    ['Invalid input: expected string, received number', z.string(), 5],
    ['Too small: expected string to have exactly 3 characters', z.string().check(z.length(3)), 'ab'],
    ['Invalid email', z.string().check(z.email()), 'x'],
    ['Unrecognized key: "b"', z.strictObject({ a: z.number() }), { a: 1, b: 2 }],
    // any other issue (here a union that no member takes)
    ['Invalid input', z.union([z.number(), z.string()]), null],
  ] as const)('%s', (expected, schema, value) => {
    expect(message(schema as z.ZodMiniType, value)).toBe(expected);
  });
});

describe('zodErrorText: the first issue, with its path, and the file when there is one', () => {
  it('a path of keys and indices; "(root)" for a file whose whole value is wrong', () => {
    const nested = z.object({ a: z.array(z.object({ b: z.number() })) }).safeParse({ a: [{ b: 1 }, { b: 'x' }] });
    const root = z.number().safeParse('x');
    const msg = 'Invalid input: expected number, received string';
    expect(nested.success || zodErrorText(nested.error)).toBe(`a[1].b: ${msg}`);
    expect(nested.success || zodErrorText(nested.error, 'f.json')).toBe(`f.json: a[1].b: ${msg}`);
    expect(root.success || zodErrorText(root.error)).toBe(msg);
    expect(root.success || zodErrorText(root.error, 'f.json')).toBe(`f.json: (root): ${msg}`);
  });
});
