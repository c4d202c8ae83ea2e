import type { ScenarioResult, SeriesName, Summary } from '../../engine/types';

/**
 * What a chart draws from a result besides its time axis (start month and length), declared
 * beside its layout: the monthly series, the summary figures and whether the dated events.
 */
export interface ResultReads {
  series: readonly SeriesName[];
  summary: readonly (keyof Summary)[];
  events: boolean;
}

/** Whether two results hold the same values wherever `reads` looks: then a layout of one draws the other. */
export function sameReads(reads: ResultReads, a: ScenarioResult, b: ScenarioResult): boolean {
  if (a === b) return true;
  if (a.startMonth !== b.startMonth || a.months !== b.months) return false;
  for (const name of reads.series) if (!same(a.monthly[name], b.monthly[name])) return false;
  for (const key of reads.summary) if (!same(a.summary[key], b.summary[key])) return false;
  return !reads.events || same(a.events, b.events);
}

/** What a whole card reads of a result: its picture (`reads`) and its words and table (`textReads`). */
export interface CardReads {
  reads: ResultReads;
  textReads: ResultReads;
}

/** Whether a card drawn from `a` shows `b` as it is: picture, title, summary, tooltip and table alike. */
export function sameCard(card: CardReads, a: ScenarioResult, b: ScenarioResult): boolean {
  return sameReads(card.reads, a, b) && sameReads(card.textReads, a, b);
}

/** Structural equality for results' parts: numbers by Object.is, typed arrays element by element. */
export function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b)) return false;
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (x.length !== y.length || a.constructor !== b.constructor) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!same(Reflect.get(a, k), Reflect.get(b, k))) return false;
  }
  return true;
}
