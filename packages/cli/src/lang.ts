import { formatMessage, type LocalizedText } from '@ntm/criteria';

/** The languages the command line speaks: Vietnamese (default) and English. */
export type Lang = 'vi' | 'en';

/** The command line's own sentences, each in both languages; params fill `{name}`. */
const TEXTS = {
  usage: { vi: 'Lỗi cách dùng', en: 'Usage error' },
  unknownSet: { vi: 'Không có bộ tiêu chí "{id}". Xem danh sách: ntm sets', en: 'There is no criteria set "{id}". See the list: ntm sets' },
  noSetInForce: { vi: 'Không có bộ tiêu chí cấp {level} có hiệu lực ngày {on}', en: 'No {level} criteria set is in force on {on}' },
  needSet: { vi: 'Cần --set ID, hoặc --on NGÀY cùng --level CẤP', en: 'Give --set ID, or --on DATE with --level LEVEL' },
  badDate: { vi: 'Ngày "{value}" không hợp lệ (cần dạng 2024-06-30)', en: 'Invalid date "{value}" (expected e.g. 2024-06-30)' },
  badLevel: { vi: 'Cấp "{value}" không có; các cấp: {known}', en: 'Unknown level "{value}"; levels: {known}' },
  badRegion: { vi: 'Vùng "{value}" không có; các vùng: {known}', en: 'Unknown region "{value}"; regions: {known}' },
  badGroup: {
    vi: 'Nhóm xã "{value}" không có; các nhóm: group-1, group-2, group-3',
    en: 'Unknown commune group "{value}"; groups: group-1, group-2, group-3',
  },
  badProvince: {
    vi: 'Tỉnh "{value}" không có (cần mã như vinh-phuc hoặc tên như Vĩnh Phúc)',
    en: 'Unknown province "{value}" (expected an id such as vinh-phuc or a name such as Vĩnh Phúc)',
  },
  badYear: { vi: 'Năm "{value}" không hợp lệ', en: 'Invalid year "{value}"' },
  regionAndGroup: { vi: 'Chỉ dùng một trong --region và --group', en: 'Use only one of --region and --group' },
  noFile: { vi: 'Không có tệp "{path}"', en: 'No such file "{path}"' },
  unreadableFile: { vi: 'Không đọc được tệp "{path}": {detail}', en: 'Cannot read "{path}": {detail}' },
  badExtension: { vi: 'Không biết định dạng của "{path}"; dùng {known}', en: 'Unknown format of "{path}"; use {known}' },
  exists: { vi: 'Tệp "{path}" đã có; thêm --force để ghi đè', en: 'File "{path}" exists; add --force to overwrite it' },
  needOutput: { vi: 'Cần -o TỆP (ví dụ -o {example})', en: 'Give -o FILE (e.g. -o {example})' },
  badJson: { vi: 'Tệp JSON "{path}" không đúng: {detail}', en: 'The JSON file "{path}" is not valid: {detail}' },
  wrote: { vi: 'Đã ghi {path}', en: 'Wrote {path}' },
  badLayout: { vi: 'Bố cục "{value}" không có; dùng wide hoặc long', en: 'Unknown layout "{value}"; use wide or long' },
  tableIssues: { vi: 'Bảng tiêu chí "{path}" có {count} vấn đề', en: 'The criteria table "{path}" has {count} issues' },
  tableRefused: { vi: 'Không áp dụng được bảng tiêu chí "{path}"', en: 'The criteria table "{path}" could not be applied' },
  notAggregate: {
    vi: 'Bộ "{id}" không có điều kiện về các đơn vị cấp dưới; dùng ntm evaluate',
    en: 'Set "{id}" has no conditions on sub-units; use ntm evaluate',
  },
  evaluated: {
    vi: 'Đã đánh giá {units} đơn vị theo {set}: {met} đạt chuẩn, trung bình {average} tiêu chí; {issues} vấn đề trong dữ liệu',
    en: 'Evaluated {units} units under {set}: {met} meet all criteria, {average} criteria on average; {issues} input issues',
  },
  within: { vi: '{unit} ({set}): {message}', en: '{unit} ({set}): {message}' },
  sheetLevelNotCounted: {
    vi: 'Trang "{sheet}" là số liệu cấp {level}, cấp mà bộ tiêu chí này không xét; trang không được đọc',
    en: 'Sheet "{sheet}" holds data for the level {level}, which this set does not count; the sheet is not read',
  },
  aggregateVerdict: {
    vi: '{name}: {verdict} ({met}/{total} tiêu chí); xét công nhận: {recognition}',
    en: '{name}: {verdict} ({met}/{total} criteria); recognition: {recognition}',
  },
  codeOfOtherLevel: {
    vi: 'Cột "{code}" của trang "{sheet}" (số liệu cấp {level}) là chỉ tiêu của bộ cấp {other}, không phải của bộ cấp {level}; cột này không được đọc. Đưa số liệu đó vào trang "{otherSheet}"',
    en: 'Column "{code}" of the sheet "{sheet}" (data for {level}) is an indicator of the {other} set, not of the {level} set; the column is not read. Put those data on a sheet "{otherSheet}"',
  },
  issueLine: { vi: '{cell}: {message}', en: '{cell}: {message}' },
  moreIssues: { vi: '… và {count} vấn đề khác (xem báo cáo)', en: '… and {count} more issues (see the report)' },
  cmdUsage: { vi: 'Cách dùng:', en: 'Usage:' },
  cmdOptions: { vi: 'Tùy chọn:', en: 'Options:' },
  cmdCommands: { vi: 'Lệnh:', en: 'Commands:' },
  cmdArguments: { vi: 'Đối số:', en: 'Arguments:' },
  cmdGlobalOptions: { vi: 'Tùy chọn chung:', en: 'Global Options:' },
  cmdOptionsTerm: { vi: '[tùy chọn]', en: '[options]' },
  cmdCommandTerm: { vi: '[lệnh]', en: '[command]' },
  cmdChoices: { vi: 'chọn: {choices}', en: 'choices: {choices}' },
  cmdDefault: { vi: 'mặc định: {value}', en: 'default: {value}' },
  cmdUnknownOption: { vi: "Lỗi: không có tùy chọn '{option}'", en: "error: unknown option '{option}'" },
  cmdUnknownCommand: { vi: "Lỗi: không có lệnh '{command}'", en: "error: unknown command '{command}'" },
  cmdMissingArgument: { vi: "Lỗi: thiếu đối số '{argument}'", en: "error: missing required argument '{argument}'" },
  cmdMissingValue: { vi: "Lỗi: tùy chọn '{option}' cần một giá trị", en: "error: option '{option}' argument missing" },
  cmdBadChoice: {
    vi: "Lỗi: giá trị '{value}' của tùy chọn '{option}' không hợp lệ; chọn một trong: {choices}",
    en: "error: option '{option}' argument '{value}' is invalid. Allowed choices are {choices}.",
  },
  cmdTooManyArguments: { vi: 'Lỗi: thừa đối số', en: 'error: too many arguments' },
  cmdDidYouMean: { vi: '(Có phải ý bạn là {suggestion}?)', en: '(Did you mean {suggestion}?)' },
  internal: {
    vi: 'Lỗi không mong đợi: {detail}. Hãy báo lỗi kèm lệnh đã chạy.',
    en: 'Unexpected error: {detail}. Please report it with the command you ran.',
  },
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;

/** The key of one of the command line's sentences. */
export type TextKey = keyof typeof TEXTS;

/**
 * A sentence of the command line in one language, with its `{params}` filled.
 * @example
 * say('exists', 'en', { path: 'report.xlsx' }); // 'File "report.xlsx" exists; add --force to overwrite it'
 */
export function say(key: TextKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return formatMessage(TEXTS[key], lang).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/**
 * A text of the command line given in both languages, in one language: every word the command
 * line prints or writes goes through the core's `formatMessage`, as the engine's own do.
 * @example
 * tr({ vi: 'Tổng hợp', en: 'Summary' }, 'vi'); // 'Tổng hợp'
 */
export function tr(text: LocalizedText, lang: Lang): string {
  return formatMessage(text, lang);
}

/**
 * A usage error: a wrong flag, set, date or file. The command line prints its message (no
 * stack trace) and exits with code 2.
 * @example
 * throw new UsageError(say('needSet', 'vi')); // throws UsageError
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Commander's own words (help titles, parse errors) and the sentence of the command line that says the same. */
const COMMANDER: readonly [RegExp, TextKey, readonly string[]][] = [
  [/^Usage:$/, 'cmdUsage', []],
  [/^Options:$/, 'cmdOptions', []],
  [/^Commands:$/, 'cmdCommands', []],
  [/^Arguments:$/, 'cmdArguments', []],
  [/^Global Options:$/, 'cmdGlobalOptions', []],
  [/^error: unknown option '(.+?)'/, 'cmdUnknownOption', ['option']],
  [/^error: unknown command '(.+?)'/, 'cmdUnknownCommand', ['command']],
  [/^error: missing required argument '(.+?)'/, 'cmdMissingArgument', ['argument']],
  [/^error: option '(.+?)' argument missing/, 'cmdMissingValue', ['option']],
  [/^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+?)\./, 'cmdBadChoice', ['option', 'value', 'choices']],
  [/^error: too many arguments[^\n]*/, 'cmdTooManyArguments', []],
  [/\(Did you mean (.+?)\?\)/, 'cmdDidYouMean', ['suggestion']],
  [/\[options\]/g, 'cmdOptionsTerm', []],
  [/\[command\]/g, 'cmdCommandTerm', []],
  [/\bchoices: ((?:"[^"]*"(?:, )?)+)/, 'cmdChoices', ['choices']],
  [/\bdefault: ("[^"]*"|\S+?)(?=\)|,)/, 'cmdDefault', ['value']],
];

/**
 * Commander's help titles and error messages in the language asked for, through `say` (and so
 * the core's `formatMessage`); anything else Commander prints is passed through unchanged.
 * @example
 * commanderText("error: unknown option '--bogus'\n", 'vi'); // "Lỗi: không có tùy chọn '--bogus'\n"
 */
export function commanderText(text: string, lang: Lang): string {
  let out = text;
  for (const [pattern, key, names] of COMMANDER) {
    out = out.replace(pattern, (...match: string[]) => say(key, lang, Object.fromEntries(names.map((name, i) => [name, match[i + 1]!]))));
  }
  return out;
}
