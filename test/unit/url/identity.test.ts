import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../../src/engine/types';
import { defaultParams, LEVERS, type ParamValues } from '../../../src/registry';
import { dropControls, LINK_VERSION, parseScenario, serializeLink, serializeScenario } from '../../../src/url/codec';
import { automaticName, followName, MAX_SCENARIO_NAME_CHARS } from '../../../src/url/names';
import { withinPairs } from '../engine/arbitrary';
import { badValue, validScenario } from './arbitraries';

// every link this build writes names its record release after the version
const V = `v=${LINK_VERSION}.${ENGINE_VERSION}&rec=2026-12`;

/** A name a person could type: any unicode, trimmed, no control characters, not empty. */
const typedName = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: MAX_SCENARIO_NAME_CHARS })
  .map((s) => dropControls(s).trim())
  .filter((s) => s !== '' && Array.from(s).length <= MAX_SCENARIO_NAME_CHARS);

/** Any value a lever can hold, slider step or not: a double inside min..max for number levers. */
const anyPrecisionScenario = fc
  .record(
    Object.fromEntries(
      LEVERS.map((l) => [
        l.id,
        l.kind === 'number'
          ? fc.double({ min: l.min, max: l.max, noNaN: true }).map((v) => v + 0)
          : fc.integer({ min: l.min, max: l.max }).map((v) => (l.kind === 'toggle' ? Math.min(1, v) : v)),
      ]),
    ),
  )
  // Stargate's two shares are refused above 100% together: keep the drawn pair valid.
  .map((p) => withinPairs(p as ParamValues)) as fc.Arbitrary<ParamValues>;

describe('the scenario name in the link', () => {
  it('is left out for the automatic names and written for a chosen one', () => {
    const slipped = { ...defaultParams(), chipSlipMonths: 18 };
    expect(serializeScenario(defaultParams(), ENGINE_VERSION, [], { name: 'Default scenario' })).toBe(V);
    expect(serializeScenario(slipped, ENGINE_VERSION, [], { name: 'Custom scenario' })).toBe(`${V}&slip=18`);
    expect(serializeScenario(slipped, ENGINE_VERSION, [], { name: 'Chip slips 18 months' })).toBe(
      `${V}&slip=18&name=Chip%20slips%2018%20months`,
    );
    expect(parseScenario(`${V}&slip=18&name=Chip%20slips%2018%20months`).name).toBe('Chip slips 18 months');
    expect(parseScenario(`${V}&slip=18`).name).toBeNull();
  });

  it('says "Default scenario" only of the defaults', () => {
    expect(automaticName(defaultParams())).toBe('Default scenario');
    expect(automaticName({ ...defaultParams(), electricityUsdPerKwh: 0.12 })).toBe('Custom scenario');
    expect(followName('Default scenario', defaultParams(), { ...defaultParams(), pue: 1.3 })).toBe('Custom scenario');
    expect(followName('Custom scenario', { ...defaultParams(), pue: 1.3 }, defaultParams())).toBe('Default scenario');
    expect(followName('Bull case', defaultParams(), { ...defaultParams(), pue: 1.3 })).toBe('Bull case');
    // a blank name (spaces only) is no name: it follows the levers too
    expect(followName('  ', defaultParams(), { ...defaultParams(), pue: 1.3 })).toBe('Custom scenario');
    expect(followName('', { ...defaultParams(), pue: 1.3 }, defaultParams())).toBe('Default scenario');
  });

  it('cuts an over-long name and says so', () => {
    const r = parseScenario(`name=${'x'.repeat(90)}`);
    expect(r.name).toBe('x'.repeat(80));
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].key).toBe('name');
    expect(r.problems[0].reason).toContain('longer than 80 characters');
  });
});

describe('the pinned baseline in the link', () => {
  it('is written compactly: its name and only the levers that differ from the defaults', () => {
    const link = serializeLink({
      params: { ...defaultParams(), chipSlipMonths: 18 },
      name: 'Slip',
      baseline: { params: { ...defaultParams(), electricityUsdPerKwh: 0.1 }, name: 'Dear power' },
    });
    expect(link).toBe(`${V}&slip=18&name=Slip&base=Dear%20power&b.elec=0.1`);
    const r = parseScenario(link);
    expect(r.problems).toEqual([]);
    expect(r.baseline?.name).toBe('Dear power');
    expect(r.baseline?.params).toEqual({ ...defaultParams(), electricityUsdPerKwh: 0.1 });
  });

  it('a default baseline is just `base=`', () => {
    const link = serializeScenario({ pue: 1.3 }, ENGINE_VERSION, [], {
      baseline: { params: defaultParams(), name: 'Default scenario' },
    });
    expect(link).toBe(`${V}&pue=1.3&base=`);
    expect(parseScenario(link).baseline).toMatchObject({ params: defaultParams(), name: null });
  });

  it('reports a refused baseline value under its b. key and keeps the rest', () => {
    const r = parseScenario('v=1.1&base=B&b.elec=abc&b.pue=1.3&b.zzz=1');
    expect(r.problems).toMatchObject([{ key: 'b.elec', given: 'abc' }]);
    expect(r.baseline?.params.pue).toBe(1.3);
    expect(r.baseline?.params.electricityUsdPerKwh).toBe(0.081);
    expect(r.unknown).toEqual([['b.zzz', '1']]);
  });

  it('migrates old keys inside the baseline too', () => {
    expect(parseScenario('v=0&b.kwh=12').baseline?.params.electricityUsdPerKwh).toBe(0.12);
  });
});

describe('round trip (property)', () => {
  it('name and baseline survive link → parse for random scenarios, at any precision', () => {
    fc.assert(
      fc.property(
        anyPrecisionScenario,
        typedName,
        anyPrecisionScenario,
        typedName,
        fc.boolean(),
        (params, name, base, baseName, pinned) => {
          const baseline = pinned ? { params: base, name: baseName } : null;
          const r = parseScenario(serializeLink({ params, name, baseline }));
          expect(r.problems).toEqual([]);
          expect(r.params).toEqual(params);
          expect(r.name ?? automaticName(params)).toBe(name);
          if (pinned) {
            expect(r.baseline?.params).toEqual(base);
            expect(r.baseline?.name ?? automaticName(base)).toBe(baseName);
          } else {
            expect(r.baseline).toBeNull();
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('unknown keys never appear in a serialized link', () => {
    const unknownKey = fc
      .oneof(fc.constant('<script>'), fc.string({ minLength: 1, maxLength: 12 }))
      .filter(
        (k) =>
          k.trim() !== '' &&
          !LEVERS.some((l) => l.key === k || `b.${l.key}` === k) &&
          !['v', 'engine', 'seed', 'n', 'name', 'base'].includes(k),
      );
    fc.assert(
      fc.property(
        validScenario,
        fc.array(
          fc.tuple(
            unknownKey,
            badValue.filter((v) => !/[\uD800-\uDFFF]/.test(v)),
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (params, extra) => {
          const query =
            serializeScenario(params) +
            extra.map(([k, v]) => `&${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('');
          const r = parseScenario(query);
          expect(r.unknown.length).toBeGreaterThanOrEqual(1);
          const keysOut = [
            ...new URLSearchParams(
              serializeScenario(r.params, ENGINE_VERSION, r.unknown, { uncertainty: r.uncertainty, name: r.name }),
            ).keys(),
          ];
          for (const [k] of r.unknown) expect(keysOut).not.toContain(k);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('a value off the slider step keeps its precision: mfu=0.09535 stays 0.09535', () => {
    const r = parseScenario('mfu=0.09535');
    expect(r.params.mfu).toBe(0.09535);
    expect(serializeScenario(r.params)).toBe(`${V}&mfu=0.09535`);
  });
});
