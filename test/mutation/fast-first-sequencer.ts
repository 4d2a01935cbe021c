import type { TestSpecification } from 'vitest/node';
import { BaseSequencer } from 'vitest/node';

// Stryker stops a mutant's run at the first failing test (bail), so the order of the files
// decides what a killed mutant costs: the quick unit and golden files run first, the law
// (fast-check) files, which take seconds even at the lean budget, last.
const SLOW = /\/(properties|plan)\/|exactness|\.property\./;

export class FastFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const slow = (file: TestSpecification) => (SLOW.test(file.moduleId) ? 1 : 0);
    return [...files].sort((a, b) => slow(a) - slow(b) || a.moduleId.localeCompare(b.moduleId));
  }
}
