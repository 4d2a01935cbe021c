import type { Expectation, ExpectationKey } from './messages.js';
import { formatComparison } from './format.js';

const EXPECTATIONS: { readonly [K in ExpectationKey]: string } = {
  'input-object': 'an object { values, region?, year?, … }',
  'field-name': 'a field name',
  name: 'a name',
  'indicator-code': 'an indicator code',
  'indicator-code-of-set': 'an indicator code of this set',
  'percent-or-ratio': 'a percent from 0 to 100, or { numerator, denominator }',
  flag: 'true or false',
  'non-negative-number': 'a non-negative number',
  'non-negative-integer': 'a non-negative whole number',
  number: 'a number',
  'non-negative-finite-number': 'a non-negative finite number',
  'positive-number': 'a number greater than 0',
  'numerator-not-over-denominator': 'numerator ≤ denominator',
  override: '{ value, by, op?, source?, note? }',
  'override-by': 'who set the value (non-empty text)',
  text: 'a text',
  'province-id': 'a province id such as vinh-phuc',
  'category-ids': 'an array of category ids',
  'no-categories': 'none for this set',
  year: 'a whole year such as 2024',
  'values-object': 'an object of indicator values keyed by code',
  'names-object': 'an object keyed by name',
  'codes-object': 'an object keyed by indicator code',
  'number-or-flag': 'a non-negative number or true/false',
  group: 'commune group (group)',
  region: 'region (region or province)',
  'region-or-province': 'region or province',
  'readable-value': 'a plain value that can be read',
  'plausible-value': 'a value in the range the measure allows',
  'same-comparison': "the indicator's own comparison",
  'units-array': 'an array of units',
  unit: 'a unit { id, kind?, input?, inputs?, results?, units? }',
  'unit-id': 'a unit id (text)',
  'unit-sets': 'an object of criteria sets by level',
  'criteria-set': 'a criteria set',
  'unit-data-by-level': 'an object of unit data by level',
  'results-by-level': 'an object of ready results by level',
  'ready-result': 'a ready result (an evaluation result)',
  'acyclic-unit': 'a unit that does not contain itself',
  'unique-unit-id': 'a unit id used once',
  'unit-name': 'a unit name (text)',
  'report-rows': 'an array of report rows',
  'report-row': 'a report row { id, result, district?, province?, recognised? }',
  'report-result': 'a result { metCount, total, meetsAllCriteria, recognisable }',
  'count-of-total': 'a whole number from 0 to the total',
};

/**
 * What an issue expected, in English (the `expected` field of every input issue). Apart from
 * en.ts so that building an issue does not bring every message into an app's bundle.
 * @internal
 */
export function expectation(e: Expectation): string {
  if (typeof e === 'string') return EXPECTATIONS[e];
  if ('oneOf' in e) return e.oneOf.length > 0 ? e.oneOf.join(', ') : 'none';
  if ('range' in e) return `${e.range.from}–${e.range.to}`;
  return `${formatComparison(e.target.op)} ${String(e.target.value)}`;
}
