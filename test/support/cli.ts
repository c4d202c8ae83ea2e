/**
 * The simulate CLI (src/cli/simulate.ts) run two ways, for the tests (test/unit/cli, test/browser/why):
 *
 * - `simulate(...args)`: in this process. The real module runs, top to bottom, as `node` would
 *   run it: `process.argv` holds the arguments, what it writes to stdout and stderr is captured,
 *   and `process.exitCode` (what the process would exit with) is read back, then all three are
 *   restored. Each call imports the file under a new query (`?run=N`), so the module body (its
 *   top-level `await main(...)`) runs again, while the engine and the data it imports load once per
 *   test file: a call costs the run, not a new Node and a new TypeScript transform (~2 s of CPU
 *   each under tsx).
 * - `spawnSimulate(...args)`: the CLI as a person runs it, `tsx src/cli/simulate.ts ...` in a child
 *   process; for the tests that prove the real command works (exit status, stdout, stderr).
 */
import { spawnSync } from 'node:child_process';

export interface CliRun {
  /** the exit status the process ends with */
  code: number | null;
  out: string;
  err: string;
}

const TSX = 'node_modules/.bin/tsx';

export function spawnSimulate(...args: string[]): CliRun {
  const r = spawnSync(TSX, ['src/cli/simulate.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let runs = 0;
/** The end of the last run: runs go one at a time, even when a test timed out with one under way. */
let queue: Promise<unknown> = Promise.resolve();

export function simulate(...args: string[]): Promise<CliRun> {
  const run = queue.then(() => runInProcess(args));
  queue = run.catch(() => {});
  return run;
}

async function runInProcess(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const { argv, exitCode } = process;
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  const capture =
    (into: string[]) =>
    (chunk: string | Uint8Array): boolean => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    };
  process.argv = [argv[0], 'src/cli/simulate.ts', ...args];
  process.exitCode = undefined;
  process.stdout.write = capture(out) as typeof process.stdout.write;
  process.stderr.write = capture(err) as typeof process.stderr.write;
  let code: number | null;
  try {
    await import(/* @vite-ignore */ `../../../src/cli/simulate.ts?run=${++runs}`);
    // node exits with process.exitCode, 0 when it is unset
    code = Number(process.exitCode ?? 0);
  } catch (e) {
    // an error main does not catch: node prints it and exits 1
    err.push(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    code = 1;
  } finally {
    process.argv = argv;
    process.exitCode = exitCode;
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
  }
  return { code, out: out.join(''), err: err.join('') };
}
