import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkValue, LEVER_BY_ID, LEVERS } from '../../../src/registry';
import { MAX_GIVEN_CHARS, parseScenario, serializeScenario } from '../../../src/url/codec';
import { malformedLink } from './arbitraries';

/**
 * Links per run: 1,500 by hand (a new draw each time), 600 under CI, where fast-check's seed is
 * fixed (test/unit/setup-fc.ts) and the same 600 are drawn every time (the test run's 10 minutes).
 */
const LINKS = process.env.CI ? 600 : 1500;

describe('malformed links (fuzz)', () => {
  it('never throw, always give a complete valid scenario, and re-serialise to a clean link', () => {
    let withProblems = 0;
    fc.assert(
      fc.property(malformedLink, (link) => {
        const r = parseScenario(link);
        expect(Object.keys(r.params)).toHaveLength(LEVERS.length);
        for (const [id, v] of Object.entries(r.params)) expect(checkValue(LEVER_BY_ID.get(id)!, v)).toBeNull();
        for (const p of r.problems) {
          expect(typeof p.key).toBe('string');
          expect(Array.from(p.given).length).toBeLessThanOrEqual(MAX_GIVEN_CHARS + 1);
          expect(p.reason.length).toBeGreaterThan(0);
        }
        if (r.problems.length > 0) withProblems += 1;
        const baseline = r.baseline ? { params: r.baseline.params, name: r.baseline.name ?? '' } : null;
        const again = parseScenario(
          serializeScenario(r.params, undefined, r.unknown, { uncertainty: r.uncertainty, name: r.name, baseline }),
        );
        expect(again.problems).toEqual([]);
        expect(again.params).toEqual(r.params);
        expect(again.unknown).toEqual([]);
        expect(again.uncertainty).toEqual(r.uncertainty);
        expect(again.baseline?.params ?? null).toEqual(r.baseline?.params ?? null);
      }),
      { numRuns: LINKS },
    );
    // the generator really produces bad links, not just empty ones
    expect(withProblems).toBeGreaterThan(LINKS / 3);
  }, 60_000);

  it('never throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(() => parseScenario(text)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('never throw on non-string input from untyped callers', () => {
    for (const bad of [undefined, null, 42, {}, []])
      expect(() => parseScenario(bad as unknown as string)).not.toThrow();
  });
});
