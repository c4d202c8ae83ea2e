import type { Summary } from '../engine/types';
import { fmtMonth, fmtUsdB } from '../format';
import { formatMonth, parseMonth, type MonthIndex } from '../registry/month';

/*
 * A citation keeps its figures. "Copy citation" and "Copy as sentence" write the cited headline
 * into the link as `cite=<insolvency month or none>,<minimum cash $B>` (`cite=2028-08,-83.5`), so
 * whoever opens the link later is told when the figures no longer come out, and why: the engine
 * or the record changed since.
 */

export const CITE_KEY = 'cite';

/** The headline a citation carries. */
export interface CitedFigures {
  /** First month with cash below zero, or null when solvent through the horizon. */
  insolvencyMonth: MonthIndex | null;
  /** Minimum cash, $B, at one decimal (as the page shows it). */
  minCashUsdB: number;
}

export function citedFigures(s: Pick<Summary, 'insolvencyMonth' | 'minCashUsdB'>): CitedFigures {
  return { insolvencyMonth: s.insolvencyMonth, minCashUsdB: Math.round(s.minCashUsdB * 10) / 10 };
}

/** The `cite=` value: `2028-08,-83.5`, `none,12.0`. */
export function citeValue(f: CitedFigures): string {
  const month = f.insolvencyMonth === null ? 'none' : formatMonth(f.insolvencyMonth);
  return `${month},${f.minCashUsdB.toFixed(1)}`;
}

const CITE_RE = /^(none|\d{4}-\d{2}),(-?\d{1,6}(?:\.\d)?)$/;

/** Reads a `cite=` value; never throws. */
export function parseCite(text: string): { ok: true; figures: CitedFigures } | { ok: false; reason: string } {
  const m = CITE_RE.exec(text.trim());
  // Stryker disable next-line ConditionalExpression,StringLiteral: parseMonth('none') is null, what the other branch gives
  const month = m && m[1] !== 'none' ? parseMonth(m[1]) : null;
  if (!m || (m[1] !== 'none' && month === null))
    return {
      ok: false,
      reason:
        'not a citation (expected the insolvency month or "none", a comma, and minimum cash in $B: 2028-08,-83.5)',
    };
  return { ok: true, figures: { insolvencyMonth: month, minCashUsdB: Number(m[2]) } };
}

/** "cash runs out in Aug 2028, minimum cash −$83.5B" */
export function figuresText(f: CitedFigures): string {
  const solvency =
    f.insolvencyMonth === null ? 'cash never runs out' : `cash runs out in ${fmtMonth(f.insolvencyMonth)}`;
  return `${solvency}, minimum cash ${fmtUsdB(f.minCashUsdB)}`;
}

export function sameFigures(a: CitedFigures, b: CitedFigures): boolean {
  return a.insolvencyMonth === b.insolvencyMonth && a.minCashUsdB.toFixed(1) === b.minCashUsdB.toFixed(1);
}

/** What a cited link was made with, and what the page runs now. */
export interface CiteContext {
  linkEngine: number | null;
  engine: number;
  linkRecord: string;
  record: string;
}

/**
 * "When cited: …; now: …" and why, or null when the figures still come out. The reasons are the
 * engine version and the record release; when neither changed the link's figures were not made
 * by its levers, and the note says that instead of blaming either.
 */
export function citeNote(cited: CitedFigures, now: CitedFigures, ctx: CiteContext): string | null {
  if (sameFigures(cited, now)) return null;
  const why: string[] = [];
  if (ctx.linkEngine !== null && ctx.linkEngine !== ctx.engine)
    why.push(`the engine changed (v${ctx.linkEngine} → v${ctx.engine})`);
  if (ctx.linkRecord !== ctx.record) why.push(`the record changed (${ctx.linkRecord} → ${ctx.record})`);
  const reason =
    why.length > 0
      ? `because ${why.join(' and ')}`
      : 'with the same engine and record: the cited figures did not come from these levers';
  return `When cited: ${figuresText(cited)}; now: ${figuresText(now)}, ${reason}.`;
}

/** The citation line: the finding, the scenario, the record and engine, the link, the date. */
export function citation(o: {
  title: string;
  scenarioName: string;
  link: string;
  record: string;
  engineVersion: number;
  date: string;
}): string {
  return `“${o.title}”, scenario “${o.scenarioName}”. Decoupling Dashboard, record ${o.record}, engine v${o.engineVersion}. ${o.link} (accessed ${o.date}).`;
}

/** One sentence a writer can paste: the cited figures in words, with where they come from. */
export function citeSentence(o: {
  summary: Pick<Summary, 'insolvencyMonth' | 'minCashUsdB' | 'minCashMonth' | 'endMonth'>;
  scenarioName: string;
  link: string;
  record: string;
  engineVersion: number;
}): string {
  const s = o.summary;
  const solvency =
    s.insolvencyMonth === null
      ? `OpenAI's cash lasts through ${fmtMonth(s.endMonth)}`
      : `OpenAI's cash runs out in ${fmtMonth(s.insolvencyMonth)}`;
  return `In the scenario “${o.scenarioName}” of the Decoupling Dashboard (record ${o.record}, engine v${o.engineVersion}), ${solvency}, with a low of ${fmtUsdB(s.minCashUsdB)} in ${fmtMonth(s.minCashMonth)} (${o.link}).`;
}

/** A link with `cite=` set to the figures (replacing any it had). */
export function withCite(link: string, f: CitedFigures): string {
  const hash = link.indexOf('#');
  const base = hash < 0 ? link : link.slice(0, hash);
  const tail = hash < 0 ? '' : link.slice(hash);
  const q = base.indexOf('?');
  const head = q < 0 ? base : base.slice(0, q);
  const parts = (q < 0 ? '' : base.slice(q + 1)).split('&').filter((p) => p !== '' && !p.startsWith(`${CITE_KEY}=`));
  parts.push(`${CITE_KEY}=${citeValue(f)}`);
  return `${head}?${parts.join('&')}${tail}`;
}
