import type { GapPlan, GapTable, WorkTask } from './types.js';

type CriterionRow = GapTable['byCriterion'][number];
type UnitRow = GapTable['byUnit'][number];

/**
 * The officials' table of a gap plan: by criterion, which units lack it and by how much; by
 * unit, what is left — a work assignment as plain data (every row has its sentence in
 * Vietnamese and English, `formatMessage(task.message, lang)`), for a spreadsheet, the CLI,
 * the explorer or a report. An aggregate's plan yields one row per sub-unit and level, its
 * own units' units included, each once.
 * @example
 * const table = gapTable(districtPlan);
 * for (const row of table.byUnit) {
 *   console.log(row.unitName ?? row.unitId, row.tasks.map((t) => formatMessage(t.message, 'vi')));
 * }
 * table.byCriterion.find((c) => c.criterionId === '10')?.units.map((u) => u.unitName);
 * // ['Đạo Trù', 'Yên Dương', …]: the communes short of the income target
 */
export function gapTable(plan: GapPlan): GapTable {
  const byUnit: UnitRow[] = [];
  const criteria = new Map<string, { row: Omit<CriterionRow, 'units'>; units: CriterionRow['units'][number][] }>();
  const seen = new Set<string>();

  const visit = (p: GapPlan | undefined) => {
    if (!p || typeof p !== 'object') return;
    const key = `${p.unitId ?? ''}\u0000${p.setId}`;
    if (seen.has(key)) return;
    seen.add(key);
    const who = { unitId: p.unitId ?? null, ...(p.unitName !== undefined ? { unitName: p.unitName } : {}), setId: p.setId };
    const tasks: WorkTask[] = [];
    const byCriterion = new Map<string, WorkTask[]>();
    const add = (task: WorkTask) => {
      tasks.push(task);
      if (task.criterionId === undefined) return;
      const list = byCriterion.get(task.criterionId) ?? [];
      list.push(task);
      byCriterion.set(task.criterionId, list);
    };
    for (const c of p.criteria ?? []) {
      for (const g of c.gaps) {
        add({ ...who, kind: 'indicator', criterionId: c.id, code: g.code, shortfall: g.shortfall, unit: g.unit, message: g.message });
      }
    }
    for (const d of p.dataToCollect ?? []) {
      add({
        ...who,
        kind: 'data',
        ...(d.criterionId !== undefined ? { criterionId: d.criterionId } : {}),
        ...(d.code !== undefined ? { code: d.code } : {}),
        ...(d.conditionId !== undefined ? { conditionId: d.conditionId } : {}),
        message: d.message,
      });
    }
    for (const t of p.targetsToObtain ?? []) {
      add({
        ...who,
        kind: 'target',
        ...(t.criterionId !== undefined ? { criterionId: t.criterionId } : {}),
        ...(t.code !== undefined ? { code: t.code } : {}),
        ...(t.conditionId !== undefined ? { conditionId: t.conditionId } : {}),
        message: t.message,
      });
    }
    for (const c of p.conditions ?? []) {
      add({
        ...who,
        kind: 'condition',
        conditionId: c.id,
        ...(c.kind === 'unit-share' && c.more !== null ? { shortfall: c.more, unit: { vi: 'đơn vị', en: 'units' } } : {}),
        message: c.message,
      });
    }
    byUnit.push({ ...who, level: p.level, status: p.status, tasks });
    for (const c of p.criteria ?? []) {
      const key = `${p.setId}\u0000${c.id}`;
      let entry = criteria.get(key);
      if (!entry) criteria.set(key, (entry = { row: { setId: p.setId, criterionId: c.id, number: c.number, name: c.name }, units: [] }));
      entry.units.push({
        unitId: who.unitId,
        ...(who.unitName !== undefined ? { unitName: who.unitName } : {}),
        tasks: byCriterion.get(c.id) ?? [],
      });
    }
    for (const u of p.units ?? []) visit(u.plan);
  };

  visit(plan);
  // By set in the order met, then by the criterion's official number (the decree's order).
  const setOrder = new Map<string, number>();
  for (const { row } of criteria.values()) if (!setOrder.has(row.setId)) setOrder.set(row.setId, setOrder.size);
  const rows = [...criteria.values()].map(({ row, units }) => ({ ...row, units }));
  rows.sort((a, b) => setOrder.get(a.setId)! - setOrder.get(b.setId)! || (a.number ?? Infinity) - (b.number ?? Infinity));
  return { byCriterion: rows, byUnit };
}
