// Criterion and set verdicts from indicator verdicts, for the engines that only decide
// indicators (json-rules-engine, json-logic-js, the hand loop). Mirrors the decree rule the
// engine applies: a criterion is met when all (or at least n) applicable indicators are met.
import type { CriteriaSet } from '../src/engine.js';
import type { RulePlan } from './rule-plan.js';

/** 0 not applicable, 1 met, 2 not met, 3 undecided (missing data or unknown target). */
export type Code = 0 | 1 | 2 | 3;
export const NA = 0,
  MET = 1,
  NOT_MET = 2,
  OPEN = 3;

export type SetVerdict = 'met' | 'not-met' | 'incomplete';

/** The set verdict from per-indicator codes (in plan order). */
export function setVerdict(
  set: CriteriaSet,
  plan: RulePlan,
  codes: ArrayLike<number>,
  facts: Readonly<Record<string, number | boolean>>,
): SetVerdict {
  let notMet = false;
  let open = false;
  let i = 0;
  for (const criterion of plan.criteria) {
    let met = 0,
      no = 0,
      undecided = 0;
    for (let k = 0; k < criterion.size; k++, i++) {
      const c = codes[i];
      if (c === MET) met++;
      else if (c === NOT_MET) no++;
      else if (c === OPEN) undecided++;
    }
    const applicable = met + no + undecided;
    let verdict: SetVerdict | 'na';
    if (applicable === 0) verdict = criterion.size === 0 ? 'incomplete' : 'na';
    else if (criterion.atLeast !== undefined)
      verdict = met >= criterion.atLeast ? 'met' : met + undecided < criterion.atLeast ? 'not-met' : 'incomplete';
    else verdict = no > 0 ? 'not-met' : undecided > 0 ? 'incomplete' : 'met';
    if (verdict === 'not-met') notMet = true;
    else if (verdict === 'incomplete') open = true;
  }
  // Set-level conditions that belong to meeting the set (not recognition).
  for (const condition of set.conditions) {
    if (condition.purpose !== 'criteria') continue;
    const check = condition.check;
    if (condition.status !== 'verified' || check.kind === 'not-checkable' || check.kind === 'unit-share') open = true;
    else if (check.kind === 'fact') {
      const v = facts[check.fact];
      if (v === undefined || check.value === null) open = true;
      else if (!testOp(check.op, v, check.value)) notMet = true;
    }
  }
  return notMet ? 'not-met' : open ? 'incomplete' : 'met';
}

/** `a op b` for the fact and target comparisons. */
export function testOp(op: string, a: number | boolean, b: number | boolean): boolean {
  switch (op) {
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    default:
      return a === b;
  }
}
