import type { TestSpecification } from 'vitest/node';
import { BaseSequencer } from 'vitest/node';

// Stryker stops a mutant's run at the first failing test (bail), so the order of the files
// decides what a killed mutant costs: the direct tests of test/mutation/ first (under a second
// each), then the unit and golden files, and the law (fast-check) files, which take seconds even
// at the lean budget, last.
const DIRECT = /\/test\/mutation\//;
const SLOW = /\/(properties|plan)\/|exactness|\.property\./;

export class FastFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => (DIRECT.test(file.moduleId) ? 0 : SLOW.test(file.moduleId) ? 2 : 1);
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}
