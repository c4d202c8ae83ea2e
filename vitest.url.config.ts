/**
 * Vitest config of the link and registry unit tests, for mutation testing
 * (stryker.config.mjs, part url). Node environment, no React plugin; test/unit/url/saved.test.ts
 * asks for jsdom itself (localStorage). Left out because it needs a DOM: test/unit/url/urlSync.test.ts
 * (window, history); test/unit/url/fuzz.test.ts (2,500 malformed links that must not throw: more
 * time than the rest together, and its check that 500 of 1,500 links have problems needs every case).
 * `npm test` does not use this config.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __LEAN_DATA__: 'false' },
  // at most 50 cases a property under mutation (test/mutation/fastCheckCapped.ts)
  resolve: {
    alias: [
      {
        find: /^fast-check$/,
        replacement: fileURLToPath(new URL('./test/mutation/fastCheckCapped.ts', import.meta.url)),
      },
    ],
  },
  test: {
    name: 'url',
    environment: 'node',
    // One module graph for all files of a run: the engine and its data load once, not once per
    // test file (half the time of a mutant's run). These tests share no mutable module state.
    isolate: false,
    // Stryker's instrumented code runs slower: a 5 s property test of the dry run timed out
    // at vitest's default. Mutants that loop are stopped by Stryker's own timeout.
    testTimeout: 60_000,
    include: [
      'test/unit/url/codec.test.ts',
      'test/unit/url/codecMessages.test.ts',
      'test/unit/url/codecEdges.test.ts',
      // src/url/cite.ts, src/url/saved.ts
      'test/unit/url/cite.test.ts',
      'test/unit/url/saved.test.ts',
      'test/unit/url/identity.test.ts',
      'test/unit/url/migrations.test.ts',
      'test/unit/url/presets.test.ts',
      // src/url/uncertaintyLink.ts: seed and N in the link
      'test/unit/uncertainty/spec.test.ts',
      'test/unit/registry/registry.test.ts',
      'test/unit/registry/value.test.ts',
      // value.ts's rules called as functions (valuePaths.test.tsx reaches them through the DOM)
      'test/unit/registry/valueRules.test.ts',
      'test/unit/registry/decimalText.test.ts',
      'test/unit/registry/pairs.test.ts',
      'test/unit/registry/sameParams.test.ts',
      'test/unit/registry/leverIds.test.ts',
      // src/registry/lineage.ts: a slider step's scenario and the way back to an older one
      'test/unit/registry/lineage.test.ts',
      // src/registry/zod.ts: the validators' messages
      'test/unit/registry/zodText.test.ts',
      // src/registry/releases.ts, loadRelease.ts, records.ts
      'test/unit/releases/releases.test.ts',
    ],
    // fast-check with a fixed seed, so that two runs see the same cases and the same survivors
    setupFiles: ['test/mutation/setup.ts'],
  },
});
