/**
 * Vitest config of the engine's fast unit tests, for mutation testing of src/engine outside
 * src/engine/uncertainty (stryker.config.mjs, parts engine-v3 and engine-rest). Node environment,
 * no React plugin, no jsdom: these tests only call src/engine and src/registry as functions.
 * `npm test` does not use it; the unit project of vite.config.ts runs the same files there.
 */
import { defineConfig } from 'vitest/config';
import { inOrder } from './test/mutation/sequencer';

/**
 * Test files cheapest first: a mutant stops at its first failing test, so the cheap hand-computed
 * tests get the first chance to kill it, and a surviving mutant pays for every file below.
 */
const ORDER = [
  'test/unit/engine/workspace.test.ts',
  'test/unit/engine/time.test.ts',
  'test/unit/engine/leverKey.test.ts',
  'test/unit/engine/leverKeyHand.test.ts',
  'test/unit/engine/schedules.test.ts',
  'test/unit/engine/events.test.ts',
  'test/unit/engine/eventsHand.test.ts',
  'test/unit/accounting/microsoftLedger.test.ts',
  'test/unit/engine/microsoftLedger.test.ts',
  'test/unit/engine/growth.test.ts',
  'test/unit/engine/hardware.test.ts',
  'test/unit/engine/summary.test.ts',
  'test/unit/engine/financing.test.ts',
  'test/unit/engine/accounting.test.ts',
  'test/unit/engine/exposure.test.ts',
  'test/unit/engine/microsoft.test.ts',
  'test/unit/engine/run.test.ts',
  'test/unit/engine/funding.test.ts',
  'test/unit/engine/whyTables.test.ts',
  'test/unit/accounting/lossBridge.test.ts',
  'test/unit/why/why.test.ts',
  'test/unit/engine/why.test.ts',
  'test/unit/engine/dispatch.test.ts',
  'test/unit/engine/fleet.test.ts',
  'test/unit/engine/month.test.ts',
  'test/unit/engine/physics.test.ts',
  'test/unit/engine/physicsRound.test.ts',
  'test/unit/engine/ledger.test.ts',
  'test/unit/engine/counterpartiesHand.test.ts',
  'test/unit/engine/counterparties.test.ts',
  'test/unit/engine/calibration.test.ts',
  'test/unit/engine/electricity.test.ts',
  'test/unit/engine/options.test.ts',
  'test/unit/engine/record.test.ts',
  'test/unit/engine/attributionHand.test.ts',
  'test/unit/engine/attribution.test.ts',
  'test/unit/engine/signsV3.test.ts',
];

export default defineConfig({
  define: { __LEAN_DATA__: 'false' },
  test: {
    name: 'engine',
    environment: 'node',
    // One module graph for all files of a run: the engine and its data load once, not once per
    // test file (half the time of a mutant's run). These tests share no mutable module state.
    isolate: false,
    // The fast set: hand-computed fixtures, the record, the option book, the strict sign rows v3
    // (must-move rows and directions on every preset). The random-scenario properties
    // (properties.test.ts, signs.test.ts, *.properties.test.ts, record.levers.test.ts,
    // finite10k.test.ts) run in `npm test`, not here: a surviving mutant pays for every test that
    // reaches it, and together they are 10× the fast set. The score is therefore a lower bound.
    include: ORDER,
    sequence: { sequencer: inOrder(ORDER) },
    // Stryker's instrumented code runs slower: a 5 s property test of the dry run timed out
    // at vitest's default. Mutants that loop are stopped by Stryker's own timeout.
    testTimeout: 60_000,
    // fast-check with a fixed seed, so that two runs see the same cases and the same survivors
    setupFiles: ['test/mutation/setup.ts', 'test/mutation/engineSetup.ts'],
  },
});
