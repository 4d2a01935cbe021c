// The gap plan of the Tam Đảo scenario: what each commune lacks for the Red River Delta targets
// of 1980/QĐ-TTg, and what the district lacks to be recognised — the step from the verdict of
// the report to the work an official assigns. Printed after the report by
// examples/tam-dao-2021.ts; checked by test/plan/tam-dao-plan.test.ts.
import { formatMessage, gapPlan, gapTable, listCriteriaSets, type GapPlan, type Message } from '../../src/index.js';
import { district } from './scenario.js';

/**
 * The district's plan. The aggregate keeps every commune's full result (`keep: 'results'` in
 * scenario.ts), so each commune gets its own plan; the shipped sets give the wording of each
 * indicator and the share the recognition condition asks for.
 */
export const tamDaoPlan: GapPlan = gapPlan(district, { sets: listCriteriaSets(), unit: { id: 'tam-dao', name: 'Huyện Tam Đảo' } });

/** The officials' table of the plan. */
const tamDaoTable = gapTable(tamDaoPlan);

const both = (m: Message, indent: string) => `${indent}${formatMessage(m, 'vi')}\n${indent}${formatMessage(m, 'en')}`;

/** The plan as the text that ends the example. */
export function tamDaoGapPlanReport(): string {
  const out: string[] = [];
  out.push('6. Kế hoạch bổ sung (gapPlan) / gap plan');
  out.push(both(tamDaoPlan.message, '   '));
  out.push('   Huyện còn thiếu để được công nhận / what the district lacks to be recognised:');
  for (const c of tamDaoPlan.conditions) out.push(both(c.message, '    - '));
  for (const d of tamDaoPlan.dataToCollect) out.push(both(d.message, '    - '));
  for (const t of tamDaoPlan.targetsToObtain) out.push(both(t.message, '    - '));
  out.push('');
  out.push('   Từng xã, theo mức Đồng bằng sông Hồng của 1980/QĐ-TTg (tiêu chí gần đạt nhất trước) /');
  out.push('   each commune against the Red River Delta targets of 1980/QĐ-TTg (closest criteria first):');
  // The published figures are district-wide (scenario.ts), so communes often share their gaps:
  // a commune whose gaps equal one already printed is named, not repeated.
  const printed: { name: string; key: string }[] = [];
  for (const unit of tamDaoPlan.units) {
    const plan = unit.plan;
    if (!plan) continue;
    const name = unit.name ?? unit.unitId;
    const key = JSON.stringify(plan.criteria.map((c) => c.gaps.map((g) => [g.code, g.shortfallText])));
    const same = printed.find((p) => p.key === key);
    out.push(`   ${formatMessage(plan.message, 'vi')}`);
    if (same) {
      out.push(`     Các khoảng thiếu như ${same.name} / the same gaps as ${same.name}`);
      continue;
    }
    printed.push({ name, key });
    out.push(`   ${formatMessage(plan.message, 'en')}`);
    for (const criterion of plan.criteria) {
      if (criterion.gaps.length === 0) continue;
      out.push(`     ${formatMessage(criterion.message, 'vi')}`);
      for (const gap of criterion.gaps) out.push(both(gap.message, `       ${gap.code.padEnd(6)} `));
    }
    for (const c of plan.conditions) out.push(both(c.message, '     - '));
    const data = plan.dataToCollect.map((d) => d.code ?? d.name ?? '');
    const targets = plan.targetsToObtain.map((t) => t.code ?? t.criterionId ?? t.conditionId ?? '');
    out.push(`     Số liệu cần thu thập / data to collect (${data.length}): ${data.join(', ')}`);
    out.push(`     Mức cần xác định / targets to obtain (${targets.length}): ${targets.join(', ')}`);
  }
  out.push('');
  out.push('   Bảng giao việc theo tiêu chí / work by criterion (chỉ tiêu có khoảng thiếu đã biết / known gaps):');
  for (const row of tamDaoTable.byCriterion) {
    const lacking = row.units.filter((u) => u.tasks.some((t) => t.kind === 'indicator'));
    if (lacking.length === 0) continue;
    const first = lacking[0]!.tasks.filter((t) => t.kind === 'indicator');
    const same = lacking.every(
      (u) =>
        JSON.stringify(u.tasks.filter((t) => t.kind === 'indicator').map((t) => [t.code, t.shortfall])) ===
        JSON.stringify(first.map((t) => [t.code, t.shortfall])),
    );
    out.push(
      `    Tiêu chí ${row.number ?? row.criterionId}. ${row.name.vi}: ${lacking.length} xã — ${lacking.map((u) => u.unitName ?? u.unitId).join(', ')}`,
    );
    if (same)
      for (const t of first)
        out.push(`      ${t.code}: ${formatMessage(t.message, 'vi')}${lacking.length > 1 ? ' (mỗi xã / each commune)' : ''}`);
  }
  return out.join('\n');
}
