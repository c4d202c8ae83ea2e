/*
 * The deck's shape and limits, without the validator: the header button and the deck store
 * import this, and the zod schema (./codec.ts) loads with the deck editor.
 */

import { CHART_IDS, ROW_CHARTS, isRowChartId, type ChartId, type RowChartId } from '../charts/specs';
import type { AttributionOutput } from '../engine/attribution';

/**
 * What a slide can show: the dashboard's charts over time, the row charts ("Who holds the risk"),
 * then "What moved it" (the waterfall against the slide's baseline).
 */
export const SLIDE_CHART_IDS: readonly SlideChartId[] = [...CHART_IDS, ...ROW_CHARTS.map((c) => c.id), 'attribution'];
export type SlideChartId = ChartId | RowChartId | 'attribution';
export const isTimeChart = (c: SlideChartId): c is ChartId => c !== 'attribution' && !isRowChartId(c);

export interface Slide {
  id: string;
  /** Query string without "?", e.g. "v=1.1&slip=18". */
  link: string;
  /** The scenario's name, shown at the foot of the slide and in the deck list. */
  title: string;
  charts: SlideChartId[];
  notes: string;
  /** The output the waterfall splits (minimum cash when absent). */
  waterfallOutput?: AttributionOutput;
  /** A baseline drawn as a grey ghost, with the difference in the title (query string); absent: none. */
  baseline?: string;
  /** Other scenarios overlaid on the slide's charts, as Compare draws them (up to two). */
  compare?: { link: string; title: string }[];
}

export interface Deck {
  version: 1;
  title: string;
  slides: Slide[];
  /** Each slide on its own scale; absent or false: every slide of a chart shares its axis domains. */
  freeAxes?: boolean;
}

export const DECK_KEY = 'decoupling.deck.v1';
export const MAX_SLIDES = 60;
export const MAX_TITLE_CHARS = 120;
export const MAX_NOTES_CHARS = 4000;
export const MAX_LINK_CHARS = 4000;
/** A deck link or file larger than this is refused before parsing. */
export const MAX_DECK_CHARS = 200_000;

export function deckToJson(deck: Deck): string {
  return JSON.stringify(deck, null, 2) + '\n';
}

export function newSlideId(): string {
  return `s${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

export function emptyDeck(): Deck {
  return { version: 1, title: 'Untitled deck', slides: [] };
}

export const DECK_HASH_PREFIX = '#deck=';
