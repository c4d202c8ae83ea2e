// Setup of the engine's mutation-testing configs (vitest.engine.config.ts,
// vitest.uncertainty.config.ts), not of `npm test`.
import { beforeEach } from 'vitest';
import { clearHistoryCache } from '../../src/engine/record';

// The engine keeps the record's months of the last few sets of record levers (src/engine/record.ts).
// Under Stryker each test must compute them itself: a history kept from a test run under another
// mutant (isolate: false keeps modules between files) would be judged instead of this mutant's.
beforeEach(() => clearHistoryCache());
