import { describe, expect, it } from 'vitest';
import { allocateExposure, emptyFlows, nameOf, partyOf } from '../../../src/engine/exposure';

describe("a counterparty's id and name", () => {
  it('is the first word of the row’s counterparty, lowercased, letters, digits and hyphens only', () => {
    expect(partyOf('Co-leads and others (a16z, D. E. Shaw)')).toBe('co-leads');
    expect(partyOf('T. Rowe Price')).toBe('t');
    expect(partyOf("O'Brien  Capital")).toBe('obrien');
    expect(partyOf('Employee tender (Thrive, SoftBank)')).toBe('employee');
  });
  it('is named by its shortest row name without a parenthesis; Microsoft and added rows by fixed names', () => {
    expect(nameOf('microsoft', ['Microsoft Azure'])).toBe('Microsoft');
    expect(nameOf('added', ['Anything'])).toBe('Added in this scenario');
    expect(nameOf('amazon', ['Amazon Web Services', 'Amazon'])).toBe('Amazon');
    expect(nameOf('oracle', ['Oracle (Stargate Abilene, Crusoe)', 'Oracle (Stargate)'])).toBe('Oracle');
    expect(nameOf('foo', ['Foo (bar) Baz'])).toBe('Foo Baz');
    expect(nameOf('foo', ['Foo(bar)'])).toBe('Foo');
    expect(nameOf('nvidia', [])).toBe('nvidia');
  });
  it('starts with every flow at 0', () => {
    expect(emptyFlows()).toEqual({
      contractsUsdB: 0,
      rentUsdB: 0,
      revShareUsdB: 0,
      purchasesUsdB: 0,
      equityUsdB: 0,
      reverseShareUsdB: 0,
      backstopUsdB: 0,
      paidByOpenAiUsdB: 0,
      paidToOpenAiUsdB: 0,
    });
  });
});

describe('exposure over dues of different lengths (allocateExposure)', () => {
  // A owes 2, 2 in months 1–2; B 2, 4, 4 in months 2–4 (A's series ends at month 2)
  const a = () => Float64Array.from([0, 2, 2]);
  const b = () => Float64Array.from([0, 0, 2, 4, 4]);
  it('cash $5B after month 0: month 1 paid, ¾ of month 2 paid pro rata, months 3–4 not', () => {
    expect(allocateExposure([a(), b()], 0, 5)).toEqual([0.5, 8.5]);
  });
  it('from the first month when the month is before the start', () => {
    expect(allocateExposure([a(), b()], -3, 0)).toEqual([4, 10]);
  });
  it('after the last month nothing is exposed', () => {
    expect(allocateExposure([a(), b()], 4, 0)).toEqual([0, 0]);
  });
  it('a month with nothing due (or less than nothing) uses no cash and adds no cash', () => {
    // month 1 nets to −1: skipped; month 2's $3B against $1B of cash leaves $2B exposed
    expect(allocateExposure([Float64Array.from([0, -1, 3])], 0, 1)).toEqual([2]);
  });
});
