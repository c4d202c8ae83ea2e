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
export const LEVER_IDS_PATH = fileURLToPath(new URL('../src/registry/leverIds.ts', import.meta.url));

/** The file's text for the levers in `json` (data/levers.json's array), in registry order. */
export function leverIdsSource(json: unknown): string {
  if (!Array.isArray(json)) throw new Error('data/levers.json: expected an array of levers');
  const ids = json.map((entry: unknown, i) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(id)) throw new Error(`data/levers.json: [${i}].id: expected an identifier`);
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
    '/** A lever id: a typo in one is a type error. */',
    'export type LeverId = (typeof LEVER_IDS)[number];',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const want = leverIdsSource(JSON.parse(readFileSync(LEVERS_JSON, 'utf8')));
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
