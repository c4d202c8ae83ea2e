/**
 * The engine from the command line:
 *   npm run --silent simulate -- ['<link or ?query>'] [--set id=value ...] [--format json|csv|link]
 * A lever id is one of data/levers.json's, or a field of a generation or an event:
 *   --set gb200.watts=1900  --set aws-2025-11.usdB=50  --set amd-options.month=2028-01  --set nvidia-10gw-loi.on=1
 * The link keeps the scenario's name and pinned baseline (`name=`, `base=`, `b.<key>=`).
 *
 * What moved it: `--explain [--against <link>] [--output minCash|endCash|insolvency|burn]` splits
 * the change in a headline output between the reference (the link's pinned baseline, the
 * `--against` link, or the defaults) and the scenario among the inputs that differ, and adds
 * `attribution: {output, total, parts: [{id, label, value}], method}` to the JSON.
 * Exit 2, with one line naming the problem, on an unknown id, an out-of-range value or a bad link.
 */
import { parseArgs } from 'node:util';
import { ATTRIBUTION_OUTPUTS, attribute, runScenario, type AttributionOutput } from '../engine';
import { monthlyCsv, scenarioJson } from '../export/data';
import { defaultParams, EVENTS, LEVER_BY_ID, LEVERS, pairProblem, type LeverId, type ParamValues } from '../registry';
import { parseLeverValue, parseScenario, serializeLink, type ParsedScenario } from '../url';

const FORMATS = ['json', 'csv', 'link'] as const;
type Format = (typeof FORMATS)[number];
const USAGE =
  'usage: simulate [link] [--set id=value ...] [--format json|csv|link] [--explain [--against <link>] [--output minCash|endCash|insolvency|burn]]';

class UsageError extends Error {}

interface Args {
  link: string | null;
  sets: Array<[string, string]>;
  format: Format;
  explain: boolean;
  against: string | null;
  output: AttributionOutput;
}

function readArgs(argv: string[]): Args {
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
  return {
    link: positionals[0] ?? null,
    sets,
    format,
    explain: values.explain === true,
    against: values.against ?? null,
    output,
  };
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

function scenarioFrom(args: Args): { params: ParamValues; parsed: ParsedScenario } {
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
    if (!read.ok) throw new UsageError(`${id}="${text}": ${read.reason}`);
    params[lever.id] = read.value;
  }
  for (const [id] of args.sets) {
    const pair = pairProblem(params, id, params[id as LeverId]);
    if (pair) throw new UsageError(`${id}=${params[id as LeverId]}: ${pair.reason}`);
  }
  return { params, parsed };
}

/** The reference of `--explain`: the `--against` link, else the link's pinned baseline, else the defaults. */
function referenceFor(args: Args, parsed: ParsedScenario): { params: ParamValues; name: string } {
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

function main(argv: string[]): number {
  try {
    const args = readArgs(argv);
    const { params, parsed } = scenarioFrom(args);
    if (parsed.unknown.length)
      process.stderr.write(
        `note: link keys not known here were ignored: ${parsed.unknown.map(([k]) => k).join(', ')}\n`,
      );
    // The link keeps the name, the pinned baseline and the Monte Carlo seed and N it came with;
    // unknown keys are not written back.
    const baseline = parsed.baseline
      ? { params: parsed.baseline.params, name: parsed.baseline.name ?? 'Baseline' }
      : null;
    const link = `?${serializeLink({ params, name: parsed.name, baseline, uncertainty: parsed.uncertainty })}`;
    if (args.format === 'link') {
      process.stdout.write(`${link}\n`);
      return 0;
    }
    const result = runScenario(params);
    if (args.format === 'csv') {
      process.stdout.write(monthlyCsv(result));
      return 0;
    }
    const json: Record<string, unknown> = { ...scenarioJson(params, result, link) };
    if (args.explain) {
      const reference = referenceFor(args, parsed);
      json.attribution = { ...attribute(reference.params, params, args.output), against: reference.name };
    }
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`simulate: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
