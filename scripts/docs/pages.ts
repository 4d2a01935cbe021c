// The coverage table (docs/coverage.md) and the index (docs/index.md).
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import { LEVEL_NAMES } from '../../src/model/level.js';
import type { ChangePair } from './changes.js';
import { coverageOf } from './coverage.js';
import { esc, num, table } from './markdown.js';

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${num(Math.round((part * 1000) / whole) / 10)}%`;
}

/** docs/coverage.md: what the rules know, per set, counted from the rules. */
export function coveragePage(sets: readonly CriteriaSet[]): string {
  const rows = sets.map((set) => {
    const c = coverageOf(set);
    return [
      `[\`${set.id}\`](criteria/${set.id}.md)`,
      esc(set.version),
      `\`${set.level}\``,
      String(c.indicators),
      String(c.cells),
      String(c.verified),
      String(c.provincial),
      String(c.conflict),
      String(c.unknown),
      c.percentVerified === null ? '–' : `${num(c.percentVerified)}%`,
      `${c.conditionsVerified} / ${c.conditions}`,
    ];
  });
  const total = sets.map(coverageOf).reduce(
    (t, c) => ({
      indicators: t.indicators + c.indicators,
      cells: t.cells + c.cells,
      verified: t.verified + c.verified,
      provincial: t.provincial + c.provincial,
      conflict: t.conflict + c.conflict,
      unknown: t.unknown + c.unknown,
      conditions: t.conditions + c.conditions,
      conditionsVerified: t.conditionsVerified + c.conditionsVerified,
    }),
    { indicators: 0, cells: 0, verified: 0, provincial: 0, conflict: 0, unknown: 0, conditions: 0, conditionsVerified: 0 },
  );
  rows.push([
    '**Tổng / *Total***',
    '',
    '',
    String(total.indicators),
    String(total.cells),
    String(total.verified),
    String(total.provincial),
    String(total.conflict),
    String(total.unknown),
    percent(total.verified, total.cells),
    `${total.conditionsVerified} / ${total.conditions}`,
  ]);
  return `# Độ phủ dữ liệu pháp lý / *Coverage of the legal data*

Sinh từ \`rules/\` bằng \`npm run docs\`; đừng sửa tay. *Generated from \`rules/\` by \`npm run docs\`; do not edit.*

Mỗi **ô** là một chỉ tiêu ở một cột mà chỉ tiêu có mặt: 7 cột cho bộ theo vùng, 3 cho bộ theo nhóm xã, 1 cho bộ một mức; chỉ tiêu \`all\` được đếm ở mọi cột. Ô chỉ được tính là **đã kiểm chứng** khi mọi trường hợp của ô (theo năm hoặc theo điều kiện) đều đã kiểm chứng. Một tiêu chí chưa biết danh sách chỉ tiêu (không có chỉ tiêu nào, hoặc danh sách chưa đủ) được đếm thêm một ô *chưa biết* ở mỗi cột. Chỉ ô **đã kiểm chứng** là chỉ tiêu; *tỉnh* (chỉ thấy ở văn bản của một tỉnh), *mâu thuẫn* và *chưa biết* (chưa thấy trong văn bản, chưa tìm thấy, hoặc không có ô) đều cho kết quả \`unknown-target\`. Bảng bộ tiêu chí trong README đếm đúng các ô này. Cột cuối: điều kiện của bộ đã kiểm chứng / tổng số.

*Each **cell** is one indicator in one column where it exists: 7 columns for region sets, 3 for commune-group sets, 1 for single-column sets; an \`all\` target counts in every column. A cell counts as **verified** only when every case of it (by year or by fact) is verified. A criterion whose list of indicators is unknown (no indicator, or a list known to be incomplete) adds one *unknown* cell per column. Only **verified** cells are targets; provincial (seen only in one province's text), conflicting and unknown (not seen in a text, not found, or no cell) cells evaluate to \`unknown-target\`. The README's table of sets counts the same cells. Last column: set conditions verified / total.*

${table(
  [
    'Bộ<br>*Set*',
    'Văn bản<br>*Decree*',
    'Cấp<br>*Level*',
    'Chỉ tiêu<br>*Indicators*',
    'Ô<br>*Cells*',
    'Đã kiểm chứng<br>*Verified*',
    'Tỉnh<br>*Provincial*',
    'Mâu thuẫn<br>*Conflict*',
    'Chưa biết<br>*Unknown*',
    '% kiểm chứng<br>*% verified*',
    'Điều kiện<br>*Conditions*',
  ],
  rows,
)}
`;
}

/** docs/index.md: the entry to every generated page. */
export function indexPage(
  sets: readonly CriteriaSet[],
  pairs: readonly ChangePair[],
  options: { readonly api: string; readonly has: (file: string) => boolean },
): string {
  const setRows = sets.map((set) => [
    `[${esc(set.title.vi)}](criteria/${set.id}.md)<br>*${esc(set.title.en)}*`,
    `\`${set.id}\``,
    esc(set.version),
    `${esc(LEVEL_NAMES[set.level].vi)}<br>*${esc(LEVEL_NAMES[set.level].en)}*`,
    `${set.period.from ?? '?'} → ${set.period.to ?? '?'}`,
    `[JSON](criteria/${set.id}.json) · [schema](json-schema/${set.id}.json)`,
  ]);
  const changeRows = pairs.map((p) => [
    `[${esc(p.from.version)} → ${esc(p.to.version)}](changes/${p.file})`,
    `\`${p.from.id}\` → \`${p.to.id}\``,
  ]);
  return `# @ntm/criteria: tài liệu / *documentation*

Bộ tiêu chí quốc gia về nông thôn mới dưới dạng dữ liệu có kiểu, có phiên bản, đánh giá thuần túy. Mọi trang dưới đây được sinh từ \`rules/\` (\`npm run docs\`), nên không thể lệch với những gì thư viện đánh giá. Văn bản tiếng Việt là bản gốc; tiếng Anh là bản dịch tham khảo.

*Vietnam's New Rural Development (Nông thôn mới) criteria as typed, versioned, pure evaluation. Every page below is generated from \`rules/\` (\`npm run docs\`), so it cannot drift from what the library evaluates. Vietnamese is authoritative; English is a helpful translation.*

> Mọi giá trị đã kiểm chứng đến từ văn bản trình bày lại (hỏi đáp pháp luật, cổng thông tin), chưa đọc trực tiếp bảng của quyết định: hãy đối chiếu với công báo trước khi dùng chính thức. *Every verified value comes from a secondary restatement, not from the decision's own table: check against the official gazette before production use.*

## Bộ tiêu chí / *Criteria sets*

Mỗi bộ: trang tiêu chí (chỉ tiêu theo vùng/nhóm, nguồn pháp lý, kiểm chứng, giá trị còn thiếu, điều kiện, cách chọn cột), danh mục JSON ([định dạng / *format*](catalogue-format.md)) và lược đồ JSON của dữ liệu vào. *Each set: its criteria page (targets per region or group, legal source, verification, missing values, conditions, column choice), its JSON catalogue and the JSON Schema of its input.*

${table(['Bộ tiêu chí<br>*Set*', 'Mã<br>*Id*', 'Văn bản<br>*Decree*', 'Cấp<br>*Level*', 'Hiệu lực<br>*In force*', 'Dữ liệu<br>*Data*'], setRows)}

## Thay đổi giữa các phiên bản / *Changes between versions*

${changeRows.length > 0 ? table(['Thay đổi<br>*Change*', 'Bộ<br>*Sets*'], changeRows) : '*Chưa có / None yet.*'}

## Khác / *More*

- [Độ phủ dữ liệu pháp lý / *Coverage of the legal data*](coverage.md)
${options.has('input-issues.md') ? '- [Lỗi dữ liệu vào / *Input issues*](input-issues.md)\n' : ''}${options.has('exactness.md') ? '- [Độ chính xác của phép so sánh / *Exactness*](exactness.md)\n' : ''}- [Định dạng danh mục JSON / *JSON catalogue format*](catalogue-format.md)
${options.has('table-format.md') ? '- [Định dạng bảng tiêu chí của tỉnh / *Provincial criteria table format*](table-format.md)\n' : ''}- ${options.api}
`;
}
