// fast-check as the mutation run sees it (vitest.mutation.config.ts resolves the tests'
// 'fast-check' here): the same library, but each property runs at most LEAN_RUNS cases from one
// fixed seed. Stryker runs the covering tests once per mutant, so the law tests' thousands of
// cases would cost hours; the fixed seed gives a mutant the same verdict on every run, which the
// incremental file relies on. `npm test` still runs the full budgets with fresh seeds.
import fc from 'fast-check';
import { expect } from 'vitest';

const LEAN_RUNS = Number(process.env.MUTATION_FC_RUNS ?? 10);
const LEAN_SEED = 20261202;
// Files that keep their own budget: exactness.test.ts asserts that its generator reached the
// percent boundary more than 25 times, which takes its full 3000 cases (and 2 s).
const FULL_BUDGET = /\/test\/exactness\.test\.ts$/;

const leanAssert = (property: fc.IRawProperty<unknown>, params?: fc.Parameters<unknown>) => {
  const full = FULL_BUDGET.test(expect.getState().testPath ?? '');
  const numRuns = full ? params?.numRuns : Math.min(params?.numRuns ?? LEAN_RUNS, LEAN_RUNS);
  return fc.assert(property, { ...params, numRuns, seed: LEAN_SEED });
};

export default { ...fc, assert: leanAssert as typeof fc.assert };
