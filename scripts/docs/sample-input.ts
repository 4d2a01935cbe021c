import type { CriteriaSet } from '../../src/model/criteria-set.js';
import type { Indicator } from '../../src/model/indicator.js';
import { existsIn, targetsOf } from '../../src/model/cell.js';

/**
 * A small, valid evaluation input for a set: the first column, the first assessment year, one
 * plausible value per indicator and every fact and reference the set reads. Shown in the docs
 * as an example and used by the tests as an input every schema must accept.
 */
export function sampleInput(set: CriteriaSet): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const facts: Record<string, number | boolean> = {};
  const references: Record<string, number> = {};
  const seeFact = (name: string, kind: 'number' | 'boolean' | undefined) => {
    if (!(name in facts)) facts[name] = kind === 'boolean' ? false : 0;
  };
  for (const [name, fact] of Object.entries(set.facts ?? {})) seeFact(name, fact.kind);
  for (const name of Object.keys(set.references ?? {})) references[name] = 40;
  for (const condition of set.conditions)
    if (condition.check.kind === 'fact') seeFact(condition.check.fact, typeof condition.check.value === 'boolean' ? 'boolean' : 'number');
  const column = set.columns === 'regions' ? 'red-river-delta' : set.columns === 'groups' ? 'group-2' : 'all';
  // Facts an applicability test reads take a value that passes it: every sample value applies.
  for (const indicator of set.criteria.flatMap((c) => c.indicators)) {
    const test = indicator.appliesWhen;
    if (test && !(test.fact in facts)) {
      facts[test.fact] =
        typeof test.value === 'boolean'
          ? test.value
          : test.op === '>'
            ? test.value + 1
            : test.op === '<'
              ? Math.max(0, test.value - 1)
              : test.value;
    }
  }
  set.criteria.forEach((criterion, i) => {
    criterion.indicators.forEach((indicator, j) => {
      // A value for an indicator that does not exist in the sample's column would be an input issue.
      if (!indicator.columns || existsIn(indicator, column as never)) values[indicator.code] = sampleValue(indicator, i + j);
      if (indicator.appliesWhen)
        seeFact(indicator.appliesWhen.fact, typeof indicator.appliesWhen.value === 'boolean' ? 'boolean' : 'number');
      for (const target of targetsOf(indicator)) {
        if (target.when) seeFact(target.when.fact, typeof target.when.value === 'boolean' ? 'boolean' : 'number');
        if (target.relativeTo && !(target.relativeTo in references)) references[target.relativeTo] = 40;
      }
    });
  });
  return {
    ...(set.columns === 'regions' ? { region: 'red-river-delta' } : set.columns === 'groups' ? { group: 'group-2' } : {}),
    ...(set.years ? { year: set.years.from } : {}),
    values,
    ...(Object.keys(facts).length > 0 ? { facts } : {}),
    ...(Object.keys(references).length > 0 ? { references } : {}),
  };
}

function sampleValue(indicator: Indicator, seed: number): unknown {
  switch (indicator.measure) {
    case 'percent':
      return seed % 3 === 0 ? { numerator: 19, denominator: 20 } : 90;
    case 'flag':
      return true;
    case 'amount':
      return 50;
    case 'count':
      return 1;
  }
}
