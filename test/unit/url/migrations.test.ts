import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../../src/engine/types';
import { LINK_VERSION, parseScenario, serializeScenario } from '../../../src/url/codec';
import { MIGRATIONS, migrateEntries } from '../../../src/url/migrations';

describe('migrations', () => {
  it('are ordered, one per link version, ending at the current version', () => {
    MIGRATIONS.forEach((m, i) => expect(m.from).toBe(i));
    expect(LINK_VERSION).toBe(MIGRATIONS.length);
  });

  describe('v0 → v1: electricity ¢/kWh as kwh → $/kWh as elec; chipslip → slip', () => {
    const m = MIGRATIONS[0];

    it('renames the keys and converts cents to dollars exactly', () => {
      expect(
        m.migrate([
          ['kwh', '8.1'],
          ['chipslip', '18'],
          ['pue', '1.3'],
        ]),
      ).toEqual([
        ['elec', '0.081'],
        ['slip', '18'],
        ['pue', '1.3'],
      ]);
      expect(m.migrate([['kwh', '12.5']])).toEqual([['elec', '0.125']]);
    });

    it('passes a value it cannot convert through, for the parser to refuse', () => {
      expect(m.migrate([['kwh', 'abc']])).toEqual([['elec', 'abc']]);
      const r = parseScenario('v=0&kwh=abc');
      expect(r.problems[0]).toMatchObject({ key: 'elec', given: 'abc' });
    });

    it('opens an old link as the same scenario, and says it was made with an older engine', () => {
      const r = parseScenario('v=0&kwh=12&chipslip=6', ENGINE_VERSION + 1);
      expect(r.problems).toEqual([]);
      expect(r.migrations).toEqual(['v0 → v1', 'v1 → v2']);
      expect(r.params.electricityUsdPerKwh).toBe(0.12);
      expect(r.params.chipSlipMonths).toBe(6);
      expect(r.engineVersion).toBe(0);
      expect(r.engineNote).toContain('engine v0');
      expect(serializeScenario(r.params)).toBe(`v=${LINK_VERSION}.${ENGINE_VERSION}&rec=2026-12&elec=0.12&slip=6`);
    });

    it('does not touch current links that happen to use the same words', () => {
      const r = parseScenario(`v=2&elec=0.12&kwh=5`);
      expect(r.migrations).toEqual([]);
      expect(r.params.electricityUsdPerKwh).toBe(0.12);
      expect(r.unknown).toEqual([['kwh', '5']]);
    });
  });

  describe('v1 → v2: engine v2 (events, Stargate leases, training in H100e)', () => {
    const m = MIGRATIONS[1];
    it('moves the fixed rounds to their events and converts training dollars to H100e', () => {
      // $20B for the second round is $8.3B in August plus $11.7B in December; $4B a year at $2.35/h is 194.3k H100e.
      expect(
        m.migrate([
          ['f1', '12'],
          ['f1m', '2025-05'],
          ['f2', '20'],
          ['f2m', '2026-01'],
          ['ory', '6'],
          ['tr', '4'],
          ['gdg', '3'],
        ]),
      ).toEqual([
        ['softbank-round-2025-04.usdB', '12'],
        ['softbank-round-2025-04.month', '2025-05'],
        ['softbank-2025-12.usdB', '11.7'],
        ['softbank-2025-12.month', '2026-01'],
        ['sgly', '6'],
        ['trk', '194.3'],
        ['gdg', '3'],
      ]);
    });
    it('a whole number of thousands of H100e is written without ".0"', () => {
      // $20.586B a year / ($2.35 an hour × 8,760 hours) = 1,000k H100e
      expect(m.migrate([['tr', '20.586']])).toEqual([['trk', '1000']]);
    });
    it('opens a v1 link with its levers carried over and the dropped keys reported', () => {
      const r = parseScenario('v=1.1&slip=18&f2=20&gdg=3');
      expect(r.problems).toEqual([]);
      expect(r.params.chipSlipMonths).toBe(18);
      expect(r.params['softbank-2025-12.usdB']).toBe(11.7);
      expect(r.unknown).toEqual([['gdg', '3']]);
      expect(r.engineNote).toContain('engine v1');
    });
  });

  it('migrateEntries runs every migration from the given version', () => {
    expect(migrateEntries([['kwh', '10']], 0)).toEqual({ entries: [['elec', '0.1']], applied: ['v0 → v1', 'v1 → v2'] });
    expect(migrateEntries([['kwh', '10']], LINK_VERSION)).toEqual({ entries: [['kwh', '10']], applied: [] });
  });
});
