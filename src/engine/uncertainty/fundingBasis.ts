/**
 * One funding basis per question (issue 23, part 3). The deterministic run counts closed and
 * committed money (and any row a person switched on); the Monte Carlo also draws each
 * conditional row with its probability. "No new funding" asks the other question: no conditional
 * draw, no hypothetical row, no next round. Both panels name the basis they use.
 */
import { EVENT_STATUSES, EVENTS, type LeverId, type ParamValues, type Params } from '../../registry';

const CONDITIONAL = EVENT_STATUSES.indexOf('conditional');
const HYPOTHETICAL = EVENT_STATUSES.indexOf('hypothetical');

function statusOf(p: Params, e: (typeof EVENTS)[number]): number {
  return Math.round(p[e.keys.status] ?? e.statusCode);
}

/**
 * The levers that bring new money in this scenario: the next round's amount, each conditional
 * funding row's switch and probability, each hypothetical funding row's switch. "No new funding"
 * holds them at zero; the tornado does not swing them.
 */
export function newFundingLeverIds(params: Params): LeverId[] {
  const ids: LeverId[] = ['funding3UsdB'];
  for (const e of EVENTS) {
    if (e.kind !== 'funding' || e.modelledBy) continue;
    const status = statusOf(params, e);
    if (status === CONDITIONAL) {
      ids.push(e.keys.on);
      if (e.probability !== undefined) ids.push(e.keys.probability);
    } else if (status === HYPOTHETICAL) ids.push(e.keys.on);
  }
  return ids;
}

/**
 * The scenario with no new money: every conditional funding row's probability at 0 (the Monte
 * Carlo never draws it) and switched off, every hypothetical funding row off, the next round $0.
 */
export function withoutNewFunding(params: Params): ParamValues {
  const p = { ...params } as ParamValues;
  for (const id of newFundingLeverIds(params)) p[id] = 0;
  return p;
}

/** Conditional funding rows the Monte Carlo draws in this scenario: label, amount, probability. */
export function drawnConditionalMoney(params: Params): Array<{ label: string; usdB: number; probability: number }> {
  const out: Array<{ label: string; usdB: number; probability: number }> = [];
  for (const e of EVENTS) {
    if (e.kind !== 'funding' || e.modelledBy || e.probability === undefined) continue;
    if (statusOf(params, e) !== CONDITIONAL || (params[e.keys.on] ?? 0) >= 0.5) continue;
    const probability = params[e.keys.probability] ?? e.probability;
    const usdB = params[e.keys.usdB] ?? e.usdB;
    if (probability > 0 && usdB > 0) out.push({ label: e.label, usdB, probability });
  }
  return out;
}

/** The Monte Carlo's funding basis, in words for its headline sentence. */
export function monteCarloFundingBasis(params: Params, noNewFunding: boolean): string {
  if (noNewFunding) return 'with no new funding (closed and committed money only)';
  const drawn = drawnConditionalMoney(params);
  if (drawn.length === 0) return 'with the funding the scenario counts (no conditional money to draw)';
  const list = drawn
    .map((d) => `${d.label}, $${Number(d.usdB.toFixed(1))}B at ${Math.round(d.probability * 100)}%`)
    .join('; ');
  return `counting conditional money with its probability (${list})`;
}
