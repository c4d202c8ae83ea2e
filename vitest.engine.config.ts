/**
 * Vitest config of the engine's own unit tests, for mutation testing (stryker.config.json).
 * Node environment, no React plugin, no jsdom: these tests only call src/engine and
 * src/registry (and the pure link code of src/url) as functions. `npm test` does not use it;
 * the unit project of vite.config.ts still runs the same files there.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __LEAN_DATA__: 'false' },
  test: {
    name: 'engine',
    environment: 'node',
    // Stryker's instrumented code runs slower: a 5 s property test of the dry run timed out
    // at vitest's default. Mutants that loop are stopped by Stryker's own timeout.
    testTimeout: 60_000,
    include: [
      'test/unit/engine/**/*.test.ts',
      // src/engine/uncertainty: sampling, batches, tornado, goal seek, the spec's checks
      'test/unit/uncertainty/montecarlo.test.ts',
      'test/unit/uncertainty/sampling.test.ts',
      'test/unit/uncertainty/sensitivity.test.ts',
      'test/unit/uncertainty/spec.test.ts',
    ],
    // fast-check with a fixed seed, so that two runs see the same cases and the same survivors
    setupFiles: ['test/mutation/setup.ts'],
  },
});
