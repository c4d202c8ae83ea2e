import { describe, expect, it } from 'vitest';
import { deckFromHash, deckToHash, deckToJson, parseDeck, validateDeck, type Deck } from '../../../src/deck/codec';
import { readSavedDeck } from '../../../src/deck/saved';
import { exampleDeck } from '../../../src/deck/example';
import { DECK_KEY } from '../../../src/deck/model';
import { PRESET_BY_ID, presetParams } from '../../../src/url/presets';
import { parseScenario } from '../../../src/url/codec';

const deck = (): Deck => ({
  version: 1,
  title: 'Board briefing',
  slides: [
    { id: 'a', link: 'v=1', title: 'Baseline', charts: ['burn'], notes: 'Start here.' },
    {
      id: 'b',
      link: 'v=1&slip=18',
      title: 'Chip slips — “18 months” ✓',
      charts: ['power', 'cost'],
      notes: 'Ünïcödé notes',
    },
  ],
});

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('deck files', () => {
  it('round-trips a deck through JSON', () => {
    const read = parseDeck(deckToJson(deck()));
    expect(read).toEqual({ ok: true, deck: deck() });
  });

  it('refuses what is not a version 1 deck at all, saying why', () => {
    expect(parseDeck('{"version":1,')).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
    expect(parseDeck('[]')).toMatchObject({ ok: false });
    expect(parseDeck(JSON.stringify({ ...deck(), version: 2 }))).toEqual({
      ok: false,
      error: 'version: this is not a version 1 deck',
    });
  });

  it('keeps the rest of the deck when one field is bad, and names the field', () => {
    const badChart = deck();
    (badChart.slides[1].charts as string[]) = ['power', 'pie'];
    expect(parseDeck(JSON.stringify(badChart))).toEqual({
      ok: true,
      deck: { ...deck(), slides: [deck().slides[0], { ...deck().slides[1], charts: ['power'] }] },
      problems: ['slides[1].charts: ["power","pie"] is not a list of charts; showing power'],
    });
    const twice = deck();
    twice.slides[0].charts = ['burn', 'burn'];
    const t = parseDeck(JSON.stringify(twice));
    expect(t.ok && t.deck.slides[0].charts).toEqual(['burn']);
    expect(t.ok && t.problems).toEqual(['slides[0].charts: ["burn","burn"] is not a list of charts; showing burn']);
    const sameId = deck();
    sameId.slides[1].id = 'a';
    const r = parseDeck(JSON.stringify(sameId));
    expect(r.ok && r.deck.slides.map((s) => s.title)).toEqual(['Baseline', 'Chip slips — “18 months” ✓']);
    expect(r.ok && r.deck.slides[1].id).not.toBe('a');
    expect(r.ok && r.problems).toEqual(['slides[1].id: two slides share an id; a new one is used']);
  });

  it('opens a slide whose link has one refused value, with that value reported and the rest kept', () => {
    const bad = deck();
    bad.slides[1].link = 'v=1&slip=abc&pue=1.3';
    const r = deckFromHash(deckToHash(bad));
    expect(r).toMatchObject({
      ok: true,
      problems: [expect.stringMatching(/^slides\[1\]\.link: slip=abc: not a number/)],
    });
    expect(r?.ok && r.deck.slides).toHaveLength(2);
    expect(r?.ok && r.deck.slides[1].link).toBe('v=1&slip=abc&pue=1.3');
  });

  it('refuses a file that is too large before parsing it', () => {
    expect(parseDeck(' '.repeat(300_000))).toMatchObject({ ok: false, error: expect.stringContaining('larger than') });
  });

  it('does not throw on script payloads; they stay text', () => {
    const d = deck();
    d.slides[0].title = '<img src=x onerror=alert(1)>';
    const read = parseDeck(JSON.stringify(d));
    expect(read.ok && read.deck.slides[0].title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('deck links', () => {
  it('round-trips through #deck=<base64url>, non-ASCII included', () => {
    const hash = deckToHash(deck());
    expect(hash).toMatch(/^#deck=[A-Za-z0-9_-]+$/);
    expect(deckFromHash(hash)).toEqual({ ok: true, deck: deck() });
  });

  it('reports a damaged link instead of throwing', () => {
    expect(deckFromHash('#presenter')).toBeNull();
    expect(deckFromHash('#deck=%%%')).toEqual({ ok: false, error: 'the deck link is damaged (not base64url)' });
    expect(deckFromHash('#deck=_w')).toEqual({ ok: false, error: 'the deck link is damaged (not UTF-8)' });
    const cut = deckToHash(deck()).slice(0, 40);
    expect(deckFromHash(cut)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^the deck link is damaged: not JSON/),
    });
  });
});

describe('saved deck', () => {
  it('reads nothing as an empty deck and a good deck as itself', () => {
    expect(readSavedDeck(memoryStorage())).toMatchObject({ deck: { slides: [] }, error: null });
    expect(readSavedDeck(memoryStorage({ [DECK_KEY]: deckToJson(deck()) }))).toEqual({ deck: deck(), error: null });
  });

  it('turns corrupt storage into an empty deck and a sentence', () => {
    const r = readSavedDeck(memoryStorage({ [DECK_KEY]: '{"version":1,"slides":[{"id":' }));
    expect(r.deck.slides).toEqual([]);
    expect(r.error).toMatch(/^The deck saved in this browser could not be read \(not JSON/);
  });

  it('survives storage that throws', () => {
    const r = readSavedDeck({
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    });
    expect(r.error).toMatch(/does not let the page read local storage/);
  });
});

describe('example deck', () => {
  it('is "The Great Decoupling in five scenarios", each slide a preset on today\'s record', () => {
    const d = exampleDeck();
    expect(d.title).toBe('The Great Decoupling in five scenarios');
    expect(d.slides).toHaveLength(5);
    for (const s of d.slides) {
      // the preset's link, made on today's record (a link without rec= is read on 2026-11)
      expect(s.link).toBe(PRESET_BY_ID.get(s.id)?.link.replace(/^v=2/, 'v=2&rec=2026-12'));
      expect(parseScenario(s.link).params).toEqual(presetParams(PRESET_BY_ID.get(s.id)!));
      expect(s.notes.length).toBeGreaterThan(80);
    }
    expect(validateDeck(d).ok).toBe(true);
  });
});

describe('the waterfall on a slide', () => {
  it('keeps "attribution" after the four charts and the output it splits, through JSON', () => {
    const d = deck();
    d.slides[1] = { ...d.slides[1], charts: ['burn', 'attribution'], waterfallOutput: 'insolvency', baseline: 'v=1' };
    expect(parseDeck(deckToJson(d))).toEqual({ ok: true, deck: d });
  });

  it('replaces an unknown output with minimum cash and says so, keeping the slide', () => {
    const d = deck() as unknown as { slides: Record<string, unknown>[] };
    d.slides[0] = { ...d.slides[0], charts: ['attribution', 'burn'], waterfallOutput: 'runway' };
    const read = validateDeck(d);
    expect(read.ok && read.deck.slides[0].charts).toEqual(['burn', 'attribution']);
    expect(read.ok && read.deck.slides[0].waterfallOutput).toBeUndefined();
    expect(read.ok && read.problems).toEqual([
      'slides[0].waterfallOutput: not one of minCash, endCash, insolvency, burn, exposure; minimum cash is used',
    ]);
  });
});
