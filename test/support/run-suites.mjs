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
 * Each process prints its own summary ("Tests  N passed …"), which `.ci/run` adds up; their lines
 * are passed through whole, so they interleave only line by line. Exits non-zero when either fails.
 * Arguments after `--` go to both (e.g. `-- --reporter=verbose`).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const extra = process.argv.slice(2);
const RUNS = [
  ['--project', 'browser'],
  ['--project', 'unit', '--project', 'gates'],
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

const codes = await Promise.all(RUNS.map(run));
process.exitCode = codes.some((c) => c !== 0) ? 1 : 0;
