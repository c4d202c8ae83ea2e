// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  checkName,
  clearSaved,
  deleteSaved,
  MAX_NAME_CHARS,
  readSaved,
  SAVED_KEY,
  saveScenario,
} from '../../../src/url/saved';

beforeEach(() => localStorage.clear());

describe('saved scenarios', () => {
  it('starts empty', () => {
    expect(readSaved()).toEqual({ ok: true, scenarios: [] });
  });

  it('saves, replaces by name, lists and deletes', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    saveScenario('Slip', 'v=1.1&slip=18', undefined, at);
    saveScenario('  Bear  ', 'v=1.1&rgd=85', undefined, at);
    const r = saveScenario('Slip', 'v=1.1&slip=24', undefined, at);
    expect(r).toEqual({
      ok: true,
      scenarios: [
        { name: 'Bear', link: 'v=1.1&rgd=85', savedAt: '2026-01-02T03:04:05.000Z' },
        { name: 'Slip', link: 'v=1.1&slip=24', savedAt: '2026-01-02T03:04:05.000Z' },
      ],
    });
    expect(deleteSaved('Bear')).toMatchObject({ ok: true, scenarios: [{ name: 'Slip' }] });
    expect(readSaved()).toMatchObject({ ok: true, scenarios: [{ name: 'Slip' }] });
  });

  it('refuses empty and over-long names', () => {
    expect(saveScenario('   ', 'v=1.1')).toMatchObject({ ok: false, error: { kind: 'invalid-name' } });
    expect(saveScenario('x'.repeat(MAX_NAME_CHARS + 1), 'v=1.1')).toMatchObject({
      ok: false,
      error: { kind: 'invalid-name' },
    });
  });

  it.each([
    ['not JSON', '{oops', 'corrupt'],
    ["someone else's JSON", '{"hello":"world"}', 'foreign'],
    ['an array', '[1,2,3]', 'foreign'],
    ['a wrong version', '{"version":2,"scenarios":[]}', 'foreign'],
    ['entries of the wrong shape', '{"version":1,"scenarios":[{"name":5}]}', 'foreign'],
    ['null', 'null', 'foreign'],
  ])('reports %s with a clear message and an offer to clear, touching nothing else', (_what, text, kind) => {
    localStorage.setItem('other.app', 'keep me');
    localStorage.setItem(SAVED_KEY, text);
    const r = readSaved();
    expect(r).toMatchObject({ ok: false, error: { kind, canClear: true } });
    if (!r.ok) expect(r.error.message).toMatch(/Clear them/);
    // saving does not overwrite damaged data behind the person's back
    expect(saveScenario('x', 'v=1.1').ok).toBe(false);
    expect(localStorage.getItem(SAVED_KEY)).toBe(text);
    expect(clearSaved()).toBe(true);
    expect(readSaved()).toEqual({ ok: true, scenarios: [] });
    expect(localStorage.getItem('other.app')).toBe('keep me');
  });

  it('never throws when storage is blocked or full', () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readSaved(throwing)).toMatchObject({ ok: false, error: { kind: 'unavailable', canClear: false } });
    expect(clearSaved(throwing)).toBe(false);
    const full = { getItem: () => null, setItem: throwing.setItem, removeItem: () => undefined };
    expect(saveScenario('x', 'v=1.1', full)).toMatchObject({ ok: false, error: { kind: 'full' } });
    expect(readSaved(null)).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
  });

  it('names: trimmed; blank, or over 80 characters (emoji count as one), refused with a sentence', () => {
    expect(checkName('  Plan  ')).toEqual({ ok: true, name: 'Plan' });
    expect(checkName('  ')).toEqual({
      ok: false,
      error: { kind: 'invalid-name', message: 'Give the scenario a name.', canClear: false },
    });
    expect(checkName('😀'.repeat(80))).toEqual({ ok: true, name: '😀'.repeat(80) });
    expect(checkName('x'.repeat(81))).toEqual({
      ok: false,
      error: { kind: 'invalid-name', message: 'Names are at most 80 characters.', canClear: false },
    });
  });

  it('holds at most 50: a 51st is refused, replacing one of the 50 is not', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    for (let i = 1; i <= 50; i++) expect(saveScenario(`S${i}`, 'v=2', undefined, at).ok).toBe(true);
    expect(saveScenario('S51', 'v=2', undefined, at)).toEqual({
      ok: false,
      error: { kind: 'full', message: 'At most 50 scenarios can be saved; delete one first.', canClear: false },
    });
    const replaced = saveScenario('S7', 'v=2&slip=18', undefined, at);
    expect(replaced.ok && replaced.scenarios.length).toBe(50);
    expect(replaced.ok && replaced.scenarios[49]).toEqual({
      name: 'S7',
      link: 'v=2&slip=18',
      savedAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it('a refused write says so whole; deleting from damaged storage refuses and leaves it; no storage clears nothing', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(saveScenario('x', 'v=2', full)).toEqual({
      ok: false,
      error: {
        kind: 'full',
        message:
          'The browser refused to store the scenario (storage full or blocked). Delete a saved scenario or copy the link instead.',
        canClear: false,
      },
    });
    localStorage.setItem(SAVED_KEY, '{oops');
    expect(deleteSaved('x')).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    expect(localStorage.getItem(SAVED_KEY)).toBe('{oops');
    expect(clearSaved(null)).toBe(false);
  });
});
