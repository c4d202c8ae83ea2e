/**
 * zod's "mini" API for the runtime validators (data files, links, saved scenarios, decks):
 * the same parsers as classic zod, tree-shakeable, for less first-load JS. zod/mini loads no
 * locale of its own; the English messages for the checks these validators use are set here, in
 * the words of zod's English locale ("Too small: expected string to have >=1 characters"),
 * without the locale's dictionaries of formats this project never checks. Every validator
 * imports z from this module, keeping the reason in the errors that name the file and the field.
 */
import { config, z } from 'zod/mini';

/*
 * The page keeps to its Content-Security-Policy (`script-src 'self'`, no 'unsafe-eval'). Classic
 * zod compiles object parsers with `new Function`; zod/mini's objects do not (measured: a build
 * without this line parses under the CSP with no violation). `jitless` keeps it so should a
 * compiled parser ever come in. Every validator takes z from this module, so the setting is in
 * place before any parse, in whichever lazy chunk zod lands: it loads with what parses input at
 * run time (a saved scenario, a deck, a release or reported file), never with the first load
 * (the bundled data files are checked at build, registry/dataSchemas.ts).
 */
config({ jitless: true });

const UNITS: Record<string, string> = { string: 'characters', array: 'items', set: 'items', map: 'entries' };

/** What a value is, as zod's messages name it ("array", "null", "NaN"). */
function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));

type Issue = Parameters<NonNullable<NonNullable<Parameters<typeof z.config>[0]>['localeError']>>[0];

export function issueText(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${kindOf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${show(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(show).join('|')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const adj = issue.exact ? 'exactly ' : `${big ? '<' : '>'}${issue.inclusive ? '=' : ''}`;
      const bound = big ? issue.maximum : issue.minimum;
      const unit = UNITS[issue.origin ?? ''];
      const what = `${big ? 'Too big' : 'Too small'}: expected ${issue.origin ?? 'value'}`;
      return unit ? `${what} to have ${adj}${String(bound)} ${unit}` : `${what} to be ${adj}${String(bound)}`;
    }
    case 'invalid_format':
      return issue.format === 'regex'
        ? `Invalid string: must match pattern ${issue.pattern}`
        : `Invalid ${issue.format}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(show).join(', ')}`;
    default:
      return 'Invalid input';
  }
}

z.config({ localeError: issueText });

export { z };

interface ErrorLike {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/**
 * The one way a validation failure is said: the first issue's path and message,
 * "slides[1].charts: a chart is listed twice"; with a file, "data/levers.json: [3].min: …"
 * ("(root)" when the file itself is wrong).
 */
export function zodErrorText(error: ErrorLike, file?: string): string {
  const issue = error.issues[0];
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  if (file !== undefined) return `${file}: ${path || '(root)'}: ${issue.message}`;
  return path ? `${path}: ${issue.message}` : issue.message;
}
