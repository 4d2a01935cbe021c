// Deterministic communes spread around a set's targets: about 3 in 4 values meet their target.
import {
  COMMUNE_GROUP_IDS,
  REGION_IDS,
  type ColumnId,
  type CriteriaSet,
  type EvaluationInput,
  type FactTest,
  type Indicator,
  type IndicatorValue,
  type Target,
  type TargetOverride,
} from '../src/engine.js';
import { prng } from './prng.js';

/**
 * Caller targets for a set without verified targets (commune-2026-2030), from a FIXED TABLE by
 * measure and comparison. They are benchmark inputs, not legal values.
 */
export const OVERRIDE_TABLE = {
  percent: { '>=': 80, '<=': 10, '=': 100 },
  amount: { '>=': 60, '<=': 5, '=': 60 },
  count: { '>=': 2, '<=': 0, '=': 1 },
  flag: { '>=': true, '<=': true, '=': true },
} as const;

const BY = 'bench: fixed table (not a legal value)';

/** The unverified cells of a set, for every column, replaced by the fixed table. */
export function tableOverrides(set: CriteriaSet): Record<string, TargetOverride> {
  const overrides: Record<string, TargetOverride> = {};
  for (const criterion of set.criteria) {
    for (const indicator of criterion.indicators) {
      const cells = Object.values(indicator.targets).flatMap((c) => (Array.isArray(c) ? c : [c])) as Target[];
      if (cells.length === 0 || cells.some((t) => t.status === 'verified')) continue;
      const op = cells[0]!.op;
      overrides[indicator.code] = { value: OVERRIDE_TABLE[indicator.measure][op], by: BY };
    }
  }
  return overrides;
}

function columnsOf(set: CriteriaSet): readonly ColumnId[] {
  return set.columns === 'regions' ? REGION_IDS : set.columns === 'groups' ? COMMUNE_GROUP_IDS : ['all'];
}

function centre(indicator: Indicator, column: ColumnId, override: TargetOverride | undefined): number | boolean | undefined {
  if (override) return override.value;
  const cell = (column !== 'all' ? indicator.targets[column] : undefined) ?? indicator.targets.all;
  const first = (Array.isArray(cell) ? cell[0] : cell) as Target | undefined;
  return first?.status === 'verified' && first.value !== null ? first.value : undefined;
}

function valueNear(indicator: Indicator, centreValue: number | boolean | undefined, ceiling: boolean, next: () => number): IndicatorValue {
  if (indicator.measure === 'flag') return next() < 0.85;
  const base =
    typeof centreValue === 'number' ? centreValue : indicator.measure === 'percent' ? 70 : indicator.measure === 'count' ? 3 : 50;
  // 75% of values on the passing side of the target, 25% on the failing side.
  const pass = next() < 0.75;
  const spread = (0.02 + next() * 0.2) * Math.max(base, 1);
  let v = ceiling === pass ? base - spread : base + spread;
  if (indicator.measure === 'percent') v = Math.min(100, Math.max(0, Math.round(v * 10) / 10));
  else if (indicator.measure === 'count') v = Math.max(0, Math.round(v));
  else v = Math.max(0, Math.round(v * 10) / 10);
  return v;
}

function applies(test: FactTest, facts: Record<string, number | boolean>): boolean {
  const v = facts[test.fact];
  if (v === undefined) return true;
  return test.op === '>'
    ? v > test.value
    : test.op === '>='
      ? v >= test.value
      : test.op === '<'
        ? v < test.value
        : test.op === '<='
          ? v <= test.value
          : v === test.value;
}

/** `count` communes for a set, the same ones on every run for a given seed. */
export function generateCommunes(
  set: CriteriaSet,
  count: number,
  seed: number,
  overrides?: Record<string, TargetOverride>,
): EvaluationInput[] {
  const next = prng(seed);
  const columns = columnsOf(set);
  const years = set.years ?? { from: 2024, to: 2024 };
  const communes: EvaluationInput[] = [];
  for (let n = 0; n < count; n++) {
    const column = columns[Math.floor(next() * columns.length)]!;
    const year = years.from + Math.floor(next() * (Math.min(years.to, years.from + 4) - years.from + 1));
    const facts: Record<string, number | boolean> = {};
    for (const [name, fact] of Object.entries(set.facts ?? {})) {
      facts[name] = fact.kind === 'boolean' ? next() < 0.2 : Math.floor(next() * 7);
    }
    const values: Record<string, IndicatorValue> = {};
    for (const criterion of set.criteria) {
      for (const indicator of criterion.indicators) {
        const cells = Object.values(indicator.targets).flatMap((c) => (Array.isArray(c) ? c : [c])) as Target[];
        const value = valueNear(indicator, centre(indicator, column, overrides?.[indicator.code]), cells[0]?.op === '<=', next);
        // No value for an indicator that does not apply to the commune (that is an input issue).
        if (indicator.columns && !indicator.columns.includes(column)) continue;
        if (indicator.appliesWhen && !applies(indicator.appliesWhen, facts)) continue;
        values[indicator.code] = value;
      }
    }
    communes.push({
      ...(set.columns === 'regions' ? { region: column as (typeof REGION_IDS)[number] } : {}),
      ...(set.columns === 'groups' ? { group: column as (typeof COMMUNE_GROUP_IDS)[number] } : {}),
      year,
      values,
      facts,
      ...(overrides ? { overrides } : {}),
    });
  }
  return communes;
}
