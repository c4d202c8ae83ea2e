import type { Attribution, AttributionOutput } from '../../engine/attribution';
import { fmtUsdB, MINUS } from '../../format';

/*
 * The waterfall's words, apart from its layout and from the engine: the card, the slide and
 * the export read them. Types only from the engine, so the page does not bundle it.
 */

/** The outputs, in the select's order (the same as the engine's ATTRIBUTION_OUTPUTS). */
export const WATERFALL_OUTPUTS: readonly AttributionOutput[] = ['minCash', 'endCash', 'insolvency', 'burn', 'exposure'];

/** Short names for the select and the title. */
export const OUTPUT_NAMES: Record<AttributionOutput, string> = {
  minCash: 'minimum cash',
  endCash: 'cash at the end',
  insolvency: 'months of cash',
  burn: 'cumulative burn',
  exposure: "counterparties' exposure",
};

export const OUTPUT_UNITS: Record<AttributionOutput, string> = {
  minCash: '$B',
  endCash: '$B',
  insolvency: 'months',
  burn: '$B',
  exposure: '$B',
};

/** A signed change in the output's unit: "+$101B", "−$3.2B", "+4.5 mo". */
export function fmtChange(output: AttributionOutput, v: number): string {
  const sign = v < 0 ? MINUS : '+';
  const abs = Math.abs(v);
  if (abs < 1e-9) return output === 'insolvency' ? '0 mo' : '$0B'; // rounding noise, not a part
  if (output !== 'insolvency' && abs < 0.05) return `${sign}$${abs.toPrecision(1)}B`; // small but not nothing
  if (output === 'insolvency') return `${sign}${abs >= 100 ? Math.round(abs) : abs.toFixed(1)} mo`;
  return `${sign}${fmtUsdB(abs, 'auto')}`;
}

/** The finding: which input moved the output most, by how much. */
export function waterfallTitle(a: Attribution): string {
  const name = OUTPUT_NAMES[a.output];
  const top = a.parts[0];
  if (!top || a.parts.every((p) => Math.abs(p.value) < 1e-9)) return `Nothing that changed moves ${name}`;
  return `${top.label} moved ${name} most: ${fmtChange(a.output, top.value)}`;
}

/** What the change is measured against, in words. */
export function againstWords(baseline: { name: string } | null): string {
  return baseline ? `the pinned baseline “${baseline.name}”` : 'the sourced defaults';
}

/** What a waterfall of `output` splits, before it has parts: the idle card's subtitle. */
export function splitSubtitle(output: AttributionOutput, against: string): string {
  return `Change in ${OUTPUT_NAMES[output]} (${OUTPUT_UNITS[output]}) against ${against}, split among the inputs that differ`;
}

export function waterfallSubtitle(a: Attribution, against: string): string {
  return `${splitSubtitle(a.output, against)}; total ${fmtChange(a.output, a.total)}`;
}

export const WATERFALL_SOURCE =
  "model: Shapley attribution over engine runs (each input's average effect over every order of the changes)";

/** What a screen reader hears instead of the picture: every part in order, then the total. */
export function waterfallSummary(a: Attribution): string {
  const parts = a.parts.map((p) => `${p.label} ${fmtChange(a.output, p.value)}`).join('; ');
  return `${waterfallTitle(a)}. Parts: ${parts || 'none'}. Total ${fmtChange(a.output, a.total)}. ${a.method}`;
}

/** The finding as a sentence's clause, with its total: "Chip slip moved minimum cash most: +$101B (total +$95.0B)". */
export function waterfallFinding(a: Attribution): string {
  return `${waterfallTitle(a)} (total ${fmtChange(a.output, a.total)})`;
}

/** The first why line ("Revenue share to Microsoft: the $38B cap … either way"), or none. */
export function waterfallWhy(a: Attribution): string | undefined {
  const p = a.parts.find((q) => q.why);
  return p?.why ? `${p.label}: ${p.why.sentence}` : undefined;
}
