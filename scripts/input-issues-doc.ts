// Generates docs/input-issues.md: every input issue code with its meaning, an example input,
// and the Vietnamese and English messages — taken from running the real `safeEvaluate` on the
// example, so the table cannot drift from the code (test/input-issues-doc.test.ts checks it).
//
//   npx tsx scripts/input-issues-doc.ts          # rewrite docs/input-issues.md
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  criteriaSetInForce,
  formatMessage,
  getCriteriaSet,
  INPUT_ISSUE_CODES,
  MAX_UNIT_DEPTH,
  safeEvaluate,
  safeEvaluateAggregate,
  summariseResults,
  type AggregateInput,
  type ReportRow,
  type InputIssueCode,
} from '../src/index.js';

/** One documented issue: what it means, and an input (shown as written) that produces it. */
export interface IssueExample {
  readonly code: InputIssueCode;
  readonly meaning: string;
  /** The set the example is evaluated against. */
  readonly set: string;
  /** The input as a caller would write it (JSON, or JavaScript where JSON cannot say it). */
  readonly shown: string;
  readonly input: unknown;
  /** Evaluated with `safeEvaluateAggregate` (an aggregate's unit tree or sets). */
  readonly aggregate?: boolean;
  /** Stored report rows, read by `summariseResults`. */
  readonly report?: boolean;
}

const BASE = { region: 'red-river-delta', year: 2022 };
const COMMUNE = 'commune-2021-2025';
const GROUPS = 'commune-2026-2030';

/** An example whose input is JSON text, parsed as an app parses an upload. */
function json(code: InputIssueCode, meaning: string, text: string, set = COMMUNE): IssueExample {
  return { code, meaning, set, shown: text, input: JSON.parse(text) };
}

/** An example JSON cannot express (NaN, Infinity): shown as JavaScript. */
function js(code: InputIssueCode, meaning: string, shown: string, input: unknown, set = COMMUNE): IssueExample {
  return { code, meaning, set, shown, input };
}

const DISTRICT = 'district-2021-2025';

/** An aggregate example, evaluated with `safeEvaluateAggregate` against the 2021–2025 district set. */
function unitTree(code: InputIssueCode, meaning: string, shown: string, input: unknown): IssueExample {
  return { code, meaning, set: DISTRICT, shown, input, aggregate: true };
}

/** A unit that contains itself, as only JavaScript can write it. */
function cyclic(): unknown {
  const unit: { id: string; kind: string; units?: unknown[] } = { id: 'd1', kind: 'district' };
  unit.units = [unit];
  return { year: 2023, units: [unit] };
}

/** Units nested one level deeper than the limit. */
function tooDeep(): unknown {
  let unit: Record<string, unknown> = { id: 'leaf' };
  for (let i = 0; i <= MAX_UNIT_DEPTH; i++) unit = { id: `u${i}`, kind: 'district', units: [unit] };
  return { year: 2023, units: [unit] };
}

/** One example per issue code, in the order of `INPUT_ISSUE_CODES`. */
export const ISSUE_EXAMPLES: readonly IssueExample[] = [
  json('invalid-input', 'The input is not an object (an array, a string, a number, null…). Nothing is evaluated.', '[85, true]'),
  json(
    'unknown-key',
    'A top-level field the input does not have (with "did you mean"), a commune category the set does not name, or a fact or reference name the set does not read.',
    '{"region": "red-river-delta", "value": {"3.1": 85}}',
  ),
  json(
    'unsafe-key',
    'A `__proto__`, `constructor` or `prototype` key, at any level. Refused, so no prototype can be polluted; the other keys are still read.',
    '{"region": "red-river-delta", "values": {"__proto__": {"polluted": true}, "3.1": 85}}',
  ),
  json(
    'unknown-indicator',
    'An indicator code the set does not have, in `values` or `overrides`, with the closest code when one is close (a decimal comma, a space, one or two characters).',
    '{"region": "red-river-delta", "values": {"3,1": 85}}',
  ),
  json(
    'invalid-type',
    'A value of the wrong type: a boolean for a number, a number for a flag (with a true/false hint for 1/0), an object that is not a ratio, a non-array for categories.',
    '{"region": "red-river-delta", "values": {"3.2": 1}}',
  ),
  json(
    'number-as-string',
    'A number written as text. Text is never read as a number (see below); the hint gives the number when the text is unambiguous.',
    '{"region": "red-river-delta", "values": {"3.1": "95,5"}}',
  ),
  js('not-a-number', 'NaN, e.g. from dividing 0 by 0 or parsing an empty cell.', '{ region: "red-river-delta", values: { "3.1": NaN } }', {
    ...BASE,
    values: { '3.1': NaN },
  }),
  js('not-finite', 'Infinity or -Infinity, e.g. from dividing by zero.', '{ region: "red-river-delta", values: { "3.1": Infinity } }', {
    ...BASE,
    values: { '3.1': Infinity },
  }),
  json(
    'negative',
    'A negative number where no quantity can be negative (values, ratio parts, facts, references).',
    '{"region": "red-river-delta", "values": {"3.1": -5}}',
  ),
  json('percent-over-100', 'A percentage above 100.', '{"region": "red-river-delta", "values": {"3.1": 120}}'),
  json('not-integer', 'A count that is not a whole number.', '{"region": "red-river-delta", "values": {"9.1": 2.5}}'),
  json(
    'zero-denominator',
    'A ratio whose denominator is 0: the share is undefined.',
    '{"region": "red-river-delta", "values": {"3.1": {"numerator": 0, "denominator": 0}}}',
  ),
  json(
    'numerator-exceeds-denominator',
    'A ratio whose numerator is larger than its denominator: a share over 100%.',
    '{"region": "red-river-delta", "values": {"3.1": {"numerator": 21, "denominator": 20}}}',
  ),
  json(
    'unknown-region',
    'A region id that does not exist; an abbreviation (ĐBSH) or a name gets the id as a hint.',
    '{"region": "ĐBSH", "values": {"3.1": 85}}',
  ),
  json(
    'unknown-group',
    'A commune group id that does not exist (51/2025/QĐ-TTg groups); a number 1–3, or its text (`"2"`, `"Nhóm 2"`), gets the id as a hint.',
    '{"group": 1, "values": {}}',
    GROUPS,
  ),
  json(
    'unknown-province',
    'A province that is no id, official code or Vietnamese name (with or without diacritics) of a provincial unit; the closest name is suggested.',
    '{"province": "Vinh Phuk", "values": {"3.1": 85}}',
  ),
  json(
    'province-not-in-force',
    'A province that was not a provincial unit at the assessed time (an old province after 2025-06-30): the unit that took it in is suggested.',
    '{"province": "Hà Nam", "group": "group-2", "year": 2027, "values": {}}',
    GROUPS,
  ),
  json(
    'province-needs-region',
    "No region given, and the province's territory at the assessed time is in more than one NTM region (a 2025 unit formed from provinces of two regions, or a 2025 year that means both the old and the new unit): no default column; give `region`.",
    '{"province": "phu-tho", "year": 2025, "values": {"3.1": 85}}',
    'commune-2021-2025+211',
  ),
  json(
    'wrong-column-kind',
    'A region for a set whose targets vary by commune group, or a group for a set that varies by region.',
    '{"region": "red-river-delta", "values": {}}',
    GROUPS,
  ),
  json(
    'missing-column',
    'No region, province or group to choose the target column: indicators whose target varies by column are missing data.',
    '{"year": 2022, "values": {"3.1": 85}}',
  ),
  json(
    'year-outside-period',
    'An assessment year outside the years the set covers. The year is not used; year-dependent targets are missing data.',
    '{"region": "red-river-delta", "year": 2019, "values": {"3.1": 85}}',
  ),
  json(
    'invalid-override',
    'A caller-supplied target that is malformed (no `by`, a value of the wrong type or range, an unknown comparison).',
    '{"region": "red-river-delta", "values": {}, "overrides": {"10": {"value": 50}}}',
  ),
  json(
    'override-less-strict',
    "A caller-supplied target less strict than the verified national target: refused, the national target is kept. On a relative target (a model commune's income) the override is compared with the target it computes, so it needs the reference value.",
    '{"region": "red-river-delta", "values": {"3.1": 75}, "overrides": {"3.1": {"value": 70, "by": "UBND tỉnh"}}}',
  ),
  json(
    'override-comparison-differs',
    "A caller-supplied target whose comparison (`op`) differs from the indicator's own: a different rule, not a stricter value; refused.",
    '{"region": "red-river-delta", "values": {"3.1": 75}, "overrides": {"3.1": {"value": 70, "op": "<=", "by": "UBND tỉnh"}}}',
  ),
  js(
    'unreadable',
    'A value that cannot be read: a getter or a Proxy that throws. Ignored, never an exception.',
    '{ region: "red-river-delta", values: { get "3.1"() { throw new Error("no") } } }',
    {
      ...BASE,
      values: Object.defineProperty({}, '3.1', {
        enumerable: true,
        get: () => {
          throw new Error('no');
        },
      }),
    },
  ),
  json(
    'not-applicable-value',
    'A value for an indicator that does not apply to the unit (not in its column, or ruled out by a fact): shown in the result, never counted.',
    '{"region": "red-river-delta", "values": {"5a": 80}}',
  ),
  json(
    'implausible',
    'A value far outside what the measure allows, with what was probably meant: an amount over 1,000 times every target (refused), or a percent below 1 where every target is 10% or more (a fraction: reported, and judged as given, so it can only fail).',
    '{"region": "red-river-delta", "values": {"10": 45000000}}',
  ),
  unitTree(
    'invalid-criteria-set',
    'A set in `unitSets` without the structure of a criteria set, or given for another level. It is not used; the units of that level are undecided.',
    '{"year": 2023, "units": [], "unitSets": {"commune": {"id": "x", "criteria": [{}], "conditions": []}}}',
    {
      year: 2023,
      units: [],
      unitSets: { commune: { id: 'x', criteria: [{}], conditions: [] } },
    },
  ),
  unitTree(
    'unknown-unit-kind',
    'A unit `kind` that is not a unit kind (a misspelling): the unit is undecided in every share, never dropped.',
    '{"year": 2023, "units": [{"id": "a", "kind": "comune"}]}',
    { year: 2023, units: [{ id: 'a', kind: 'comune' }] },
  ),
  unitTree(
    'duplicate-unit',
    'A unit id listed twice (nested ones included): counted once.',
    '{"year": 2023, "units": [{"id": "a"}, {"id": "a"}]}',
    { year: 2023, units: [{ id: 'a' }, { id: 'a' }] },
  ),
  unitTree(
    'unit-cycle',
    'A unit that contains itself (directly or further down): the repeated part is not read.',
    'const d1 = { id: "d1", kind: "district" }; d1.units = [d1]',
    cyclic(),
  ),
  unitTree(
    'unit-too-deep',
    `Units nested deeper than ${MAX_UNIT_DEPTH} levels (a real tree has 3): the deeper units are not read.`,
    `{ units: [{ units: [{ … ${MAX_UNIT_DEPTH + 1} levels … }] }] }`,
    tooDeep(),
  ),
  {
    code: 'out-of-range',
    meaning:
      '`summariseResults`: a stored count above its total (or a total above 1000). The row is left out of every count; NaN, text and Infinity get their own codes.',
    set: COMMUNE,
    shown: '[{"id": "a", "result": {"metCount": 25, "total": 19, "meetsAllCriteria": false, "recognisable": false}}]',
    input: [{ id: 'a', result: { metCount: 25, total: 19, meetsAllCriteria: false, recognisable: false } }],
    report: true,
  },
];

/** Each class of bad input the reliability issue names, the code it gets, and an example. */
export const BAD_INPUT_CLASSES: readonly { readonly what: string; readonly example: string; readonly code: string }[] = [
  { what: 'NaN', example: '`"3.1": NaN`', code: 'not-a-number' },
  { what: '±Infinity', example: '`"3.1": -Infinity`', code: 'not-finite' },
  { what: 'A negative number', example: '`"3.1": -5`', code: 'negative' },
  { what: 'A percentage over 100', example: '`"3.1": 120`', code: 'percent-over-100' },
  { what: 'Numerator > denominator', example: '`"3.1": { "numerator": 21, "denominator": 20 }`', code: 'numerator-exceeds-denominator' },
  { what: 'Zero denominator', example: '`"3.1": { "numerator": 0, "denominator": 0 }`', code: 'zero-denominator' },
  {
    what: 'A number as a string (decimal comma or point)',
    example: '`"3.1": "95,5"` (hint 95.5), `"3.1": "1,234"` (no hint)',
    code: 'number-as-string',
  },
  { what: 'A boolean for a number', example: '`"3.1": true`', code: 'invalid-type' },
  { what: 'A number for a flag', example: '`"3.2": 1` (hint true)', code: 'invalid-type' },
  { what: 'A word for a flag (an indicator or a fact)', example: '`"coastal": "có"` (hint true)', code: 'invalid-type' },
  { what: 'An unknown indicator code', example: '`"3,1": 85` (hint 3.1)', code: 'unknown-indicator' },
  {
    what: '`__proto__` / `constructor` / `prototype` keys',
    example: '`{"__proto__": {"polluted": true}}` at any level',
    code: 'unsafe-key',
  },
  { what: 'An unknown region', example: '`"region": "ĐBSH"` (hint red-river-delta)', code: 'unknown-region' },
  { what: 'An unknown commune group', example: '`"group": "group-4"`', code: 'unknown-group' },
  { what: "A year outside the set's period", example: '`"year": 2019` for 2021–2025', code: 'year-outside-period' },
  { what: 'A unit of an aggregate nested in itself', example: '`d1.units = [d1]`', code: 'unit-cycle' },
  { what: 'A unit listed twice', example: '`units: [{ "id": "a" }, { "id": "a" }]`', code: 'duplicate-unit' },
  { what: 'A misspelt unit kind', example: '`"kind": "comune"`', code: 'unknown-unit-kind' },
  {
    what: 'A set in `unitSets` that merely looks like one',
    example: '`{ "id": "x", "criteria": [{}], "conditions": [] }`',
    code: 'invalid-criteria-set',
  },
  { what: 'A getter or a throwing proxy in an aggregate', example: '`get input() { throw … }`', code: 'unreadable' },
  {
    what: 'A date before any set is in force',
    example: "`criteriaSetInForce({ level: 'commune', on: '1990-01-01' })`",
    code: '`RangeError` (registry)',
  },
];

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The issue an example produces, or an error naming the example that no longer does. */
export function issueOf(example: IssueExample) {
  const set = getCriteriaSet(example.set);
  const outcome = example.report
    ? summariseResults(example.input as ReportRow[])
    : example.aggregate
      ? safeEvaluateAggregate(set, example.input as AggregateInput)
      : safeEvaluate(set, example.input);
  const found = outcome.issues.find((i) => i.code === example.code);
  if (!found) {
    throw new Error(`The example for ${example.code} produced ${outcome.issues.map((i) => i.code).join(', ') || 'no issue'}`);
  }
  return found;
}

function registryError(query: Parameters<typeof criteriaSetInForce>[0]): string {
  try {
    criteriaSetInForce(query);
  } catch (error) {
    // The list of sets after the first sentence changes whenever a set is added: keep it out.
    if (error instanceof RangeError) return error.message.replace(/ Sets of this level: .*$/s, ' Sets of this level: …');
    throw error;
  }
  throw new Error(`${JSON.stringify(query)} did not throw`);
}

/** The whole of docs/input-issues.md. */
export function renderInputIssuesDoc(): string {
  const missing = INPUT_ISSUE_CODES.filter((code) => !ISSUE_EXAMPLES.some((e) => e.code === code));
  if (missing.length > 0) throw new Error(`No documented example for: ${missing.join(', ')}`);
  const lines = [
    '<!-- Generated by scripts/input-issues-doc.ts from the real messages; do not edit by hand. -->',
    '# Input issues',
    '',
    '`safeEvaluate(set, input)` never throws: every problem in the input becomes an issue',
    '`{ code, path, expected, received, suggestion?, params }` (plain data; its text is',
    "`formatMessage(issue, 'vi' | 'en')`), and every valid part of the input is still evaluated. A",
    'refused value is never counted as met: its indicator is `missing` with the reason',
    '`indicator.invalid-value`. `evaluate` throws one `EvaluationError` listing the same issues (and',
    'carrying the same result).',
    '',
    'The messages below are produced by running `safeEvaluate` on the example input against the',
    'set named (`commune-2021-2025` unless stated), region `red-river-delta` where given.',
    'Vietnamese is authoritative.',
    '',
    '## Issue codes',
    '',
    '| Code | Meaning | Example input | Message (vi) | Message (en) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const code of INPUT_ISSUE_CODES) {
    const example = ISSUE_EXAMPLES.find((e) => e.code === code)!;
    const issue = issueOf(example);
    const where = example.set === COMMUNE ? '' : ` (set \`${example.set}\`)`;
    lines.push(
      `| \`${code}\` | ${cell(example.meaning)} | \`${cell(example.shown)}\`${where} | ${cell(formatMessage(issue, 'vi'))} | ${cell(formatMessage(issue, 'en'))} |`,
    );
  }
  lines.push(
    '',
    '## Classes of bad input',
    '',
    'Each class is tested in `test/bad-input.test.ts`; property tests (`test/properties/`) and',
    '`npm run fuzz` check that no input at all makes `safeEvaluate` throw.',
    '',
    '| Bad input | Example | Code |',
    '| --- | --- | --- |',
    ...BAD_INPUT_CLASSES.map((c) => `| ${cell(c.what)} | ${cell(c.example)} | ${c.code.startsWith('`') ? c.code : `\`${c.code}\``} |`),
    '',
    '## Numbers written as text are refused',
    '',
    'A spreadsheet export often gives numbers as text. The library never reads text as a number:',
    'in Vietnamese, `95,5` is 95.5 and `1.234` is one thousand two hundred thirty-four; in English',
    'it is the other way round. `"1,234"` could be 1.234 or 1234, and guessing would silently turn',
    'a failing value into a passing one (or the reverse). So any string gets `number-as-string`,',
    'and the indicator is not evaluated. When the text is unambiguous the issue carries a',
    '`suggestion` with the number written with a decimal point:',
    '',
    '| Text | Suggestion |',
    '| --- | --- |',
    '| `"95,5"`, `"95.5"`, `"95,5%"` | `95.5` |',
    '| `"1.234,5"`, `"1,234.5"` | `1234.5` |',
    '| `"1,234"`, `"1.234"` | none: ambiguous |',
    '| `"đạt"`, `""` | none |',
    '',
    'A flag (an indicator or a fact that is true or false) given as a word or as 1/0 is not a number',
    'given as text: it gets `invalid-type` ("must be true or false"), with the flag the word stands',
    'for as the hint (`"có"`, `"Đạt"`, `1` → true; `"chưa đạt"`, `0` → false).',
    '',
    'Convert the column before calling the library, with the separator convention of its source.',
    '',
    '## What the library cannot catch',
    '',
    'A spreadsheet cell formatted as a percentage exports 95.5% as `0.955`. That is a valid',
    'percentage (0.955%), so no issue is raised: against "≥ 95" it is not met, but against a "≤"',
    'target such as a poverty rate "≤ 16.5" a rate of 20% exported as `0.2` would be met. Export',
    'percentages as numbers from 0 to 100, or better, pass the counts as',
    '`{ "numerator": …, "denominator": … }`, which cannot be misread.',
    '',
    '## Prototype keys',
    '',
    '`JSON.parse` makes `__proto__` an ordinary own key. The validator reads only own keys, copies',
    'valid values into prototype-free maps, and refuses `__proto__`, `constructor` and `prototype`',
    'as field names, indicator codes, fact and reference names, and override codes (`unsafe-key`).',
    '`Object.prototype` is never written to (tested after every hostile input).',
    '',
    '## Choosing a set by date',
    '',
    'The registry throws a `RangeError` (it is a programming error, not bad data) when no set of',
    'the level is in force on the date, or when the date is not an ISO date. Its message is in',
    'English then Vietnamese and names the sets of the level with their periods:',
    '',
    `- \`criteriaSetInForce({ level: 'commune', on: '1990-01-01' })\`: ${cell(registryError({ level: 'commune', on: '1990-01-01' }))}`,
    `- \`criteriaSetInForce({ level: 'commune', on: '30/06/2024' })\`: ${cell(registryError({ level: 'commune', on: '30/06/2024' }))}`,
    '',
  );
  return lines.join('\n');
}

/** Where the generated document lives. */
export const INPUT_ISSUES_DOC = fileURLToPath(new URL('../docs/input-issues.md', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(INPUT_ISSUES_DOC, renderInputIssuesDoc());
  console.log(`wrote ${INPUT_ISSUES_DOC}`);
}
