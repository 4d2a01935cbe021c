// What `evaluate` and `safeEvaluate` put together around the criteria (src/evaluate/evaluate.ts):
// the column issue beside the input's other issues, the list of unknown-target codes from unit to
// unit of one view, the empty issue list, and inputs that throw when read. The sets here are
// TEST-ONLY (not law).
import { testSetHeader } from './test-set-header.js';
import { describe, expect, it } from 'vitest';
import { defineCriteriaSet, evaluate, safeEvaluate } from '../../src/index.js';
import { demoSet, passingInput } from '../fixtures/demo-set.js';

const codes = (outcome: { issues: readonly { code: string }[] }) => outcome.issues.map((i) => i.code);

/** A revoked proxy: any read of it throws. */
function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** A TEST-ONLY set of one criterion with two count indicators whose targets are only recalled (no value known), the second only in coastal communes. */
function unknownSet(id: string) {
  const recalled = { status: 'recalled', value: null, op: '<=', sources: [] };
  return defineCriteriaSet({
    ...testSetHeader(id, 'Phụ lục I'),
    columns: 'regions',
    criteria: [
      {
        id: '1',
        number: 1,
        name: { vi: 'Tiêu chí 1', en: 'Criterion 1' },
        status: 'verified',
        sources: ['T1'],
        indicators: ['1.1', '1.2'].map((code) => ({
          code,
          text: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` },
          textStatus: 'verified',
          measure: 'count',
          ...(code === '1.2' ? { appliesWhen: { fact: 'coastal', op: '=', value: true } } : {}),
          targets: { all: recalled },
        })),
      },
    ],
    conditions: [],
    facts: { coastal: { kind: 'boolean', text: { vi: 'Xã ven biển', en: 'Coastal commune' } } },
    references: {},
    sources: { T1: { what: 'test data' } },
  } as Parameters<typeof defineCriteriaSet>[0]);
}

describe('evaluate: issues', () => {
  it('a missing column is reported beside the input’s other issues', () => {
    const { region: _, ...withoutRegion } = passingInput;
    const outcome = safeEvaluate(demoSet, { ...withoutRegion, values: { ...passingInput.values, '1.1': -1 } });
    expect(codes(outcome)).toEqual(['negative', 'missing-column']);
  });

  it('an evaluation without issues lists none, in a list no caller can change', () => {
    const result = evaluate(demoSet, passingInput);
    expect(result.issues).toEqual([]);
    expect(Object.isFrozen(result.issues)).toBe(true);
  });

  it('values that throw when read are one issue about the whole input, evaluated as an empty input', () => {
    const outcome = safeEvaluate(demoSet, { ...passingInput, values: revoked() });
    expect(outcome.issues[0]).toMatchObject({
      code: 'unreadable',
      path: [],
      received: 'a throwing getter or Proxy',
      params: { expects: 'readable-value' },
    });
    expect(outcome.result.missing).toContain('1.1');
    expect(outcome.result.status).toBe('incomplete');
  });

  it('a whole input that throws when read is unreadable, and still an object, so its missing column is reported too', () => {
    expect(codes(safeEvaluate(demoSet, revoked()))).toEqual(['unreadable', 'missing-column']);
  });
});

describe('evaluate: the unknown-target codes from unit to unit', () => {
  it('a unit whose unknown targets are the first of the previous unit’s lists only those', () => {
    const set = unknownSet('test-unknown-prefix');
    // 1.2 has a value only where it applies (elsewhere a value for it is an issue).
    const input = (coastal: boolean) => ({
      region: 'red-river-delta' as const,
      year: 2024,
      facts: { coastal },
      values: coastal ? { '1.1': 1, '1.2': 1 } : { '1.1': 1 },
    });
    expect(evaluate(set, input(true)).unknownTargets).toEqual(['1.1', '1.2']);
    const inland = evaluate(set, input(false));
    expect(inland.criteria[0]!.indicators.map((i) => i.status)).toEqual(['unknown-target', 'not-applicable']);
    expect(inland.unknownTargets).toEqual(['1.1']);
    expect(evaluate(set, input(false)).unknownTargets).toEqual(['1.1']);
    expect(evaluate(set, input(true)).unknownTargets).toEqual(['1.1', '1.2']);
  });
});
