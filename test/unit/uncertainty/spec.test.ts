import { describe, expect, it } from 'vitest';
import { checkSpec, UNCERTAINTY_DEFAULTS } from '../../../src/engine/uncertainty';
import {
  parseOverride,
  parseSpec,
  serializeOverrides,
  serializeSpec,
  UNCERTAINTY_URL_KEYS,
} from '../../../src/url/uncertaintyLink';
import { LEVER_BY_ID } from '../../../src/registry';

const link = (q: string) => (k: string) => new URLSearchParams(q).get(k);

describe('seed and N in the link', () => {
  it('round-trip, writing only non-defaults', () => {
    expect(serializeSpec(UNCERTAINTY_DEFAULTS)).toEqual([]);
    const entries = serializeSpec({ seed: 42, samples: 5000 });
    expect(entries).toEqual([
      [UNCERTAINTY_URL_KEYS.seed, '42'],
      [UNCERTAINTY_URL_KEYS.samples, '5000'],
    ]);
    expect(parseSpec(link(new URLSearchParams(entries).toString()))).toEqual({
      spec: { seed: 42, samples: 5000 },
      problems: [],
    });
  });

  it('fall back to defaults and report refused values, never throwing', () => {
    const r = parseSpec(link('seed=-3&n=999999'));
    expect(r.spec).toEqual(UNCERTAINTY_DEFAULTS);
    expect(r.problems.map((p) => p.key)).toEqual(['seed', 'n']);
    expect(parseSpec(link('n=<script>')).problems[0].reason).toBe('not a whole number');
    expect(parseSpec(link('')).problems).toEqual([]);
  });

  it('checkSpec bounds N to 100–20,000', () => {
    expect(checkSpec({ seed: 1, samples: 20000 })).toBeNull();
    expect(checkSpec({ seed: 1, samples: 20001 })).toMatch(/samples/);
    expect(checkSpec({ seed: 1.5, samples: 2000 })).toMatch(/seed/);
  });
});

describe('range overrides in the link', () => {
  it('round-trip at the lever decimals, months as YYYY-MM', () => {
    const mfu = LEVER_BY_ID.get('mfu')!;
    const chip = LEVER_BY_ID.get('chipArrival')!;
    const overrides = {
      mfu: { low: 0.05, high: 0.3, dist: 'lognormal' as const },
      chipArrival: { low: chip.default, high: chip.default + 8, dist: 'uniform' as const },
    };
    const entries = serializeOverrides(overrides);
    expect(entries[0]).toEqual([`r.${mfu.key}`, '0.05~0.30~l']);
    expect(entries[1][1]).toBe('2026-12~2027-08~u');
    for (const [k, v] of entries) {
      const r = parseOverride(k, v);
      expect(r.status).toBe('valid');
      if (r.status === 'valid') expect(r.range).toEqual(overrides[r.leverId as keyof typeof overrides]);
    }
  });

  it('refuse malformed or out-of-range values with a reason', () => {
    const key = `r.${LEVER_BY_ID.get('mfu')!.key}`;
    expect(parseOverride(key, '0.1~0.05~u')).toMatchObject({ status: 'invalid', reason: /low/ });
    expect(parseOverride(key, '0.1~0.9~u')).toMatchObject({ status: 'invalid', reason: /within/ });
    expect(parseOverride(key, '0.1~0.2')).toMatchObject({ status: 'invalid' });
    expect(parseOverride('r.nope', '1~2~u')).toMatchObject({ status: 'invalid', reason: 'no such lever' });
  });

  it('each refusal says which part is wrong', () => {
    const notNumber = 'not a number (expected digits, like 0.12 or 1.2e-1)';
    expect(parseOverride('mfu', '0.1~0.2~u')).toEqual({ status: 'invalid', reason: 'not a range key' });
    expect(parseOverride('r.mfu', '0.1~0.2~x')).toEqual({ status: 'invalid', reason: 'expected low~high~u|t|l' });
    expect(parseOverride('r.mfu', '0.1~0.2~u~t')).toEqual({ status: 'invalid', reason: 'expected low~high~u|t|l' });
    expect(parseOverride('r.mfu', 'abc~0.2~u')).toEqual({ status: 'invalid', reason: `low: ${notNumber}` });
    expect(parseOverride('r.mfu', '0.1~abc~u')).toEqual({ status: 'invalid', reason: `high: ${notNumber}` });
    expect(parseOverride('r.mfu', '0.1~0.2~t')).toEqual({
      status: 'valid',
      leverId: 'mfu',
      range: { low: 0.1, high: 0.2, dist: 'triangular' },
    });
  });

  it('an override of a lever this build does not have is not written', () => {
    expect(
      serializeOverrides({
        nope: { low: 1, high: 2, dist: 'uniform' },
        mfu: { low: 0.1, high: 0.2, dist: 'triangular' },
      } as never),
    ).toEqual([['r.mfu', '0.10~0.20~t']]);
  });
});
