/**
 * The engine from the command line:
 *   npm run --silent simulate -- ['<link or ?query>'] [--set id=value ...] [--format json|csv|link]
 * A lever id is one of data/levers.json's, or a field of a generation or an event:
 *   --set gb200.watts=1900  --set aws-2025-11.usdB=50  --set amd-6gw.month=2027-03  --set nvidia-10gw-loi.on=1
 * Exit 2, with one line naming the problem, on an unknown id, an out-of-range value or a bad link.
 */
import { parseArgs } from 'node:util';
import { runScenario } from '../engine';
import { monthlyCsv, scenarioJson } from '../export/data';
import { EVENTS, LEVER_BY_ID, LEVERS } from '../registry';
import { parseLeverValue, parseScenario, serializeScenario, type ParsedScenario } from '../url';

const FORMATS = ['json', 'csv', 'link'] as const;
type Format = (typeof FORMATS)[number];
const USAGE = 'usage: simulate [link] [--set id=value ...] [--format json|csv|link]';

class UsageError extends Error {}

interface Args {
  link: string | null;
  sets: Array<[string, string]>;
  format: Format;
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
  return { link: positionals[0] ?? null, sets, format };
}

/** Why an id is not a lever, in one line that says what to do instead. */
function unknownLever(id: string): string {
  const [entity] = id.split('.');
  const modelled = EVENTS.find((e) => e.id === entity && e.modelledBy);
  if (modelled) return `event "${entity}" is modelled by the ${modelled.modelledBy} levers (see docs/MODEL.md); set those instead`;
  const event = EVENTS.find((e) => e.id === entity);
  if (event) {
    const fields = LEVERS.filter((l) => l.id.startsWith(`${entity}.`)).map((l) => l.id.slice(entity.length + 1));
    return `event "${entity}" has no field "${id.slice(entity.length + 1)}"; its fields are ${fields.join(', ')}`;
  }
  return `unknown lever "${id}"; lever ids are listed in docs/MODEL.md (e.g. ${LEVERS.slice(0, 3).map((l) => l.id).join(', ')}, or <eventId>.usdB)`;
}

function scenarioFrom(args: Args): { params: Record<string, number>; parsed: ParsedScenario } {
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
    params[id] = read.value;
  }
  return { params, parsed };
}

function main(argv: string[]): number {
  try {
    const args = readArgs(argv);
    const { params, parsed } = scenarioFrom(args);
    if (parsed.unknown.length) process.stderr.write(`note: link keys not known here were ignored: ${parsed.unknown.map(([k]) => k).join(', ')}\n`);
    // The link keeps the Monte Carlo seed and N it came with; unknown keys are not written back.
    const link = `?${serializeScenario(params, undefined, [], { uncertainty: parsed.uncertainty })}`;
    if (args.format === 'link') {
      process.stdout.write(`${link}\n`);
      return 0;
    }
    const result = runScenario(params);
    process.stdout.write(args.format === 'csv' ? monthlyCsv(result) : `${JSON.stringify(scenarioJson(params, result, link), null, 2)}\n`);
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
