/**
 * The record does not move with any lever outside "The record" at its minimum or maximum (split
 * from record.test.ts: 2×~100 engine runs, kept out of the mutation run's fast set).
 */
import { describe, expect, it } from 'vitest';
import { cents, sameRecord } from './sameRecord';
import { runScenario } from '../../../src/engine';
import { LEVERS, defaultParams, type ParamValues } from '../../../src/registry';

const defaults = defaultParams();
const base = runScenario(defaults);
const CASH_NOW = base.summary.cashNowUsdB;

describe('the record up to now, under every lever', () => {
  it('does not move when any lever outside "The record" goes to its minimum or its maximum', () => {
    const moved: string[] = [];
    for (const l of LEVERS) {
      if (l.record || l.id === 'horizonMonths') continue;
      for (const v of [l.min, l.max]) {
        const p: ParamValues = { ...defaults, [l.id]: v };
        if (l.id === 'stargateOpenAiSharePct')
          p.stargateMicrosoftSharePct = Math.min(p.stargateMicrosoftSharePct, 100 - v);
        if (l.id === 'stargateMicrosoftSharePct')
          p.stargateOpenAiSharePct = Math.min(p.stargateOpenAiSharePct, 100 - v);
        const r = runScenario(p);
        if (cents(r.summary.cashNowUsdB) !== cents(CASH_NOW)) moved.push(`${l.id}=${v}: ${r.summary.cashNowUsdB}`);
        const why = sameRecord(base, r);
        if (why) moved.push(`${l.id}=${v}: ${why}`);
      }
    }
    expect(moved).toEqual([]);
  }, 120_000);
});
