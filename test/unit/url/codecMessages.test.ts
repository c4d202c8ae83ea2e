/**
 * The link codec by hand where its messages and its cleaning of names had no test that could fail:
 * which characters a name drops, and what a refused or repeated seed or N says.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../../src/engine/types';
import { dropControls, LINK_VERSION, parseScenario } from '../../../src/url/codec';

const V = `v=${LINK_VERSION}.${ENGINE_VERSION}`;

describe('dropControls', () => {
  it('drops C0 controls (U+0000–U+001F) and DEL (U+007F), keeps the space, U+0080 and emoji', () => {
    expect(dropControls('a\u0000b\u001fc\u007fd e')).toBe('abcd e');
    expect(dropControls('\u0020')).toBe(' ');
    expect(dropControls('\u001e\u001f\u0020\u007e\u007f\u0080')).toBe(' ~\u0080');
    expect(dropControls('😀\u0007x')).toBe('😀x');
  });
});

describe('seed and N in the link: messages', () => {
  it('names the default that replaces a refused seed, and a refused N', () => {
    const seed = parseScenario(`${V}&seed=abc`).problems.find((p) => p.key === 'seed')!;
    expect(seed.reason).toMatch(/; the default 1 is used$/);
    const n = parseScenario(`${V}&n=5`).problems.find((p) => p.key === 'n')!;
    expect(n.reason).toMatch(/; the default 2000 is used$/);
  });

  it('says how often a repeated seed was given, and uses the default', () => {
    const r = parseScenario(`${V}&seed=5&seed=6`);
    const p = r.problems.find((q) => q.key === 'seed')!;
    expect(p.given).toBe('5, 6');
    expect(p.reason).toBe('given 2 times; the default is used');
    expect(r.uncertainty.seed).toBe(1);
  });
});
