import { describe, expect, it } from 'vitest';
import { deckFromHash, deckToHash, deckToJson, parseDeck, validateDeck, type Deck } from '../../../src/export/deck';
import { readSavedDeck } from '../../../src/ui/present/savedDeck';
import { exampleDeck } from '../../../src/ui/present/exampleDeck';
import { DECK_KEY } from '../../../src/export/deckTypes';
import { PRESET_BY_ID } from '../../../src/url/presets';

const deck = (): Deck => ({
  version: 1,
  title: 'Board briefing',
  slides: [
    { id: 'a', link: 'v=1', title: 'Baseline', charts: ['burn'], notes: 'Start here.' },
    { id: 'b', link: 'v=1&slip=18', title: 'Chip slips — “18 months” ✓', charts: ['power', 'cost'], notes: 'Ünïcödé notes' },
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

  it('says what is wrong with a bad file, with the path to the field', () => {
    expect(parseDeck('{"version":1,')).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
    expect(parseDeck('[]')).toMatchObject({ ok: false });
    expect(parseDeck(JSON.stringify({ ...deck(), version: 2 }))).toEqual({ ok: false, error: 'version: this is not a version 1 deck' });
    const badChart = deck();
    (badChart.slides[1].charts as string[]) = ['power', 'pie'];
    expect(parseDeck(JSON.stringify(badChart))).toMatchObject({ ok: false, error: expect.stringMatching(/^slides\[1\]\.charts\[1\]/) });
    const twice = deck();
    twice.slides[0].charts = ['burn', 'burn'];
    expect(parseDeck(JSON.stringify(twice))).toEqual({ ok: false, error: 'slides[0].charts: a chart is listed twice' });
    const sameId = deck();
    sameId.slides[1].id = 'a';
    expect(parseDeck(JSON.stringify(sameId))).toEqual({ ok: false, error: 'two slides share an id' });
  });

  it('refuses a slide whose link has a value the dashboard would refuse', () => {
    const bad = deck();
    bad.slides[1].link = 'v=1&slip=abc';
    expect(parseDeck(JSON.stringify(bad))).toMatchObject({ ok: false, error: expect.stringMatching(/^slides\[1\]\.link: slip=abc: /) });
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
    expect(deckFromHash(cut)).toMatchObject({ ok: false, error: expect.stringMatching(/^the deck link is damaged: not JSON/) });
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
    const r = readSavedDeck({ getItem: () => { throw new Error('SecurityError'); }, setItem: () => {}, removeItem: () => {} });
    expect(r.error).toMatch(/does not let the page read local storage/);
  });
});

describe('example deck', () => {
  it('is "The Great Decoupling in five scenarios", each slide a preset\'s link', () => {
    const d = exampleDeck();
    expect(d.title).toBe('The Great Decoupling in five scenarios');
    expect(d.slides).toHaveLength(5);
    for (const s of d.slides) {
      expect(PRESET_BY_ID.get(s.id)?.link).toBe(s.link);
      expect(s.notes.length).toBeGreaterThan(80);
    }
    expect(validateDeck(d).ok).toBe(true);
  });
});
