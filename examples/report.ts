// Prints an evaluation result as a report an official can read, in Vietnamese with English.
import { formatMessage, type EvaluationResult, type IndicatorStatus } from '../src/index.js';

const MARK: Record<IndicatorStatus, string> = {
  met: '✔ đạt / met',
  'not-met': '✘ chưa đạt / not met',
  'not-applicable': '– không áp dụng / not applicable',
  missing: '? thiếu dữ liệu / missing data',
  'unknown-target': '? chưa rõ mức / target unknown',
};

const VERDICT = {
  met: 'ĐẠT / MET',
  'not-met': 'CHƯA ĐẠT / NOT MET',
  incomplete: 'CHƯA ĐỦ CĂN CỨ / INCOMPLETE',
  'not-applicable': 'KHÔNG ÁP DỤNG / NOT APPLICABLE',
} as const;

/** Formats a result as lines of text. */
export function formatReport(title: string, result: EvaluationResult): string {
  const lines: string[] = [];
  lines.push(`# ${title}`);
  lines.push(`Bộ tiêu chí / set: ${result.setId} (${result.version}), năm / year ${result.year ?? '—'}`);
  lines.push(
    `Cột chỉ tiêu / column: ${result.column.column ?? '—'} — ${formatMessage(result.column.text, 'vi')} / ${formatMessage(result.column.text, 'en')}`,
  );
  lines.push(`Kết quả / result: ${VERDICT[result.status]} — ${result.metCount}/${result.total} tiêu chí đạt / criteria met`);
  for (const criterion of result.criteria) {
    lines.push(`\n## ${criterion.number ?? criterion.id}. ${criterion.name.vi} / ${criterion.name.en}: ${VERDICT[criterion.status]}`);
    for (const indicator of criterion.indicators) {
      lines.push(`  ${indicator.code.padEnd(6)} ${MARK[indicator.status]}`);
      lines.push(`         ${formatMessage(indicator.reason, 'vi')}`);
      lines.push(`         ${formatMessage(indicator.reason, 'en')}`);
    }
  }
  if (result.overrides.length > 0) {
    lines.push('\n## Mức do địa phương cung cấp / caller-supplied targets');
    for (const o of result.overrides) lines.push(`  ${o.code}: ${String(o.value)} — ${o.by}${o.source ? ` (${o.source})` : ''}`);
  }
  if (result.conditions.length > 0) {
    lines.push('\n## Điều kiện / conditions');
    for (const c of result.conditions)
      lines.push(`  [${c.purpose}] ${c.id}: ${c.status} — ${formatMessage(c.reason, 'vi')} / ${formatMessage(c.reason, 'en')}`);
  }
  lines.push(`\nCông nhận / recognition: ${VERDICT[result.recognition]}`);
  if (result.missing.length) lines.push(`Thiếu dữ liệu / missing data: ${result.missing.join(', ')}`);
  if (result.unknownTargets.length) lines.push(`Chưa rõ mức / unknown targets: ${result.unknownTargets.join(', ')}`);
  return lines.join('\n');
}
