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
 * it): 141 s alone, 300-370 s beside Chromium (it was 352 s in jsdom). How long each lane takes
 * depends on the machine's load, so the lanes share the work: the first starts with most browser
 * files, the second with the unit and gates files, and each then takes the next browser file
 * from one queue (the longest first) until it is empty. A fixed split ended one lane 83 s, then
 * 97 s, after the other; one CI run at 595 s, 5 s under the limit, is why.
 *
 * Each run prints its own summary ("Tests  N passed …"), which `.ci/run` adds up; their lines
 * are passed through whole, so they interleave only line by line. Exits non-zero when either fails.
 * Arguments after `--` go to both (e.g. `-- --reporter=verbose`).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const extra = process.argv.slice(2);
/** Browser files either lane takes when it is free, longest first (seconds in one CI run). */
const QUEUE = [
  ['test/browser/present.test.ts'], // 55
  ['test/browser/citable.test.ts'], // 46
  ['test/browser/events.test.ts'], // 29
  ['test/browser/why.test.ts'], // 28
  ['test/browser/identity.test.ts'], // 27
  ['test/browser/export.test.ts'], // 27
  ['test/browser/whyLeft.test.ts'], // 19
];
/** What each lane starts with: the other browser files, and the unit and gates files. */
const FIRST = [
  ['--project', 'browser', ...QUEUE.flat().flatMap((f) => ['--exclude', f])],
  ['--project', 'unit', '--project', 'unit-dom', '--project', 'gates'],
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

async function lane(first) {
  let code = await run(first);
  // one file a run: pairs ended one lane 94 s after the other (578 s against 561 s)
  for (let files = QUEUE.shift(); files; files = QUEUE.shift())
    code = (await run(['--project', 'browser', ...files])) || code;
  return code;
}

const codes = await Promise.all(FIRST.map(lane));
process.exitCode = codes.some((c) => c !== 0) ? 1 : 0;
