// Issue 14: shared state. What the package hands out is either frozen or a copy, so no caller
// can change what another caller (or a later call) reads.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { evaluate, getCriteriaSet, listCriteriaSets, REGION_IDS, registry, safeEvaluate } from '../../src/index.js';

/** Whether a value and everything reachable from it is frozen (iterative, cycles allowed). */
function deeplyFrozen(value: unknown): boolean {
  const seen = new Set<unknown>();
  const stack = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if ((typeof next !== 'object' && typeof next !== 'function') || next === null || seen.has(next)) continue;
    seen.add(next);
    if (typeof next === 'object' && !Object.isFrozen(next)) return false;
    if (typeof next === 'function') continue; // functions are code, not data
    for (const key of Reflect.ownKeys(next)) {
      const d = Reflect.getOwnPropertyDescriptor(next, key);
      if (d && 'value' in d) stack.push(d.value);
    }
  }
  return true;
}

describe('shared state cannot be changed by a caller', () => {
  it('every exported constant and every shipped set is deep-frozen', () => {
    const data = Object.entries(api).filter(([, v]) => typeof v === 'object' && v !== null);
    expect(data.length).toBeGreaterThan(20);
    for (const [name, value] of data) expect([name, deeplyFrozen(value)]).toEqual([name, true]);
  });

  it('pushing to REGION_IDS throws and safeEvaluate still works', () => {
    expect(() => (REGION_IDS as unknown as string[]).push('atlantis')).toThrow(TypeError);
    expect(safeEvaluate(getCriteriaSet('commune-2021-2025'), { region: 'red-river-delta', values: {} }).success).toBe(true);
  });

  it('listCriteriaSets() is a frozen list: a caller cannot add, remove or replace a set', () => {
    const list = listCriteriaSets();
    expect(Object.isFrozen(list)).toBe(true);
    expect(() => (list as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(listCriteriaSets().length).toBe(registry.list().length);
  });

  it('editing a result never edits the set another caller evaluates', () => {
    const set = getCriteriaSet('commune-2021-2025');
    const first = evaluate(set, { region: 'red-river-delta', values: { '1.1': true } });
    const before = JSON.stringify(set);
    // Try to write through every object of the result: the set's parts it shares are frozen.
    const stack: unknown[] = [first];
    const seen = new Set<unknown>();
    while (stack.length > 0) {
      const next = stack.pop();
      if (typeof next !== 'object' || next === null || seen.has(next)) continue;
      seen.add(next);
      for (const key of Object.keys(next)) {
        try {
          (next as Record<string, unknown>)[key] = 'edited';
        } catch {
          /* frozen: shared with the registry */
        }
        stack.push((next as Record<string, unknown>)[key]);
      }
    }
    expect(JSON.stringify(set)).toBe(before);
    expect(evaluate(set, { region: 'red-river-delta', values: { '1.1': true } })).toEqual(
      evaluate(getCriteriaSet('commune-2021-2025'), { region: 'red-river-delta', values: { '1.1': true } }),
    );
  });
});
