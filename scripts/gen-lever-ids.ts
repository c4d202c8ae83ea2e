/**
 * Writes src/registry/leverIds.ts: the lever ids of data/levers.json as a string union, so
 * `Params` is keyed by them and a typo in a lever id fails `tsc`. Reads the JSON file itself
 * (not the registry, which imports the file this writes). Runs before every build
 * (`prebuild`) and with `npm run docs`; a unit test fails when the committed file is stale.
 *   tsx scripts/gen-lever-ids.ts          rewrite the file
 *   tsx scripts/gen-lever-ids.ts --check  exit 1 when it is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LEVERS_JSON = fileURLToPath(new URL('../data/levers.json', import.meta.url));
export const GENERATIONS_JSON = fileURLToPath(new URL('../data/generations.json', import.meta.url));
export const EVENTS_JSON = fileURLToPath(new URL('../data/events.json', import.meta.url));
export const LEVER_IDS_PATH = fileURLToPath(new URL('../src/registry/leverIds.ts', import.meta.url));

function idsOf(
  json: unknown,
  list: string,
  file: string,
  skip: (e: Record<string, unknown>) => boolean = () => false,
): string[] {
  const rows = (json as Record<string, unknown> | null)?.[list];
  if (!Array.isArray(rows)) throw new Error(`${file}: expected ${list}: [...]`);
  return rows
    .filter((e) => !skip(e as Record<string, unknown>))
    .map((e: unknown, i) => {
      const id = (e as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(id))
        throw new Error(`${file}: ${list}[${i}].id: expected a lowercase id`);
      return id;
    });
}

/**
 * The file's text: the ids of data/levers.json in registry order, and the generations and
 * events whose fields are levers too (`gb200.watts`, `aws-2025-11.usdB`), so a typo in any
 * of them fails `tsc`.
 */
export function leverIdsSource(
  json: unknown,
  generationsJson: unknown = { generations: [] },
  eventsJson: unknown = { events: [] },
): string {
  if (!Array.isArray(json)) throw new Error('data/levers.json: expected an array of levers');
  const ids = json.map((entry: unknown, i) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(id))
      throw new Error(`data/levers.json: [${i}].id: expected an identifier`);
    return id;
  });
  return [
    '// Generated from data/levers.json by scripts/gen-lever-ids.ts (npm run gen:levers). Do not edit.',
    '',
    '/** Every lever id, in registry order. */',
    'export const LEVER_IDS = [',
    ...ids.map((id) => `  '${id}',`),
    '] as const;',
    '',
    '/** Generations whose fields are levers (data/generations.json). */',
    'export const GENERATION_IDS = [',
    ...idsOf(generationsJson, 'generations', 'data/generations.json').map((id) => `  '${id}',`),
    '] as const;',
    '',
    '/** Events whose fields are levers (data/events.json, less the rows levers model). */',
    'export const EVENT_IDS = [',
    ...idsOf(eventsJson, 'events', 'data/events.json', (e) => e.modelledBy !== undefined).map((id) => `  '${id}',`),
    '] as const;',
    '',
    'export type FileLeverId = (typeof LEVER_IDS)[number];',
    "export type GenerationField = 'h100e' | 'watts' | 'priceUsd' | 'firstMonth';",
    "export type EventField = 'on' | 'month' | 'status' | 'usdB' | 'gw' | 'probability';",
    "export type AddedEventField = 'on' | 'kind' | 'month' | 'usdB' | 'termMonths' | 'status';",
    "export type AddedEventSlot = 'added-1' | 'added-2' | 'added-3' | 'added-4';",
    '',
    '/** A lever id: a typo in one is a type error. */',
    'export type LeverId =',
    '  | FileLeverId',
    '  | `${(typeof GENERATION_IDS)[number]}.${GenerationField}`',
    '  | `${(typeof EVENT_IDS)[number]}.${EventField}`',
    '  | `${AddedEventSlot}.${AddedEventField}`;',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const want = leverIdsSource(read(LEVERS_JSON), read(GENERATIONS_JSON), read(EVENTS_JSON));
  let have = '';
  try {
    have = readFileSync(LEVER_IDS_PATH, 'utf8');
  } catch {
    /* missing: written below */
  }
  if (process.argv.includes('--check')) {
    if (have !== want) {
      console.error('src/registry/leverIds.ts is out of date with data/levers.json: run `npm run gen:levers`');
      process.exit(1);
    }
  } else if (have !== want) {
    writeFileSync(LEVER_IDS_PATH, want);
    console.log('src/registry/leverIds.ts: regenerated from data/levers.json');
  }
}
