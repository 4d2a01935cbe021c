import type { IssueMessages, ReasonMessageData, ReasonMessages } from './messages.js';

const hint = (s?: string) => (s ? ` Did you mean "${s}"?` : '');

/** English messages for input issues. */
export const enIssueMessages: IssueMessages = {
  'invalid-input': (d) => `The input must be an object, received ${d.received}.`,
  'unknown-key': (d) => `Field "${d.path}" is not supported; valid fields: ${d.expected}.`,
  'unsafe-key': (d) => `Key "${d.path}" is refused because it could pollute prototypes.`,
  'unknown-indicator': (d) => `The set has no indicator "${d.received}" (at ${d.path}).${hint(d.suggestion)}`,
  'invalid-type': (d) => `The value at ${d.path} must be ${d.expected}, received ${d.received}.${hint(d.suggestion)}`,
  'number-as-string': (d) => `The value at ${d.path} is the string ${d.received}; pass a number, not a string.${hint(d.suggestion)}`,
  'not-a-number': (d) => `The value at ${d.path} is NaN (not a number).`,
  'not-finite': (d) => `The value at ${d.path} is infinite (${d.received}); a finite number is required.`,
  negative: (d) => `The value at ${d.path} must not be negative, received ${d.received}.`,
  'percent-over-100': (d) => `The percentage at ${d.path} must be from 0 to 100, received ${d.received}.`,
  'not-integer': (d) => `The value at ${d.path} must be a whole number, received ${d.received}.`,
  'zero-denominator': (d) => `The denominator at ${d.path} must be greater than 0, received ${d.received}.`,
  'numerator-exceeds-denominator': (d) => `The numerator exceeds the denominator at ${d.path} (${d.received}); the share would be over 100%.`,
  'unknown-region': (d) => `Region ${d.received} does not exist; valid regions: ${d.expected}.${hint(d.suggestion)}`,
  'unknown-group': (d) => `Commune group ${d.received} does not exist; valid groups: ${d.expected}.${hint(d.suggestion)}`,
  'unknown-province': (d) => `Province ${d.received} is not one of the 63 provinces.${hint(d.suggestion)}`,
  'wrong-column-kind': (d) => `This set's targets vary by ${d.expected}, not by ${d.received} (at ${d.path}).`,
  'missing-column': (d) =>
    `No target column could be chosen (${d.expected}); indicators whose targets vary by column are treated as missing data.`,
  'year-outside-period': (d) => `Year ${d.received} is outside the set's period (${d.expected}).`,
  'invalid-override': (d) => `The caller-supplied target at ${d.path} is invalid: expected ${d.expected}, received ${d.received}.`,
  'override-less-strict': (d) =>
    `The caller-supplied target at ${d.path} (${d.received}) is less strict than the verified national target (${d.expected}); the national target is kept.`,
  'unreadable-value': (d) => `The value at ${d.path} could not be read safely (${d.received}); it is ignored. Pass plain data (as JSON.parse gives).`,
  'invalid-criteria-set': (d) => `The criteria set at ${d.path} is not a valid set (${d.received}; expected ${d.expected}); it is not used.`,
  'unknown-unit-kind': (d) => `Unit kind ${d.received} at ${d.path} does not exist (${d.expected}); the unit counts as undecided in every share.${hint(d.suggestion)}`,
  'duplicate-unit': (d) => `Unit ${d.received} is listed again at ${d.path}; it is counted once.`,
  'unit-cycle': (d) => `The unit at ${d.path} contains itself (${d.received}); the repeated part is not read.`,
  'out-of-range': (d) => `The value at ${d.path} must be ${d.expected}, received ${d.received}; the row is not counted.`,
  'unit-too-deep': (d) => `The units at ${d.path} are nested deeper than ${d.expected} levels; the deeper units are not read.`,
};

const by = (d: ReasonMessageData) => (d.overrideBy ? `; target set by ${d.overrideBy}` : '');
const rel = (d: ReasonMessageData) => (d.relative ? ` (relative target: ${d.relative})` : '');

/** English reason sentences. */
export const enReasons: ReasonMessages = {
  met: (d) =>
    d.flag
      ? `Met: achieved, as required (${d.column}; ${d.source}${by(d)}).`
      : `Met: ${d.actual} ${d.op} ${d.target}${rel(d)} (${d.column}; ${d.source}${by(d)}).`,
  'not-met': (d) =>
    d.flag
      ? `Not met: required but not achieved (${d.column}; ${d.source}${by(d)}).`
      : `Not met: ${d.actual}, required ${d.op} ${d.target}${rel(d)} (${d.column}; ${d.source}${by(d)}).`,
  'not-applicable': (d) => `Not applicable to this unit (${d.needed}).`,
  'missing-value': (d) =>
    `Missing data: no value for indicator ${d.code}; required ${d.flag ? 'achieved' : `${d.op} ${d.target}`} (${d.column}).`,
  'invalid-value': (d) => `The value of indicator ${d.code} is invalid and was not evaluated (see the input issues).`,
  'missing-fact': (d) => `Missing data: the fact "${d.needed}" is needed to choose the target of indicator ${d.code}.`,
  'missing-reference': (d) => `Missing data: the reference value "${d.needed}" is needed to compute the target of indicator ${d.code}.`,
  'missing-year': (d) => `Missing data: the target of indicator ${d.code} depends on the year; give the assessment year.`,
  'missing-column': (d) => `Missing data: the target of indicator ${d.code} varies by region or group; give the region or group.`,
  'no-target-for-year': (d) => `The set gives no target for indicator ${d.code} in year ${d.needed} (${d.column}).`,
  'unknown-target': (d) =>
    `The target of indicator ${d.code} is not yet known (${d.column}): ${d.targetStatus}${d.candidates ? `; values reported: ${d.candidates}` : ''}. An app may supply its province's value through overrides.`,
};
