// The auditor's page of one criteria set: docs/criteria/<set id>.md (Vietnamese first, English beneath).
import { columnIdsOf, type ColumnId } from '../../src/model/column.js';
import { COMMUNE_GROUPS, COMMUNE_GROUP_IDS } from '../../src/model/commune-group.js';
import type { Condition } from '../../src/model/condition.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import type { Criterion } from '../../src/model/criterion.js';
import type { Indicator } from '../../src/model/indicator.js';
import { LEVEL_NAMES } from '../../src/model/level.js';
import { isProvinceId, PROVINCES } from '../../src/model/province.js';
import { REGIONS, REGION_IDS } from '../../src/model/region.js';
import type { FactTest, Target } from '../../src/model/target.js';
import type { LocalizedText } from '../../src/model/text.js';
import { VERIFICATION_LABELS, VERIFICATION_STATUSES, type VerificationStatus } from '../../src/model/verification.js';
import { casesOf, cellFor, existsIn } from '../../src/model/cell.js';
import { coverageOf, unresolvedOf } from './coverage.js';
import { anchor, columnHeader, columnName, esc, json, MARK, noteText, num, sign, statusLabel, table, viEn } from './markdown.js';
import { sampleInput } from './sample-input.js';

/** Links to pages that involve the set, computed by the caller. */
export interface PageLinks {
  /** Change pages (file names under docs/changes) from or to this set. */
  readonly changes: readonly { readonly file: string; readonly from: string; readonly to: string }[];
}

const MEASURE_NAMES: Record<Indicator['measure'], LocalizedText> = {
  percent: { vi: 'Tỷ lệ (%)', en: 'Percent' },
  flag: { vi: 'Đạt/Không đạt', en: 'Achieved or not' },
  amount: { vi: 'Số lượng', en: 'Amount' },
  count: { vi: 'Số đếm', en: 'Count' },
};

const PURPOSES: readonly { readonly purpose: Condition['purpose']; readonly title: LocalizedText; readonly text: LocalizedText }[] = [
  {
    purpose: 'criteria',
    title: { vi: 'Điều kiện đạt chuẩn', en: 'Conditions of meeting the set' },
    text: {
      vi: 'Bộ tiêu chí chỉ đạt khi mọi điều kiện này đạt, cùng với các tiêu chí.',
      en: 'The set is met only when each of these conditions is met, together with the criteria.',
    },
  },
  {
    purpose: 'recognition',
    title: { vi: 'Điều kiện công nhận', en: 'Conditions of recognition' },
    text: {
      vi: 'Đạt đủ tiêu chí chưa phải là được công nhận: công nhận còn cần các điều kiện này. Thư viện báo cáo riêng (`recognition`).',
      en: 'Meeting every criterion is not recognition: recognition also needs these conditions. The library reports it apart (`recognition`).',
    },
  },
  {
    purpose: 'procedure',
    title: { vi: 'Thủ tục', en: 'Procedure' },
    text: {
      vi: 'Mô tả cách đánh giá; không làm thay đổi kết quả.',
      en: 'How the assessment is done; never changes a verdict.',
    },
  },
];

/** "≥ 95%", "Đạt / Achieved", "≥ 1.5 × incomeAtRecognition". */
function targetValue(target: Target, indicator: Indicator): string {
  const op = sign(target.op);
  if (target.value === null) return '';
  if (typeof target.value === 'boolean') return target.value ? 'Đạt<br>*Achieved*' : 'Không<br>*Not*';
  if (target.relativeTo) return `${op} ${num(target.value)} × \`${target.relativeTo}\``;
  return `${op} ${num(target.value)}${indicator.measure === 'percent' ? '%' : ''}`;
}

function factTest(test: FactTest): string {
  return `\`${test.fact}\` ${sign(test.op)} ${String(test.value)}`;
}

/** The case's condition: its years and fact test, e.g. "2024–2025" or "`schoolCount` > 3". */
function caseLabel(target: Target): string {
  const parts: string[] = [];
  if (target.years) {
    const { from, to } = target.years;
    parts.push(
      from !== undefined && to !== undefined ? (from === to ? `${from}` : `${from}–${to}`) : from !== undefined ? `≥ ${from}` : `≤ ${to}`,
    );
  }
  if (target.when) parts.push(factTest(target.when));
  return parts.join(', ');
}

/** One target case in a cell: value and mark, or only the mark when the value is not a target. */
function caseText(target: Target, indicator: Indicator): string {
  const label = caseLabel(target);
  const value = target.status === 'verified' ? `${targetValue(target, indicator)} ${MARK.verified}` : MARK[target.status];
  const amended = target.amendedBy ? ` (${esc(target.amendedBy)})` : '';
  return `${label ? `${label}: ` : ''}${value}${amended}`;
}

function cellText(indicator: Indicator, column: ColumnId): string {
  if (!existsIn(indicator, column)) return '–';
  const cases = casesOf(cellFor(indicator, column));
  if (cases.length === 0) return `${MARK['not-found']}`;
  return cases.map((t) => caseText(t, indicator)).join('<br>');
}

/** Whether every indicator of the criterion has one cell for every column (then one column is shown). */
function uniform(criterion: Criterion): boolean {
  return criterion.indicators.every((i) => Object.keys(i.targets).every((k) => k === 'all') && i.columns === undefined);
}

function sourceLinks(ids: readonly string[]): string {
  return [...new Set(ids)].map((id) => `[${esc(id)}](#${anchor('source', id)})`).join(', ');
}

function indicatorSources(indicator: Indicator): string[] {
  return Object.values(indicator.targets).flatMap((cell) => casesOf(cell).flatMap((t) => [...t.sources]));
}

function legalSource(set: CriteriaSet, indicator: Indicator): string {
  const base = set.legalBasis.find((d) => d.role === 'base') ?? set.legalBasis[0]!;
  const ref = indicator.ref;
  const document = ref?.document ?? base.document;
  const annex = ref?.annex ?? (ref?.document === undefined || ref.document === base.document ? base.annex : undefined);
  const place = [annex, ref?.article, `${ref?.row ? 'dòng' : 'mã'} ${ref?.row ?? indicator.code}`].filter(Boolean).join(', ');
  const amendedBy = [
    ...new Set(Object.values(indicator.targets).flatMap((cell) => casesOf(cell).flatMap((t) => (t.amendedBy ? [t.amendedBy] : [])))),
  ];
  const sources = sourceLinks(indicatorSources(indicator));
  return [`${esc(document)}, ${esc(place)}`, ...amendedBy.map((a) => `sửa đổi / *amended by* ${esc(a)}`), sources]
    .filter(Boolean)
    .join('<br>');
}

function comparisonOf(indicator: Indicator): string {
  const ops = [...new Set(Object.values(indicator.targets).flatMap((cell) => casesOf(cell).map((t) => sign(t.op))))];
  return ops.join(' / ') || '–';
}

function indicatorCell(indicator: Indicator): string {
  const parts = [viEn(indicator.text)];
  if (indicator.unit)
    parts.push(
      `Đơn vị / *Unit*: ${esc(indicator.unit.vi)}${indicator.unit.vi !== indicator.unit.en ? ` / *${esc(indicator.unit.en)}*` : ''}`,
    );
  if (indicator.appliesWhen) parts.push(`Chỉ áp dụng khi / *Applies only when* ${factTest(indicator.appliesWhen)}`);
  if (indicator.columns) parts.push(`Chỉ ở cột / *Only in columns*: ${indicator.columns.map((c) => esc(columnName(c).vi)).join(', ')}`);
  if (indicator.note) parts.push(noteText(indicator.note, { labelled: true }));
  return parts.join('<br>');
}

function criterionSection(set: CriteriaSet, criterion: Criterion): string {
  const columns: readonly ColumnId[] = uniform(criterion) ? ['all'] : columnIdsOf(set.columns);
  const header = [
    'Mã<br>*Code*',
    'Chỉ tiêu<br>*Indicator*',
    'Đo<br>*Measure*',
    'So sánh<br>*Comparison*',
    ...(columns.length === 1 && set.columns !== 'single' ? ['Mọi vùng/nhóm<br>*Every column*'] : columns.map(columnHeader)),
    'Nguồn pháp lý<br>*Legal source*',
    'Câu chữ<br>*Wording*',
  ];
  const rows = criterion.indicators.map((indicator) => [
    `**${esc(indicator.code)}**`,
    indicatorCell(indicator),
    viEn(MEASURE_NAMES[indicator.measure]),
    comparisonOf(indicator),
    ...columns.map((column) => cellText(indicator, column)),
    legalSource(set, indicator),
    statusLabel(indicator.textStatus, VERIFICATION_LABELS),
  ]);
  const title =
    criterion.number !== null ? `Tiêu chí ${criterion.number}. ${criterion.name.vi}` : `Tiêu chí ${criterion.id}. ${criterion.name.vi}`;
  const lines = [
    `### ${esc(title)}`,
    '',
    `*Criterion ${esc(criterion.number !== null ? String(criterion.number) : criterion.id)}: ${esc(criterion.name.en)}*`,
    '',
  ];
  const facts = [
    criterion.group ? `Nhóm / *Group*: ${esc(criterion.group.vi)} / *${esc(criterion.group.en)}*` : null,
    `Kiểm chứng / *Verification*: ${statusLabel(criterion.status, VERIFICATION_LABELS)}${criterion.sources.length ? ` (${sourceLinks(criterion.sources)})` : ''}`,
    criterion.incompleteIndicators
      ? `**Danh sách chỉ tiêu chưa đầy đủ / *Indicator list incomplete***: ${esc(criterion.incompleteIndicators.vi)} / *${esc(criterion.incompleteIndicators.en)}* — tiêu chí không bao giờ "đạt" chỉ nhờ các chỉ tiêu đã biết / *never met on the known rows alone*`
      : null,
    criterion.rule?.kind === 'at-least'
      ? `Đạt khi ít nhất ${criterion.rule.count} chỉ tiêu đạt / *Met when at least ${criterion.rule.count} indicators are met*`
      : 'Đạt khi mọi chỉ tiêu áp dụng đều đạt / *Met when every applicable indicator is met*',
  ].filter((x): x is string => x !== null);
  lines.push(...facts.map((f) => `- ${f}`), '');
  lines.push(criterion.indicators.length > 0 ? table(header, rows) : '*Chưa có chỉ tiêu nào được ghi nhận / No indicator recorded.*', '');
  return lines.join('\n');
}

function describeCheck(set: CriteriaSet, condition: Condition): string {
  const check = condition.check;
  switch (check.kind) {
    case 'criteria-met':
      return 'Đạt mọi tiêu chí của bộ<br>*Every criterion of the set is met*';
    case 'fact': {
      const fact = set.facts?.[check.fact];
      const value = check.value === null ? '? (ngưỡng chưa biết / *threshold unknown*)' : String(check.value);
      return `\`${check.fact}\` ${sign(check.op)} ${value}${fact ? `<br>${viEn(fact.text)}` : ''}`;
    }
    case 'unit-share': {
      const unit = LEVEL_NAMES[check.unitLevel];
      const percent = check.percent === null ? '?' : `${num(check.percent)}%`;
      const standard =
        check.standard === 'meets-set'
          ? { vi: 'đạt bộ tiêu chí đang có hiệu lực', en: 'meet the set in force' }
          : { vi: 'đã được công nhận', en: 'are recognised' };
      return `${sign(check.op)} ${percent} đơn vị cấp «${esc(unit.vi)}» ${standard.vi}<br>*${sign(check.op)} ${percent} of ${esc(unit.en)} units ${standard.en}*`;
    }
    case 'not-checkable':
      return 'Không kiểm tra tự động được<br>*Not machine-checkable*';
  }
}

function conditionsSection(set: CriteriaSet): string {
  const lines = [
    "## Điều kiện của bộ tiêu chí / *How the set's conditions work*",
    '',
    'Kết quả có ba tầng: (1) các **tiêu chí** (mỗi tiêu chí đạt khi các chỉ tiêu áp dụng đạt); (2) **điều kiện đạt chuẩn** (`criteria`), cùng với tiêu chí quyết định `status`; (3) **điều kiện công nhận** (`recognition`), quyết định `recognition`. Điều kiện **thủ tục** (`procedure`) không đổi kết quả. Một điều kiện chưa kiểm chứng hoặc không kiểm tra tự động được cho kết quả "cần cán bộ xem xét", không bao giờ là "đạt".',
    '',
    '*The verdict has three layers: (1) the **criteria** (each met when its applicable indicators are met); (2) **conditions of meeting the set** (`criteria`), which decide `status` together with the criteria; (3) **conditions of recognition** (`recognition`), which decide `recognition`. **Procedure** conditions never change a verdict. A condition that is not verified or not machine-checkable comes out as "an official must assess it", never as met.*',
    '',
  ];
  if (set.conditions.length === 0) {
    lines.push('*Bộ này không có điều kiện riêng / This set has no conditions of its own.*', '');
    return lines.join('\n');
  }
  for (const { purpose, title, text } of PURPOSES) {
    const conditions = set.conditions.filter((c) => c.purpose === purpose);
    if (conditions.length === 0) continue;
    lines.push(`### ${title.vi} / *${title.en}*`, '', `${text.vi} *${text.en}*`, '');
    lines.push(
      table(
        ['Mã<br>*Id*', 'Điều kiện<br>*Condition*', 'Kiểm tra<br>*Check*', 'Kiểm chứng<br>*Verification*', 'Nguồn<br>*Source*'],
        conditions.map((c) => [
          `\`${c.id}\``,
          viEn(c.text) + (c.note ? `<br>${noteText(c.note, { labelled: true })}` : ''),
          describeCheck(set, c),
          statusLabel(c.status, VERIFICATION_LABELS),
          [c.document ? esc(c.document) : '', sourceLinks(c.sources)].filter(Boolean).join('<br>'),
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}

function columnSection(set: CriteriaSet): string {
  const lines = ['## Chọn cột chỉ tiêu / *How the column is chosen*', ''];
  if (set.columns === 'single') {
    lines.push('Bộ này có một mức chung cho mọi đơn vị. *This set has one column for every unit.*', '');
  } else {
    const kind = set.columns === 'regions' ? { vi: 'vùng', en: 'region' } : { vi: 'nhóm xã', en: 'commune group' };
    lines.push(
      `Chỉ tiêu khác nhau theo ${kind.vi}. Thư viện chọn cột theo thứ tự: (1) quy tắc của văn bản cho loại xã mà đơn vị thuộc về (\`communeCategories\`), nếu quy tắc có phần \`select\`; (2) ${set.columns === 'regions' ? 'vùng do bên gọi cho (`region`); (3) vùng của tỉnh (`province`, 63 tỉnh trước sáp nhập 2025; quy tắc này suy ra từ thực tiễn, trạng thái *recalled*)' : 'nhóm do bên gọi cho (`group`)'}. Kết quả đánh giá ghi lại quy tắc đã chọn cột.`,
      '',
      `*Targets differ by ${kind.en}. The library chooses the column in this order: (1) a decree's rule for a category the unit belongs to (\`communeCategories\`), when the rule has a \`select\`; (2) ${set.columns === 'regions' ? "the region the caller gives (`region`); (3) the province's region (`province`, the 63 provinces before the 2025 merger; inferred from practice, status *recalled*)" : 'the group the caller gives (`group`)'}. Every result records the rule that chose its column.*`,
      '',
    );
    const ids = set.columns === 'regions' ? REGION_IDS : COMMUNE_GROUP_IDS;
    lines.push(
      table(
        ['Cột<br>*Column*', 'Mã<br>*Id*', 'Tên<br>*Name*'],
        ids.map((id) => [
          set.columns === 'regions'
            ? esc(REGIONS[id as keyof typeof REGIONS].abbreviation)
            : esc(COMMUNE_GROUPS[id as keyof typeof COMMUNE_GROUPS].name.vi),
          `\`${id}\``,
          set.columns === 'regions'
            ? viEn(REGIONS[id as keyof typeof REGIONS].name)
            : `${viEn(COMMUNE_GROUPS[id as keyof typeof COMMUNE_GROUPS].definition)}`,
        ]),
      ),
      '',
    );
  }
  if (set.columnRules.length > 0) {
    lines.push('### Quy tắc chọn cột / *Column rules*', '');
    lines.push(
      table(
        [
          'Mã<br>*Id*',
          'Quy tắc<br>*Rule*',
          'Kiểm chứng<br>*Verification*',
          'Thư viện áp dụng<br>*Applied by the engine*',
          'Nguồn<br>*Source*',
        ],
        set.columnRules.map((r) => [
          `\`${r.id}\``,
          viEn(r.text),
          statusLabel(r.status, VERIFICATION_LABELS),
          r.select
            ? `Có: ${r.select.categories.map((c) => `\`${c}\``).join(', ')} → \`${r.select.column}\`<br>*Yes*`
            : 'Không (chỉ để tra cứu)<br>*No (documentation)*',
          [r.amendedBy ? `sửa đổi / *amended by* ${esc(r.amendedBy)}` : '', sourceLinks(r.sources)].filter(Boolean).join('<br>'),
        ]),
      ),
      '',
    );
  }
  if (set.communeCategories && set.communeCategories.length > 0) {
    lines.push('### Loại xã / *Commune categories* (`communeCategories`)', '');
    lines.push(
      table(
        ['Mã<br>*Id*', 'Tên<br>*Name*'],
        set.communeCategories.map((c) => [`\`${c.id}\``, viEn(c.name)]),
      ),
      '',
    );
  }
  return lines.join('\n');
}

function candidatesText(u: ReturnType<typeof unresolvedOf>[number]): string {
  return u.candidates
    .map(
      (c) =>
        `${typeof c.value === 'boolean' ? String(c.value) : num(c.value)}${c.province ? ` (${esc(c.province)})` : ''}${c.sources.length ? ` ${sourceLinks(c.sources)}` : ''}${c.note ? ` — ${noteText(c.note)}` : ''}`,
    )
    .join('<br>');
}

function unresolvedSection(set: CriteriaSet): string {
  const unresolved = unresolvedOf(set);
  const lines = [
    '## Giá trị chưa biết hoặc chưa kiểm chứng / *Values unknown or unverified*',
    '',
    'Các ô dưới đây không phải là chỉ tiêu: thư viện trả về `unknown-target` (không bao giờ "đạt"), trừ khi bên gọi cung cấp giá trị của tỉnh (`overrides`). Giá trị ứng viên (của một tỉnh, hoặc các nguồn mâu thuẫn) chỉ để cán bộ đối chiếu.',
    '',
    '*The cells below are not targets: the library returns `unknown-target` (never "met") unless the caller supplies the province\'s value (`overrides`). Candidate values (a province\'s, or conflicting sources) are only for a human to check.*',
    '',
  ];
  if (unresolved.length === 0) {
    lines.push('*Không có: mọi ô đều đã kiểm chứng / None: every cell is verified.*', '');
    return lines.join('\n');
  }
  lines.push(
    table(
      [
        'Mã<br>*Code*',
        'Cột<br>*Columns*',
        'Trường hợp<br>*Case*',
        'Trạng thái<br>*Status*',
        'Ứng viên<br>*Candidates*',
        'Ghi chú<br>*Note*',
      ],
      unresolved.map((u) => [
        `**${esc(u.code)}**`,
        u.columns.map((c) => (c === 'all' ? 'mọi cột / *all*' : esc(columnName(c).vi))).join(', '),
        [u.years || u.when ? caseLabel({ years: u.years, when: u.when } as Target) : ''].join(''),
        u.status === 'missing' ? '∅ không có ô / *no cell*' : statusLabel(u.status, VERIFICATION_LABELS),
        candidatesText(u),
        u.note ? noteText(u.note) : '',
      ]),
    ),
    '',
  );
  return lines.join('\n');
}

function inputsSection(set: CriteriaSet): string {
  const lines = ['## Dữ liệu vào / *Evaluation input*', ''];
  lines.push(
    `Lược đồ JSON / *JSON Schema*: [\`json-schema/${set.id}.json\`](../json-schema/${set.id}.json) (\`@ntm/criteria/json-schema/${set.id}\`). Danh mục JSON / *JSON catalogue*: [\`${set.id}.json\`](${set.id}.json).`,
    '',
  );
  const named = [
    ...Object.entries(set.facts ?? {}).map(([name, f]) => ['facts', name, f] as const),
    ...Object.entries(set.references ?? {}).map(([name, f]) => ['references', name, f] as const),
  ];
  if (named.length > 0) {
    lines.push(
      table(
        ['Trường<br>*Field*', 'Tên<br>*Name*', 'Kiểu<br>*Kind*', 'Ý nghĩa<br>*Meaning*'],
        named.map(([field, name, f]) => [`\`${field}\``, `\`${name}\``, f.kind, viEn(f.text) + (f.unit ? `<br>${esc(f.unit.vi)}` : '')]),
      ),
      '',
    );
  }
  lines.push('Ví dụ / *Example*:', '', '```json', json(sampleInput(set)).trimEnd(), '```', '');
  return lines.join('\n');
}

function sourcesSection(set: CriteriaSet): string {
  const lines = ['## Nguồn / *Sources*', ''];
  const ids = Object.keys(set.sources);
  if (ids.length === 0) {
    lines.push('*Không có / None.*', '');
    return lines.join('\n');
  }
  for (const id of ids) {
    const source = set.sources[id]!;
    const link = source.url && /^https?:\/\//.test(source.url) ? ` <${source.url}>` : source.url ? ` \`${source.url}\`` : '';
    lines.push(`- <a id="${anchor('source', id)}"></a>**${esc(id)}**: ${esc(source.what)}${link}`);
  }
  lines.push('');
  return lines.join('\n');
}

function legend(): string {
  return [
    '**Ký hiệu / *Legend*:** ' +
      VERIFICATION_STATUSES.map(
        (s: VerificationStatus) => `${MARK[s]} ${esc(VERIFICATION_LABELS[s].vi)} (*${esc(VERIFICATION_LABELS[s].en)}*)`,
      ).join('; ') +
      '; – không áp dụng ở cột này (*not applicable in this column*). Chỉ giá trị ✓ là chỉ tiêu; các ô khác không có giá trị (*only ✓ values are targets; other cells carry no value*).',
    '',
  ].join('\n');
}

/** The Markdown page of a set. */
export function criteriaPage(set: CriteriaSet, links: PageLinks): string {
  const coverage = coverageOf(set);
  const period = `${set.period.from ?? '?'} → ${set.period.to ?? '?'}`;
  const lines = [
    `# ${esc(set.title.vi)}`,
    '',
    `*${esc(set.title.en)}*`,
    '',
    table(
      ['', ''],
      [
        ['Mã bộ / *Set id*', `\`${set.id}\``],
        ['Họ / *Family*', `\`${set.family}\``],
        ['Phiên bản / *Version*', esc(set.version)],
        ['Cấp / *Level*', `${viEn(LEVEL_NAMES[set.level])} (\`${set.level}\`)`],
        ['Hiệu lực / *In force*', `${period}${set.period.from === null || set.period.to === null ? ' (? = chưa biết / *unknown*)' : ''}`],
        ['Năm đánh giá / *Assessment years*', set.years ? `${set.years.from}–${set.years.to}` : '–'],
        ...(set.province
          ? [
              [
                'Tỉnh / *Province*',
                isProvinceId(set.province) ? `${esc(PROVINCES[set.province].name)} (\`${set.province}\`)` : esc(set.province),
              ],
            ]
          : []),
        ...(set.scope
          ? [['Phạm vi / *Scope*', `\`${set.scope}\` (chỉ áp dụng cho loại đơn vị này / *applies to this kind of unit only*)`]]
          : []),
        [
          'Cột chỉ tiêu / *Target columns*',
          { regions: 'Theo 7 vùng / *7 regions*', groups: 'Theo 3 nhóm xã / *3 commune groups*', single: 'Một mức chung / *single*' }[
            set.columns
          ],
        ],
        ['Tiêu chí / *Criteria*', String(set.criteria.length)],
        ['Chỉ tiêu / *Indicators*', String(coverage.indicators)],
        [
          'Ô đã kiểm chứng / *Cells verified*',
          coverage.percentVerified === null ? '–' : `${coverage.verified} / ${coverage.cells} (${num(coverage.percentVerified)}%)`,
        ],
      ],
    ),
    '',
    '## Căn cứ pháp lý / *Legal basis*',
    '',
    table(
      [
        'Văn bản<br>*Document*',
        'Vai trò<br>*Role*',
        'Trích yếu<br>*Title*',
        'Ký<br>*Signed*',
        'Hiệu lực<br>*In force*',
        'Phụ lục<br>*Annex*',
        'Thay thế<br>*Replaces*',
        'Nguồn<br>*Sources*',
      ],
      set.legalBasis.map((d) => [
        `**${esc(d.document)}**`,
        d.role === 'base' ? 'Ban hành<br>*Base*' : 'Sửa đổi<br>*Amendment*',
        viEn(d.title),
        d.signed ?? '?',
        d.inForce ?? '?',
        d.annex ? esc(d.annex) : '',
        (d.replaces ?? []).map(esc).join(', '),
        sourceLinks(d.sources ?? []),
      ]),
    ),
    '',
  ];
  if (links.changes.length > 0) {
    lines.push(`Thay đổi / *Changes*: ${links.changes.map((c) => `[${esc(c.from)} → ${esc(c.to)}](../changes/${c.file})`).join(', ')}`, '');
  }
  lines.push('## Các tiêu chí / *Criteria*', '', legend());
  for (const criterion of set.criteria) lines.push(criterionSection(set, criterion));
  lines.push(unresolvedSection(set), conditionsSection(set), columnSection(set), inputsSection(set));
  if (set.notes && set.notes.length > 0) {
    lines.push('## Ghi chú / *Notes*', '', ...set.notes.map((n) => `- ${noteText(n)}`), '');
  }
  lines.push(sourcesSection(set));
  return `${lines.join('\n').trimEnd()}\n`;
}
