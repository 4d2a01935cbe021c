// The catalogue of bad input: each class gets its issue code, a vi/en message, is never met,
// and never stops the valid values beside it from being evaluated.
import { describe, expect, it } from 'vitest';
import {
  criteriaSetInForce,
  defineCriteriaSet,
  evaluate,
  EvaluationError,
  getCriteriaSet,
  INPUT_ISSUE_CODES,
  listCriteriaSets,
  safeEvaluate,
  safeEvaluateAggregate,
  type IndicatorResult,
  type InputIssueCode,
  formatMessage,
} from '../src/index.js';
import { numberHint } from '../src/evaluate/validate-input.js';
import { ISSUE_EXAMPLES, issueOf } from '../scripts/input-issues-doc.js';

const commune = getCriteriaSet('commune-2021-2025');
const groups = getCriteriaSet('commune-2026-2030');

/** Valid values of verified targets in the Red River Delta column: each one is met. */
const GOOD = { '14.1a': 99, '15.3': 10, '3.2': true, '6.3': { numerator: 20, denominator: 20 } } as const;

function run(values: Record<string, unknown>, extra: Record<string, unknown> = {}, set = commune) {
  const outcome = safeEvaluate(set, { region: 'red-river-delta', year: 2022, values: { ...GOOD, ...values }, ...extra });
  // Keyed by any string: the tests look codes up from lists of strings.
  const indicators = new Map<string, IndicatorResult>(outcome.result.criteria.flatMap((c) => c.indicators).map((r) => [r.code, r]));
  return { ...outcome, indicators };
}

/** The one issue at a path, asserting its code, and that the good values were still evaluated and met. */
function expectIssue(outcome: ReturnType<typeof run>, code: InputIssueCode, path: readonly (string | number)[]) {
  const found = outcome.issues.filter((i) => i.code === code);
  expect(found.map((i) => i.path)).toContainEqual(path);
  const issue = found.find((i) => JSON.stringify(i.path) === JSON.stringify(path))!;
  expect(formatMessage(issue, 'vi')).not.toBe('');
  expect(formatMessage(issue, 'en')).not.toBe('');
  expect(outcome.success).toBe(false);
  for (const code of Object.keys(GOOD)) {
    if (path[0] === 'values' && path[1] === code) continue;
    expect(outcome.indicators.get(code)!.status, `${code} beside the bad value`).toBe('met');
  }
  return issue;
}

/** The indicator refused: missing, reason invalid-value, no actual, never met. */
function expectRefused(outcome: ReturnType<typeof run>, code: string) {
  const r = outcome.indicators.get(code)!;
  expect(r.status).toBe('missing');
  expect(r.reason.code).toBe('indicator.invalid-value');
  expect(r.actual).toBeNull();
}

describe('bad numbers', () => {
  it('NaN → not-a-number', () => {
    const o = run({ '3.1': NaN });
    const issue = expectIssue(o, 'not-a-number', ['values', '3.1']);
    expect(formatMessage(issue, 'en')).toBe('The value at values.3.1 is NaN (not a number).');
    expect(formatMessage(issue, 'vi')).toBe('Giá trị tại values.3.1 là NaN (không phải số).');
    expectRefused(o, '3.1');
  });

  it.each([Infinity, -Infinity])('%s → not-finite', (v) => {
    const o = run({ '3.1': v });
    expect(expectIssue(o, 'not-finite', ['values', '3.1']).received).toBe(String(v));
    expectRefused(o, '3.1');
  });

  it('a negative number → negative, in values, ratio parts, facts and references', () => {
    const o = run({ '3.1': -5, '15.4': { numerator: -1, denominator: 10 } }, { facts: { schoolCount: -2 } });
    expectIssue(o, 'negative', ['values', '3.1']);
    expect(o.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['values.15.4.numerator', 'facts.schoolCount']));
    expectRefused(o, '3.1');
    expectRefused(o, '15.4');
  });

  it('a percentage over 100 → percent-over-100 (100 itself is fine)', () => {
    const o = run({ '3.1': 100.01 });
    expectIssue(o, 'percent-over-100', ['values', '3.1']);
    expectRefused(o, '3.1');
    expect(run({ '3.1': 100 }).indicators.get('3.1')!.status).toBe('met');
  });

  it('a count that is not whole → not-integer', () => {
    const o = run({ '9.1': 2.5 });
    expectIssue(o, 'not-integer', ['values', '9.1']);
  });
});

describe('bad ratios', () => {
  it('numerator > denominator → numerator-exceeds-denominator', () => {
    const o = run({ '3.1': { numerator: 21, denominator: 20 } });
    expect(expectIssue(o, 'numerator-exceeds-denominator', ['values', '3.1']).received).toBe('21/20');
    expectRefused(o, '3.1');
  });

  it.each([
    [5, 0],
    [0, 0],
  ])('%s/%s → zero-denominator', (numerator, denominator) => {
    const o = run({ '3.1': { numerator, denominator } });
    expectIssue(o, 'zero-denominator', ['values', '3.1', 'denominator']);
    expectRefused(o, '3.1');
  });

  it('a ratio with a missing or non-numeric part → invalid-type at that part', () => {
    const o = run({ '3.1': { numerator: '19', denominator: 20 } });
    expectIssue(o, 'invalid-type', ['values', '3.1', 'numerator']);
    expectRefused(o, '3.1');
  });
});

describe('numbers as strings are refused, with a hint only when unambiguous', () => {
  it('"95,5" → number-as-string, suggestion 95.5, not evaluated', () => {
    const o = run({ '3.1': '95,5' });
    const issue = expectIssue(o, 'number-as-string', ['values', '3.1']);
    expect(issue.suggestion).toBe('95.5');
    expect(formatMessage(issue, 'en')).toContain('Did you mean "95.5"?');
    expect(formatMessage(issue, 'vi')).toContain('Có phải ý bạn là "95.5"?');
    expectRefused(o, '3.1');
  });

  it('"1,234" is ambiguous (1.234 or 1234): refused with no suggestion', () => {
    const issue = expectIssue(run({ '3.1': '1,234' }), 'number-as-string', ['values', '3.1']);
    expect(issue.suggestion).toBeUndefined();
  });

  it.each([
    ['95,5', '95.5'],
    ['95.5', '95.5'],
    [' 95,5 % ', '95.5'],
    ['80', '80'],
    ['-3,25', '-3.25'],
    ['0,1234', '0.1234'],
    ['1.234,5', '1234.5'],
    ['1,234.5', '1234.5'],
    ['1,234', undefined],
    ['1.234', undefined],
    ['12.345.678', undefined],
    ['đạt', undefined],
    ['', undefined],
    ['1e3', undefined],
  ])('hint for %j is %s', (text, hint) => {
    expect(numberHint(text)).toBe(hint);
  });

  it('a year as a string → number-as-string with the year as suggestion', () => {
    const o = run({}, { year: '2022' });
    expect(expectIssue(o, 'number-as-string', ['year']).suggestion).toBe('2022');
    expect(o.result.year).toBeNull();
  });
});

describe('wrong types', () => {
  it('a boolean for a number → invalid-type', () => {
    const o = run({ '3.1': true });
    expectIssue(o, 'invalid-type', ['values', '3.1']);
    expectRefused(o, '3.1');
  });

  it.each([
    [1, 'true'],
    [0, 'false'],
    ['có', 'true'],
    [2, undefined],
  ])('a %j for a flag → invalid-type, hint %s', (value, hint) => {
    const o = run({ '7': value });
    expect(expectIssue(o, 'invalid-type', ['values', '7']).suggestion).toBe(hint);
    expectRefused(o, '7');
  });

  it.each([
    ['có', 'true'],
    ['Chưa đạt', 'false'],
    [1, 'true'],
    ['12', undefined],
  ])('a %j for a fact that is true or false → invalid-type ("true or false", not "pass a number"), hint %s', (value, hint) => {
    const o = run({}, { facts: { securityComplexArea: value } });
    const found = expectIssue(o, 'invalid-type', ['facts', 'securityComplexArea']);
    expect(found.suggestion).toBe(hint);
    expect(formatMessage(found, 'vi')).toContain('phải là true hoặc false');
    expect(formatMessage(found, 'en')).toContain('must be true or false');
  });

  it('null or undefined means no data: missing, not an issue', () => {
    const o = run({ '3.1': null, '7': undefined });
    expect(o.success).toBe(true);
    expect(o.indicators.get('3.1')!.reason.code).toBe('indicator.missing-value');
    expect(o.indicators.get('7')!.reason.code).toBe('indicator.missing-value');
  });

  it('a non-object input → invalid-input, and nothing is met', () => {
    for (const input of [null, undefined, 42, 'values', [GOOD], true]) {
      const o = safeEvaluate(commune, input);
      expect(o.issues.map((i) => i.code)).toEqual(['invalid-input']);
      expect(o.result.status).not.toBe('met');
      expect(o.result.criteria.flatMap((c) => c.indicators).some((r) => r.status === 'met')).toBe(false);
    }
  });
});

describe('unknown codes and keys', () => {
  it.each([
    ['3,1', '3.1'],
    [' 3.1', '3.1'],
    ['14.1A', '14.1a'],
    ['99.9', undefined],
  ])('unknown indicator %j → unknown-indicator, did you mean %s', (code, hint) => {
    const o = run({ [code]: 85 });
    const issue = expectIssue(o, 'unknown-indicator', ['values', code]);
    expect(issue.suggestion).toBe(hint);
    if (hint) expect(formatMessage(issue, 'en')).toContain(`Did you mean "${hint}"?`);
  });

  it('a misspelt top-level field → unknown-key with a suggestion', () => {
    const o = safeEvaluate(commune, { region: 'red-river-delta', value: { '3.1': 85 } });
    const issue = o.issues.find((i) => i.code === 'unknown-key')!;
    expect(issue.suggestion).toBe('values');
  });

  it('a very long junk key costs no time to suggest for', () => {
    const o = run({ ['x'.repeat(100_000)]: 1 });
    expect(o.issues.find((i) => i.code === 'unknown-indicator')!.suggestion).toBeUndefined();
  });
});

describe('prototype keys are refused everywhere, and nothing is polluted', () => {
  const text = (key: string) =>
    `{"${key}": {"polluted": 1}, "region": "red-river-delta", "year": 2022,` +
    ` "values": {"${key}": {"polluted": 2}, "14.1a": 99, "15.3": 10, "3.2": true, "6.3": {"numerator": 20, "denominator": 20}},` +
    ` "facts": {"${key}": 1}, "references": {"${key}": 1}, "overrides": {"${key}": {"value": 1, "by": "x"}}}`;

  it.each(['__proto__', 'constructor', 'prototype'])('%s', (key) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const o = safeEvaluate(commune, JSON.parse(text(key)));
    expect(o.issues.filter((i) => i.code === 'unsafe-key').map((i) => i.path)).toEqual([
      [key],
      ['values', key],
      ['facts', key],
      ['references', key],
      ['overrides', key],
    ]);
    for (const i of o.issues) expect(formatMessage(i, 'vi')).not.toContain('native code');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    // The valid values beside them are evaluated.
    for (const code of Object.keys(GOOD)) {
      expect(o.result.criteria.flatMap((c) => c.indicators).find((r) => r.code === code)!.status).toBe('met');
    }
  });
});

describe('columns and years', () => {
  it('an unknown region → unknown-region with the id for an abbreviation; values beside are kept', () => {
    const o = safeEvaluate(commune, { region: 'ĐBSH', year: 2022, values: GOOD });
    const issue = o.issues.find((i) => i.code === 'unknown-region')!;
    expect(issue.suggestion).toBe('red-river-delta');
    expect(formatMessage(issue, 'vi')).toContain('Vùng "ĐBSH" không tồn tại');
    // No column: region-dependent targets are missing data, never met; 14.1a is the same in all regions.
    const r = new Map(o.result.criteria.flatMap((c) => c.indicators).map((x) => [x.code, x]));
    expect(r.get('15.3')!.actual).toBe(10);
    expect([...r.values()].filter((x) => x.status === 'met').every((x) => Object.keys(GOOD).includes(x.code))).toBe(true);
  });

  it('an unknown group → unknown-group; a number 1–3 gets the id as a hint', () => {
    const bad = safeEvaluate(groups, { group: 'group-4', values: {} });
    expect(bad.issues.map((i) => i.code)).toContain('unknown-group');
    const number = safeEvaluate(groups, { group: 2, values: {} });
    expect(number.issues.find((i) => i.code === 'unknown-group')!.suggestion).toBe('group-2');
    // As a spreadsheet cell or a form holds it: the text is not read, the id is the hint.
    const text = safeEvaluate(groups, { group: 'Nhóm 3', values: {} });
    expect(text.issues.find((i) => i.code === 'unknown-group')!.suggestion).toBe('group-3');
    expect(text.result.column.column).toBeNull();
  });

  it("a year outside the set's period → year-outside-period; the year is not used, values still are", () => {
    const o = run({}, { year: 2019 });
    expect(expectIssue(o, 'year-outside-period', ['year']).expected).toBe('2021–2026');
    expect(o.result.year).toBeNull();
  });

  it('a date before any set is in force → RangeError from the registry, naming the sets', () => {
    expect(() => criteriaSetInForce({ level: 'commune', on: '1990-01-01' })).toThrow(RangeError);
    expect(() => criteriaSetInForce({ level: 'commune', on: '1990-01-01' })).toThrow(/No commune criteria set is in force on 1990-01-01/);
    expect(() => criteriaSetInForce({ level: 'commune', on: '30/06/2024' })).toThrow(RangeError);
    expect(() => criteriaSetInForce({ level: 'commune', on: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe('evaluate throws one EvaluationError listing every issue', () => {
  it('lists all issues at once, and carries the result of the valid parts', () => {
    const input = { region: 'red-river-delta', year: 2022, values: { ...GOOD, '3.1': NaN, '9.1': 2.5, '3,1': 1 } };
    let error: unknown;
    try {
      evaluate(commune, input as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EvaluationError);
    const e = error as EvaluationError;
    expect(e.issues.map((i) => i.code).sort()).toEqual(['not-a-number', 'not-integer', 'unknown-indicator']);
    expect(e.result.criteria.flatMap((c) => c.indicators).find((r) => r.code === '14.1a')!.status).toBe('met');
  });
});

describe('a missing fact never falls through to a later target case', () => {
  const set = defineCriteriaSet({
    id: 'cases-demo',
    family: 'cases-demo',
    version: '1',
    level: 'village-model',
    title: { vi: 'Thử', en: 'Demo' },
    period: { from: null, to: null },
    legalBasis: [{ document: '1/QĐ-UBND', role: 'base', title: { vi: 'Thử', en: 'Demo' }, signed: null, inForce: null }],
    columns: 'single',
    columnRules: [],
    conditions: [],
    sources: {},
    criteria: [
      {
        id: '1',
        number: 1,
        name: { vi: 'Trường học', en: 'Schools' },
        status: 'verified',
        sources: [],
        indicators: [
          {
            code: '1',
            measure: 'percent',
            textStatus: 'verified',
            text: { vi: 'Tỷ lệ', en: 'Share' },
            targets: {
              all: [
                { status: 'verified', value: 70, op: '>=', sources: [], when: { fact: 'schoolCount', op: '>', value: 3 } },
                { status: 'verified', value: 50, op: '>=', sources: [] },
              ],
            },
          },
        ],
      },
    ],
  });

  it('60% with 5 schools is not met; without the school count it is missing, not met against the later case', () => {
    const status = (facts: Record<string, number>) => safeEvaluate(set, { values: { '1': 60 }, facts }).result.criteria[0]!.indicators[0]!;
    expect(status({ schoolCount: 5 }).status).toBe('not-met');
    expect(status({ schoolCount: 2 }).status).toBe('met');
    const missing = status({});
    expect(missing.status).toBe('missing');
    expect(missing.reason.code).toBe('indicator.missing-fact');
  });
});

describe('the documented catalogue', () => {
  it('has an example for every issue code, and each example produces its code', () => {
    expect(ISSUE_EXAMPLES.map((e) => e.code)).toEqual([...INPUT_ISSUE_CODES]);
    for (const example of ISSUE_EXAMPLES) expect(issueOf(example).code).toBe(example.code);
  });

  it('Vietnamese messages carry no English phrase from expected/received', () => {
    for (const example of ISSUE_EXAMPLES) {
      const vi = formatMessage(issueOf(example), 'vi');
      expect(vi, example.code).not.toMatch(
        /\b(an? (number|object|array|field|name|percent|province|non-negative|whole)|who set|keyed by|true or false|region or province)\b/,
      );
    }
  });
});

describe('messages stay short whatever the input', () => {
  it('a huge key is kept in the path but clipped in the message', () => {
    const key = 'k'.repeat(10_000);
    const o = safeEvaluate(commune, { region: 'red-river-delta', values: { [key]: 1 } });
    const issue = o.issues.find((i) => i.code === 'unknown-indicator')!;
    expect(issue.path).toEqual(['values', key]);
    expect(formatMessage(issue, 'en').length).toBeLessThan(300);
    expect(formatMessage(issue, 'vi').length).toBeLessThan(300);
  });
});

describe('safeEvaluateAggregate on a malformed unit tree', () => {
  const district = listCriteriaSets().find((s) => s.conditions.some((c) => c.check.kind === 'unit-share'))!;

  it.each<[string, unknown, string]>([
    ['null input', null, 'invalid-input'],
    ['units not an array', { values: {}, units: 5 }, 'invalid-type'],
    ['a unit that is null', { values: {}, units: [null] }, 'invalid-type'],
    ['a unit without an id', { values: {}, units: [{ input: { values: {} } }] }, 'invalid-type'],
    [
      'a unitSets entry that is not a set',
      { values: {}, units: [{ id: 'a', input: { values: {} } }], unitSets: { commune: 5 } },
      'invalid-criteria-set',
    ],
    [
      'a unit name that cannot be printed',
      { values: {}, units: [{ id: 'a', name: Object.create(null), input: { values: 'x' } }], unitSets: { commune: commune } },
      'invalid-type',
    ],
  ])('%s → an issue, not a throw', (_what, input, code) => {
    const outcome = safeEvaluateAggregate(district, input as never);
    expect(outcome.issues.map((i) => i.code)).toContain(code);
    expect(outcome.result.status).not.toBe('met');
  });
});
