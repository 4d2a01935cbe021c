// Every message of the engine comes from one file per language, is data until rendered, and
// the Vietnamese file speaks only Vietnamese.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  en,
  evaluate,
  formatMessage,
  getCriteriaSet,
  INPUT_ISSUE_CODES,
  safeEvaluate,
  vi,
  type ExpectationKey,
  type Locale,
  type MessageCode,
  type MessageItem,
} from '../../src/index.js';
import { demoSet, passingInput } from '../fixtures/demo-set.js';

const codes = Object.keys(vi.messages) as MessageCode[];

/** Params with every field a message may read, so each renderer shows all it can. */
const rich: Record<string, unknown> = {
  indicator: '17.1',
  measure: 'amount',
  unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' },
  actual: 97.5,
  ratio: { numerator: 39, denominator: 40 },
  target: 95,
  op: '>=',
  column: 'red-river-delta',
  source: { document: '318/QĐ-TTg', annex: 'Phụ lục I', row: '17.1' },
  by: 'UBND tỉnh Vĩnh Phúc',
  relative: { factor: 1.1, reference: 'incomeAtRecognition', referenceValue: 45 },
  targetStatus: 'provincial',
  candidates: [{ value: 2, province: 'Nghệ An', sources: [] }],
  fact: 'schoolCount',
  test: { fact: 'coastal', op: '=', value: true },
  reference: 'incomeAtRecognition',
  year: 2024,
  criterion: '17',
  met: 3,
  applicable: 5,
  notMet: ['17.8'],
  open: ['17.9'],
  count: 2,
  unlisted: { vi: 'Có dòng chưa thấy', en: 'rows not seen' },
  region: 'red-river-delta',
  group: 'group-1',
  province: 'Vĩnh Phúc',
  rule: '318.art1',
  text: { vi: 'Xã đặc biệt khó khăn', en: 'Extremely disadvantaged communes' },
  value: 0,
  passing: 3,
  total: 6,
  percent: 100,
  level: 'commune',
  path: 'values.17.1',
  expects: 'percent-or-ratio',
  received: 'an array',
  suggestion: '17.1',
  meant: '45',
  within: { unit: 'Xã Hồ Sơn', set: 'commune-2021-2025' },
  version: '318/QĐ-TTg',
  given: 'commune-2016-2020',
  inForce: 'commune-2021-2025',
  on: '2024-06-30',
  id: 'commune-2021-2025',
  known: ['commune-2016-2020'],
  scope: 'no-commune-units',
  from: 'a',
  to: 'b',
  criteria: [1, 0, 2],
  indicators: [3, 1, 4],
  name: { vi: 'Thu nhập', en: 'Income' },
  before: { vi: 'Thu nhập cũ', en: 'Old income' },
  fields: ['name'],
  kind: 'condition',
  status: 'verified',
  statusBefore: 'recalled',
  amendedBy: '211/QĐ-TTg',
  code: '10',
  issue: { code: 'negative', params: { path: 'values.10', expects: 'non-negative-number', received: '-1' } },
};

// English words that must not appear in Vietnamese text, once code names (field names, paths,
// object shapes, ids) are removed.
const ENGLISH =
  /\b(the|of|and|is|are|not|must|met|required|column|region|indicator|target|value|values|criteria|criterion|units?|given|missing|province|delta|river|annex|did you mean|received|expected|number|should|caller)\b/i;

function withoutCodeNames(text: string): string {
  return text
    .replace(/\{[^}]*\}/g, '')
    .replace(/\((region|group|province|unitSets|region hoặc province|undefined|object|class)\)/g, '')
    .replace(/\bvalues\.[\w.]+/g, '')
    .replace(
      /\b(overrides|evaluateAggregate|unitSets|commune-[\w-]+|red-river-delta|group-\d|incomeAtRecognition|schoolCount|coastal|318\.art1|no-commune-units)\b/g,
      '',
    );
}

describe('locale files', () => {
  it('vi.ts and en.ts hold a message for exactly the same codes, every input issue code among them', () => {
    expect(Object.keys(en.messages).sort()).toEqual([...codes].sort());
    for (const code of INPUT_ISSUE_CODES) expect(codes).toContain(code);
  });

  it('every Vietnamese message is entirely Vietnamese (no English word outside code names)', () => {
    for (const code of codes) {
      const text = formatMessage({ code, params: rich } as unknown as MessageItem, 'vi');
      expect(withoutCodeNames(text), code).not.toMatch(ENGLISH);
    }
    for (const key of Object.keys(rich).length
      ? ([
          'input-object',
          'unit',
          'units-array',
          'unit-sets',
          'criteria-set',
          'readable-value',
          'plausible-value',
          'same-comparison',
          'override-by',
          'region-or-province',
          'group',
          'region',
          'year',
          'category-ids',
          'no-categories',
          'names-object',
          'codes-object',
          'number-or-flag',
          'values-object',
          'text',
          'province-id',
          'override',
        ] as ExpectationKey[])
      : []) {
      expect(withoutCodeNames(vi.expectation(key)), key).not.toMatch(ENGLISH);
    }
  });

  it('an indicator reason never says "(Red River Delta column)" in Vietnamese: the column is named in Vietnamese', () => {
    const set = getCriteriaSet('commune-2021-2025');
    const r = evaluate(set, { region: 'red-river-delta', year: 2024, values: { '17.1': 97, '1.1': true } });
    for (const c of r.criteria) {
      for (const i of c.indicators) {
        const text = formatMessage(i.reason, 'vi');
        expect(text).not.toContain('column');
        expect(withoutCodeNames(text), i.code).not.toMatch(ENGLISH);
        expect(formatMessage(i.reason, 'en')).not.toBe(text);
      }
      expect(withoutCodeNames(formatMessage(c.reason, 'vi')), c.id).not.toMatch(ENGLISH);
    }
    expect(withoutCodeNames(formatMessage(r.column.text, 'vi'))).not.toMatch(ENGLISH);
  });

  it('an aggregate unit issue is worded in Vietnamese, naming the unit and the set', () => {
    const text = formatMessage(
      {
        code: 'invalid-type',
        params: { path: 'units.0', expects: 'unit', received: 'null', within: { unit: 'Xã A', set: 'commune-2021-2025' } },
      },
      'vi',
    );
    expect(text).toBe(
      'Xã A (commune-2021-2025): Giá trị tại units.0 phải là một đơn vị { id, kind?, input?, inputs?, results?, units? }, nhận được null.',
    );
  });

  it('a third language is one Locale object, rendered by the same formatMessage', () => {
    const fr: Locale = { ...en, lang: 'fr', messages: { ...en.messages, 'indicator.met': (p) => `Atteint : ${String(p.actual)}` } };
    const r = evaluate(demoSet, passingInput);
    const met = r.criteria.flatMap((c) => c.indicators).find((i) => i.code === '1.1')!;
    expect(met.reason.code).toBe('indicator.met');
    expect(formatMessage(met.reason, fr)).toBe('Atteint : 96');
    expect(formatMessage({ vi: 'Thu nhập', en: 'Income' }, fr)).toBe('Income');
  });

  it('results and issues are plain JSON: they survive JSON.stringify and render the same after it', () => {
    const outcome = safeEvaluate(getCriteriaSet('commune-2021-2025'), {
      region: 'red-river-delta',
      year: 2024,
      values: { '17.1': 97, '10': '45,5' },
    });
    const copy = JSON.parse(JSON.stringify(outcome));
    expect(copy.result).toEqual(outcome.result);
    expect(formatMessage(copy.issues[0], 'vi')).toBe(formatMessage(outcome.issues[0]!, 'vi'));
  });

  it('docs/result-format.md lists every message code', () => {
    const page = readFileSync(new URL('../../docs/result-format.md', import.meta.url), 'utf8');
    for (const code of codes) expect(page, code).toContain(`\`${code}\``);
  });
});

describe('messages name facts and levels as an official reads them', () => {
  it('a fact condition shows the set’s name of the fact, not its id', () => {
    const result = evaluate(getCriteriaSet('commune-2016-2020'), {
      region: 'red-river-delta',
      year: 2020,
      facts: { outstandingConstructionDebt: 5 },
      values: {},
    });
    const debt = result.conditions.find((c) => c.id === 'noDebt')!;
    expect(formatMessage(debt.reason, 'vi')).toBe('Không đạt: Nợ đọng xây dựng cơ bản trong xây dựng NTM (triệu đồng) = 5, yêu cầu ≤ 0.');
    expect(formatMessage(debt.reason, 'en')).not.toContain('outstandingConstructionDebt');
  });

  it('an aggregate level is named, not given by its id', () => {
    expect(formatMessage({ code: 'aggregate.no-set', params: { level: 'commune-advanced' } }, 'vi')).toContain(
      '"Xã nông thôn mới nâng cao"',
    );
    expect(formatMessage({ code: 'aggregate.no-data', params: { level: 'commune-advanced' } }, 'en')).toContain('"Advanced NTM commune"');
  });
});
