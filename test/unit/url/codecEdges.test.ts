/**
 * Edges of the link codec (src/url/codec.ts) that its other tests did not reach: repeated keys,
 * a name's spaces and its 80-character limit, an unencoded exponent's `+`, `engine=`, and values
 * that are not numbers on the way out. Every expected text is written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/registry';
import { parseScenario, serializeScenario } from '../../../src/url/codec';
import type { Problem } from '../../../src/url/problem';
import { encode, entriesOf, queryPart, truncateForMessage } from '../../../src/url/text';
import { engineNoteFor, readVersion } from '../../../src/url/version';

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
    expect(parseScenario(undefined as unknown as string).unknown).toEqual([]);
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

describe('v= and engine= (src/url/version.ts)', () => {
  const read = (v: string[], engine: string[]) => {
    const problems: Problem[] = [];
    return { ...readVersion(v, engine, problems), problems };
  };
  it('a repeated or unreadable v= is named with its key and read as link version 2', () => {
    expect(read(['1', '2'], [])).toEqual({
      linkVersion: 2,
      engineVersion: null,
      problems: [{ key: 'v', given: '1, 2', reason: 'given 2 times; read as link version 2' }],
    });
    expect(read(['two'], []).problems).toEqual([
      { key: 'v', given: 'two', reason: 'not a link version; read as version 2' },
    ]);
    expect(read(['9.3'], []).problems).toEqual([
      {
        key: 'v',
        given: '9.3',
        reason: 'made by a newer version of this page (link format 9); read as version 2, reload to update',
      },
    ]);
  });
  it('v=<link>.<engine> gives both; v=0 alone is engine 0; v=1 alone no engine', () => {
    expect(read(['1.2'], [])).toEqual({ linkVersion: 1, engineVersion: 2, problems: [] });
    expect(read(['0'], [])).toEqual({ linkVersion: 0, engineVersion: 0, problems: [] });
    expect(read(['1'], [])).toEqual({ linkVersion: 1, engineVersion: null, problems: [] });
  });
  it('engine= is a whole number of at most six digits; repeated or otherwise it is ignored and named', () => {
    expect(read(['2'], ['123456'])).toEqual({ linkVersion: 2, engineVersion: 123456, problems: [] });
    expect(read(['2'], ['4', '5'])).toEqual({
      linkVersion: 2,
      engineVersion: null,
      problems: [{ key: 'engine', given: '4, 5', reason: 'given 2 times; ignored' }],
    });
    for (const bad of ['1234567', 'x3', '3x', '3.0', ''])
      expect(read(['2'], [bad])).toEqual({
        linkVersion: 2,
        engineVersion: null,
        problems: [{ key: 'engine', given: bad, reason: 'not an engine version (a whole number); ignored' }],
      });
  });
  it('the engine note: none for the same or an unknown engine, older and newer worded apart', () => {
    expect(engineNoteFor(null, 3)).toBeNull();
    expect(engineNoteFor(3, 3)).toBeNull();
    expect(engineNoteFor(2, 3)).toBe(
      'This link was made with engine v2; this page runs engine v3, so the numbers may differ from what the sender saw.',
    );
    expect(engineNoteFor(4, 3)).toBe(
      'This link was made with a newer engine (v4) than this page runs (v3); reload the page to update, or the numbers may differ.',
    );
  });
});

describe('text helpers of the codec (src/url/text.ts)', () => {
  it('cuts a message text only beyond its limit, by characters, not UTF-16 units', () => {
    expect(truncateForMessage('abc', 3)).toBe('abc');
    expect(truncateForMessage('abcd', 3)).toBe('abc…');
    expect(truncateForMessage('😀😀😀', 2)).toBe('😀😀…');
    expect(truncateForMessage('x'.repeat(64))).toBe('x'.repeat(64));
    expect(truncateForMessage('x'.repeat(65))).toBe(`${'x'.repeat(64)}…`);
  });
  it('the query part: after `?`, before `#`, trimmed; a path or a URL without `?` has none', () => {
    expect(queryPart('  a=1  ')).toBe('a=1');
    expect(queryPart('?a=1')).toBe('a=1');
    expect(queryPart('x?a=1')).toBe('a=1');
    expect(queryPart('#a=1')).toBe('');
    expect(queryPart('https://example.org/p?a=1#frag')).toBe('a=1');
    expect(queryPart('/path')).toBe('');
    expect(queryPart('a=1/')).toBe('a=1/');
    expect(queryPart('a=http://x')).toBe('a=http://x');
  });
  it('encodes a surrogate pair as its character and a lone surrogate as U+FFFD, never throwing', () => {
    expect(encode('a\uD83D\uDE00b')).toBe('a%F0%9F%98%80b');
    expect(encode('\uD800\uDC00')).toBe('%F0%90%80%80');
    expect(encode('\uDBFF\uDFFF')).toBe('%F4%8F%BF%BF');
    expect(encode('\uD83Dx')).toBe('%EF%BF%BDx');
    expect(encode('x\uDE00')).toBe('x%EF%BF%BD');
    expect(encode('\uD83D')).toBe('%EF%BF%BD');
    expect(encode('\uDC00\uD800')).toBe('%EF%BF%BD%EF%BF%BD');
    // a high surrogate before a character above the low range; a low one after a low one
    expect(encode('\uD800\uE000')).toBe('%EF%BF%BD%EE%80%80');
    expect(encode('\uDC00\uDC00')).toBe('%EF%BF%BD%EF%BF%BD');
  });
  it('entries in link order; a search that is not text has none', () => {
    expect(entriesOf('?a=1&b=x%20y')).toEqual([
      ['a', '1'],
      ['b', 'x y'],
    ]);
    expect(entriesOf(undefined as unknown as string)).toEqual([]);
  });
});
