import type { CriteriaSet } from '../model/criteria-set.js';
import type { Criterion } from '../model/criterion.js';
import type { Indicator } from '../model/indicator.js';

/** Look-ups derived from a set once, for validation and evaluation. @internal */
export interface SetIndex {
  /** By code; `position` is the code's place in `codes` (a slot of `ValuesInOrder`). */
  readonly indicators: ReadonlyMap<string, { readonly indicator: Indicator; readonly criterion: Criterion; readonly position: number }>;
  readonly codes: readonly string[];
}

// Why a cache: a set is immutable data, so its index is a pure function of it; the WeakMap
// only saves recomputing it on every evaluation and never changes a result.
const cache = new WeakMap<CriteriaSet, SetIndex>();

/** The index of a set (built once per set object). @internal */
export function indexOf(set: CriteriaSet): SetIndex {
  let index = cache.get(set);
  if (!index) {
    const indicators = new Map<string, { indicator: Indicator; criterion: Criterion; position: number }>();
    for (const criterion of set.criteria) {
      for (const indicator of criterion.indicators) {
        // A code given twice keeps its first position (a Map keeps the first key's place in `codes`).
        const position = indicators.get(indicator.code)?.position ?? indicators.size;
        indicators.set(indicator.code, { indicator, criterion, position });
      }
    }
    index = { indicators, codes: [...indicators.keys()] };
    cache.set(set, index);
  }
  return index;
}
