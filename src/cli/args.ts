/**
 * The command line of `simulate`, read: options, the link and each `--set id=value` (a value is
 * read as a link or a typed field reads it, src/registry/value.ts). Pure: no output, no exit.
 */
import { parseArgs } from 'node:util';
import { ATTRIBUTION_OUTPUTS, type AttributionOutput } from '../engine/attribution';
import { defaultParams, EVENTS, LEVER_BY_ID, LEVERS, pairProblem, type LeverId, type ParamValues } from '../registry';
import { formatMonth, parseMonth } from '../registry/month';
import { parseLeverValue } from '../registry/value';
import { parseScenario, type ParsedScenario } from '../url';

export const FORMATS = ['json', 'csv', 'link'] as const;
type Format = (typeof FORMATS)[number];
const USAGE =
  'usage: simulate [link] [--set id=value ...] [--format json|csv|link] [--exposure-after YYYY-MM] [--explain [--against <link>] [--output minCash|endCash|insolvency|burn]]';

/** A mistake in the command line: printed as one line, exit 2. */
export class UsageError extends Error {}

export interface Args {
  link: string | null;
  sets: Array<[string, string]>;
  format: Format;
  explain: boolean;
  against: string | null;
  output: AttributionOutput;
  /** Raw text of --exposure-after; checked against the scenario's horizon once it is known. */
  exposureAfter: string | null;
}

export function readArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        set: { type: 'string', multiple: true },
        format: { type: 'string', default: 'json' },
        help: { type: 'boolean', short: 'h' },
        explain: { type: 'boolean', default: false },
        against: { type: 'string' },
        output: { type: 'string', default: 'minCash' },
        'exposure-after': { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]} (${USAGE})`);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError(USAGE);
  if (positionals.length > 1) throw new UsageError(`one link at most, got ${positionals.length} (${USAGE})`);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format takes json, csv or link, got "${values.format}"`);
  const sets = (values.set ?? []).map((pair): [string, string] => {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new UsageError(`--set takes id=value, got "${pair}"`);
    return [pair.slice(0, eq), pair.slice(eq + 1)];
  });
  const output = values.output as AttributionOutput;
  if (!ATTRIBUTION_OUTPUTS.includes(output))
    throw new UsageError(`--output takes ${ATTRIBUTION_OUTPUTS.join(', ')}, got "${values.output}"`);
  if (!values.explain && (values.against !== undefined || values.output !== 'minCash'))
    throw new UsageError('--against and --output go with --explain');
  if (values.explain && format !== 'json') throw new UsageError('--explain prints JSON (--format json)');
  const exposureAfter = values['exposure-after'] ?? null;
  if (exposureAfter !== null && format !== 'json')
    throw new UsageError('--exposure-after goes with the JSON output (--format json)');
  return {
    link: positionals[0] ?? null,
    sets,
    format,
    explain: values.explain === true,
    against: values.against ?? null,
    output,
    exposureAfter,
  };
}

/** The month of --exposure-after, inside the scenario's horizon. */
export function exposureMonth(text: string | null, start: number, end: number): number | undefined {
  if (text === null) return undefined;
  const month = parseMonth(text);
  if (month === null) throw new UsageError(`--exposure-after takes a month as YYYY-MM, got "${text}"`);
  if (month < start || month > end)
    throw new UsageError(
      `--exposure-after ${text} is outside the scenario's horizon (${formatMonth(start)} to ${formatMonth(end)})`,
    );
  return month;
}

/** Why an id is not a lever, in one line that says what to do instead. */
function unknownLever(id: string): string {
  const [entity] = id.split('.');
  const modelled = EVENTS.find((e) => e.id === entity && e.modelledBy);
  if (modelled)
    return `event "${entity}" is modelled by the ${modelled.modelledBy} levers (see docs/MODEL.md); set those instead`;
  const event = EVENTS.find((e) => e.id === entity);
  if (event) {
    const fields = LEVERS.filter((l) => l.id.startsWith(`${entity}.`)).map((l) => l.id.slice(entity.length + 1));
    return `event "${entity}" has no field "${id.slice(entity.length + 1)}"; its fields are ${fields.join(', ')}`;
  }
  return `unknown lever "${id}"; lever ids are listed in docs/MODEL.md (e.g. ${LEVERS.slice(0, 3)
    .map((l) => l.id)
    .join(', ')}, or <eventId>.usdB)`;
}

export function scenarioFrom(args: Args): { params: ParamValues; parsed: ParsedScenario } {
  const parsed = parseScenario(args.link ?? '');
  if (args.link !== null && parsed.problems.length > 0) {
    const list = parsed.problems.map((p) => `${p.key}="${p.given}": ${p.reason}`).join('; ');
    throw new UsageError(`invalid link: ${list}`);
  }
  const params = parsed.params;
  for (const [id, text] of args.sets) {
    const lever = LEVER_BY_ID.get(id);
    if (!lever) throw new UsageError(unknownLever(id));
    const read = parseLeverValue(lever, text);
    if (read.status !== 'valid') throw new UsageError(`${id}="${text}": ${read.reason}`);
    params[lever.id] = read.value;
  }
  // a pair's cap is checked once every --set is in, so their order does not matter
  for (const [id] of args.sets) {
    const pair = pairProblem(params, id, params[id as LeverId]);
    if (pair) throw new UsageError(`${id}=${params[id as LeverId]}: ${pair.reason}`);
  }
  return { params, parsed };
}

/** The reference of `--explain`: the `--against` link, else the link's pinned baseline, else the defaults. */
export function referenceFor(args: Args, parsed: ParsedScenario): { params: ParamValues; name: string } {
  if (args.against !== null) {
    const against = parseScenario(args.against);
    if (against.problems.length > 0) {
      throw new UsageError(
        `invalid --against link: ${against.problems.map((p) => `${p.key}="${p.given}": ${p.reason}`).join('; ')}`,
      );
    }
    return { params: against.params, name: against.name ?? 'the --against link' };
  }
  if (parsed.baseline) return { params: parsed.baseline.params, name: parsed.baseline.name ?? 'the pinned baseline' };
  return { params: defaultParams(), name: 'the defaults' };
}
