/**
 * The rules of src/registry/value.ts, called as functions (node, no DOM): the verdict and the
 * reason for each kind of text, a field that shows a share in percent (scale 100), the ends of
 * every range, toggles at one half, -0, the link's 24-character limit and the pair rule. Every
 * expected value is written out by hand. valuePaths.test.tsx feeds the same texts through the
 * link, the CLI and the two fields; this file is what the mutation run (vitest.url.config.ts,
 * node only) sees of them.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams, LEVER_BY_ID, parseLeverValueIn, type Lever } from '../../../src/registry';
import {
  checkValue,
  fieldText,
  formatLeverValue,
  keepInRange,
  leverText,
  linkValueText,
  NO_VALUE,
  NOT_A_MONTH,
  NOT_A_NUMBER,
  NOT_A_TOGGLE,
  pairProblemOf,
  parseInScenario,
  parseLeverValue,
  rangeText,
} from '../../../src/registry/value';

const ELEC = LEVER_BY_ID.get('electricityUsdPerKwh')!; // 0.02–0.4 $/kWh, 3 decimals
const MSRS = LEVER_BY_ID.get('msRevenueShare')!; // 0–0.5, 2 decimals
const SGO = LEVER_BY_ID.get('stargateOpenAiSharePct')!; // 0–100 %, default 19
const SGM = LEVER_BY_ID.get('stargateMicrosoftSharePct')!; // 0–100 %, default 0
const CHIP = LEVER_BY_ID.get('chipArrival')!; // 2025-06 (24305) to 2032-12 (24395)
const BACKSTOP = LEVER_BY_ID.get('msBackstop')!; // a toggle
const M = (y: number, m: number) => y * 12 + m - 1;
const valid = (value: number) => ({ status: 'valid', value });
const invalid = (reason: string) => ({ status: 'invalid', reason });

describe('parseLeverValue: a verdict and a reason for each kind of text', () => {
  it('blank is missing, with its reason', () => {
    expect(parseLeverValue(ELEC, '')).toEqual({ status: 'missing', reason: NO_VALUE });
    expect(parseLeverValue(ELEC, '   ')).toEqual({ status: 'missing', reason: 'no value given' });
  });
  it('surrounding spaces are ignored, for numbers and months', () => {
    expect(parseLeverValue(ELEC, ' 0.25 ')).toEqual(valid(0.25));
    expect(parseLeverValue(CHIP, ' 2027-06 ')).toEqual(valid(M(2027, 6)));
  });
  it('a toggle is 0 or 1, anything else is refused with its reason', () => {
    expect(parseLeverValue(BACKSTOP, '1')).toEqual(valid(1));
    expect(parseLeverValue(BACKSTOP, '0')).toEqual(valid(0));
    expect(parseLeverValue(BACKSTOP, 'true')).toEqual(invalid(NOT_A_TOGGLE));
    expect(NOT_A_TOGGLE).toBe('expected 0 (off) or 1 (on)');
  });
  it('a month is YYYY-MM inside the range', () => {
    expect(parseLeverValue(CHIP, '2027-6')).toEqual(invalid('expected a month as YYYY-MM'));
    expect(parseLeverValue(CHIP, '24330')).toEqual(invalid(NOT_A_MONTH));
    expect(parseLeverValue(CHIP, '2025-06')).toEqual(valid(24305));
    expect(parseLeverValue(CHIP, '2032-12')).toEqual(valid(24395));
    expect(parseLeverValue(CHIP, '2025-05')).toEqual(invalid('outside the allowed range 2025-06 to 2032-12'));
    expect(parseLeverValue(CHIP, '2033-01')).toEqual(invalid('outside the allowed range 2025-06 to 2032-12'));
  });
  it('not decimal notation is "not a number"; an infinite one is "not a finite number"', () => {
    expect(parseLeverValue(ELEC, 'abc')).toEqual(invalid(NOT_A_NUMBER));
    expect(parseLeverValue(ELEC, 'Infinity')).toEqual(invalid(NOT_A_NUMBER));
    expect(parseLeverValue(ELEC, '1e999')).toEqual(invalid('not a finite number'));
  });
  it('40 characters are read, 41 are refused before the pattern runs', () => {
    const forty = `0.1${'0'.repeat(37)}`;
    expect(forty).toHaveLength(40);
    expect(parseLeverValue(ELEC, forty)).toEqual(valid(0.1));
    expect(parseLeverValue(ELEC, `${forty}0`)).toEqual(invalid(NOT_A_NUMBER));
  });
  it('"-0" is 0, not -0 (a round trip compares equal with Object.is)', () => {
    const r = parseLeverValue(MSRS, '-0');
    expect(r.status).toBe('valid');
    expect(r.status === 'valid' && r.value).toBe(0);
    expect(Object.is(r.status === 'valid' ? r.value : NaN, -0)).toBe(false);
  });
  it('the ends of the range are inside it; just past them is refused, naming the range', () => {
    expect(parseLeverValue(ELEC, '0.02')).toEqual(valid(0.02));
    expect(parseLeverValue(ELEC, '0.4')).toEqual(valid(0.4));
    expect(parseLeverValue(ELEC, '0.019')).toEqual(invalid('outside the allowed range 0.02 to 0.4'));
    expect(parseLeverValue(ELEC, '0.401')).toEqual(invalid('outside the allowed range 0.02 to 0.4'));
  });
});

describe('a field that shows the value scaled (cents for $/kWh, percent for a share)', () => {
  const CENTS = { scale: 100, unit: '¢/kWh' };
  it('the range is written in the field units, with the unit, or without when there is none', () => {
    expect(rangeText(ELEC, CENTS)).toBe('2 to 40 ¢/kWh');
    expect(rangeText(MSRS, { scale: 100, unit: '%' })).toBe('0 to 50 %');
    expect(rangeText(MSRS, { scale: 100 })).toBe('0 to 50');
    expect(rangeText(ELEC)).toBe('0.02 to 0.4');
  });
  it('a typed value is divided by the scale, float noise cleared', () => {
    expect(parseLeverValue(ELEC, '3', CENTS)).toEqual(valid(0.03));
    expect(parseLeverValue(MSRS, '45.5', { scale: 100 })).toEqual(valid(0.455));
  });
  it('the ends in field units are inside; past them is refused with the range in field units', () => {
    expect(parseLeverValue(ELEC, '2', CENTS)).toEqual(valid(0.02));
    expect(parseLeverValue(ELEC, '40', CENTS)).toEqual(valid(0.4));
    expect(parseLeverValue(ELEC, '1.5', CENTS)).toEqual(invalid('outside the allowed range 2 to 40 ¢/kWh'));
    expect(parseLeverValue(ELEC, '40.5', CENTS)).toEqual(invalid('outside the allowed range 2 to 40 ¢/kWh'));
    expect(parseLeverValue(ELEC, '0.3', CENTS)).toEqual(invalid('outside the allowed range 2 to 40 ¢/kWh'));
  });
  it('an infinite value is refused as such in field units too', () => {
    expect(parseLeverValue(ELEC, '1e999', CENTS)).toEqual(invalid('not a finite number'));
  });
});

describe('checkValue: why a number from code is not a value the lever can hold', () => {
  it('a value inside the range is fine; a whole month too', () => {
    expect(checkValue(ELEC, 0.0815)).toBeNull();
    expect(checkValue(ELEC, 0.02)).toBeNull();
    expect(checkValue(ELEC, 0.4)).toBeNull();
    expect(checkValue(CHIP, 24330)).toBeNull();
  });
  it('not finite, outside either end, or a fraction of a month', () => {
    expect(checkValue(ELEC, NaN)).toBe('not a finite number');
    expect(checkValue(ELEC, Infinity)).toBe('not a finite number');
    expect(checkValue(ELEC, 0.01)).toBe('outside the allowed range 0.02 to 0.4');
    expect(checkValue(ELEC, 0.5)).toBe('outside the allowed range 0.02 to 0.4');
    expect(checkValue(CHIP, 24330.5)).toBe('not a whole value');
    expect(checkValue(BACKSTOP, 0.5)).toBe('not a whole value');
  });
});

describe('the value as text', () => {
  it('formatLeverValue: declared decimals, trailing zeros and a bare point dropped, never -0', () => {
    expect(formatLeverValue(ELEC, 0.1)).toBe('0.1'); // "0.100"
    expect(formatLeverValue(ELEC, 2)).toBe('2'); // "2.000"
    expect(formatLeverValue(ELEC, 0.0815)).toBe('0.082'); // half up on the decimal text
    expect(formatLeverValue(ELEC, -0.0001)).toBe('0');
    expect(formatLeverValue(ELEC, -0)).toBe('0');
    expect(formatLeverValue(ELEC, -0.25)).toBe('-0.25');
  });
  it('formatLeverValue: a toggle is 1 from one half up, 0 below, whatever the number', () => {
    expect(formatLeverValue(BACKSTOP, 0.5)).toBe('1');
    expect(formatLeverValue(BACKSTOP, 0.49)).toBe('0');
    expect(formatLeverValue(BACKSTOP, 2)).toBe('1'); // not "2"
    expect(formatLeverValue(BACKSTOP, -0.7)).toBe('0'); // not "-1"
  });
  it('linkValueText: plain up to 24 characters, an exponent beyond; -0 is 0', () => {
    expect(linkValueText(ELEC, 1.234567890123456e-7)).toBe('0.0000001234567890123456'); // 24 characters
    expect(linkValueText(ELEC, 1.2345678901234566e-7)).toBe('1.2345678901234566e-7'); // 25 as plain text
    expect(linkValueText(ELEC, 1e21)).toBe('1000000000000000000000');
    expect(linkValueText(ELEC, 1e25)).toBe('1e25'); // no '+', which a query reads as a space
    expect(linkValueText(ELEC, -0)).toBe('0');
    expect(linkValueText(BACKSTOP, 1)).toBe('1');
    expect(linkValueText(CHIP, 24330)).toBe('2027-07');
  });
  it('fieldText and leverText: a toggle is on from one half up', () => {
    const toggle = { kind: 'toggle' as const, decimals: 0, unit: 'on/off' };
    expect(fieldText(toggle, 0.5)).toBe('on');
    expect(fieldText(toggle, 0.49)).toBe('off');
    expect(fieldText(toggle, 0)).toBe('off');
    expect(leverText(toggle, 0.5)).toBe('on');
    expect(leverText(toggle, 1)).toBe('on');
    expect(leverText(toggle, 0.49)).toBe('off');
  });
  it('keepInRange: a toggle is on from one half up; the result is never -0', () => {
    expect(keepInRange(BACKSTOP, 0.5)).toBe(1);
    expect(keepInRange(BACKSTOP, 0.49)).toBe(0);
    // a lever whose range crosses zero (none in the registry yet): -0 comes back as 0
    const signed: Lever = { ...MSRS, min: -1, max: 1 };
    expect(keepInRange(signed, -0)).toBe(0);
    expect(keepInRange(signed, -0.25)).toBe(-0.25);
  });
});

describe('the pair rule (Stargate: OpenAI + Microsoft ≤ 100%)', () => {
  const leverOf = (id: string) => LEVER_BY_ID.get(id);
  it('applies to either lever of the pair, naming the other', () => {
    expect(pairProblemOf(leverOf, { stargateMicrosoftSharePct: 90 }, SGO, 20)).toEqual({
      max: 10,
      reason:
        'Stargate paid by OpenAI can be at most 10% while Stargate paid by Microsoft is 90% (together at most 100%)',
    });
    expect(pairProblemOf(leverOf, { stargateMicrosoftSharePct: 90 }, SGO, 10)).toBeNull();
    expect(pairProblemOf(leverOf, { stargateOpenAiSharePct: 19 }, SGM, 82)?.max).toBe(81);
  });
  it('the cap itself, within float noise, is allowed', () => {
    expect(pairProblemOf(leverOf, { stargateOpenAiSharePct: 19 }, SGM, 81)).toBeNull();
    expect(pairProblemOf(leverOf, { stargateOpenAiSharePct: 19 }, SGM, 81 + 1e-9)).toBeNull();
    expect(pairProblemOf(leverOf, { stargateOpenAiSharePct: 19 }, SGM, 81.001)).not.toBeNull();
  });
  it('a lever outside every pair is never checked, whatever the table returns', () => {
    const asked: string[] = [];
    const anyLever = (id: string) => {
      asked.push(String(id));
      return SGO;
    };
    expect(pairProblemOf(anyLever, { stargateOpenAiSharePct: 19 }, ELEC, 90)).toBeNull();
    expect(asked).toEqual([]);
  });
  it('a table that does not know the other lever makes no rule', () => {
    expect(pairProblemOf(() => undefined, { stargateOpenAiSharePct: 19 }, SGM, 90)).toBeNull();
  });
});

describe('parseInScenario: the text, then the pair rule', () => {
  const p = defaultParams(); // OpenAI pays 19% of Stargate
  it('a value valid alone but over the pair cap is refused with the pair reason', () => {
    expect(parseLeverValueIn(p, SGM, '82')).toEqual(
      invalid(
        'Stargate paid by Microsoft can be at most 81% while Stargate paid by OpenAI is 19% (together at most 100%)',
      ),
    );
    expect(parseLeverValueIn(p, SGM, '81')).toEqual(valid(81));
  });
  it('a text refused alone keeps its own reason (the pair rule is not asked)', () => {
    expect(parseLeverValueIn(p, SGM, 'x')).toEqual(invalid(NOT_A_NUMBER));
    expect(parseLeverValueIn(p, SGM, '')).toEqual({ status: 'missing', reason: NO_VALUE });
    expect(parseInScenario(() => SGO, p, SGM, '150')).toEqual(invalid('outside the allowed range 0 to 100'));
  });
});
