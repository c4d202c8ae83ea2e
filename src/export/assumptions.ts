import { LEVERS, type Lever, type Params } from '../registry';
import { formatLeverValue, leverText } from '../registry/value';

export interface Assumption {
  lever: Lever;
  value: string;
  default: string;
}

/** Every lever whose value, at its declared decimals, differs from `against` (the defaults), in registry order. */
export function changedLevers(params: Params, against?: Params): Assumption[] {
  const out: Assumption[] = [];
  for (const lever of LEVERS) {
    const base = against ? against[lever.id] : lever.default;
    const v = params[lever.id];
    if (typeof v !== 'number' || typeof base !== 'number') continue;
    if (formatLeverValue(lever, v) !== formatLeverValue(lever, base)) {
      out.push({ lever, value: leverText(lever, v), default: leverText(lever, base) });
    }
  }
  return out;
}

/** "The Information, Sep 2025" — a lever's source as one line. */
export function sourceLine(lever: Lever): string {
  const s = lever.source;
  return [s.publisher, s.title, s.date].filter(Boolean).join(', ');
}
