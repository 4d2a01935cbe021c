// Evaluate a spreadsheet: arrives with @ntm/sheets (branch cli).
import type { CriteriaSet } from '@ntm/criteria';
import type { PageState } from './state.js';

export function SheetView(_: { set: CriteriaSet; state: PageState }) {
  return null;
}
