// Setup of the engine's mutation-testing configs (vitest.engine.config.ts,
// vitest.uncertainty.config.ts), not of `npm test`.
import { beforeEach } from 'vitest';
import { clearEventsMemo } from '../../src/engine/events';
import { clearHistoryCache } from '../../src/engine/record';

// The engine keeps the record's months of the last few sets of record levers (src/engine/record.ts).
// Under Stryker each test must compute them itself: a history kept from a test run under another
// mutant (isolate: false keeps modules between files) would be judged instead of this mutant's.
// The same for the time axis's last list (events.ts); a run's kept capacity build stands on its
// record, so a new record clears it too (run.ts).
beforeEach(() => {
  clearHistoryCache();
  clearEventsMemo();
});
