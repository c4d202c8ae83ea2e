/**
 * Vitest config of the engine's own unit tests, for mutation testing (stryker.config.json).
 * Node environment, no React plugin, no jsdom: these tests only call src/engine and
 * src/registry (and the pure link code of src/url) as functions. `npm test` does not use it;
 * the unit project of vite.config.ts still runs the same files there.
 */
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files cheapest first (times under Stryker's instrumentation, about 6× plain): a mutant
 * stops at its first failing test, so the cheap tests get the first chance to kill it. Files
 * not named here run after these, in vitest's own order.
 */
const ORDER = [
  'test/unit/engine/physics.test.ts', // 0.02 s
  'test/unit/engine/ledger.test.ts', // 0.01 s
  'test/unit/engine/calibration.test.ts', // 0.01 s
  'test/unit/uncertainty/spec.test.ts', // 0.01 s
  'test/unit/uncertainty/sampling.test.ts', // 0.9 s
  'test/unit/engine/attribution.test.ts', // 2.1 s
  'test/unit/uncertainty/sensitivity.test.ts', // 3.5 s
  'test/unit/engine/properties.test.ts', // 5.9 s
  'test/unit/uncertainty/montecarlo.test.ts', // 10.6 s
  'test/unit/engine/signs.test.ts', // 15.1 s
];

class CheapestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = ORDER.indexOf(relative(this.ctx.config.root, f.moduleId).split('\\').join('/'));
      return i < 0 ? ORDER.length : i;
    };
    const rest = await super.sort(files);
    return rest
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}

export default defineConfig({
  define: { __LEAN_DATA__: 'false' },
  test: {
    name: 'engine',
    environment: 'node',
    include: [
      'test/unit/engine/**/*.test.ts',
      // src/engine/uncertainty: sampling, batches, tornado, goal seek, the spec's checks
      'test/unit/uncertainty/montecarlo.test.ts',
      'test/unit/uncertainty/sampling.test.ts',
      'test/unit/uncertainty/sensitivity.test.ts',
      'test/unit/uncertainty/spec.test.ts',
    ],
    // 10,000 random scenarios checked for finite outputs: 4.5 s plain, 37 s under Stryker's
    // instrumentation, half the suite, paid in full by every surviving mutant. Finite outputs
    // are also checked by properties.test.ts ("gives finite outputs everywhere"). npm test keeps it.
    exclude: ['test/unit/engine/finite10k.test.ts'],
    sequence: { sequencer: CheapestFirst },
    // Stryker's instrumented code runs slower: a 5 s property test of the dry run timed out
    // at vitest's default. Mutants that loop are stopped by Stryker's own timeout.
    testTimeout: 60_000,
    // fast-check with a fixed seed, so that two runs see the same cases and the same survivors
    setupFiles: ['test/mutation/setup.ts'],
  },
});
