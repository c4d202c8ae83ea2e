import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../../src/engine/types';
import { UNCERTAINTY_DEFAULTS } from '../../../src/engine/uncertainty/spec';
import {
  checkValue,
  defaultParams,
  LEVER_BY_ID,
  LEVER_BY_KEY,
  LEVERS,
  snapToLever,
  type LeverId,
} from '../../../src/registry';
import { formatLeverValue, linkValueText } from '../../../src/registry/value';
import { parseMonth } from '../../../src/registry/month';
import { LINK_VERSION, MAX_GIVEN_CHARS, parseScenario, queryPart, serializeScenario } from '../../../src/url/codec';
import { validScenario } from './arbitraries';

// every link this build writes names its record release after the version
const V = `v=${LINK_VERSION}.${ENGINE_VERSION}&rec=2026-12`;

describe('serializeScenario', () => {
  it('writes only v for the default scenario', () => {
    expect(serializeScenario(defaultParams())).toBe(V);
    expect(serializeScenario({})).toBe(V);
  });

  it('writes non-default levers by registry key at declared decimals, in registry order', () => {
    const p = { ...defaultParams(), chipArrival: parseMonth('2027-06')!, electricityUsdPerKwh: 0.12 };
    expect(serializeScenario(p)).toBe(`${V}&elec=0.12&chip=2027-06`);
  });

  it('writes a value with the precision it holds: a slider value at its decimals, a typed one with every digit', () => {
    const pue = LEVER_BY_ID.get('pue')!;
    expect(serializeScenario({ pue: snapToLever(pue, 1.257) })).toBe(`${V}&pue=1.26`);
    expect(serializeScenario({ pue: 1.257 })).toBe(`${V}&pue=1.257`);
    expect(serializeScenario({ mfu: 0.09535 })).toBe(`${V}&mfu=0.09535`);
    expect(formatLeverValue(pue, 1.005)).toBe('1.01'); // display: exact decimal half-up, not 1.00 as toFixed gives
    expect(formatLeverValue(pue, 1.1)).toBe('1.1');
    expect(serializeScenario({ pue: 1.5 })).toBe(`${V}&pue=1.5`);
    expect(serializeScenario({ electricityUsdPerKwh: 0.0812 })).toBe(`${V}&elec=0.0812`); // not the default 0.081
    expect(serializeScenario({ msBackstop: 1 })).toBe(`${V}&bs=1`);
  });

  it('writes plain decimals, and an exponent (never a +) only where plain digits would run long', () => {
    const elec = LEVER_BY_ID.get('electricityUsdPerKwh')!;
    expect(linkValueText(elec, 2.5e-7)).toBe('0.00000025');
    expect(linkValueText(elec, 5e-324)).toBe('5e-324');
    expect(linkValueText(LEVER_BY_ID.get('accelCapexUsd')!, 1e21)).toBe('1000000000000000000000');
    expect(linkValueText(LEVER_BY_ID.get('accelCapexUsd')!, 1e30)).toBe('1e30');
  });

  it('clamps out-of-range values and skips non-finite ones so the link always parses', () => {
    const link = serializeScenario({ pue: 99, mfu: Number.NaN, lifeYears: Number.POSITIVE_INFINITY });
    expect(link).toBe(`${V}&pue=2`);
    expect(parseScenario(link).problems).toEqual([]);
  });

  it('is generated from the registry: every lever key can be written', () => {
    for (const lever of LEVERS) {
      const other = lever.default === lever.max ? lever.min : lever.max;
      const link = serializeScenario({ [lever.id]: other });
      expect(link.split('&')[2]?.split('=')[0]).toBe(lever.key);
    }
  });
});

describe('round trip (property)', () => {
  it('any valid scenario → link → parse gives the same scenario exactly', () => {
    fc.assert(
      fc.property(validScenario, (params) => {
        const parsed = parseScenario(serializeScenario(params));
        expect(parsed.problems).toEqual([]);
        expect(parsed.unknown).toEqual([]);
        for (const lever of LEVERS) expect(Object.is(parsed.params[lever.id], params[lever.id])).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('the link of a parsed link is the same text (canonical form)', () => {
    fc.assert(
      fc.property(validScenario, (params) => {
        const link = serializeScenario(params);
        expect(serializeScenario(parseScenario(link).params)).toBe(link);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('parseScenario', () => {
  it('reads a full URL, a ?query and a bare query alike', () => {
    for (const input of ['https://example.org/x/?v=1.1&elec=0.12#top', '?v=1.1&elec=0.12', 'v=1.1&elec=0.12']) {
      const r = parseScenario(input);
      expect(r.params.electricityUsdPerKwh).toBe(0.12);
      expect(r.problems).toEqual([]);
    }
    expect(queryPart('https://example.org/path')).toBe('');
    expect(parseScenario('https://example.org/path').params).toEqual(defaultParams());
  });

  it('reports each parameter as valid, invalid or missing', () => {
    const r = parseScenario('v=1.1&elec=0.12&pue=abc');
    expect(r.fields.electricityUsdPerKwh).toEqual({ status: 'valid', value: 0.12, given: '0.12' });
    expect(r.fields.pue).toMatchObject({ status: 'invalid', given: 'abc' });
    expect(r.fields.mfu).toEqual({ status: 'missing' });
  });

  it.each([
    ['elec=5', 'elec', 'outside the allowed range 0.02 to 0.4'],
    ['elec=-0.1', 'elec', 'outside the allowed range'],
    ['elec=abc', 'elec', 'not a number'],
    ['elec=', 'elec', 'no value given'],
    ['elec=NaN', 'elec', 'not a number'],
    ['elec=Infinity', 'elec', 'not a number'],
    ['elec=1e9', 'elec', 'outside the allowed range'],
    ['elec=1e', 'elec', 'not a number'],
    ['elec=1e99999', 'elec', 'not a number'],
    ['elec=0x10', 'elec', 'not a number'],
    ['elec=0.1%200.2', 'elec', 'not a number'],
    ['chip=2027-13', 'chip', 'expected a month as YYYY-MM'],
    ['chip=2027-6', 'chip', 'expected a month as YYYY-MM'],
    ['chip=2040-01', 'chip', 'outside the allowed range 2025-06 to 2032-12'],
    ['bs=2', 'bs', 'expected 0 (off) or 1 (on)'],
    ['bs=true', 'bs', 'expected 0 (off) or 1 (on)'],
    ['elec=0.1&elec=0.2', 'elec', 'given 2 times'],
  ])('refuses %s: default used, problem says why', (query, key, reason) => {
    const r = parseScenario(`v=1.1&${query}`);
    const lever = LEVER_BY_KEY.get(key)!;
    expect(r.params[lever.id]).toBe(lever.default);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].key).toBe(key);
    expect(r.problems[0].reason).toContain(reason);
    expect(r.problems[0].reason).toContain('the default');
  });

  it('says what was given for a repeated key', () => {
    expect(parseScenario('elec=0.1&elec=0.2').problems[0].given).toBe('0.1, 0.2');
  });

  it('keeps every decimal place it is given (values between slider steps) and round-trips them', () => {
    const r = parseScenario('elec=0.0815&pue=1.005&mfu=0.09535');
    expect(r.params.electricityUsdPerKwh).toBe(0.0815);
    expect(r.params.pue).toBe(1.005);
    expect(r.params.mfu).toBe(0.09535);
    expect(r.problems).toEqual([]);
    expect(serializeScenario(r.params)).toBe(`${V}&mfu=0.09535&pue=1.005&elec=0.0815`);
  });

  it.each([
    ['elec=1.2e-1', 'electricityUsdPerKwh', 0.12],
    ['elec=2.5E-2', 'electricityUsdPerKwh', 0.025],
    ['capex=3e4', 'accelCapexUsd', 30000],
    ['capex=3.1E%2B4', 'accelCapexUsd', 31000],
    ['capex=3.1E+4', 'accelCapexUsd', 31000], // an unencoded + arrives as a space

    ['tpq=.5e3', 'tokensPerQuery', 500],
    ['pue=%2B1.3', 'pue', 1.3],
  ])('reads numbers in exponent form: %s', (query, id, value) => {
    const r = parseScenario(`v=1.1&${query}`);
    expect(r.problems).toEqual([]);
    expect(r.params[id as LeverId]).toBe(value);
  });

  it('reports unknown keys and never writes them back, a <script> key included', () => {
    const r = parseScenario('v=1.1&elec=0.12&theme=dark&x=%3Cb%3E&%3Cscript%3E=alert(1)');
    expect(r.unknown).toEqual([
      ['theme', 'dark'],
      ['x', '<b>'],
      ['<script>', 'alert(1)'],
    ]);
    expect(serializeScenario(r.params, ENGINE_VERSION, r.unknown)).toBe(`${V}&elec=0.12`);
  });

  it('cuts long values in messages', () => {
    const r = parseScenario(`elec=${'9'.repeat(5000)}`);
    expect(Array.from(r.problems[0].given).length).toBe(MAX_GIVEN_CHARS + 1);
    expect(r.problems[0].given.endsWith('…')).toBe(true);
  });

  it('never yields an invalid value in params', () => {
    const r = parseScenario('elec=0.5&pue=0&horizon=1000&h=1000&chip=1999-01');
    for (const [id, v] of Object.entries(r.params)) expect(checkValue(LEVER_BY_ID.get(id)!, v)).toBeNull();
  });
});

describe('versions', () => {
  it('reads the link format and the engine from v', () => {
    const r = parseScenario(`v=${LINK_VERSION}.7`);
    expect(r.linkVersion).toBe(LINK_VERSION);
    expect(r.engineVersion).toBe(7);
  });

  it('says nothing when the link was made with this engine or does not record one', () => {
    expect(parseScenario(V).engineNote).toBeNull();
    expect(parseScenario(`v=${LINK_VERSION}`).engineNote).toBeNull();
    expect(parseScenario('elec=0.1').engineNote).toBeNull();
  });

  it('warns when the link was made with an older engine', () => {
    const r = parseScenario(`v=${LINK_VERSION}.0`, 3);
    expect(r.engineVersion).toBe(0);
    expect(r.engineNote).toContain('engine v0');
    expect(r.engineNote).toContain('numbers may differ');
  });

  it('warns when the link was made with a newer engine', () => {
    expect(parseScenario(`v=${LINK_VERSION}.9`, 3).engineNote).toContain('newer engine');
  });

  it('accepts engine=<n> as the long form', () => {
    expect(parseScenario(`v=${LINK_VERSION}&engine=0`, 2).engineNote).toContain('engine v0');
  });

  it.each(['abc', '1.x', '-1', '', '1.1.1'])('refuses v=%s and reads the link as the current format', (v) => {
    const r = parseScenario(`v=${v}&elec=0.12`);
    expect(r.problems.map((p) => p.key)).toEqual(['v']);
    expect(r.linkVersion).toBe(LINK_VERSION);
    expect(r.params.electricityUsdPerKwh).toBe(0.12);
  });

  it('refuses a link format from the future', () => {
    const r = parseScenario(`v=${LINK_VERSION + 1}.1&elec=0.12`);
    expect(r.problems[0].reason).toContain('newer version');
    expect(r.params.electricityUsdPerKwh).toBe(0.12);
  });

  it('refuses a repeated v', () => {
    expect(parseScenario('v=1&v=0').problems[0].reason).toContain('given 2 times');
  });
});

describe('Monte Carlo seed and sample count', () => {
  it('are read from seed and n, and written only when not the defaults', () => {
    const r = parseScenario('v=1&seed=42&n=5000&elec=0.1');
    expect(r.uncertainty).toEqual({ seed: 42, samples: 5000 });
    expect(r.unknown).toEqual([]);
    expect(serializeScenario(r.params, ENGINE_VERSION, [], { uncertainty: r.uncertainty })).toBe(
      `${V}&elec=0.1&seed=42&n=5000`,
    );
    expect(serializeScenario(r.params, ENGINE_VERSION, [], { uncertainty: UNCERTAINTY_DEFAULTS })).toBe(
      `${V}&elec=0.1`,
    );
  });

  it.each([
    ['seed=abc', 'seed', 'not a whole number'],
    ['seed=-1', 'seed', 'not a whole number'],
    ['n=5', 'n', 'outside 100–20000'],
    ['n=1e4', 'n', 'not a whole number'],
    ['seed=1&seed=2', 'seed', 'given 2 times'],
  ])('refuse %s with the default and a reason', (query, key, reason) => {
    const r = parseScenario(`v=1&${query}`);
    expect(r.uncertainty).toEqual(UNCERTAINTY_DEFAULTS);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].key).toBe(key);
    expect(r.problems[0].reason).toContain(reason);
  });

  it('no lever uses a key the link reserves', () => {
    for (const lever of LEVERS) expect(['v', 'engine', 'seed', 'n']).not.toContain(lever.key);
  });
});

describe('record release (rec=) and citation (cite=)', () => {
  it('a link without rec was made on 2026-11; rec names the release; an unknown one falls back to the current', () => {
    expect(parseScenario('v=2.2&slip=18').record).toBe('2026-11');
    expect(parseScenario('v=2.3&rec=2026-12&slip=18').record).toBe('2026-12');
    const unknown = parseScenario('v=2.3&rec=2031-01&slip=18');
    expect(unknown.record).toBe('2026-12');
    expect(unknown.problems).toEqual([
      {
        key: 'rec',
        given: '2031-01',
        reason:
          'no record release "2031-01" in this build (there are 2026-11, 2026-12); the current record 2026-12 is used',
      },
    ]);
    expect(unknown.unknown).toEqual([]);
  });

  it("reads and writes levers against a release's defaults", () => {
    const defaults = { ...parseScenario('').params, servingOverhead: 12.5 };
    // at the release's default: nothing written; the current default 8.5 is a change there
    expect(serializeScenario({ ...defaults }, 3, [], { record: '2026-11', defaults })).toBe('v=2.3&rec=2026-11');
    expect(serializeScenario({ ...defaults, servingOverhead: 8.5 }, 3, [], { record: '2026-11', defaults })).toBe(
      'v=2.3&rec=2026-11&so=8.5',
    );
    const read = parseScenario('v=2.3&rec=2026-11&slip=18', 3, { defaults });
    expect(read.params.servingOverhead).toBe(12.5);
    expect(read.params.chipSlipMonths).toBe(18);
    expect(parseScenario('v=2.3&rec=2026-11&slip=18').params.servingOverhead).toBe(8.5);
  });

  it('cite= rides last and is read back; a bad one is reported and ignored', () => {
    const cite = { insolvencyMonth: 24343, minCashUsdB: -83.5 };
    const link = serializeScenario({ chipSlipMonths: 18 }, 3, [], { cite });
    expect(link).toBe('v=2.3&rec=2026-12&slip=18&cite=2028-08,-83.5');
    expect(parseScenario(link).cite).toEqual(cite);
    const bad = parseScenario('v=2.3&rec=2026-12&cite=soon');
    expect(bad.cite).toBeNull();
    expect(bad.problems[0].key).toBe('cite');
  });

  it('rec= and cite= given twice: the first is used and the repeat is named; rec= is trimmed', () => {
    const twice = parseScenario('v=2.3&rec=2026-12&rec=2026-11&cite=2028-08,-83.5&cite=none,1.0');
    expect(twice.record).toBe('2026-12');
    expect(twice.cite).toEqual({ insolvencyMonth: 24343, minCashUsdB: -83.5 });
    expect(twice.problems).toEqual([
      { key: 'rec', given: '2026-12, 2026-11', reason: 'given 2 times; the first is used' },
      { key: 'cite', given: '2028-08,-83.5, none,1.0', reason: 'given 2 times; the first is used' },
    ]);
    const once = parseScenario('v=2.3&rec=%202026-11%20&cite=none,1.0');
    expect(once.record).toBe('2026-11');
    expect(once.cite).toEqual({ insolvencyMonth: null, minCashUsdB: 1 });
    expect(once.problems).toEqual([]);
    expect(parseScenario('v=2.3&rec=2026-12&cite=soon').problems).toEqual([
      {
        key: 'cite',
        given: 'soon',
        reason:
          'not a citation (expected the insolvency month or "none", a comma, and minimum cash in $B: 2028-08,-83.5); ignored',
      },
    ]);
  });
});
