/**
 * The engine from the command line:
 *   npm run --silent simulate -- ['<link or ?query>'] [--set id=value ...] [--format json|csv|link]
 * Exit 2, with one line naming the problem, on an unknown lever, an out-of-range value or a bad link.
 */
import { runScenario } from '../engine';
import { monthlyCsv, scenarioJson } from '../export/data';
import { LEVER_BY_ID, LEVERS, type ParamValues } from '../registry';
import { parseLeverValue, parseScenario, serializeScenario, type ParsedScenario } from '../url';

type Format = 'json' | 'csv' | 'link';

class UsageError extends Error {}

interface Args {
  link: string | null;
  sets: Array<[string, string]>;
  format: Format;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { link: null, sets: [], format: 'json' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--set') {
      const pair = argv[++i];
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 1) throw new UsageError(`--set takes id=value, got "${pair ?? ''}"`);
      args.sets.push([pair.slice(0, eq), pair.slice(eq + 1)]);
    } else if (a.startsWith('--set=')) {
      argv.splice(i + 1, 0, a.slice(6));
      argv[i] = '--set';
      i--;
    } else if (a === '--format' || a.startsWith('--format=')) {
      const f = a === '--format' ? argv[++i] : a.slice(9);
      if (f !== 'json' && f !== 'csv' && f !== 'link') throw new UsageError(`--format takes json, csv or link, got "${f ?? ''}"`);
      args.format = f;
    } else if (a === '--help' || a === '-h') {
      throw new UsageError('usage: simulate [link] [--set id=value ...] [--format json|csv|link]');
    } else if (!a.startsWith('--') && args.link === null) {
      args.link = a;
    } else {
      throw new UsageError(`unknown argument "${a}"`);
    }
  }
  return args;
}

function scenarioFrom(args: Args): { params: ParamValues; parsed: ParsedScenario; unknownNote: string | null } {
  const parsed = parseScenario(args.link ?? '');
  if (args.link !== null && parsed.problems.length > 0) {
    const list = parsed.problems.map((p) => `${p.key}="${p.given}": ${p.reason}`).join('; ');
    throw new UsageError(`invalid link: ${list}`);
  }
  const params = parsed.params;
  for (const [id, text] of args.sets) {
    const lever = LEVER_BY_ID.get(id);
    if (!lever) throw new UsageError(`unknown lever "${id}"; lever ids are listed in docs/MODEL.md (e.g. ${LEVERS.slice(0, 3).map((l) => l.id).join(", ")})`);
    const read = parseLeverValue(lever, text);
    if (!read.ok) throw new UsageError(`${id}="${text}": ${read.reason}`);
    params[lever.id] = read.value;
  }
  const unknownNote = parsed.unknown.length ? `note: link keys not known here were kept but not used: ${parsed.unknown.map(([k]) => k).join(', ')}` : null;
  return { params, parsed, unknownNote };
}

function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    const { params, parsed, unknownNote } = scenarioFrom(args);
    if (unknownNote) process.stderr.write(`${unknownNote}\n`);
    // The link keeps what it came with: unknown keys and the Monte Carlo seed and N.
    const link = `?${serializeScenario(params, undefined, parsed.unknown, { uncertainty: parsed.uncertainty })}`;
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
