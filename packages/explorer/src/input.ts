// The evaluation input a page state describes. Typed text goes to the engine as numbers when it
// reads as one (a decimal comma is accepted), and as the text itself otherwise, so the engine
// reports it as an issue instead of the page dropping it silently.
import type { CriteriaSet } from '@ntm/criteria';
import type { Entry, PageState } from './state.js';

/** A typed number: `62`, `62,5`, `62.5`; anything else is kept as text for the engine to report. */
function readNumber(text: string): number | string {
  const trimmed = text.trim();
  const normal = trimmed.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : trimmed;
}

/** A typed flag: `true`/`false` as the flag's select gives them. */
function readFlag(text: string): boolean | string {
  return text === 'true' ? true : text === 'false' ? false : text;
}

/** One indicator's value from what was typed, or `undefined` when nothing was. */
function entryValue(entry: Entry | undefined, measure: string): unknown {
  if (!entry) return undefined;
  if ((entry.numerator ?? '') !== '' || (entry.denominator ?? '') !== '') {
    return { numerator: readNumber(entry.numerator ?? ''), denominator: readNumber(entry.denominator ?? '') };
  }
  if ((entry.value ?? '') === '') return undefined;
  return measure === 'flag' ? readFlag(entry.value!) : readNumber(entry.value!);
}

/** The input for `safeEvaluate`: the unit's column, year, categories, values, facts and references. */
export function buildInput(set: CriteriaSet, state: PageState): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const criterion of set.criteria) {
    for (const indicator of criterion.indicators) {
      const value = entryValue(state.entries[indicator.code], indicator.measure);
      if (value !== undefined) values[indicator.code] = value;
    }
  }
  const facts: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(set.facts ?? {})) {
    const text = state.facts[name];
    if (text !== undefined && text !== '') facts[name] = spec.kind === 'boolean' ? readFlag(text) : readNumber(text);
  }
  const references: Record<string, unknown> = {};
  for (const name of Object.keys(set.references ?? {})) {
    const text = state.references[name];
    if (text !== undefined && text !== '') references[name] = readNumber(text);
  }
  const year = state.year ? readNumber(state.year) : undefined;
  return {
    ...(set.columns === 'regions' && state.region ? { region: state.region } : {}),
    ...(set.columns === 'groups' && state.group ? { group: state.group } : {}),
    ...(set.columns === 'regions' && !state.region && state.province ? { province: state.province } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(state.categories.length && set.communeCategories?.length ? { communeCategories: state.categories } : {}),
    values,
    ...(Object.keys(facts).length ? { facts } : {}),
    ...(Object.keys(references).length ? { references } : {}),
  };
}
