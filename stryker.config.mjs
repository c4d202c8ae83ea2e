// StrykerJS configuration of `npm run mutation` and `npm run mutation:url` (scripts/mutation.mjs).
// A run is split into parts, each with its own mutated files, its own vitest config of the tests
// that judge them, and its own incremental record and JSON report (reports/), so that a part can
// run on its own, a stopped run keeps the parts it finished, and scripts/mutation.mjs adds the
// parts up. The part is chosen by MUTATION_PART (default: engine:run).
import { readdirSync } from 'node:fs';

const CORE = 'vitest.engine.config.ts';
const UNCERTAINTY = 'vitest.uncertainty.config.ts';
const URL = 'vitest.url.config.ts';

/**
 * One part per engine file (engine:<name>, judged by the fast engine tests), the uncertainty folder
 * (judged by the uncertainty tests), and src/url with src/registry. Small parts finish and keep
 * their result on this 2-core machine, where one part of all 2,700 engine mutants would not.
 */
const ENGINE_FILES = readdirSync('src/engine')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));
export const PARTS = {
  ...Object.fromEntries(ENGINE_FILES.map((f) => [`engine:${f}`, { vitest: CORE, mutate: [`src/engine/${f}.ts`] }])),
  'engine:uncertainty': { vitest: UNCERTAINTY, mutate: ['src/engine/uncertainty/**/*.ts'] },
  // src/url and src/registry, one part a file; leverIds.ts is generated (scripts/gen-lever-ids.ts)
  // and left out.
  ...Object.fromEntries(
    ['url', 'registry'].flatMap((dir) =>
      readdirSync(`src/${dir}`)
        .filter((f) => f.endsWith('.ts') && f !== 'leverIds.ts')
        .map((f) => [`${dir}:${f.slice(0, -3)}`, { vitest: URL, mutate: [`src/${dir}/${f}`] }]),
    ),
  ),
};

const part = process.env.MUTATION_PART ?? 'engine:run';
if (!(part in PARTS)) throw new Error(`MUTATION_PART ${part}: one of ${Object.keys(PARTS).join(', ')}`);
const { vitest, mutate } = PARTS[part];

export default {
  testRunner: 'vitest',
  vitest: { configFile: vitest },
  mutate,
  // Each mutant runs only the tests that reached it in the dry run.
  coverageAnalysis: 'perTest',
  // Mutants reached only while a test file loads are not tested (a test computing its result in
  // a describe body instead of in `it` cannot kill a mutant).
  ignoreStatic: true,
  // vitest does not type-check; Stryker's // @ts-nocheck headers would change the generated leverIds.ts,
  // whose test compares it with what the generator writes
  disableTypeChecks: false,
  concurrency: 2,
  // A mutant counts as a timeout (killed) when its tests take longer than 2 × their dry-run time
  // + timeoutMS. At a load average of 20 on this shared machine (Stryker at nice 19) a surviving
  // mutant's full test run took longer than 10 s and was counted killed (35 "timeouts" in 93 mutants of
  // month.ts): 60 s lets a slow survivor finish as a survivor; a mutant that loops still stops.
  timeoutMS: Number(process.env.MUTATION_TIMEOUT_MS ?? 60000),
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 30,
  incremental: true,
  incrementalFile: `reports/incremental/${part.replace(':', '-')}.json`,
  // its own sandbox folder, so that two parts can run side by side
  tempDirName: `.stryker-tmp/${part.replace(':', '-')}`,
  ignorePatterns: ['dist', 'test-results', 'reports', '.tmp', '.stryker-tmp'],
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  jsonReporter: { fileName: `reports/mutation/${part.replace(':', '-')}.json` },
  htmlReporter: { fileName: `reports/mutation/${part.replace(':', '-')}.html` },
  thresholds: { high: 85, low: 80, break: null },
};
