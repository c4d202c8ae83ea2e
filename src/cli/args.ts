/**
 * The command line of `simulate`, read: options, the link and each `--set id=value` (a value is
 * read as a link or a typed field reads it, src/registry/value.ts). Pure: no output, no exit.
 */
import { parseArgs } from 'node:util';
import { ATTRIBUTION_OUTPUTS, type AttributionOutput } from '../engine/attribution';
import {
  DataFileError,
  EVENTS,
  LEVER_BY_ID,
  LEVERS,
  pairProblem,
  type LeverId,
  type ParamValues,
  type Params,
} from '../registry';
import { loadRelease } from '../registry/loadRelease';
import { formatMonth, parseMonth } from '../registry/month';
import { CURRENT_RECORD, type Release } from '../registry/releases';
import { parseLeverValue } from '../registry/value';
import { parseScenario, PRESET_BY_ID, PRESETS, presetParams, type ParsedScenario } from '../url';

export const FORMATS = ['json', 'csv', 'link', 'zip'] as const;
type Format = (typeof FORMATS)[number];
const USAGE =
  'usage: simulate [link|preset:<id>] [--record <release>] [--set id=value ...] [--format json|csv|link|zip [--output <file.zip>]] ' +
  '[--exposure-after YYYY-MM] [--explain [--against <link>|preset:<id>] [--output minCash|endCash|insolvency|burn|exposure]]';

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
  /** `--record <id>`: the release to run on, instead of the link's `rec=`. */
  record: string | null;
  /** `--format zip --output <file>`: where the data package goes. */
  file: string | null;
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
        output: { type: 'string' },
        record: { type: 'string' },
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
  if (!FORMATS.includes(format)) throw new UsageError(`--format takes json, csv, link or zip, got "${values.format}"`);
  if (format === 'zip' && !values.output)
    throw new UsageError('--format zip writes a file: give it with --output <file.zip>');
  if (format === 'zip' && values.explain) throw new UsageError('--explain prints JSON (--format json)');
  const file = format === 'zip' ? values.output! : null;
  const sets = (values.set ?? []).map((pair): [string, string] => {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new UsageError(`--set takes id=value, got "${pair}"`);
    return [pair.slice(0, eq), pair.slice(eq + 1)];
  });
  const output = (file === null ? (values.output ?? 'minCash') : 'minCash') as AttributionOutput;
  if (!ATTRIBUTION_OUTPUTS.includes(output))
    throw new UsageError(`--output takes ${ATTRIBUTION_OUTPUTS.join(', ')}, got "${values.output}"`);
  if (!values.explain && (values.against !== undefined || (file === null && values.output !== undefined)))
    throw new UsageError('--against and --output go with --explain (or --output with --format zip)');
  if (values.explain && format !== 'json') throw new UsageError('--explain prints JSON (--format json)');
  const exposureAfter = values['exposure-after'] ?? null;
  if (exposureAfter !== null && format !== 'json')
    throw new UsageError('--exposure-after goes with the JSON output (--format json)');
  return {
    link: positionals[0] === undefined ? null : presetLink(positionals[0]),
    sets,
    format,
    explain: values.explain === true,
    against: values.against ?? null,
    output,
    exposureAfter,
    record: values.record ?? null,
    file,
  };
}

/** A release by id, or a UsageError that names the releases there are. */
async function release(id: string): Promise<Release> {
  try {
    return await loadRelease(id);
  } catch (e) {
    if (e instanceof DataFileError) throw new UsageError(e.message);
    throw e;
  }
}

/**
 * The record release a link runs on: `--record`, else the link's `rec=` (a link without it was
 * made on 2026-11), else, with no link at all, the current record.
 */
export async function recordFor(args: Pick<Args, 'link' | 'record'>): Promise<Release> {
  if (args.record !== null) return release(args.record);
  if (args.link === null) return release(CURRENT_RECORD);
  return release(parseScenario(args.link).record);
}

function problemList(parsed: ParsedScenario): string {
  return parsed.problems.map((p) => `${p.key}="${p.given}": ${p.reason}`).join('; ');
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

export function scenarioFrom(args: Args, defaults?: Params): { params: ParamValues; parsed: ParsedScenario } {
  const parsed = parseScenario(args.link ?? '', undefined, { defaults });
  if (args.link !== null && parsed.problems.length > 0)
    throw new UsageError(
      `invalid link, refused (a page opens it with the defaults named here, the CLI does not): ${problemList(parsed)}`,
    );
  // a key the link codec does not know is most often a typo: the CLI runs only what it can read whole
  if (args.link !== null && parsed.unknown.length > 0)
    throw new UsageError(
      `invalid link, refused: keys not known here: ${parsed.unknown.map(([k]) => k).join(', ')} (docs/MODEL.md lists each lever's key)`,
    );
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

/** The preset `preset:<id>` names (an unknown id is a usage error); null for any other text. */
function presetNamed(text: string): (typeof PRESETS)[number] | null {
  if (!text.startsWith('preset:')) return null;
  const id = text.slice('preset:'.length);
  const preset = PRESET_BY_ID.get(id);
  if (!preset) throw new UsageError(`no preset "${id}"; the presets are ${PRESETS.map((p) => p.id).join(', ')}`);
  return preset;
}

/** `preset:<id>` as the link the page applies for it, on the current record; any other text as given. */
function presetLink(text: string): string {
  const preset = presetNamed(text);
  return preset ? `?${preset.link}&rec=${CURRENT_RECORD}` : text;
}

/**
 * The reference of `--explain`: a preset (`preset:<id>`, on the current record), the `--against`
 * link (on its own record, so the split runs across releases), else the link's pinned baseline,
 * else the defaults of the scenario's record.
 */
export async function referenceFor(
  args: Args,
  parsed: ParsedScenario,
  record: Release,
): Promise<{ params: ParamValues; name: string; record: string }> {
  const preset = args.against === null ? null : presetNamed(args.against);
  if (preset) {
    return { params: presetParams(preset), name: preset.title, record: CURRENT_RECORD };
  }
  if (args.against !== null) {
    const first = parseScenario(args.against);
    const on = await release(first.record);
    const against = parseScenario(args.against, undefined, { defaults: on.params });
    if (against.problems.length > 0) throw new UsageError(`invalid --against link: ${problemList(against)}`);
    return { params: against.params, name: against.name ?? 'the --against link', record: on.id };
  }
  if (parsed.baseline)
    return {
      params: parsed.baseline.params,
      name: parsed.baseline.name ?? 'the pinned baseline',
      record: record.id,
    };
  return { params: { ...record.params }, name: `the defaults of record ${record.id}`, record: record.id };
}
