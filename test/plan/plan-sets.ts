// Sets for the gap-plan tests: one indicator for every measure and comparison, and one
// condition of every kind. Test data, not law: the values are made up and never registered.
import { defineCriteriaSet, type Condition, type Indicator, type Level } from '../../src/index.js';

const verified = (value: number | boolean, op: '>=' | '<=' | '=', extra: Record<string, unknown> = {}) => ({
  all: { status: 'verified' as const, value, op, sources: [], ...extra },
});

const indicator = (
  code: string,
  measure: Indicator['measure'],
  targets: Indicator['targets'],
  vi: string,
  en: string,
  unit?: Indicator['unit'],
) => ({
  code,
  text: { vi, en },
  textStatus: 'verified' as const,
  measure,
  ...(unit ? { unit } : {}),
  targets,
});

const MILLION = { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' };
const HOUSES = { vi: 'nhà', en: 'houses' };

/** Every measure × comparison, a relative target, an unknown target, an at-least rule, rows not seen. */
export const planTestSet = defineCriteriaSet({
  id: 'plan-test',
  family: 'plan-test',
  version: 'test plan',
  level: 'commune',
  title: { vi: 'Bộ thử kế hoạch', en: 'Plan test set' },
  period: { from: '2020-01-01', to: '2030-12-31' },
  legalBasis: [{ document: '0/TEST', role: 'base', title: { vi: 'Thử', en: 'Test' }, signed: null, inForce: null }],
  columns: 'single',
  columnRules: [],
  criteria: [
    {
      id: '1',
      number: 1,
      name: { vi: 'Tỷ lệ', en: 'Shares' },
      status: 'verified',
      sources: [],
      indicators: [
        indicator('p.ge', 'percent', verified(98, '>='), 'Tỷ lệ hộ sử dụng nước sạch', 'Share of households using clean water'),
        indicator('p.le', 'percent', verified(2, '<='), 'Tỷ lệ hộ nghèo', 'Share of poor households'),
        indicator('p.eq', 'percent', verified(50, '='), 'Tỷ lệ cân bằng (thử)', 'Balanced share (test)'),
      ],
    },
    {
      id: '2',
      number: 2,
      name: { vi: 'Giá trị', en: 'Amounts' },
      status: 'verified',
      sources: [],
      indicators: [
        indicator('a.ge', 'amount', verified(50, '>='), 'Thu nhập bình quân', 'Average income', MILLION),
        indicator('a.le', 'amount', verified(1.5, '<='), 'Chi phí (thử)', 'Cost (test)', MILLION),
        indicator('a.eq', 'amount', verified(10, '='), 'Giá trị cố định (thử)', 'Fixed amount (test)', MILLION),
        indicator(
          'a.rel',
          'amount',
          verified(1.1, '>=', { relativeTo: 'incomeAtRecognition' }),
          'Thu nhập so với khi công nhận',
          'Income against recognition',
          MILLION,
        ),
      ],
    },
    {
      id: '3',
      number: 3,
      name: { vi: 'Số lượng', en: 'Counts' },
      status: 'verified',
      sources: [],
      indicators: [
        indicator('c.ge', 'count', verified(3, '>='), 'Số mô hình thôn thông minh', 'Smart-village models'),
        indicator('c.le', 'count', verified(0, '<='), 'Số nhà tạm', 'Temporary houses', HOUSES),
        indicator('c.eq', 'count', verified(2, '='), 'Số điểm (thử)', 'Points (test)'),
      ],
    },
    {
      id: '4',
      number: 4,
      name: { vi: 'Cờ', en: 'Flags' },
      status: 'verified',
      sources: [],
      indicators: [
        indicator('f.true', 'flag', verified(true, '='), 'Có quy hoạch', 'Has a plan'),
        indicator(
          'f.unknown',
          'percent',
          {
            all: {
              status: 'not-found',
              value: null,
              op: '>=',
              sources: [],
              candidates: [{ value: 90, province: 'Vĩnh Phúc', sources: [] }],
            },
          },
          'Tỷ lệ chưa biết mức',
          'Share with no known target',
        ),
      ],
    },
    {
      id: '5',
      number: 5,
      name: { vi: 'Ít nhất hai', en: 'At least two' },
      status: 'verified',
      sources: [],
      rule: { kind: 'at-least', count: 2 },
      indicators: [
        indicator('l.1', 'flag', verified(true, '='), 'Mục 1', 'Item 1'),
        indicator('l.2', 'flag', verified(true, '='), 'Mục 2', 'Item 2'),
        indicator('l.3', 'flag', verified(true, '='), 'Mục 3', 'Item 3'),
      ],
    },
    {
      id: '6',
      number: 6,
      name: { vi: 'Chưa đủ dòng', en: 'Rows not seen' },
      status: 'verified',
      sources: [],
      incompleteIndicators: { vi: 'Các dòng còn lại chưa thấy', en: 'The other rows were not seen' },
      indicators: [indicator('r.1', 'flag', verified(true, '='), 'Dòng đã thấy', 'Row seen')],
    },
  ],
  conditions: [
    {
      id: 'all',
      text: { vi: 'Đạt tất cả tiêu chí', en: 'Every criterion met' },
      purpose: 'criteria',
      status: 'verified',
      sources: [],
      check: { kind: 'criteria-met' },
    },
    {
      id: 'debt',
      text: { vi: 'Không có nợ đọng xây dựng cơ bản', en: 'No outstanding construction debt' },
      purpose: 'recognition',
      status: 'verified',
      sources: [],
      check: { kind: 'fact', fact: 'debt', op: '<=', value: 0 },
    },
    {
      id: 'vote',
      text: { vi: 'Hội đồng nhân dân thông qua', en: 'Council vote' },
      purpose: 'recognition',
      status: 'verified',
      sources: [],
      check: { kind: 'not-checkable' },
    },
  ],
  facts: {
    debt: { kind: 'number', text: { vi: 'Nợ đọng', en: 'Debt' } },
  },
  references: { incomeAtRecognition: { kind: 'number', text: { vi: 'Thu nhập khi công nhận', en: 'Income at recognition' } } },
  sources: {},
});

/** A one-flag unit set at a level, with its own recognition fact (for `recognised` shares). */
function flagSet<const L extends Level>(id: string, level: L, conditions: readonly Condition[] = []) {
  return defineCriteriaSet({
    id,
    family: id,
    version: `test ${id}`,
    level,
    title: { vi: `Bộ thử ${id}`, en: `Test set ${id}` },
    period: { from: '2016-01-01', to: '2030-12-31' },
    legalBasis: [{ document: '0/TEST', role: 'base', title: { vi: 'Thử', en: 'Test' }, signed: null, inForce: null }],
    columns: 'single',
    columnRules: [],
    criteria: [
      {
        id: '1',
        number: 1,
        name: { vi: 'Đạt', en: 'Passes' },
        status: 'verified',
        sources: [],
        indicators: [
          indicator('ok', 'flag', verified(true, '='), 'Đạt yêu cầu', 'Passes'),
          indicator('share', 'percent', verified(80, '>='), 'Tỷ lệ hộ đạt', 'Share of households passing'),
        ],
      },
    ],
    conditions,
    facts: { registered: { kind: 'boolean', text: { vi: 'Đã đăng ký', en: 'Registered' } } },
    sources: {},
  });
}

const share = (id: string, unitLevel: Level, standard: 'meets-set' | 'recognised', op: '>=' | '=', percent: number | null): Condition => ({
  id,
  text: { vi: `Tỷ lệ đơn vị ${id}`, en: `Share of units ${id}` },
  purpose: 'criteria',
  status: 'verified',
  sources: [],
  check: { kind: 'unit-share', unitLevel, standard, op, percent },
});

export const unitCommune = flagSet('plan-commune', 'commune', [
  {
    id: 'registered',
    text: { vi: 'Đã đăng ký', en: 'Registered' },
    purpose: 'recognition',
    status: 'verified',
    sources: [],
    check: { kind: 'fact', fact: 'registered', op: '=', value: true },
  },
]);
export const unitAdvanced = flagSet('plan-commune-advanced', 'commune-advanced');

/** A district with a share of every kind: ≥ and =, meets-set and recognised, and an unknown share. */
export const shareDistrict = flagSet('plan-district', 'district', [
  share('meets', 'commune', 'meets-set', '>=', 100),
  share('advanced', 'commune-advanced', 'meets-set', '>=', 10),
  share('recognised', 'commune', 'recognised', '>=', 50),
  share('exact', 'commune', 'meets-set', '=', 50),
  share('unknown', 'commune', 'meets-set', '>=', null),
]);

/** A district that needs its flag, its share and 100% of its communes meeting the commune set. */
export const simpleDistrict = flagSet('plan-district-simple', 'district', [share('meets', 'commune', 'meets-set', '>=', 100)]);

/** The same district at the advanced level, for a province that counts advanced districts too. */
export const simpleDistrictAdvanced = flagSet('plan-district-advanced-simple', 'district-advanced', [
  share('meets', 'commune', 'meets-set', '>=', 100),
]);
