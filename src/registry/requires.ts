import type { Lever } from './build';
import type { LeverId } from './leverIds';

/** A lever's value in words, for a sentence: "$0B", "off", "0 %". */
export function valueWords(lever: Pick<Lever, 'kind' | 'unit' | 'decimals'>, v: number): string {
  if (lever.kind === 'toggle') return v >= 0.5 ? 'on' : 'off';
  const text = Number(v.toFixed(lever.decimals)).toString();
  if (lever.unit === '$B') return `$${text}B`;
  if (lever.unit === '$') return `$${text}`;
  return `${text} ${lever.unit}`;
}

/**
 * Why a lever changes nothing in this scenario, from the levers it acts through (`requires` in
 * data/levers.json, or an event's amount): the first of them that sits at its minimum, as one
 * sentence ("“Next funding round” is $0B, so “Next round lands” changes nothing"); null when
 * the lever acts.
 */
export function inactiveReason(
  lever: Pick<Lever, 'label' | 'requires'>,
  params: Readonly<Partial<Record<LeverId, number>>>,
  leverById: ReadonlyMap<string, Lever>,
): string | null {
  for (const id of lever.requires ?? []) {
    const req = leverById.get(id);
    const v = params[id];
    if (!req || v === undefined || v > req.min) continue;
    return `“${req.label}” is ${valueWords(req, v)}, so “${lever.label}” changes nothing`;
  }
  return null;
}
