// Every table here is TEST DATA: the document "TEST-ONLY/2024" and its values are made up and
// are not the law of any province.
import { describe, expect, it } from 'vitest';
import {
  applyTable,
  applyTables,
  commune318,
  commune51,
  criteriaTable,
  evaluate,
  formatMessage,
  TABLE_ISSUE_CODES,
  vinhPhucVillageModel,
  type CriteriaSet,
  type CriteriaTable,
  type TableIssue,
  type TableRow,
} from '../../src/index.js';
import { testOnlyVillageTable } from './fixtures/test-only-ha-noi-commune-2026.js';

const DOCUMENT = { number: 'TEST-ONLY/2024', signed: '2024-05-02', issuer: 'UBND tỉnh Vĩnh Phúc (dữ liệu thử nghiệm)' } as const;

/** A test-only table over 318/QĐ-TTg with the given rows. */
function table318(rows: readonly TableRow[], extra: Partial<CriteriaTable> = {}): CriteriaTable {
  return {
    format: 'ntm-criteria-table/1',
    id: 'test-only-vinh-phuc-commune',
    base: commune318.id,
    province: 'vinh-phuc',
    document: DOCUMENT,
    complete: false,
    rows,
    ...extra,
  };
}

const row31 = (cells: TableRow['cells'], extra: Partial<TableRow> = {}): TableRow => ({
  criterion: 3,
  code: '3.1',
  text: { vi: 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động' },
  measure: 'percent',
  op: '>=',
  cells,
  ...extra,
});

function applied(base: CriteriaSet | null, table: unknown): CriteriaSet {
  const { set, issues } = applyTable(base, table);
  expect(issues.map((i) => formatMessage(i, 'en'))).toEqual([]);
  return set!;
}

const seen = new Set<string>();
/** Applies a table that must be refused, and returns its issues (recording their codes). */
function refusals(base: CriteriaSet | null, table: unknown): readonly TableIssue[] {
  const { set, issues } = applyTable(base, table);
  expect(set).toBeUndefined();
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    seen.add(issue.code);
    expect(formatMessage(issue, 'vi').length).toBeGreaterThan(10);
    expect(formatMessage(issue, 'en').length).toBeGreaterThan(10);
  }
  return issues;
}

const indicator = (set: CriteriaSet, code: string) => set.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;
const resultOf = (r: ReturnType<typeof evaluate>, code: string) => r.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;

describe('applyTable: what a table may do', () => {
  it('fills an unknown cell: a provincial target citing the table’s document, used as a target', () => {
    const set = applied(
      commune318,
      table318([
        {
          criterion: 10,
          code: '10',
          text: { vi: 'Thu nhập bình quân đầu người' },
          measure: 'amount',
          op: '>=',
          cells: { 'red-river-delta': 60 },
        },
      ]),
    );
    expect(set).toMatchObject({ id: 'test-only-vinh-phuc-commune', province: 'vinh-phuc', family: 'test-only-vinh-phuc-commune' });
    expect(set.legalBasis.at(-1)).toMatchObject({
      document: 'TEST-ONLY/2024',
      signed: '2024-05-02',
      issuer: DOCUMENT.issuer,
      role: 'amendment',
    });
    expect(indicator(set, '10').targets['red-river-delta']).toEqual({
      status: 'provincial',
      value: 60,
      op: '>=',
      sources: ['table:test-only-vinh-phuc-commune'],
      ref: { document: 'TEST-ONLY/2024' },
      replaces: { status: 'not-found', value: null, op: '>=', sources: [] },
    });
    expect(set.sources['table:test-only-vinh-phuc-commune']!.what).toContain('TEST-ONLY/2024');
    const r = evaluate(set, { region: 'red-river-delta', year: 2024, values: { '10': 61 } });
    const income = resultOf(r, '10');
    expect(income).toMatchObject({
      status: 'met',
      target: 60,
      targetStatus: 'provincial',
      source: { document: 'TEST-ONLY/2024', row: '10' },
    });
    expect(formatMessage(income.reason, 'vi')).toContain('TEST-ONLY/2024, chỉ tiêu 10');
    // The national set is untouched: there the target stays unknown.
    expect(resultOf(evaluate(commune318, { region: 'red-river-delta', year: 2024, values: { '10': 61 } }), '10').status).toBe(
      'unknown-target',
    );
  });

  it('tightens a verified cell, keeping the national cell in `replaces`', () => {
    const set = applied(commune318, table318([row31({ all: 85 })]));
    expect(indicator(set, '3.1').targets.all).toMatchObject({
      status: 'provincial',
      value: 85,
      replaces: { status: 'verified', value: 80 },
    });
    const r = evaluate(set, { region: 'red-river-delta', values: { '3.1': 82 } });
    expect(resultOf(r, '3.1')).toMatchObject({
      status: 'not-met',
      target: 85,
      targetStatus: 'provincial',
      source: { document: 'TEST-ONLY/2024' },
    });
    expect(resultOf(evaluate(commune318, { region: 'red-river-delta', values: { '3.1': 82 } }), '3.1')).toMatchObject({
      status: 'met',
      targetStatus: 'verified',
    });
  });

  it('tightens a ceiling (≤) and one column of a cell that applies to every column', () => {
    const set = applied(
      commune318,
      table318([
        row31({ 'red-river-delta': 90 }),
        { criterion: 15, code: '15.3', text: { vi: '15.3' }, measure: 'percent', op: '<=', cells: { 'red-river-delta': 15 } },
      ]),
    );
    const targets = indicator(set, '3.1').targets;
    expect(targets.all).toEqual(indicator(commune318, '3.1').targets.all);
    expect(targets['red-river-delta']).toMatchObject({ status: 'provincial', value: 90, replaces: { status: 'verified', value: 80 } });
    expect(indicator(set, '15.3').targets['red-river-delta']).toMatchObject({ status: 'provincial', value: 15, op: '<=' });
    const r = evaluate(set, { region: 'southeast', values: { '3.1': 85 } });
    expect(resultOf(r, '3.1')).toMatchObject({ status: 'met', targetStatus: 'verified', target: 80 });
  });

  it('keeps the national cell when the table repeats its value', () => {
    const set = applied(
      commune318,
      table318([row31({ all: 80 }), row31({ all: { value: 98, status: 'verified' } }, { code: '14.1a', criterion: 14 })]),
    );
    expect(indicator(set, '3.1').targets.all).toEqual(indicator(commune318, '3.1').targets.all);
    expect(indicator(set, '14.1a').targets.all).toMatchObject({ status: 'verified', value: 98 });
  });

  it('leaves an unknown cell as the library knows it when the table leaves it empty', () => {
    const set = applied(
      commune318,
      table318([
        {
          criterion: 10,
          code: '10',
          text: { vi: '10' },
          measure: 'amount',
          op: '>=',
          cells: { 'red-river-delta': { value: null }, southeast: 70 },
        },
      ]),
    );
    expect(indicator(set, '10').targets['red-river-delta']).toEqual(indicator(commune318, '10').targets['red-river-delta']);
  });

  it('tightens cases chosen by a fact case by case, keeping each case’s condition', () => {
    const base = indicator(commune318, '5b').targets['northern-midlands-mountains'] as readonly {
      status: string;
      value: number;
      when?: unknown;
    }[];
    expect(base).toHaveLength(2);
    const set = applied(
      commune318,
      table318([
        {
          criterion: 5,
          code: '5b',
          text: { vi: '5b' },
          measure: 'percent',
          op: '>=',
          cells: { 'northern-midlands-mountains': [{ value: base[0]!.value + 5 }, { value: base[1]!.value }] },
        },
      ]),
    );
    const cases = indicator(set, '5b').targets['northern-midlands-mountains'] as readonly {
      status: string;
      value: number;
      when?: unknown;
    }[];
    expect(cases.map((c) => [c.status, c.value, c.when])).toEqual([
      ['provincial', base[0]!.value + 5, base[0]!.when],
      [base[1]!.status, base[1]!.value, base[1]!.when],
    ]);
  });

  it('adds an indicator to a known criterion and a criterion the set does not have', () => {
    const set = applied(
      commune318,
      table318([
        { criterion: 3, code: '3.3', text: { vi: 'Chỉ tiêu thử nghiệm 3.3' }, measure: 'flag', op: '=', cells: { all: true } },
        {
          criterion: 20,
          criterionName: { vi: 'Tiêu chí thử nghiệm' },
          code: '20.1',
          text: { vi: 'Chỉ tiêu thử nghiệm 20.1' },
          measure: 'count',
          op: '>=',
          cells: { all: 2 },
        },
      ]),
    );
    expect(set.criteria[2]!.indicators.map((i) => i.code)).toEqual(['3.1', '3.2', '3.3']);
    expect(indicator(set, '3.3')).toMatchObject({
      textStatus: 'provincial',
      text: { vi: 'Chỉ tiêu thử nghiệm 3.3', en: 'Chỉ tiêu thử nghiệm 3.3' },
      ref: { document: 'TEST-ONLY/2024' },
    });
    const added = set.criteria.at(-1)!;
    expect(added).toMatchObject({ id: '20', number: 20, status: 'provincial', name: { vi: 'Tiêu chí thử nghiệm' } });
    // Not marked complete: a new criterion cannot be met on its listed rows alone.
    expect(added.incompleteIndicators).toBeDefined();
    const r = evaluate(set, { region: 'red-river-delta', values: { '3.3': true, '20.1': 3 } });
    expect(resultOf(r, '20.1')).toMatchObject({ status: 'met', targetStatus: 'provincial' });
    expect(r.criteria.at(-1)!.status).toBe('incomplete');
  });

  it('renumbers a base indicator (baseCode) and places it where the province’s decision does', () => {
    const set = applied(commune51, {
      ...table318(
        [
          {
            criterion: 2,
            code: '2.9',
            baseCode: '8.x1',
            text: { vi: 'Nước sạch' },
            measure: 'percent',
            op: '>=',
            cells: { 'group-1': 95 },
          },
        ],
        { base: commune51.id, province: 'ha-noi' },
      ),
    });
    expect(set.criteria[1]!.indicators.map((i) => i.code)).toEqual(['2.9']);
    expect(set.criteria[7]!.indicators.map((i) => i.code)).toEqual(['8.x2']);
    expect(indicator(set, '2.9').text).toEqual(indicator(commune51, '8.x1').text);
  });

  it('defines a whole provincial set (no base)', () => {
    const set = applied(null, testOnlyVillageTable);
    expect(set).toMatchObject({
      id: 'test-only-ha-noi-village-model',
      level: 'village-model',
      province: 'ha-noi',
      columns: 'single',
      version: 'TEST-ONLY/2026',
    });
    expect(set.legalBasis).toEqual([
      expect.objectContaining({ document: 'TEST-ONLY/2026', role: 'base', issuer: expect.stringContaining('UBND') }),
    ]);
    expect(set.criteria.map((c) => [c.id, c.indicators.length, c.incompleteIndicators])).toEqual([
      ['1', 2, undefined],
      ['2', 1, undefined],
    ]);
    expect(set.criteria[1]!.name).toEqual({ vi: 'Cảnh quan', en: 'Landscape' });
    const met = evaluate(set, { values: { '1.1': 85, '1.2': true, '2.1': 100 } });
    expect(met.status).toBe('met');
    expect(resultOf(met, '2.1').source).toMatchObject({ document: 'TEST-ONLY/2026', annex: 'Phụ lục', row: '2.1' });
    expect(evaluate(set, { values: { '1.1': 70, '1.2': true, '2.1': 100 } }).status).toBe('not-met');
  });

  it('never mutates its inputs, and gives the base set back from its own table', () => {
    const table = table318([row31({ all: 85 })]);
    const before = JSON.stringify([commune318, table]);
    applyTable(commune318, table);
    expect(JSON.stringify([commune318, table])).toBe(before);
    expect(applyTable(commune318, criteriaTable(commune318)).set).toStrictEqual(commune318);
  });
});

describe('applyTable: what a table may not do (each refusal)', () => {
  it('a looser value than the verified national target (as a looser override is)', () => {
    const [issue] = refusals(commune318, table318([row31({ all: 75 })]));
    expect(issue).toMatchObject({
      code: 'less-strict',
      path: ['rows', 0, 'cells', 'all'],
      expected: '≥ 80',
      received: '≥ 75',
      row: 1,
      indicator: '3.1',
      column: 'all',
    });
    expect(formatMessage(issue!, 'vi')).toBe(
      'Dòng 1 (chỉ tiêu 3.1), cột mức chung: mức ≥ 75 thấp hơn mức quốc gia đã kiểm chứng (≥ 80); tỉnh chỉ được quy định chặt hơn.',
    );
    expect(formatMessage(issue!, 'en')).toContain('Row 1 (indicator 3.1), single column');
    // The other comparison is looser too, and so is a looser ceiling.
    expect(refusals(commune318, table318([row31({ all: { value: 90, op: '<=' } })]))[0]!.code).toBe('less-strict');
    const ceiling = refusals(
      commune318,
      table318([{ criterion: 15, code: '15.3', text: { vi: '15.3' }, measure: 'percent', op: '<=', cells: { 'red-river-delta': 20 } }]),
    );
    expect(ceiling[0]).toMatchObject({ code: 'less-strict', column: 'red-river-delta', expected: '≤ 16.5', received: '≤ 20' });
  });

  it('a provincial value marked verified: it never passes as a national one', () => {
    const [issue] = refusals(commune318, table318([row31({ all: { value: 85, status: 'verified' } })]));
    expect(issue).toMatchObject({ code: 'claims-verified', expected: 'Verified: ≥ 80', received: '≥ 85' });
    const fresh = refusals(
      commune318,
      table318([
        {
          criterion: 10,
          code: '10',
          text: { vi: '10' },
          measure: 'amount',
          op: '>=',
          cells: { 'red-river-delta': { value: 60, status: 'verified' } },
        },
      ]),
    );
    expect(fresh[0]).toMatchObject({ code: 'claims-verified', expected: 'Not found' });
  });

  it('a cleared known cell, a value with an unknown status, and values a measure cannot take', () => {
    expect(refusals(commune318, table318([row31({ all: { value: null } })]))[0]).toMatchObject({ code: 'cell-cleared', expected: '≥ 80' });
    expect(refusals(commune318, table318([row31({ all: { value: 90, status: 'not-found' } })]))[0]!.code).toBe('status-with-value');
    expect(refusals(commune318, table318([row31({ all: 120 })]))[0]).toMatchObject({ code: 'invalid-value', received: '≥ 120' });
    expect(refusals(commune318, table318([row31({ all: -1 })]))[0]!.code).toBe('invalid-value');
    expect(refusals(commune318, table318([row31({ all: { value: null, status: 'verified' } })]))[0]!.code).toBe('invalid-value');
    const flag = { criterion: 3, code: '3.2', text: { vi: '3.2' }, measure: 'flag', op: '=' } as const;
    expect(refusals(commune318, table318([{ ...flag, cells: { all: { value: false } } }]))[0]!.code).toBe('invalid-value');
    expect(refusals(commune318, table318([{ ...flag, cells: { all: 1 } }]))[0]!.code).toBe('invalid-value');
    const count = { criterion: 20, criterionName: { vi: 'Thử' }, code: '20.1', text: { vi: '20.1' }, measure: 'count', op: '>=' } as const;
    expect(refusals(commune318, table318([{ ...count, cells: { all: 2.5 } }]))[0]!.code).toBe('invalid-value');
  });

  it('cases that do not match the base’s cases', () => {
    const cell = { criterion: 5, code: '5b', text: { vi: '5b' }, measure: 'percent', op: '>=' } as const;
    expect(refusals(commune318, table318([{ ...cell, cells: { 'northern-midlands-mountains': 80 } }]))[0]).toMatchObject({
      code: 'cases-mismatch',
      expected: '2',
      received: '1',
    });
    const other = refusals(
      commune318,
      table318([
        {
          ...cell,
          cells: { 'northern-midlands-mountains': [{ value: 80, when: { fact: 'schoolCount', op: '>', value: 9 } }, { value: 60 }] },
        },
      ]),
    );
    expect(other[0]!.code).toBe('cases-mismatch');
  });

  it('a column the set does not have (a known id of another layout, or no id at all)', () => {
    expect(refusals(commune318, table318([row31({ 'group-1': 90 })]))[0]).toMatchObject({ code: 'unknown-column', received: 'group-1' });
    const junk = { ...table318([]), rows: [{ ...row31({}), cells: { 'not-a-column': 90 } }] };
    expect(refusals(commune318, junk)[0]).toMatchObject({ code: 'unknown-column', received: 'not-a-column', row: 1 });
  });

  it('a new set with both region and group columns', () => {
    const rows = [
      { ...testOnlyVillageTable.rows[0]!, cells: { 'red-river-delta': 80 } },
      { ...testOnlyVillageTable.rows[1]!, cells: { 'group-1': true } },
    ] as TableRow[];
    expect(refusals(null, { ...testOnlyVillageTable, rows }).map((i) => i.code)).toContain('mixed-columns');
  });

  it('rows that repeat a code, map a base code twice, or name a base code the set lacks', () => {
    expect(refusals(commune318, table318([row31({ all: 85 }), row31({ all: 90 })]))[0]).toMatchObject({
      code: 'duplicate-row',
      row: 2,
      expected: 'row 1',
    });
    const twice = refusals(commune51, {
      ...table318([], { base: commune51.id, province: 'ha-noi' }),
      rows: [
        { criterion: 6, code: '6.1', baseCode: '6.x1', text: { vi: 'a' }, measure: 'percent', op: '<=', cells: {} },
        { criterion: 6, code: '6.2', baseCode: '6.x1', text: { vi: 'b' }, measure: 'percent', op: '<=', cells: {} },
      ],
    });
    expect(twice[0]).toMatchObject({ code: 'duplicate-row', path: ['rows', 1, 'baseCode'] });
    expect(refusals(commune318, table318([row31({}, { code: '3.9', baseCode: '3.x' })]))[0]).toMatchObject({
      code: 'unknown-base-code',
      received: '3.x',
    });
    expect(refusals(commune318, table318([row31({}, { code: '3.2', baseCode: '3.1' })]))[0]!.code).toBe('duplicate-row');
  });

  it('a row under another criterion than the base’s, or with another measure', () => {
    expect(refusals(commune318, table318([row31({ all: 85 }, { criterion: 4 })]))[0]).toMatchObject({
      code: 'criterion-mismatch',
      expected: '3',
      received: '4',
    });
    expect(refusals(commune318, table318([row31({ all: 85 }, { measure: 'amount' })]))[0]).toMatchObject({
      code: 'measure-mismatch',
      expected: 'percent',
      received: 'amount',
    });
  });

  it('a new criterion without a name', () => {
    const issue = refusals(
      commune318,
      table318([{ criterion: 20, code: '20.1', text: { vi: '20.1' }, measure: 'flag', op: '=', cells: { all: true } }]),
    )[0];
    expect(issue).toMatchObject({ code: 'missing-criterion-name', row: 1, path: ['rows', 0, 'criterionName'] });
  });

  it('a complete table that leaves out an indicator of a criterion it names', () => {
    const issue = refusals(commune318, table318([row31({ all: 85 })], { complete: true }))[0];
    expect(issue).toMatchObject({ code: 'missing-row', expected: '3', received: '3.2' });
  });

  it('a source id the set does not cite', () => {
    expect(refusals(commune318, table318([row31({ all: { value: 85, sources: ['NOPE'] } })]))[0]).toMatchObject({
      code: 'unknown-source',
      received: 'NOPE',
    });
  });

  it('a source naming a document that is neither the table’s nor in the legal basis', () => {
    const issue = refusals(commune318, table318([row31({ all: { value: 85, source: '99/2099/QĐ-UBND' } })]))[0];
    expect(issue).toMatchObject({ code: 'unknown-document', received: '99/2099/QĐ-UBND', column: 'all' });
    const row = {
      criterion: 3,
      code: '3.3',
      text: { vi: '3.3' },
      measure: 'flag',
      op: '=',
      cells: { all: true },
      source: '99/2099/QĐ-UBND',
    } as const;
    expect(refusals(commune318, table318([row]))[0]).toMatchObject({ code: 'unknown-document', path: ['rows', 0, 'source'] });
  });

  it('what only the whole derived set shows: a case naming a fact the set does not declare', () => {
    const row = {
      criterion: 3,
      code: '3.3',
      text: { vi: '3.3' },
      measure: 'percent',
      op: '>=',
      cells: { all: [{ value: 80, when: { fact: 'undeclaredFact', op: '>', value: 1 } }] },
    } as const;
    const [issue] = refusals(commune318, table318([row]));
    expect(issue).toMatchObject({ code: 'inconsistent-set' });
    expect(formatMessage(issue!, 'en')).toContain('undeclaredFact');
  });

  it('a table for another set, a base for a new set, or none for a given set', () => {
    expect(refusals(commune51, table318([]))[0]).toMatchObject({ code: 'base-mismatch', expected: commune51.id, received: commune318.id });
    expect(refusals(null, table318([]))[0]).toMatchObject({ code: 'base-mismatch', expected: 'none' });
    expect(refusals(vinhPhucVillageModel, testOnlyVillageTable)[0]).toMatchObject({ code: 'base-mismatch', received: '—' });
  });

  it('another province than the base set’s, or no province at all', () => {
    const table = { ...criteriaTable(vinhPhucVillageModel), id: 'test-only-village', province: 'ha-noi', document: DOCUMENT };
    expect(refusals(vinhPhucVillageModel, table)[0]).toMatchObject({
      code: 'province-mismatch',
      expected: 'vinh-phuc',
      received: 'ha-noi',
    });
    const { province: _none, ...anonymous } = table318([row31({ all: 85 })]);
    expect(refusals(commune318, anonymous)[0]).toMatchObject({ code: 'missing-province', path: ['province'] });
  });

  it('a new set without level or title', () => {
    const { level: _l, title: _t, ...bare } = testOnlyVillageTable;
    expect(refusals(null, bare).map((i) => [i.code, i.expected])).toEqual([
      ['missing-field', 'level'],
      ['missing-field', 'title'],
    ]);
  });

  it('a table that changes a set but keeps its id', () => {
    expect(refusals(commune318, table318([row31({ all: 85 })], { id: commune318.id }))[0]).toMatchObject({
      code: 'same-id',
      expected: commune318.id,
    });
  });

  it('a table that is not one: wrong shapes, another format version', () => {
    expect(refusals(commune318, { ...table318([]), format: 'ntm-criteria-table/2' })[0]).toMatchObject({
      code: 'unknown-format',
      received: '"ntm-criteria-table/2"',
    });
    for (const junk of [null, 42, 'table', [], {}, { format: 'ntm-criteria-table/1' }]) {
      expect(refusals(commune318, junk).every((i) => i.code === 'invalid-table')).toBe(true);
    }
    const dated = refusals(commune318, { ...table318([]), document: { ...DOCUMENT, signed: '02/05/2024' } })[0];
    expect(dated).toMatchObject({
      code: 'invalid-table',
      path: ['document', 'signed'],
      received: '"02/05/2024"',
      expected: 'a date as YYYY-MM-DD',
    });
    expect(formatMessage(dated!, 'vi')).toContain('một ngày dạng YYYY-MM-DD');
    const cell = refusals(commune318, { ...table318([]), rows: [{ ...row31({}), cells: { all: '85' } }] })[0];
    expect(cell).toMatchObject({ code: 'invalid-table', row: 1, indicator: '3.1', column: 'all', path: ['rows', 0, 'cells', 'all'] });
    expect(refusals(commune318, { ...table318([]), extra: 1 })[0]).toMatchObject({ code: 'invalid-table', received: 'extra' });
    expect(refusals(commune318, { ...table318([]), province: 'atlantis' })[0]).toMatchObject({
      code: 'invalid-table',
      expected: 'a province id such as ha-noi',
    });
    const huge = refusals(commune318, { ...table318([]), id: 'X'.repeat(100_000) })[0]!;
    expect(formatMessage(huge, 'en').length).toBeLessThan(400);
  });

  it('several tables at once (applyTables, as an aggregate takes them): one table per set', () => {
    const first = table318([row31({ all: 90 })]);
    const { sets, applied, issues } = applyTables([commune318], [first, { ...first, id: 'test-only-second' }]);
    expect(issues).toMatchObject([{ code: 'duplicate-table', path: ['tables', 1, 'base'], expected: 'tables.0', received: commune318.id }]);
    for (const issue of issues) seen.add(issue.code);
    expect(formatMessage(issues[0]!, 'en')).toBe(
      `Table test-only-second (base): the set ${commune318.id} already has a table at tables.0; a set takes one table, so neither is applied to it.`,
    );
    expect(sets).toEqual([commune318]);
    expect(applied.map((a) => a.status)).toEqual(['refused', 'refused']);
    // One table alone is applied, and its issues (when refused) carry the table's path.
    expect(applyTables([commune318], [first]).sets[0]!.id).toBe(first.id);
    const refused = applyTables([commune318], [{ ...first, rows: [row31({ all: 10 })] }]);
    expect(refused.issues[0]).toMatchObject({ code: 'less-strict', path: ['tables', 0, 'rows', 0, 'cells', 'all'], row: 1 });
    expect(refused.sets).toEqual([commune318]);
  });

  it('every issue code has a test above', () => {
    expect([...seen].sort()).toEqual([...TABLE_ISSUE_CODES].sort());
  });
});
