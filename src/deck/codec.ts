import { z } from '../registry/zod';
import { parseScenario, queryPart } from '../url/codec';

/*
 * A briefing deck: an ordered list of slides, each a scenario (its link's query string), a
 * title, the charts to show and speaker notes. Decks travel as a JSON file, as a link
 * (`#deck=<base64url JSON>`) and in localStorage; all three go through parseDeck, which never
 * throws and says what is wrong in a sentence a person can act on.
 */

export {
  DECK_KEY,
  MAX_DECK_CHARS,
  MAX_LINK_CHARS,
  MAX_NOTES_CHARS,
  MAX_SLIDES,
  MAX_TITLE_CHARS,
  DECK_HASH_PREFIX,
  deckToJson,
  emptyDeck,
  newSlideId,
  type Deck,
  type Slide,
  type SlideChartId,
  SLIDE_CHART_IDS,
} from './model';
import { WATERFALL_OUTPUTS } from '../charts/attribution/words';
import {
  DECK_HASH_PREFIX,
  MAX_DECK_CHARS,
  MAX_LINK_CHARS,
  MAX_NOTES_CHARS,
  MAX_SLIDES,
  MAX_TITLE_CHARS,
  newSlideId,
  SLIDE_CHART_IDS,
  type Deck,
  type Slide,
} from './model';

const SLIDE_ID_RE = /^[A-Za-z0-9_-]{1,40}$/;
const linkSchema = z.string().check(z.maxLength(MAX_LINK_CHARS, `a link is at most ${MAX_LINK_CHARS} characters`));

const slideSchema = z.object({
  id: z.string().check(z.regex(SLIDE_ID_RE, 'a slide id is 1–40 letters, digits, - or _')),
  link: linkSchema,
  title: z.string().check(z.maxLength(MAX_TITLE_CHARS, `a title is at most ${MAX_TITLE_CHARS} characters`)),
  charts: z.array(z.enum(SLIDE_CHART_IDS)).check(
    z.minLength(1, 'show at least one chart'),
    z.maxLength(SLIDE_CHART_IDS.length),
    z.refine((c) => new Set(c).size === c.length, 'a chart is listed twice'),
  ),
  notes: z.string().check(z.maxLength(MAX_NOTES_CHARS, `notes are at most ${MAX_NOTES_CHARS} characters`)),
  waterfallOutput: z.optional(z.enum(WATERFALL_OUTPUTS)),
  baseline: z.optional(linkSchema),
  compare: z.optional(
    z
      .array(z.object({ link: linkSchema, title: z.string().check(z.maxLength(MAX_TITLE_CHARS)) }))
      .check(z.maxLength(2)),
  ),
});

const deckSchema = z
  .object({
    version: z.literal(1, 'this is not a version 1 deck'),
    title: z.string().check(z.maxLength(MAX_TITLE_CHARS)),
    slides: z.array(slideSchema).check(z.maxLength(MAX_SLIDES, `a deck has at most ${MAX_SLIDES} slides`)),
    freeAxes: z.optional(z.boolean()),
  })
  .check(z.refine((d) => new Set(d.slides.map((s) => s.id)).size === d.slides.length, 'two slides share an id'));

/**
 * A deck, or why none could be read. `problems` lists the fields that were refused and
 * replaced (a bad chart id, a refused value in a slide's link): the rest of the deck is kept.
 */
export type DeckRead = { ok: true; deck: Deck; problems?: string[] } | { ok: false; error: string };

function where(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

const cut = (text: string, max: number) => Array.from(text).slice(0, max).join('');

/** Every refused value in the slides' links, as `slides[i].link: key=given: reason`. */
function linkProblems(deck: Deck): string[] {
  const out: string[] = [];
  deck.slides.forEach((s, i) => {
    const links: [string, string][] = [['link', s.link]];
    if (s.baseline !== undefined) links.push(['baseline', s.baseline]);
    for (const [field, link] of links) {
      for (const p of parseScenario(queryPart(link)).problems)
        out.push(`slides[${i}].${field}: ${p.key}=${p.given}: ${p.reason}`);
    }
  });
  return out;
}

/** One slide with each bad field replaced (and said so); null when it is not a slide at all. */
function repairSlide(raw: unknown, i: number, seen: Set<string>, problems: string[]): Slide | null {
  const at = (field: string) => `slides[${i}].${field}`;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`slides[${i}]: not a slide; left out`);
    return null;
  }
  const r = raw as Record<string, unknown>;
  if (typeof r.link !== 'string' || r.link.length > MAX_LINK_CHARS) {
    problems.push(`${at('link')}: not a scenario link; slide left out`);
    return null;
  }
  let id = typeof r.id === 'string' && SLIDE_ID_RE.test(r.id) && !seen.has(r.id) ? r.id : null;
  if (id === null) {
    problems.push(
      `${at('id')}: ${typeof r.id === 'string' && seen.has(r.id) ? 'two slides share an id' : 'not a slide id'}; a new one is used`,
    );
    id = newSlideId();
  }
  seen.add(id);
  let title = typeof r.title === 'string' ? r.title : '';
  if (typeof r.title !== 'string') problems.push(`${at('title')}: not text; left empty`);
  else if (Array.from(title).length > MAX_TITLE_CHARS) {
    problems.push(`${at('title')}: longer than ${MAX_TITLE_CHARS} characters; cut`);
    title = cut(title, MAX_TITLE_CHARS);
  }
  const given = Array.isArray(r.charts) ? r.charts : [];
  const charts = SLIDE_CHART_IDS.filter((c) => given.includes(c));
  if (!Array.isArray(r.charts) || charts.length !== given.length || charts.length === 0) {
    problems.push(
      `${at('charts')}: ${JSON.stringify(r.charts ?? null).slice(0, 60)} is not a list of charts; showing ${charts.length > 0 ? charts.join(', ') : 'burn'}`,
    );
  }
  let notes = typeof r.notes === 'string' ? r.notes : '';
  if (typeof r.notes !== 'string') problems.push(`${at('notes')}: not text; left empty`);
  else if (notes.length > MAX_NOTES_CHARS) {
    problems.push(`${at('notes')}: longer than ${MAX_NOTES_CHARS} characters; cut`);
    notes = notes.slice(0, MAX_NOTES_CHARS);
  }
  const slide: Slide = { id, link: r.link, title, charts: charts.length > 0 ? charts : ['burn'], notes };
  const output = slideSchema.shape.waterfallOutput.safeParse(r.waterfallOutput);
  if (output.success && output.data) slide.waterfallOutput = output.data;
  else if (r.waterfallOutput !== undefined)
    problems.push(`${at('waterfallOutput')}: not one of ${WATERFALL_OUTPUTS.join(', ')}; minimum cash is used`);
  const baseline = linkSchema.safeParse(r.baseline);
  if (baseline.success) slide.baseline = baseline.data;
  else if (r.baseline !== undefined) problems.push(`${at('baseline')}: not a scenario link; left out`);
  const compare = slideSchema.shape.compare.safeParse(r.compare);
  if (compare.success && compare.data) slide.compare = compare.data;
  else if (r.compare !== undefined) problems.push(`${at('compare')}: not a list of up to two scenarios; left out`);
  return slide;
}

/**
 * Validates a deck object (already parsed JSON). A deck that is not a version 1 deck at all is
 * refused; inside one, a bad field is replaced and listed in `problems` and the rest is kept,
 * so one bad field never costs a whole deck.
 */
export function validateDeck(json: unknown): DeckRead {
  const parsed = deckSchema.safeParse(json);
  if (parsed.success) {
    const deck = parsed.data as Deck;
    const problems = linkProblems(deck);
    return problems.length > 0 ? { ok: true, deck, problems } : { ok: true, deck };
  }
  const d = json as Record<string, unknown> | null;
  if (!d || typeof d !== 'object' || d.version !== 1 || !Array.isArray(d.slides)) {
    const issue = parsed.error.issues[0];
    const at = where(issue.path);
    return { ok: false, error: at ? `${at}: ${issue.message}` : issue.message };
  }
  const problems: string[] = [];
  let title = typeof d.title === 'string' ? cut(d.title, MAX_TITLE_CHARS) : 'Untitled deck';
  if (title !== d.title)
    problems.push(
      `title: ${typeof d.title === 'string' ? `longer than ${MAX_TITLE_CHARS} characters; cut` : 'not text; “Untitled deck” is used'}`,
    );
  if (title === '' && typeof d.title !== 'string') title = 'Untitled deck';
  if (d.slides.length > MAX_SLIDES)
    problems.push(`slides: a deck has at most ${MAX_SLIDES} slides; the first ${MAX_SLIDES} are kept`);
  const seen = new Set<string>();
  const slides = d.slides
    .slice(0, MAX_SLIDES)
    .map((s, i) => repairSlide(s, i, seen, problems))
    .filter((s): s is Slide => s !== null);
  const deck: Deck = { version: 1, title, slides, ...(d.freeAxes === true ? { freeAxes: true } : {}) };
  return { ok: true, deck, problems: [...problems, ...linkProblems(deck)] };
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
