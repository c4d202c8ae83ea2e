/**
 * Edges of the link codec (src/url/codec.ts) that its other tests did not reach: repeated keys,
 * a name's spaces and its 80-character limit, an unencoded exponent's `+`, `engine=`, and values
 * that are not numbers on the way out. Every expected text is written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/registry';
import { parseScenario, serializeScenario } from '../../../src/url/codec';

const x = (n: number) => 'x'.repeat(n);

describe('reading a link', () => {
  it('a name is trimmed; given twice, the first is used and the repeat is said', () => {
    expect(parseScenario('?v=2&name=%20Plan%20').name).toBe('Plan');
    const r = parseScenario('?v=2&name=A&name=B');
    expect(r.name).toBe('A');
    expect(r.problems).toEqual([{ key: 'name', given: 'A, B', reason: 'given 2 times; the first is used' }]);
  });
  it('80 characters are a name; 81 are cut to 80 and said; spaces around do not count', () => {
    expect(parseScenario(`?v=2&name=${x(80)}`).problems).toEqual([]);
    expect(parseScenario(`?v=2&name=%20${x(80)}%20`).problems).toEqual([]);
    const long = parseScenario(`?v=2&name=${x(81)}`);
    expect(long.name).toBe(x(80));
    expect(long.problems).toHaveLength(1);
    expect(long.problems[0].reason).toBe(`longer than 80 characters; cut to “${x(80)}”`);
  });
  it('a lever given twice is refused with both values, and the default kept', () => {
    const r = parseScenario('?v=2&elec=0.1&elec=0.2');
    const reason = 'given 2 times; each lever takes one value, so the default is used';
    expect(r.fields.electricityUsdPerKwh).toEqual({ status: 'invalid', given: '0.1, 0.2', reason });
    expect(r.problems).toEqual([{ key: 'elec', given: '0.1, 0.2', reason }]);
    expect(r.params.electricityUsdPerKwh).toBe(defaultParams().electricityUsdPerKwh);
  });
  it('an exponent whose `+` arrived as a space is read as meant, with any number of digits', () => {
    expect(parseScenario('?v=2&f3=1e 2').params.funding3UsdB).toBe(100);
    expect(parseScenario('?v=2&f3=1e 02').params.funding3UsdB).toBe(100);
    expect(parseScenario('?v=2&f3=1e 02').problems).toEqual([]);
  });
  it('`engine=` is the version, not an unknown key; a search that is not text reads as empty', () => {
    expect(parseScenario('?v=2&engine=3').unknown).toEqual([]);
    expect(parseScenario('?v=2&zz=1').unknown).toEqual([['zz', '1']]);
    expect(parseScenario(undefined as unknown as string).problems).toEqual([]);
  });
});

describe('writing a link', () => {
  const d = defaultParams();
  it('a value that is not a finite number is left out, as a default is', () => {
    expect(serializeScenario({ ...d, electricityUsdPerKwh: NaN })).toBe(serializeScenario(d));
    expect(serializeScenario({ ...d, electricityUsdPerKwh: 0.1 })).toBe('v=2.3&rec=2026-12&elec=0.1');
  });
  it('an empty name writes no `name=`', () => {
    expect(serializeScenario({ ...d, electricityUsdPerKwh: 0.1 }, undefined, [], { name: '' })).toBe(
      'v=2.3&rec=2026-12&elec=0.1',
    );
    expect(serializeScenario({ ...d, electricityUsdPerKwh: 0.1 }, undefined, [], { name: 'Mine' })).toBe(
      'v=2.3&rec=2026-12&elec=0.1&name=Mine',
    );
  });
});
