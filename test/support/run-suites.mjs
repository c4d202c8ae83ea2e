#!/usr/bin/env node
/**
 * `npm test`'s last step: every vitest project, the browser suites beside the others.
 *
 * One `vitest run` runs a single file at a time on a 2-core machine (vitest's default is one
 * worker per core minus one, and the browser project, one file after another, only starts once
 * every unit file is done). But a browser test spends most of its time in Chromium's processes
 * while its vitest worker waits, so the unit and gates files, which are all Node, run in a second
 * `vitest run` at the same time: two processes, each with one worker, over the two cores.
 *
 * The unit files run in Node (jsdom only for component tests and the few .ts files that ask for
 * it): 141 s alone, ~300 s beside Chromium (it was 352 s). The browser files take ~560 s beside
 * it, so four of them (present, citable, identity, why: ~160 s) go after the unit run in its lane,
 * and the lanes end together (~450 s each). One CI run at 595 s, 5 s under the limit, is why.
 *
 * Each run prints its own summary ("Tests  N passed …"), which `.ci/run` adds up; their lines
 * are passed through whole, so they interleave only line by line. Exits non-zero when either fails.
 * Arguments after `--` go to both (e.g. `-- --reporter=verbose`).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const extra = process.argv.slice(2);
/** The browser files that run in the second lane, after the unit and gates files. */
const MOVED = [
  'test/browser/present.test.ts',
  'test/browser/citable.test.ts',
  'test/browser/identity.test.ts',
  'test/browser/why.test.ts',
];
/** Two lanes side by side; the runs of a lane one after another. */
const LANES = [
  [['--project', 'browser', ...MOVED.flatMap((f) => ['--exclude', f])]],
  [
    ['--project', 'unit', '--project', 'unit-dom', '--project', 'gates'],
    ['--project', 'browser', ...MOVED],
  ],
];

function run(projects) {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...projects, ...extra], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    createInterface({ input: child.stdout }).on('line', (l) => process.stdout.write(`${l}\n`));
    createInterface({ input: child.stderr }).on('line', (l) => process.stderr.write(`${l}\n`));
    child.on('error', (e) => {
      process.stderr.write(`run-suites: ${projects.join(' ')}: ${e.message}\n`);
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function lane(runs) {
  let code = 0;
  for (const r of runs) code = (await run(r)) || code;
  return code;
}

const codes = await Promise.all(LANES.map(lane));
process.exitCode = codes.some((c) => c !== 0) ? 1 : 0;
