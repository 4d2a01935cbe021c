// What changed between consecutive versions: docs/changes/<from>--<to>.md, from `diff(a, b)`.
import { diff, type RuleChange, type RuleRef, type Changes, type TargetSnapshot } from '../../src/diff.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import { LEVEL_NAMES } from '../../src/model/level.js';
import { VERIFICATION_LABELS } from '../../src/model/verification.js';
import { columnHeader, esc, MARK, num, sign, statusLabel, table, viEn } from './markdown.js';

/** A pair of consecutive versions. */
export interface ChangePair {
  readonly from: CriteriaSet;
  readonly to: CriteriaSet;
  /** File name under docs/changes. */
  readonly file: string;
}

/**
 * Consecutive versions: within one level (and province and scope), sets ordered by the date
 * they come into force; plus every base → amended version of one family. Sets with an unknown
 * start date are left out of the chain (their order is unknown).
 */
export function changePairs(sets: readonly CriteriaSet[]): ChangePair[] {
  const chains = new Map<string, CriteriaSet[]>();
  for (const set of sets) {
    if (set.period.from === null) continue;
    const key = [set.level, set.province ?? '', (set as { scope?: string }).scope ?? ''].join('\u0000');
    chains.set(key, [...(chains.get(key) ?? []), set]);
  }
  const pairs = new Map<string, ChangePair>();
  const add = (from: CriteriaSet, to: CriteriaSet) => {
    const file = `${from.id}--${to.id}.md`;
    if (!pairs.has(file)) pairs.set(file, { from, to, file });
  };
  for (const chain of chains.values()) {
    const ordered = [...chain].sort((a, b) => (a.period.from! < b.period.from! ? -1 : a.period.from! > b.period.from! ? 1 : 0));
    for (let i = 1; i < ordered.length; i++) add(ordered[i - 1]!, ordered[i]!);
  }
  for (const set of sets) {
    if (set.legalBasis.some((d) => d.role === 'amendment')) {
      const base = sets.find((s) => s.family === set.family && s !== set && !s.legalBasis.some((d) => d.role === 'amendment'));
      if (base) add(base, set);
    }
  }
  return [...pairs.values()];
}

function cases(list: readonly TargetSnapshot[] | null): string {
  if (list === null) return '–';
  return list
    .map((t) => {
      const value =
        t.value === null
          ? `${MARK[t.status]} ${esc(VERIFICATION_LABELS[t.status].en)}`
          : typeof t.value === 'boolean'
            ? `Đạt / *Achieved* ${MARK.verified}`
            : `${sign(t.op)} ${num(t.value)}${t.relativeTo ? ` × \`${t.relativeTo}\`` : ''} ${MARK.verified}`;
      const years = t.years ? ` [${t.years.from ?? ''}–${t.years.to ?? ''}]` : '';
      const when = t.when ? ` (\`${t.when.fact}\` ${sign(t.when.op)} ${String(t.when.value)})` : '';
      const amended = t.amendedBy ? ` (${esc(t.amendedBy)})` : '';
      return value + years + when + amended;
    })
    .join('<br>');
}

function ruleTables(title: string, changes: Changes<RuleRef, RuleChange>): string[] {
  const rows = [
    ...changes.added.map((r) => ['Thêm<br>*Added*', `\`${r.id}\``, viEn(r.text), statusLabel(r.status, VERIFICATION_LABELS)]),
    ...changes.removed.map((r) => ['Bỏ<br>*Removed*', `\`${r.id}\``, viEn(r.text), statusLabel(r.status, VERIFICATION_LABELS)]),
    ...changes.changed.map((r) => [
      `Sửa<br>*Changed*: ${r.fields.map((f) => `\`${f}\``).join(', ')}`,
      `\`${r.id}\``,
      viEn(r.text),
      r.statusBefore === r.status
        ? statusLabel(r.status, VERIFICATION_LABELS)
        : `${MARK[r.statusBefore]} → ${statusLabel(r.status, VERIFICATION_LABELS)}`,
    ]),
  ];
  if (rows.length === 0) return [];
  return [`## ${title}`, '', table(['Thay đổi<br>*Change*', 'Mã<br>*Id*', 'Nội dung<br>*Text*', 'Kiểm chứng<br>*Verification*'], rows), ''];
}

/** How `diff` decides that two criteria or two indicators are the same item (see src/diff.ts). */
const MATCHING_RULE = [
  '<details><summary>Cách ghép tiêu chí và chỉ tiêu / <em>How criteria and indicators are matched</em></summary>',
  '',
  'Tiêu chí và chỉ tiêu được ghép theo nội dung, không theo số thứ tự, vì bộ tiêu chí mới có thể đánh số lại (51/2025/QĐ-TTg có 10 tiêu chí thay cho 19). Theo thứ tự, mỗi mục ghép một lần: (1) tiêu chí cùng tên (bỏ dấu, hoa thường, dấu câu), rồi tiêu chí cùng số có tên chung từ (đổi tên tại chỗ); (2) chỉ tiêu cùng mã trong hai tiêu chí đã ghép, rồi chỉ tiêu cùng loại đo có nội dung gần như trùng (ít nhất 85% số từ chung, không tính cụm chỉ giai đoạn như "giai đoạn 2021–2025"), ở bất kỳ tiêu chí nào; (3) các tiêu chí còn lại chứa chỉ tiêu đã ghép, rồi tiêu chí có tên chung ít nhất 60% số từ, dù khác số; (4) chỉ tiêu cùng mã trong các tiêu chí ghép ở bước 3. Phần còn lại là thêm hoặc bỏ. Mục đổi số ghi "số cũ → số mới". Quy tắc đối xứng: so sánh ngược lại cho đúng kết quả đảo chiều.',
  '',
  '*Criteria and indicators are matched by content, not by number, because a new set may renumber them (51/2025/QĐ-TTg has 10 criteria where 318/QĐ-TTg had 19). In order, each item matched once: (1) criteria with the same name (ignoring diacritics, case and punctuation), then criteria with the same number whose names share words (a rename in place); (2) indicators with the same code in two matched criteria, then indicators of the same measure whose texts are nearly the same (at least 85% of their words shared, period phrases such as "giai đoạn 2021–2025" left out), wherever they sit; (3) the remaining criteria that hold matched indicators, then criteria whose names share at least 60% of their words, whatever their number; (4) indicators with the same code in the criteria matched in step 3. What is left is added or removed. A renumbered item reads "old → new". The rule is symmetric: comparing the other way gives exactly the reverse.*',
  '',
  '</details>',
  '',
];

/** An id or code, as "old → new" when it was renumbered. */
function renumbered(before: string, after: string): string {
  return before === after ? esc(after) : `${esc(before)} → ${esc(after)}`;
}

/** The Markdown page of one pair. */
export function changesPage(pair: ChangePair): string {
  const { from, to } = pair;
  const d = diff(from, to);
  const lines = [
    `# ${esc(from.version)} → ${esc(to.version)}`,
    '',
    `*${esc(LEVEL_NAMES[to.level].vi)} / ${esc(LEVEL_NAMES[to.level].en)}*: [${esc(from.title.vi)}](../criteria/${from.id}.md) (\`${from.id}\`, ${from.period.from ?? '?'} → ${from.period.to ?? '?'}) → [${esc(to.title.vi)}](../criteria/${to.id}.md) (\`${to.id}\`, ${to.period.from ?? '?'} → ${to.period.to ?? '?'})`,
    '',
    `${esc(d.summary[0]!.vi)}`,
    '',
    `*${esc(d.summary[0]!.en)}*`,
    '',
    'Chỉ so sánh nội dung (tiêu chí, chỉ tiêu, chỉ tiêu theo từng cột, quy tắc chọn cột, điều kiện); không so sánh nguồn và ghi chú. Một ô chuyển từ "chưa biết" sang "đã kiểm chứng" cũng là một thay đổi. *Only content is compared (criteria, indicators, the target in every column, column rules, conditions), not sources or notes; a cell going from unknown to verified is a change too.*',
    '',
    ...MATCHING_RULE,
  ];
  const criteria = [
    ...d.criteria.added.map((c) => ['Thêm<br>*Added*', esc(c.id), viEn(c.name)]),
    ...d.criteria.removed.map((c) => ['Bỏ<br>*Removed*', esc(c.id), viEn(c.name)]),
    ...d.criteria.changed.map((c) => [
      `Sửa<br>*Changed*: ${c.fields.map((f) => `\`${f}\``).join(', ')}`,
      renumbered(c.idBefore, c.id),
      c.nameBefore.vi === c.name.vi ? viEn(c.name) : `${viEn(c.nameBefore)}<br>→<br>${viEn(c.name)}`,
    ]),
  ];
  if (criteria.length > 0)
    lines.push('## Tiêu chí / *Criteria*', '', table(['Thay đổi<br>*Change*', 'Tiêu chí<br>*Criterion*', 'Tên<br>*Name*'], criteria), '');
  const indicators = [
    ...d.indicators.added.map((i) => ['Thêm<br>*Added*', `**${esc(i.code)}**`, esc(i.criterionId), viEn(i.text)]),
    ...d.indicators.removed.map((i) => ['Bỏ<br>*Removed*', `**${esc(i.code)}**`, esc(i.criterionId), viEn(i.text)]),
  ];
  if (indicators.length > 0) {
    lines.push(
      '## Chỉ tiêu thêm, bỏ / *Indicators added, removed*',
      '',
      table(['Thay đổi<br>*Change*', 'Mã<br>*Code*', 'Tiêu chí<br>*Criterion*', 'Chỉ tiêu<br>*Indicator*'], indicators),
      '',
    );
  }
  if (d.indicators.changed.length > 0) {
    lines.push('## Chỉ tiêu sửa / *Indicators changed*', '');
    for (const i of d.indicators.changed) {
      lines.push(`### ${renumbered(i.codeBefore, i.code)}`, '');
      if (i.codeBefore !== i.code || i.textBefore.vi !== i.text.vi) {
        lines.push(
          `Trước / *Before* (**${esc(i.codeBefore)}**, tiêu chí / *criterion* ${esc(i.criterionIdBefore)}): ${viEn(i.textBefore)}`,
          '',
        );
        lines.push(`Sau / *After* (**${esc(i.code)}**, tiêu chí / *criterion* ${esc(i.criterionId)}): ${viEn(i.text)}`, '');
      } else lines.push(viEn(i.text), '');
      if (i.fields.length > 0) lines.push(`Sửa / *Changed*: ${i.fields.map((f) => `\`${f}\``).join(', ')}`, '');
      if (i.targets.length > 0) {
        lines.push(
          table(
            ['Cột<br>*Column*', 'Trước<br>*Before*', 'Sau<br>*After*'],
            i.targets.map((t) => [columnHeader(t.column), cases(t.before), cases(t.after)]),
          ),
          '',
        );
      }
    }
  }
  lines.push(...ruleTables('Quy tắc chọn cột / *Column rules*', d.columnRules));
  lines.push(...ruleTables('Điều kiện / *Conditions*', d.conditions));
  if (d.summary.length === 1) lines.push('*Không có thay đổi nội dung / No change of content.*', '');
  return `${lines.join('\n').trimEnd()}\n`;
}
