// fast-check as the mutation-testing configs see it (vitest.url.config.ts aliases 'fast-check'
// here), not `npm test`: every property runs at most MUTATION_RUNS cases. A surviving mutant pays
// for every case of every property that reaches it; the link fuzz alone (2,500 cases) took longer
// than the rest of the suite. Fewer cases can only kill fewer mutants: the score is a lower bound.
import * as real from '../../node_modules/fast-check/lib/fast-check.js';

export * from '../../node_modules/fast-check/lib/fast-check.js';

export const MUTATION_RUNS = 50;

export const assert: typeof real.assert = ((property: unknown, params?: { numRuns?: number }) =>
  (real.assert as (p: unknown, q: unknown) => unknown)(property, {
    ...params,
    numRuns: Math.min(params?.numRuns ?? MUTATION_RUNS, MUTATION_RUNS),
  })) as typeof real.assert;

export default { ...real.default, assert };
