/**
 * Vitest config of the uncertainty tests, for mutation testing of src/engine/uncertainty
 * (stryker.config.mjs, part engine-uncertainty): sampling, ranges, Monte Carlo batches and their
 * merge, tornado, goal-seek and the spec's checks. Node environment; `npm test` does not use it.
 */
import { defineConfig } from 'vitest/config';
import { inOrder } from './test/mutation/sequencer';

const ORDER = [
  'test/unit/uncertainty/exact.test.ts',
  'test/unit/uncertainty/spec.test.ts',
  'test/unit/uncertainty/fundingBasis.test.ts',
  'test/unit/uncertainty/sampling.test.ts',
  'test/unit/uncertainty/sensitivity.test.ts',
  'test/unit/uncertainty/montecarlo.test.ts',
];

export default defineConfig({
  define: { __LEAN_DATA__: 'false' },
  test: {
    name: 'uncertainty',
    environment: 'node',
    // One module graph for all files of a run: the engine and its data load once, not once per
    // test file (half the time of a mutant's run). These tests share no mutable module state.
    isolate: false,
    // cheapest first
    include: ORDER,
    sequence: { sequencer: inOrder(ORDER) },
    // Stryker's instrumented code runs slower than vitest's 5 s default allows on a loaded machine.
    // Mutants that loop are stopped by Stryker's own timeout.
    testTimeout: 60_000,
    // fast-check with a fixed seed, so that two runs see the same cases and the same survivors
    setupFiles: ['test/mutation/setup.ts', 'test/mutation/engineSetup.ts'],
  },
});
