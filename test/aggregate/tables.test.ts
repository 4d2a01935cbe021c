// An aggregate takes a province's tables once (issue 15, point 5). Every table here is TEST DATA
// (document "TEST-ONLY/2026", made-up values): it shows what a province's table does to an
// aggregate and is not the law of Hà Nội or of any province.
import { describe, expect, it } from 'vitest';
import {
  AggregateEvaluationError,
  applyTable,
  applyTables,
  commune51,
  evaluate,
  evaluateAggregate,
  EvaluationError,
  formatMessage,
  gapPlan,
  province51,
  safeEvaluateAggregate,
  type AggregateUnit,
  type CriteriaTable,
  type EvaluationResult,
} from '../../src/index.js';
import { passingValues, TEST_ONLY_DOCUMENT, testOnlyCompleteTable } from '../table/fixtures/test-only-ha-noi-commune-2026.js';

const condition = (r: EvaluationResult, id: string) => r.conditions.find((c) => c.id === id)!;
const commune = (id: string, values: Record<string, number | boolean>): AggregateUnit => ({
  id,
  inputs: { commune: { group: 'group-2', values } },
});
const BASE = { province: 'ha-noi' as const, year: 2026, unitSets: { commune: commune51 } };
const derivedCommunes = applyTable(commune51, testOnlyCompleteTable).set!;

describe('a province of communes under a test-only complete table of 51/2025/QĐ-TTg', () => {
  const units = [commune('xa-a', passingValues()), commune('xa-b', { ...passingValues(), '6.1': 3 }), commune('xa-c', passingValues())];

  it('without the table every commune stays incomplete (51/2025 knows no target)', () => {
    const known = { '3.x1': 9, '3.x2': true, '3.x3': true, '6.x1': 0.5, '8.x1': 99, '8.x2': true };
    const r = evaluateAggregate(province51, { ...BASE, units: [commune('xa-a', known)] });
    expect(r.units[0]!.standings[0]).toMatchObject({ setId: 'commune-2026-2030', verdict: 'incomplete', basis: 'evaluated' });
    expect(condition(r, 'allCommunesNTM').status).not.toBe('met');
    expect(r.tables).toEqual([]);
  });

  it('with the table given once, communes are met and not met under the derived set, and the result says which table', () => {
    const r = evaluateAggregate(province51, { ...BASE, units, tables: [testOnlyCompleteTable] }, { keep: 'failing' });
    expect(r.units.map((u) => [u.id, u.standings[0]!.setId, u.standings[0]!.verdict])).toEqual([
      ['xa-a', 'test-only-ha-noi-commune-2026-2030', 'met'],
      ['xa-b', 'test-only-ha-noi-commune-2026-2030', 'not-met'],
      ['xa-c', 'test-only-ha-noi-commune-2026-2030', 'met'],
    ]);
    expect(condition(r, 'allCommunesNTM')).toMatchObject({ status: 'not-met', failingUnits: ['xa-b'] });
    expect(r.tables).toEqual([
      {
        path: ['tables', 0],
        id: 'test-only-ha-noi-commune-2026-2030',
        base: 'commune-2026-2030',
        document: { number: 'TEST-ONLY/2026', signed: '2026-03-02', issuer: TEST_ONLY_DOCUMENT.issuer },
        level: 'commune',
        status: 'applied',
        setId: 'test-only-ha-noi-commune-2026-2030',
      },
    ]);
    // The failing commune's kept result cites the province's document for its target.
    const poverty = r.units[1]!.standings[0]!.result!.criteria.flatMap((c) => c.indicators).find((i) => i.code === '6.1')!;
    expect([poverty.status, poverty.targetStatus, poverty.source.document]).toEqual(['not-met', 'provincial', 'TEST-ONLY/2026']);
  });

  it('gives the same verdicts as applying the table by hand to every set', () => {
    const once = evaluateAggregate(province51, { ...BASE, units, tables: [testOnlyCompleteTable] });
    const byHand = evaluateAggregate(province51, { ...BASE, units, unitSets: { commune: derivedCommunes } });
    expect({ ...once, tables: [] }).toEqual(byHand);
  });

  it('counts a ready result only when judged under the derived set: one under the national set is stale', () => {
    const national = evaluate(commune51, { group: 'group-2', year: 2026, values: {} });
    const derived = evaluate(derivedCommunes, { group: 'group-2', year: 2026, values: passingValues() });
    const r = evaluateAggregate(province51, {
      ...BASE,
      units: [
        { id: 'old', results: { commune: national } },
        { id: 'new', results: { commune: derived } },
      ],
      tables: [testOnlyCompleteTable],
    });
    expect(r.units.map((u) => [u.id, u.standings[0]!.basis, u.standings[0]!.verdict])).toEqual([
      ['old', 'stale', 'incomplete'],
      ['new', 'given', 'met'],
    ]);
    expect(formatMessage(r.units[0]!.standings[0]!.reason, 'en')).toContain('test-only-ha-noi-commune-2026-2030');
  });

  it('the gap plan works with the derived sets (applyTables gives them)', () => {
    const r = evaluateAggregate(province51, { ...BASE, units, tables: [testOnlyCompleteTable] }, { keep: 'results' });
    const { sets } = applyTables([province51, commune51], [testOnlyCompleteTable]);
    expect(sets.map((s) => s.id)).toEqual(['province-2026-2030', 'test-only-ha-noi-commune-2026-2030']);
    const plan = gapPlan(r, { sets });
    const share = plan.conditions.find((c) => c.id === 'allCommunesNTM')!;
    expect(share).toMatchObject({ kind: 'unit-share', more: 1, blocking: ['xa-b'] });
    const xaB = plan.units.find((u) => u.unitId === 'xa-b')!;
    expect(xaB.plan!.setId).toBe('test-only-ha-noi-commune-2026-2030');
    const gap = xaB.plan!.criteria.flatMap((c) => c.gaps).find((g) => g.code === '6.1')!;
    expect(gap.shortfall).toBe(1); // 3% → 2% (test-only target), one percentage point
    expect(formatMessage(gap.message, 'vi')).toBe('Cần giảm 1 điểm phần trăm: 3% → 2% (yêu cầu ≤ 2%)');
  });

  it('a table for the aggregate’s own set applies to it (the province is judged under the derived set)', () => {
    const provinceTable: CriteriaTable = {
      format: 'ntm-criteria-table/1',
      id: 'test-only-ha-noi-province-2026-2030',
      base: 'province-2026-2030',
      province: 'ha-noi',
      document: TEST_ONLY_DOCUMENT,
      complete: true,
      rows: [
        {
          criterion: 1,
          criterionName: { vi: 'Tiêu chí thử nghiệm (không phải tiêu chí thật)' },
          code: '1.1',
          text: { vi: 'Chỉ tiêu thử nghiệm' },
          measure: 'flag',
          op: '=',
          cells: { all: true },
        },
      ],
    };
    const r = evaluateAggregate(province51, { ...BASE, values: { '1.1': true }, units, tables: [provinceTable, testOnlyCompleteTable] });
    expect(r.setId).toBe('test-only-ha-noi-province-2026-2030');
    expect(r.criteria[0]!.status).toBe('met');
    expect(r.tables.map((t) => [t.base, t.level, t.status])).toEqual([
      ['province-2026-2030', 'province', 'applied'],
      ['commune-2026-2030', 'commune', 'applied'],
    ]);
    expect(r.units[0]!.standings[0]!.setId).toBe('test-only-ha-noi-commune-2026-2030');
  });
});

describe('tables an aggregate refuses', () => {
  const units = [commune('xa-a', { '6.x1': 0.5 })];

  it('a table applyTable refuses: its issues under tables.<n>, the national set used, the rest evaluated', () => {
    const bad: CriteriaTable = {
      ...testOnlyCompleteTable,
      id: 'test-only-bad',
      complete: false,
      rows: [
        {
          criterion: 6,
          code: '6.x1',
          text: { vi: 'Tỷ lệ nghèo đa chiều' },
          measure: 'percent',
          op: '<=',
          cells: { 'group-1': { value: 1, status: 'verified' } },
        },
      ],
    };
    const outcome = safeEvaluateAggregate(province51, { ...BASE, units, tables: [bad] });
    expect(outcome.success).toBe(false);
    expect(outcome.issues).toHaveLength(1);
    expect(outcome.issues[0]).toMatchObject({
      code: 'claims-verified',
      path: ['tables', 0, 'rows', 0, 'cells', 'group-1'],
      row: 1,
      column: 'group-1',
    });
    expect(formatMessage(outcome.issues[0]!, 'vi').startsWith('Bảng test-only-bad: Dòng 1 (chỉ tiêu 6.x1), cột xã nhóm 1: ')).toBe(true);
    expect(formatMessage(outcome.issues[0]!, 'en').startsWith('Table test-only-bad: Row 1 (indicator 6.x1)')).toBe(true);
    expect(outcome.result.tables[0]).toMatchObject({ status: 'refused', setId: null, base: 'commune-2026-2030', level: 'commune' });
    expect(outcome.result.units[0]!.standings[0]).toMatchObject({ setId: 'commune-2026-2030', basis: 'evaluated' });
    expect(outcome.result.issues).toEqual([]); // the units' data had no problem
    let thrown: unknown;
    try {
      evaluateAggregate(province51, { ...BASE, units, tables: [bad] });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(EvaluationError);
    expect(thrown).toBeInstanceOf(AggregateEvaluationError);
    expect((thrown as AggregateEvaluationError).tableIssues).toEqual(outcome.issues);
    expect((thrown as Error).message).toContain('claims-verified at tables.0.rows.0.cells.group-1');
  });

  it('a table whose base is none of the sets', () => {
    const outcome = safeEvaluateAggregate(province51, {
      ...BASE,
      units,
      tables: [{ ...testOnlyCompleteTable, base: 'commune-2021-2025' }],
    });
    expect(outcome.issues).toMatchObject([{ code: 'base-mismatch', path: ['tables', 0, 'base'], received: 'commune-2021-2025' }]);
    expect(formatMessage(outcome.issues[0]!, 'en')).toBe(
      'Table test-only-ha-noi-commune-2026-2030 (base): the table completes the set commune-2021-2025, not the set given (none of province-2026-2030, commune-2026-2030).',
    );
    expect(formatMessage(outcome.issues[0]!, 'vi')).toContain('không bộ nào trong: province-2026-2030, commune-2026-2030');
    expect(outcome.result.tables[0]).toMatchObject({ status: 'refused', level: null });
  });

  it('two tables for the same set: an issue, and neither is applied', () => {
    const second = { ...testOnlyCompleteTable, id: 'test-only-second' };
    const outcome = safeEvaluateAggregate(province51, { ...BASE, units, tables: [testOnlyCompleteTable, second] });
    expect(outcome.issues).toMatchObject([
      { code: 'duplicate-table', path: ['tables', 1, 'base'], expected: 'tables.0', received: 'commune-2026-2030' },
    ]);
    expect(formatMessage(outcome.issues[0]!, 'vi')).toBe(
      'Bảng test-only-second (base): bộ tiêu chí commune-2026-2030 đã có bảng ở tables.0; mỗi bộ chỉ nhận một bảng nên không bảng nào được áp dụng cho bộ này.',
    );
    expect(outcome.result.tables.map((t) => t.status)).toEqual(['refused', 'refused']);
    expect(outcome.result.units[0]!.standings[0]!.setId).toBe('commune-2026-2030');
  });

  it('tables that are not an array of tables, and a table that is not a record', () => {
    const notList = safeEvaluateAggregate(province51, { ...BASE, units, tables: 'table.json' as never });
    expect(notList.issues).toMatchObject([{ code: 'invalid-table', path: ['tables'] }]);
    const notTable = safeEvaluateAggregate(province51, { ...BASE, units, tables: [42 as never] });
    expect(notTable.issues).toMatchObject([{ code: 'invalid-table', path: ['tables', 0] }]);
    expect(notTable.result.tables[0]).toMatchObject({ status: 'refused', id: null, base: null });
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    const proxied = safeEvaluateAggregate(province51, { ...BASE, units, tables: [hostile as never] });
    expect(proxied.success).toBe(false);
    expect(proxied.issues[0]).toMatchObject({ code: 'invalid-table', path: ['tables', 0] });
  });

  it('the table is applied once, and the aggregate’s input is not changed', () => {
    const input = { ...BASE, units: [commune('xa-a', passingValues())], tables: [testOnlyCompleteTable] };
    const before = JSON.stringify(input);
    evaluateAggregate(province51, input);
    expect(JSON.stringify(input)).toBe(before);
    expect(commune51.id).toBe('commune-2026-2030');
  });
});
