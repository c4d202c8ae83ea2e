import { LEVERS, pairProblem, type ParamValues } from '../registry';
import { formatLeverValue } from '../registry/value';
import { problem, type FieldParse, type Problem } from './problem';

/**
 * A value valid alone may be refused beside another (Stargate's funder shares sum to at most
 * 100%): the later lever of the pair falls back to its default, and the problem names the other.
 * The same rule, with the same message, refuses a typed value and a CLI value (src/registry/value.ts).
 */
export function refusePairs(
  params: ParamValues,
  fields: Record<string, FieldParse>,
  prefix: string,
  problems: Problem[],
): void {
  for (const lever of LEVERS) {
    const f = fields[lever.id];
    if (f.status !== 'valid') continue;
    const pair = pairProblem(params, lever.id, params[lever.id]);
    if (!pair) continue;
    params[lever.id] = lever.default;
    const reason = `${pair.reason}; the default ${formatLeverValue(lever, lever.default)} is used`;
    fields[lever.id] = { status: 'invalid', given: f.given, reason };
    problems.push(problem(`${prefix}${lever.key}`, f.given, reason));
  }
}
