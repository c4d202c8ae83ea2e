import { describe, expect, it } from 'vitest';
import { LEVER_BY_ID } from '../../../src/registry';
import { fieldText, keepInRange, leverText, snapToLever } from '../../../src/registry/value';

const ELEC = LEVER_BY_ID.get('electricityUsdPerKwh')!; // step 0.005, 3 decimals, 0.02–0.4
const num = { kind: 'number' as const, decimals: 2, unit: '$/kWh' };
const month = { kind: 'month' as const, decimals: 0, unit: '' };
const toggle = { kind: 'toggle' as const, decimals: 0, unit: '' };

describe('one way to show a lever value', () => {
  it('in a field: the declared decimals, or every digit typed', () => {
    expect(fieldText(num, 0.1)).toBe('0.10');
    expect(fieldText(num, 0.1234)).toBe('0.1234');
    expect(fieldText(num, 0.455, 100)).toBe('45.5'); // a share shown in percent
    expect(fieldText(month, 2027 * 12 + 5)).toBe('2027-06');
    expect(fieldText(toggle, 1)).toBe('on');
  });
  it('in a sentence: with its unit, a month by name', () => {
    expect(leverText(num, 0.1)).toBe('0.10 $/kWh');
    expect(leverText(month, 2027 * 12 + 5)).toBe('Jun 2027');
    expect(leverText(toggle, 0)).toBe('off');
  });
});

describe('in range', () => {
  it("a slider's value is rounded to the lever's decimals, not to its step", () => {
    expect(snapToLever(ELEC, 0.0834)).toBe(0.083); // 0.083 is not on the 0.005 grid, and stays
    expect(snapToLever(ELEC, 0.08351)).toBe(0.084);
    expect(snapToLever(ELEC, 9)).toBe(0.4);
  });
  it('a value from code keeps its digits and is clamped; months and toggles are whole', () => {
    expect(keepInRange(ELEC, 0.0834)).toBe(0.0834);
    expect(keepInRange(ELEC, -1)).toBe(0.02);
    expect(keepInRange(LEVER_BY_ID.get('chipArrival')!, 24330.4)).toBe(24330);
    expect(keepInRange(LEVER_BY_ID.get('msBackstop')!, 0.7)).toBe(1);
  });
});
