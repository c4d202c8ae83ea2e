import { z, zodErrorText } from '../registry/zod';
import { parseScenario, queryPart } from '../url/codec';

/*
 * A briefing deck: an ordered list of slides, each a scenario (its link's query string), a
 * title, the charts to show and speaker notes. Decks travel as a JSON file, as a link
 * (`#deck=<base64url JSON>`) and in localStorage; all three go through parseDeck, which never
 * throws and says what is wrong in a sentence a person can act on.
 */

export {
  CHART_IDS, DECK_KEY, MAX_DECK_CHARS, MAX_LINK_CHARS, MAX_NOTES_CHARS, MAX_SLIDES, MAX_TITLE_CHARS,
  DECK_HASH_PREFIX, deckToJson, emptyDeck, newSlideId, type Deck, type DeckChartId, type Slide,
} from './deckTypes';
import { CHART_IDS, DECK_HASH_PREFIX, MAX_DECK_CHARS, MAX_LINK_CHARS, MAX_NOTES_CHARS, MAX_SLIDES, MAX_TITLE_CHARS, type Deck } from './deckTypes';

const slideSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/, 'a slide id is 1–40 letters, digits, - or _')),
  link: z.string().check(z.maxLength(MAX_LINK_CHARS, `a link is at most ${MAX_LINK_CHARS} characters`)),
  title: z.string().check(z.maxLength(MAX_TITLE_CHARS, `a title is at most ${MAX_TITLE_CHARS} characters`)),
  charts: z.array(z.enum(CHART_IDS)).check(
    z.minLength(1, 'show at least one chart'),
    z.maxLength(4),
    z.refine((c) => new Set(c).size === c.length, 'a chart is listed twice'),
  ),
  notes: z.string().check(z.maxLength(MAX_NOTES_CHARS, `notes are at most ${MAX_NOTES_CHARS} characters`)),
});

const deckSchema = z.object({
  version: z.literal(1, 'this is not a version 1 deck'),
  title: z.string().check(z.maxLength(MAX_TITLE_CHARS)),
  slides: z.array(slideSchema).check(z.maxLength(MAX_SLIDES, `a deck has at most ${MAX_SLIDES} slides`)),
}).check(z.refine((d) => new Set(d.slides.map((s) => s.id)).size === d.slides.length, 'two slides share an id'));

export type DeckRead = { ok: true; deck: Deck } | { ok: false; error: string };

/** Validates a deck object (already parsed JSON). Links are re-read so each slide holds a canonical query. */
export function validateDeck(json: unknown): DeckRead {
  const parsed = deckSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, error: zodErrorText(parsed.error) };
  }
  for (const [i, s] of parsed.data.slides.entries()) {
    const read = parseScenario(queryPart(s.link));
    if (read.problems.length > 0) {
      const p = read.problems[0];
      return { ok: false, error: `slides[${i}].link: ${p.key}=${p.given}: ${p.reason}` };
    }
  }
  return { ok: true, deck: parsed.data as Deck };
}

/** A deck from JSON text (a file, storage). Never throws. */
export function parseDeck(text: string): DeckRead {
  if (text.length > MAX_DECK_CHARS) return { ok: false, error: `the deck is larger than ${MAX_DECK_CHARS / 1000} kB` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON (${e instanceof Error ? e.message : 'syntax error'})` };
  }
  return validateDeck(json);
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** `#deck=<base64url of the deck's compact JSON>`. */
export function deckToHash(deck: Deck): string {
  return DECK_HASH_PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(deck)));
}

/** Reads a `#deck=` hash (or null when the hash is not a deck link). Never throws. */
export function deckFromHash(hash: string): DeckRead | null {
  if (!hash.startsWith(DECK_HASH_PREFIX)) return null;
  const body = hash.slice(DECK_HASH_PREFIX.length);
  if (body.length > MAX_DECK_CHARS) return { ok: false, error: 'the deck link is too long' };
  const bytes = fromBase64Url(body);
  if (!bytes) return { ok: false, error: 'the deck link is damaged (not base64url)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'the deck link is damaged (not UTF-8)' };
  }
  const read = parseDeck(text);
  return read.ok ? read : { ok: false, error: `the deck link is damaged: ${read.error}` };
}
