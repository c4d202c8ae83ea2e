import { describe, expect, it } from 'vitest';
import { eventStates, freshEvents } from '../../../src/engine/events';
import { defaultParams, type ParamValues } from '../../../src/registry';

// Months as indices: Jan 2025 is 24300, Dec 2026 24323, Dec 2030 24371 (the default horizon's end).
const p = defaultParams();
const set = (change: Record<string, number>) => ({ ...p, ...change }) as ParamValues;
const byLabel = (q: ParamValues, start: string) => freshEvents(q).filter((e) => e.label.startsWith(start));
const byId = (q: ParamValues, id: string) => freshEvents(q).filter((e) => e.id === id);

describe('the time axis of a run (freshEvents), by hand from data/events.json and the levers', () => {
  it("a contracted row: its counterparty's first word and $B; its term ends month + term − 1", () => {
    expect(byId(p, 'coreweave-2025-03')).toEqual([
      { kind: 'contract', id: 'coreweave-2025-03', label: 'CoreWeave $11.9B', month: 24302, endMonth: 24361 },
    ]);
    expect(byId(set({ 'coreweave-2025-03.on': 0.4 }), 'coreweave-2025-03')).toEqual([]);
  });
  it('an owned row by its GW to one decimal, without an end when it has no term', () => {
    expect(byId(set({ 'amd-1gw.gw': 1.26 }), 'amd-1gw')).toEqual([
      { kind: 'contract', id: 'amd-1gw', label: 'AMD 1.3 GW', month: 24318, endMonth: undefined },
    ]);
  });
  it('a funding row by its amount to one decimal; a round of $0 is no marker', () => {
    expect(byId(set({ 'softbank-2025-12.usdB': 22.46 }), 'softbank-2025-12')).toEqual([
      { kind: 'funding', id: 'softbank-2025-12', label: 'SoftBank +$22.5B', month: 24311, amountUsdB: 22.46 },
    ]);
    expect(byId(p, 'round-2025-08-syndicate')[0].label).toBe('Dragoneer +$8.3B');
    expect(byId(p, 'employee-secondary-2025-10')).toEqual([]);
  });
  it('rows added in the scenario: a round, and a contract over its term', () => {
    const q = set({
      'added-1.on': 1,
      'added-1.kind': 0,
      'added-1.usdB': 5,
      'added-1.month': 24324,
      'added-2.on': 1,
      'added-2.kind': 1,
      'added-2.usdB': 7.04,
      'added-2.month': 24325,
      'added-2.termMonths': 12.4,
    });
    expect(byId(q, 'added-1')).toEqual([
      { kind: 'funding', id: 'added-1', label: 'Added +$5B', month: 24324, amountUsdB: 5 },
    ]);
    expect(byId(q, 'added-2')).toEqual([
      { kind: 'contract', id: 'added-2', label: 'Added $7B', month: 24325, endMonth: 24336 },
    ]);
    expect(byId(set({ 'added-1.on': 0.4, 'added-1.usdB': 5 }), 'added-1')).toEqual([]);
  });
  it('the next round, Stargate, the chip, the regimes, the Azure commitment and Plan B from their levers', () => {
    const q = set({ funding3UsdB: 12.345, funding3Month: 24320, stargateBuildMonths: 6.6, azureCommitmentYears: 2.5 });
    expect(byLabel(q, 'Next round')).toEqual([
      { kind: 'funding', id: 'funding3', label: 'Next round +$12.3B', month: 24320, amountUsdB: 12.345 },
    ]);
    expect(byLabel(q, 'Stargate')).toEqual([
      { kind: 'stargate', label: 'Stargate $400B', month: 24312, endMonth: 24318 },
    ]);
    expect(byLabel(p, 'Custom chip')).toEqual([
      { kind: 'chip', label: 'Custom chip', month: 24323, plannedMonth: undefined, endMonth: 24359 },
    ]);
    expect(freshEvents(p).filter((e) => e.kind === 'regime')).toEqual([
      { kind: 'regime', label: 'Recap (regime 2)', month: 24309 },
      { kind: 'regime', label: 'Any cloud (regime 3)', month: 24315 },
    ]);
    expect(byLabel(q, 'Azure')).toEqual([{ kind: 'contract', label: 'Azure $250B', month: 24312, endMonth: 24341 }]);
    expect(byLabel(p, 'Azure')[0].endMonth).toBe(24395);
    expect(byLabel(p, 'Plan B')).toEqual([{ kind: 'planb', label: 'Plan B', month: 24315, endMonth: 24338 }]);
  });
  it('a slipped chip: its actual month, the planned one dashed, its ramp from the actual one', () => {
    expect(byLabel(set({ chipSlipMonths: 3, chipRampMonths: 12.4 }), 'Chip')).toEqual([
      { kind: 'chip', label: 'Chip (slipped 3 mo)', month: 24326, plannedMonth: 24323, endMonth: 24337 },
    ]);
  });
  it('no marker for a lever at zero', () => {
    const q = set({ stargateCapexUsdB: 0, siliconGw: 0, azureCommitmentUsdB: 0, planBShiftPct: 0, funding3UsdB: 0 });
    expect(
      freshEvents(q)
        .filter((e) => e.id === undefined)
        .map((e) => e.label),
    ).toEqual(['Recap (regime 2)', 'Any cloud (regime 3)']);
  });
  it('clips to the horizon: a marker in its last month stays, one after it goes; one ending before the start goes', () => {
    // 24 months: to Dec 2026 (24323), the chip's month
    const short = freshEvents(set({ horizonMonths: 24 }));
    expect(short.some((e) => e.label === 'Custom chip')).toBe(true);
    expect(short.some((e) => e.id === 'aws-2026-expansion')).toBe(false);
    expect(short.every((e) => e.month <= 24323)).toBe(true);
    const added = (month: number, term: number) =>
      byId(set({ 'added-1.on': 1, 'added-1.kind': 1, 'added-1.month': month, 'added-1.termMonths': term }), 'added-1');
    expect(added(24280, 12)).toEqual([]);
    expect(added(24280, 21).map((e) => e.endMonth)).toEqual([24300]);
  });
  it('in month order', () => {
    const months = freshEvents(p).map((e) => e.month);
    expect(months.slice(0, 4)).toEqual([24302, 24303, 24304, 24307]);
    expect(months).toEqual([...months].sort((a, b) => a - b));
  });
});

describe('every row as the scenario has it (eventStates)', () => {
  const state = (q: ParamValues, id: string, options?: Parameters<typeof eventStates>[1]) =>
    eventStates(q, options).find((s) => s.id === id);
  it('a row from its levers, with its probability', () => {
    expect(state(set({ 'amazon-2026-conditional.probability': 0.4 }), 'amazon-2026-conditional')).toEqual({
      id: 'amazon-2026-conditional',
      kind: 'funding',
      counterparty: 'Amazon',
      month: 24333,
      usdB: 35,
      gw: undefined,
      status: 'conditional',
      on: false,
      probability: 0.4,
      source: 'amazon-8k-feb-2026',
    });
  });
  it('an option row carries what the policy exercised (0 when not given), and a row whose status is set to option too', () => {
    expect(state(p, 'amd-options', [{ id: 'amd-options', exercisedGw: 2.5, sizeGw: 5 }])).toMatchObject({
      status: 'option',
      gw: 5,
      exercisedGw: 2.5,
      on: true,
    });
    expect(state(p, 'amd-options')?.exercisedGw).toBe(0);
    expect(state(set({ 'aws-2025-11.status': 4 }), 'aws-2025-11')?.exercisedGw).toBe(0);
    expect(state(p, 'aws-2025-11')).not.toHaveProperty('exercisedGw');
    expect(state(set({ 'aws-2025-11.status': 9 }), 'aws-2025-11')?.status).toBe('committed');
    expect(state(p, 'aws-2025-11')?.usdB).toBe(38);
  });
  it('rows the levers model: the chip, the Azure commitment, the next round, Stargate', () => {
    const q = set({ chipSlipMonths: 2, funding3UsdB: 20, funding3Month: 24340, azureCommitmentUsdB: 0 });
    expect(state(q, 'broadcom-phase1')).toMatchObject({
      month: 24325,
      usdB: 0,
      gw: 1.3,
      on: true,
      modelledBy: 'customChip',
    });
    expect(state(q, 'broadcom-options', [{ id: 'broadcom-options', exercisedGw: 3, sizeGw: 8.7 }])).toMatchObject({
      exercisedGw: 3,
      status: 'option',
    });
    expect(state(q, 'microsoft-azure-250b')).toMatchObject({ month: 24312, usdB: 0, on: false });
    expect(state(q, 'next-round-hypothetical')).toMatchObject({ month: 24340, usdB: 20, on: true });
    expect(state(p, 'next-round-hypothetical')).toMatchObject({ usdB: 0, on: false });
    expect(state(set({ siliconGw: 0 }), 'broadcom-phase1')?.on).toBe(false);
    expect(state(p, 'oracle-abilene')).toMatchObject({
      month: 24308,
      usdB: 0,
      gw: 1.2,
      on: true,
      modelledBy: 'stargate',
    });
    expect(state(p, 'oracle-abilene')).not.toHaveProperty('exercisedGw');
  });
  it('an added row: its kind, status (hypothetical unless set) and source', () => {
    const q = set({
      'added-1.on': 1,
      'added-1.kind': 1,
      'added-1.usdB': 5,
      'added-1.month': 24301,
      'added-1.status': 9,
    });
    expect(state(q, 'added-1')).toEqual({
      id: 'added-1',
      kind: 'contract',
      counterparty: 'Added in this scenario',
      month: 24301,
      usdB: 5,
      status: 'hypothetical',
      on: true,
      source: 'assumption',
    });
    expect(state(set({ 'added-1.on': 1, 'added-1.kind': 0.4, 'added-1.status': 1 }), 'added-1')).toMatchObject({
      kind: 'funding',
      status: 'committed',
    });
    expect(state(p, 'added-1')).toBeUndefined();
  });
  it('30 rows by default, in month order', () => {
    const months = eventStates(p).map((s) => s.month);
    expect(months).toHaveLength(30);
    expect(months[0]).toBe(24297);
    expect(months).toEqual([...months].sort((a, b) => a - b));
  });
});

describe('switches at exactly 0.5 are on (≥ 0.5), and the horizon’s last month', () => {
  it('freshEvents: a row, an added row and its kind at 0.5', () => {
    expect(byId(set({ 'coreweave-2025-03.on': 0.5 }), 'coreweave-2025-03')).toHaveLength(1);
    const q = set({ 'added-1.on': 0.5, 'added-1.kind': 0.5, 'added-1.usdB': 5, 'added-1.month': 24324 });
    expect(byId(q, 'added-1').map((e) => e.kind)).toEqual(['contract']);
  });
  it('a marker in the month after the horizon’s end is left out', () => {
    // 24 months: the last is Dec 2026 (24323); an added round in Jan 2027 is after it
    const q = set({ horizonMonths: 24, 'added-1.on': 1, 'added-1.kind': 0, 'added-1.usdB': 5, 'added-1.month': 24324 });
    expect(byId(q, 'added-1')).toEqual([]);
    expect(byId({ ...q, 'added-1.month': 24323 } as ParamValues, 'added-1')).toHaveLength(1);
  });
  it('eventStates: on at 0.5, an added row at 0.5 listed as a contract', () => {
    const q = set({ 'aws-2025-11.on': 0.5, 'added-1.on': 0.5, 'added-1.kind': 0.5 });
    const states = eventStates(q);
    expect(states.find((s) => s.id === 'aws-2025-11')?.on).toBe(true);
    expect(states.find((s) => s.id === 'added-1')?.kind).toBe('contract');
  });
  it("an option's exercise is read by its own id among several", () => {
    const options = [
      { id: 'broadcom-options', exercisedGw: 3, sizeGw: 8.7 },
      { id: 'amd-options', exercisedGw: 1.5, sizeGw: 5 },
    ];
    expect(eventStates(p, options).find((s) => s.id === 'amd-options')?.exercisedGw).toBe(1.5);
  });
});
