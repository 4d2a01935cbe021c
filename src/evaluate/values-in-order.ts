import type { SetIndex } from './set-index.js';
import type { CleanValue, ValueLookup } from './validate-input.js';

/**
 * A clean input's values held in the set's indicator order (slot = the code's position in
 * the set index), with the by-code look-up the generic evaluation uses.
 *
 * Why: the fast validator writes each value to its slot and the compiled plan reads it back
 * by position, so a common-case evaluation builds and searches no map of 56 entries.
 * @internal
 */
export class ValuesInOrder implements ValueLookup {
  constructor(
    /** By position in `index`; a hole where no value was given. */
    readonly slots: readonly (CleanValue | undefined)[],
    private readonly index: SetIndex,
  ) {}

  get(code: string): CleanValue | undefined {
    const entry = this.index.indicators.get(code);
    return entry === undefined ? undefined : this.slots[entry.position];
  }
}
