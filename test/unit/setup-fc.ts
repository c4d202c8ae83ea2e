/**
 * fast-check's seed. Run by hand (`npm test`, `npx vitest`), every property draws new scenarios
 * and may find a new counterexample, which it prints with its seed. Under CI (`.ci/run` sets
 * CI=true) the seed is fixed, so a submission passes or fails on its code, not on its draw: two
 * CI runs in a day failed on draws no earlier run had made (an $11.7T month off by 2e-9, a $2.7M
 * option effect), both explained and fixed in the tests. FC_SEED picks a seed by hand.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261207 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
