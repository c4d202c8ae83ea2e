/**
 * "Copy as sentence" (issue 23, part 9): one plain sentence a reporter can paste — the figure,
 * its definition in words, the record's month, the scenario's name and its link. Pure.
 */
import type { Summary } from '../engine/types';
import { monthLabel } from '../registry/month';
import { FIGURES, fundingBasis, monthsOfCashFromNow, type FigureId } from './index';

export interface SentenceContext {
  /** The scenario's name, or null for the defaults (the record, then OpenAI's own plan). */
  scenarioName: string | null;
  /** The scenario's link, absolute. */
  link: string;
}

const APP = 'Decoupling Dashboard';

function frame(s: Summary, ctx: SentenceContext): string {
  const plan = ctx.scenarioName === null ? "OpenAI's own plan" : `the scenario "${ctx.scenarioName}"`;
  return `On the record through ${monthLabel(s.nowMonth)} and ${plan}`;
}

function credit(ctx: SentenceContext): string {
  const name = ctx.scenarioName ?? "the defaults (OpenAI's own plan)";
  return `(${APP}, scenario "${name}", ${ctx.link})`;
}

/** What a figure says, as a clause: "OpenAI's cash runs out in Aug 2028, 21 months from now". */
function clause(id: FigureId, s: Summary): string {
  const f = FIGURES[id];
  switch (id) {
    case 'insolvencyMonth':
    case 'monthsOfCash': {
      const m = monthsOfCashFromNow(s);
      const none = s.funding.conditionalUsdB <= 0 && s.funding.hypotheticalUsdB <= 0;
      const funding = none ? 'without new funding (closed and committed money only)' : `with ${fundingBasis(s)}`;
      return m === null
        ? `OpenAI's cash does not run out before ${monthLabel(s.endMonth)}, ${funding}`
        : `OpenAI's cash runs out in ${FIGURES.insolvencyMonth.text(s)}, ${m} months from now, ${funding}`;
    }
    case 'runwayAtTodaysBurn':
      return s.runwayMonths === null
        ? `OpenAI burns no cash in ${monthLabel(s.runwayAsOf)}`
        : `OpenAI's cash lasts ${f.text(s)} at today's burn (${f.definition})`;
    case 'cashNow':
      return `OpenAI held ${f.text(s)} in cash and securities at the end of ${f.basis(s)}`;
    case 'minCash':
      return `OpenAI's cash is lowest in ${f.basis(s)}, at ${f.text(s)} (${f.definition})`;
    default:
      return `the ${f.name.toLowerCase()} is ${f.text(s)} in ${f.basis(s)} (${f.definition})`;
  }
}

/** The sentence for one headline figure. */
export function figureSentence(id: FigureId, s: Summary, ctx: SentenceContext): string {
  return `${frame(s, ctx)}, ${clause(id, s)} ${credit(ctx)}.`;
}

/**
 * The sentence for "What moved it": the change against the reference, its largest part and,
 * when there is one, what absorbed a change ("the $38B cap is reached in 2028 either way").
 */
export function movedSentence(
  s: Summary,
  ctx: SentenceContext,
  finding: { title: string; against: string; why?: string },
): string {
  const why = finding.why ? `; ${finding.why.trim().replace(/\.$/, '')}` : '';
  return `${frame(s, ctx)}, against ${finding.against}: ${finding.title}${why} ${credit(ctx)}.`;
}

/** The sentence for a tile without a figure of its own: its label, value and note as shown. */
export function tileSentence(
  s: Summary,
  ctx: SentenceContext,
  tile: { label: string; value: string; note: string },
): string {
  return `${frame(s, ctx)}, ${tile.label.toLowerCase()}: ${tile.value} (${tile.note}) ${credit(ctx)}.`;
}
