// The JSON catalogue of one set (docs/criteria/<set id>.json), for apps that are not TypeScript.
// Its format is described in docs/catalogue-format.md, generated from this file's constants.
import { columnIdsOf } from '../../src/model/column.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import { LEVEL_NAMES } from '../../src/model/level.js';
import { VERIFICATION_LABELS } from '../../src/model/verification.js';
import { coverageOf, unresolvedOf } from './coverage.js';
import { columnName } from './markdown.js';
import { REGIONS, isRegionId } from '../../src/model/region.js';

/** Name of the format, the first field of every catalogue. */
export const CATALOGUE_FORMAT = 'ntm-criteria-catalogue';

/**
 * Version of the catalogue format. Bump the major for a change that can break a reader
 * (a field removed, renamed or retyped), the minor for an added field.
 */
export const CATALOGUE_FORMAT_VERSION = '1.0';

/** The catalogue of a set: the set itself, verbatim, with what a reader needs around it. */
export function catalogueOf(set: CriteriaSet) {
  const coverage = coverageOf(set);
  return {
    format: CATALOGUE_FORMAT,
    formatVersion: CATALOGUE_FORMAT_VERSION,
    id: set.id,
    level: { id: set.level, name: LEVEL_NAMES[set.level] },
    columns: columnIdsOf(set.columns).map((id) => ({
      id,
      ...(isRegionId(id) ? { abbreviation: REGIONS[id].abbreviation } : {}),
      name: columnName(id),
    })),
    statuses: VERIFICATION_LABELS,
    inputSchema: `../json-schema/${set.id}.json`,
    coverage: {
      indicators: coverage.indicators,
      cells: coverage.cells,
      verified: coverage.verified,
      provincial: coverage.provincial,
      conflict: coverage.conflict,
      unknown: coverage.unknown,
      percentVerified: coverage.percentVerified,
      conditions: coverage.conditions,
      conditionsVerified: coverage.conditionsVerified,
    },
    unresolved: unresolvedOf(set),
    set: JSON.parse(JSON.stringify(set)) as CriteriaSet,
  };
}

/** The Markdown description of the format (docs/catalogue-format.md). */
export function catalogueFormatPage(): string {
  return `# Định dạng danh mục JSON / *JSON catalogue format* (\`${CATALOGUE_FORMAT}\` ${CATALOGUE_FORMAT_VERSION})

Mỗi phiên bản của mỗi bộ tiêu chí có một tệp \`docs/criteria/<set id>.json\`, sinh ra từ \`rules/\` bằng \`npm run docs\`. Tệp này dành cho ứng dụng không viết bằng TypeScript: cùng dữ liệu mà thư viện dùng để đánh giá. Các tệp này có trong gói npm: \`@ntm/criteria/catalogue/<set id>.json\` (ví dụ \`node_modules/@ntm/criteria/docs/criteria/commune-2021-2025.json\`).

*Every version of every criteria set has a file \`docs/criteria/<set id>.json\`, generated from \`rules/\` by \`npm run docs\`, for apps that are not written in TypeScript: the very data the library evaluates. The files ship in the npm package: \`@ntm/criteria/catalogue/<set id>.json\` (e.g. \`node_modules/@ntm/criteria/docs/criteria/commune-2021-2025.json\`).*

## Phiên bản / *Versioning*

\`formatVersion\` is \`"MAJOR.MINOR"\`, now \`"${CATALOGUE_FORMAT_VERSION}"\`. A reader written for major version *N* can read any *N.x*: a minor version only adds fields, a major version may remove, rename or retype one. Check \`format === "${CATALOGUE_FORMAT}"\` and the major version before reading. The set data itself has its own version: \`set.version\` (the decree or decrees) and \`set.id\` (one id per version of a set).

## Trường / *Fields*

| field | type | meaning |
|---|---|---|
| \`format\` | string | always \`"${CATALOGUE_FORMAT}"\` |
| \`formatVersion\` | string | \`"MAJOR.MINOR"\` of this format |
| \`id\` | string | the set id, same as \`set.id\` and the file name |
| \`level\` | \`{ id, name: { vi, en } }\` | the level (\`commune\`, \`district\`…) and its name |
| \`columns\` | \`[{ id, abbreviation?, name: { vi, en } }]\` | the target columns of the set, in the decree's order: 7 regions, 3 commune groups, or one column \`all\` |
| \`statuses\` | \`{ <status>: { vi, en } }\` | labels of the five verification statuses |
| \`inputSchema\` | string | relative path of the JSON Schema of the evaluation input |
| \`coverage\` | object | counts of target cases: \`indicators\`, \`cells\`, \`verified\`, \`provincial\`, \`conflict\`, \`unknown\`, \`percentVerified\` (one decimal, \`null\` without cells), \`conditions\`, \`conditionsVerified\` |
| \`unresolved\` | array | every target case that is not verified: \`criterion\`, \`code\`, \`columns\` (\`["all"]\` when it is every column), \`index\` (case position), \`status\` (a status, or \`missing\` when there is no cell), \`candidates\`, and \`note\` (\`{ vi, en }\`), \`years\`, \`when\` when present |
| \`set\` | object | **the set itself, verbatim**: it parses with \`criteriaSetSchema()\` and evaluates with \`evaluate(set, input)\` |

## Bộ tiêu chí / *The set* (\`set\`)

| field | meaning |
|---|---|
| \`id\`, \`family\`, \`version\` | this version's id; the id shared by every version of the set; the decree label |
| \`level\`, \`title\` | level id; title \`{ vi, en }\` (Vietnamese is authoritative) |
| \`period\` | \`{ from, to }\`: ISO dates (inclusive) when the version is in force, \`null\` when unknown |
| \`years\` | \`{ from, to }\`: the assessment years the set covers (optional) |
| \`legalBasis\` | decrees: \`document\` (number), \`role\` (\`base\` or \`amendment\`), \`title\`, \`signed\`, \`inForce\` (ISO dates or \`null\`), \`annex\`, \`replaces\`, \`sources\` |
| \`province\` | for a provincial set, the province that issued it |
| \`scope\` | a kind of unit within the level that the set alone applies to, e.g. \`no-commune-units\` |
| \`columns\` | \`regions\`, \`groups\` or \`single\` |
| \`columnRules\` | which column a unit uses: \`id\`, \`text\`, \`status\`, \`sources\`, and \`select: { categories, column }\` when the engine applies it |
| \`communeCategories\` | categories a column rule names: \`{ id, name }\` |
| \`criteria\` | \`id\`, \`number\` (or \`null\`), \`name\`, \`group\`, \`status\`, \`sources\`, \`rule\` (\`{ kind: "all" }\` or \`{ kind: "at-least", count }\`; absent means all), \`indicators\`, \`incompleteIndicators\` (why the list of indicators is known to be incomplete; such a criterion is never met on the known rows alone) |
| \`criteria[].indicators[]\` | \`code\` (the input key), \`text\`, \`textStatus\` (was the wording seen), \`measure\` (\`percent\`, \`flag\`, \`amount\`, \`count\`), \`unit\`, \`targets\`, \`columns\` (where it exists; all when absent), \`appliesWhen\` (a fact test), \`ref\` (document, annex, article, row), \`note\` (what is known of the indicator and from where, \`{ vi, en }\`) |
| \`targets\` | keyed by column id or \`all\`. **A column without its own key uses \`all\`.** A cell is one target or an array of cases: the first case whose \`years\` (\`{ from?, to? }\`, inclusive) and \`when\` (a fact test) match the unit applies |
| a target | \`status\`, \`value\`, \`op\` (\`>=\`, \`<=\`, \`=\`), \`sources\`, and optionally \`note\` (what is known of the value and from where, \`{ vi, en }\`), \`candidates\` (\`[{ value, province?, sources, note? }]\`, \`note\` as \`{ vi, en }\`), \`relativeTo\` (the target is \`value\` × the reference value of that name), \`when\`, \`years\`, \`ref\`, \`amendedBy\` |
| \`conditions\` | set-level conditions: \`id\`, \`text\`, \`purpose\` (\`criteria\`, \`recognition\`, \`procedure\`), \`status\`, \`sources\`, \`check\` (\`criteria-met\`; \`fact\` with \`fact\`, \`op\`, \`value\`; \`unit-share\` with \`unitLevel\`, \`standard\`, \`op\`, \`percent\`; \`not-checkable\`), \`document\`, \`note\` (\`{ vi, en }\`) |
| \`facts\`, \`references\` | named inputs the rules read: \`{ <name>: { kind, text, unit? } }\` |
| \`sources\` | every cited source: \`{ <id>: { url?, what } }\` |
| \`notes\` | what is known of the set as a whole and from where: an array of \`{ vi, en }\` |

## Quy tắc bắt buộc / *Rules a reader must follow*

1. **Only a \`verified\` target is a target.** Every other status (\`provincial\`, \`conflict\`, \`recalled\`, \`not-found\`) has \`value: null\`: treat the cell as *unknown*, never as met or not met. Candidates are hints for a human.
2. A column without its own key in \`targets\` uses the \`all\` cell; an indicator whose \`columns\` does not list the unit's column does not apply to it.
3. Ratios are compared exactly (19 of 20 is 95%, which meets "≥ 95").
4. Validate an input with the JSON Schema in \`inputSchema\`; the engine remains the reference for verdicts.
`;
}
