// One test per class of careless or hostile input (issue 14) and per message an official can act
// on (issue 13.4), each named after the promise it checks.
import { describe, expect, it } from 'vitest';
import { formatMessage, getCriteriaSet, listCriteriaSets, safeEvaluate, type CriteriaSet, type InputIssueCode } from '../../src/index.js';
import { flagHint, numberHint } from '../../src/evaluate/validate-input.js';
import { describeInput } from '../../src/schema/input-description.js';
import { demoSet, passingInput } from '../fixtures/demo-set.js';

const commune = getCriteriaSet('commune-2021-2025');
const base = { region: 'red-river-delta', year: 2022 } as const;
const codesOf = (input: unknown, set: CriteriaSet = commune) => safeEvaluate(set, input).issues.map((i) => i.code);
const issueAt = (input: unknown, code: InputIssueCode, set: CriteriaSet = commune) =>
  safeEvaluate(set, input).issues.find((i) => i.code === code);

describe('bad input never crashes, hangs or passes silently', () => {
  it('text is scanned in bounded time: a long inner-whitespace string gets an issue and no hint', () => {
    const long = `1${' '.repeat(200_000)}2%`;
    expect(numberHint(long)).toBeUndefined();
    expect(flagHint(long)).toBeUndefined();
    const issue = issueAt({ ...base, values: { '3.1': long, '1.1': long } }, 'number-as-string')!;
    expect(issue.suggestion).toBeUndefined();
    expect(formatMessage(issue, 'vi').length).toBeLessThan(400);
  });

  it('every record is read through one own-property reader: a throwing getter or Proxy is an "unreadable" issue, never a throw', () => {
    const getter = Object.defineProperty({}, '3.1', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    const trap = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error('boom');
        },
      },
    );
    for (const input of [
      { ...base, values: getter },
      { ...base, values: proxy },
      { ...base, values: { '3.1': 90 }, facts: trap },
      proxy,
      Object.defineProperty({ values: {} }, 'region', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      }),
    ]) {
      const outcome = safeEvaluate(commune, input);
      expect(outcome.success).toBe(false);
      expect(outcome.issues.map((i) => i.code)).toContain('unreadable');
    }
    // The readable values beside an unreadable one are still evaluated.
    const mixed = Object.defineProperty({ '3.2': true }, '3.1', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const r = safeEvaluate(commune, { ...base, values: mixed }).result;
    expect(r.criteria.flatMap((c) => c.indicators).find((i) => i.code === '3.2')!.actual).toBe(true);
  });

  it('a Map, a Date or a class instance given as a record is an issue, never read as an empty record', () => {
    class Values {
      '3.1' = 90;
    }
    expect(codesOf(new Date())).toEqual(['invalid-input']);
    expect(codesOf({ ...base, values: new Map([['3.1', 90]]) })).toEqual(['invalid-type']);
    expect(codesOf({ ...base, values: new Values() })).toEqual(['invalid-type']);
    expect(codesOf({ ...base, values: {}, overrides: { '3.1': new Date() } })).toEqual(['invalid-override']);
    expect(formatMessage(issueAt({ ...base, values: new Map() }, 'invalid-type')!, 'vi')).toContain('một Map');
  });

  it('__proto__ and constructor keys inside ratios and overrides are refused, key by key', () => {
    const ratio = JSON.parse('{"numerator": 1, "denominator": 2, "__proto__": {"polluted": true}}');
    expect(codesOf({ ...base, values: { '3.1': ratio } })).toEqual(['unsafe-key']);
    const override = JSON.parse('{"value": 90, "by": "UBND tỉnh", "constructor": {"prototype": {}}}');
    expect(codesOf({ ...base, values: {}, overrides: { '10': override } })).toEqual(['unsafe-key']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('override fields of the wrong type, and unknown override fields, are issues', () => {
    const codes = (o: object) => codesOf({ ...base, values: {}, overrides: { '10': { value: 60, by: 'UBND tỉnh', ...o } } });
    expect(codes({ source: 3 })).toEqual(['invalid-override']);
    expect(codes({ note: { text: 'x' } })).toEqual(['invalid-override']);
    expect(codes({ byWhom: 'x' })).toEqual(['unknown-key']);
    expect(codes({ by: '   ' })).toEqual(['invalid-override']);
    expect(codes({})).toEqual([]);
  });

  it('a value for an indicator that does not apply (ruled out by a fact) is an issue, and never counted', () => {
    const outcome = safeEvaluate(demoSet, {
      ...passingInput,
      facts: { ...passingInput.facts, coastal: false },
      values: { ...passingInput.values, '4.3': true },
    });
    expect(outcome.issues.map((i) => [i.code, i.path])).toEqual([['not-applicable-value', ['values', '4.3']]]);
    expect(outcome.result.criteria.flatMap((c) => c.indicators).find((i) => i.code === '4.3')!.status).toBe('not-applicable');
  });

  it.each(listCriteriaSets().map((s) => [s.id, s] as const))(
    'unknown fact and reference names, and facts of the wrong kind, are issues on %s',
    (_id, set) => {
      const d = describeInput(set);
      const input = (extra: object) => ({
        ...(set.columns === 'regions' ? { region: 'red-river-delta' } : set.columns === 'groups' ? { group: 'group-1' } : {}),
        values: {},
        ...extra,
      });
      expect(codesOf(input({ facts: { noSuchFact: 1 } }), set)).toEqual(['unknown-key']);
      expect(codesOf(input({ references: { noSuchReference: 1 } }), set)).toEqual(['unknown-key']);
      for (const [name, rule] of d.facts) {
        if (rule.kind === 'boolean') expect(codesOf(input({ facts: { [name]: 3 } }), set), name).toEqual(['invalid-type']);
        if (rule.kind === 'number') expect(codesOf(input({ facts: { [name]: true } }), set), name).toEqual(['invalid-type']);
      }
    },
  );

  it('one bad communeCategories element does not discard the list: the 318/QĐ-TTg Art. 1 column rule still applies', () => {
    const outcome = safeEvaluate(commune, {
      province: 'vinh-phuc',
      communeCategories: [42, 'extremely-disadvantaged', 'typo'],
      values: {},
    });
    expect(outcome.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-key', ['communeCategories', 0]],
      ['unknown-key', ['communeCategories', 2]],
    ]);
    expect(outcome.result.column.column).toBe('northern-midlands-mountains');
  });
});

describe('messages an official can act on (13.4)', () => {
  it.each(['Không đạt', 'Chưa đạt', ' chưa đạt ', 'KHÔNG ĐẠT', 'khong dat', 'Chưa'])(
    '%j for a flag gets the hint false, like "Không đạt"',
    (word) => {
      expect(issueAt({ ...base, values: { '3.2': word } }, 'invalid-type')!.suggestion).toBe('false');
    },
  );

  it.each(['Đạt', ' Đạt ', 'ĐẠT', 'dat', 'Có', 'x'])('%j for a flag gets the hint true', (word) => {
    expect(issueAt({ ...base, values: { '3.2': word } }, 'invalid-type')!.suggestion).toBe('true');
  });

  it('an empty cell is missing data, not "a number given as a string"', () => {
    const outcome = safeEvaluate(commune, { ...base, values: { '3.1': '', '10': '   ', '3.2': '' } });
    expect(outcome.issues).toEqual([]);
    const r = outcome.result.criteria.flatMap((c) => c.indicators).find((i) => i.code === '3.1')!;
    expect(r.reason.code).toBe('indicator.missing-value');
  });

  it('an income of 45,000,000 "million VND" is refused as implausible, saying 45 was probably meant', () => {
    const issue = issueAt({ ...base, values: { '10': 45_000_000 } }, 'implausible')!;
    expect(issue.params.meant).toBe('45');
    expect(formatMessage(issue, 'vi')).toContain('Có phải ý bạn là 45?');
    expect(formatMessage(issue, 'en')).toContain('Did you mean 45?');
    const r = safeEvaluate(commune, { ...base, values: { '10': 45_000_000 } }).result;
    expect(r.criteria.flatMap((c) => c.indicators).find((i) => i.code === '10')!.status).not.toBe('met');
  });

  it('a percent given as a fraction (0.95 for 95%) is reported with what was meant, and can only fail', () => {
    const percent = describeInput(commune).values.find((v) => v.fractionGap)!;
    const outcome = safeEvaluate(commune, { ...base, values: { [percent.code]: 0.95 } });
    const issue = outcome.issues.find((i) => i.code === 'implausible')!;
    expect(issue.params.meant).toBe('95%');
    expect(outcome.result.criteria.flatMap((c) => c.indicators).find((i) => i.code === percent.code)!.status).not.toBe('met');
  });

  it("an override whose comparison differs from the indicator's is refused", () => {
    const outcome = safeEvaluate(demoSet, {
      ...passingInput,
      region: 'southeast',
      values: { '1.1': 91 },
      overrides: { '1.1': { value: 90, op: '<=', by: 'UBND tỉnh' } },
    });
    expect(outcome.issues.map((i) => i.code)).toContain('override-comparison-differs');
    const r = outcome.result.criteria.flatMap((c) => c.indicators).find((i) => i.code === '1.1')!;
    expect(r.override).toBeUndefined();
    expect(r.status).toBe('unknown-target');
  });
});
