// Every English message of the engine, keyed by code (src/locale/messages.ts). English is a
// helpful translation; the Vietnamese file is authoritative.
import { deepFreeze } from '../_lib/deep-freeze.js';
import { COMMUNE_GROUPS, isCommuneGroupId } from '../model/commune-group.js';
import type { ColumnId } from '../model/column.js';
import { LEVEL_NAMES, type Level } from '../model/level.js';
import { isRegionId, REGIONS } from '../model/region.js';
import { VERIFICATION_LABELS } from '../model/verification.js';
import { formatComparison } from './format.js';
import { INPUT_ISSUE_CODES } from '../evaluate/issue.js';
import { expectation } from './en-expectation.js';
import type { ConditionParams, IndicatorReasonParams, IssueParams, Locale, Messages, MessageSource } from './messages.js';

// Received values are described without language (JSON, numbers) except these words.
const RECEIVED: Readonly<Record<string, string>> = {};
const received = (text: string) => (Object.hasOwn(RECEIVED, text) ? RECEIVED[text]! : text);
const at = (path: string) => path || '(input)';
const hint = (s?: string) => (s ? ` Did you mean "${s}"?` : '');

function value(v: number | boolean | null, p: Pick<IndicatorReasonParams, 'measure' | 'unit'>): string {
  if (v === null) return 'none';
  if (typeof v === 'boolean') return v ? 'achieved' : 'not achieved';
  if (p.measure === 'percent') return `${v}%`;
  return p.unit ? `${v} ${p.unit.en}` : String(v);
}

function actual(p: IndicatorReasonParams): string {
  return p.ratio
    ? `${p.ratio.numerator}/${p.ratio.denominator} (${value(p.actual ?? null, { measure: 'percent' })})`
    : value(p.actual ?? null, p);
}

function column(c: ColumnId | null): string {
  if (c === null) return 'no column chosen';
  if (isRegionId(c)) return `${REGIONS[c].name.en} column`;
  if (isCommuneGroupId(c)) return `${COMMUNE_GROUPS[c].name.en} column`;
  return 'single column';
}

function source(s: MessageSource): string {
  const annex = s.annex?.replace(/^Phụ lục/, 'Annex');
  return `${s.document}${annex ? ` ${annex}` : ''}${s.row ? `, indicator ${s.row}` : ''}`;
}

const where = (p: IndicatorReasonParams) => `${column(p.column)}; ${source(p.source)}${p.by ? `; target set by ${p.by}` : ''}`;
const rel = (p: IndicatorReasonParams) =>
  p.relative && p.relative.referenceValue !== null
    ? ` (relative target: ${p.relative.factor} × ${value(p.relative.referenceValue, p)})`
    : '';
const required = (p: IndicatorReasonParams) => (p.measure === 'flag' ? 'achieved' : `${formatComparison(p.op)} ${value(p.target, p)}`);
const level = (l: Level) => LEVEL_NAMES[l].en;
const list = (codes: readonly string[]) => codes.join(', ');

const plainMessages: Messages = {
  // Input issues.
  'invalid-input': (d) => `The input must be an object, received ${received(d.received)}.`,
  'unknown-key': (d) => `Field "${at(d.path)}" is not supported; valid fields: ${expectation(d.expects)}.${hint(d.suggestion)}`,
  'unsafe-key': (d) => `Key "${at(d.path)}" is refused because it could pollute prototypes.`,
  'unknown-indicator': (d) => `The set has no indicator "${d.received}" (at ${at(d.path)}).${hint(d.suggestion)}`,
  'invalid-type': (d) =>
    `The value at ${at(d.path)} must be ${expectation(d.expects)}, received ${received(d.received)}.${hint(d.suggestion)}`,
  'number-as-string': (d) => `The value at ${at(d.path)} is the string ${d.received}; pass a number, not a string.${hint(d.suggestion)}`,
  'not-a-number': (d) => `The value at ${at(d.path)} is NaN (not a number).`,
  'not-finite': (d) => `The value at ${at(d.path)} is infinite (${d.received}); a finite number is required.`,
  negative: (d) => `The value at ${at(d.path)} must not be negative, received ${d.received}.`,
  'percent-over-100': (d) => `The percentage at ${at(d.path)} must be from 0 to 100, received ${d.received}.`,
  'not-integer': (d) => `The value at ${at(d.path)} must be a whole number, received ${d.received}.`,
  'zero-denominator': (d) => `The denominator at ${at(d.path)} must be greater than 0, received ${d.received}.`,
  'numerator-exceeds-denominator': (d) =>
    `The numerator exceeds the denominator at ${at(d.path)} (${d.received}); the share would be over 100%.`,
  'unknown-region': (d) => `Region ${d.received} does not exist; valid regions: ${expectation(d.expects)}.${hint(d.suggestion)}`,
  'unknown-group': (d) => `Commune group ${d.received} does not exist; valid groups: ${expectation(d.expects)}.${hint(d.suggestion)}`,
  'unknown-province': (d) => `Province ${d.received} is not a known province (id, code or Vietnamese name).${hint(d.suggestion)}`,
  'province-not-in-force': (d) =>
    `Province ${d.received} was not a provincial unit at the assessed time ${expectation(d.expects)}; there were 63 until 2025-06-30, 34 from 2025-07-01.${hint(d.suggestion)}`,
  'province-needs-region': (d) =>
    `Province ${d.received} covers more than one NTM region (${expectation(d.expects)}) at the assessed time: no default column is chosen; give the commune's region (region).`,
  'wrong-column-kind': (d) => `This set's targets vary by ${expectation(d.expects)}, not by ${d.received} (at ${at(d.path)}).`,
  'missing-column': (d) =>
    `No target column could be chosen (${expectation(d.expects)}); indicators whose targets vary by column are treated as missing data.`,
  'year-outside-period': (d) => `Year ${d.received} is outside the set's period (${expectation(d.expects)}).`,
  'invalid-override': (d) =>
    `The caller-supplied target at ${at(d.path)} is invalid: expected ${expectation(d.expects)}, received ${received(d.received)}.`,
  'override-less-strict': (d) =>
    `The caller-supplied target at ${at(d.path)} (${d.received}) is less strict than the verified national target (${expectation(d.expects)}); the national target is kept.`,
  'override-comparison-differs': (d) =>
    `The caller-supplied target at ${at(d.path)} compares with ${d.received}, but the indicator compares with ${expectation(d.expects)}; the override is refused.`,
  'invalid-criteria-set': (d) =>
    `The criteria set at ${at(d.path)} is not a valid set (${d.received}; expected ${expectation(d.expects)}); it is not used.`,
  'unknown-unit-kind': (d) =>
    `Unit kind ${d.received} at ${at(d.path)} does not exist (${expectation(d.expects)}); the unit counts as undecided in every share.${hint(d.suggestion)}`,
  'duplicate-unit': (d) => `Unit ${d.received} is listed again at ${at(d.path)}; it is counted once.`,
  'unit-cycle': (d) => `The unit at ${at(d.path)} contains itself (${d.received}); the repeated part is not read.`,
  'unit-too-deep': (d) =>
    `The units at ${at(d.path)} are nested deeper than ${expectation(d.expects)} levels; the deeper units are not read.`,
  'out-of-range': (d) =>
    `The value at ${at(d.path)} must be ${expectation(d.expects)}, received ${received(d.received)}; the row is not counted.`,
  unreadable: (d) => `The value at ${at(d.path)} could not be read (${received(d.received)}); it was ignored.`,
  'not-applicable-value': (d) =>
    `A value is given at ${at(d.path)} for an indicator that does not apply to this unit (${d.received}); it was ignored.`,
  implausible: (d) =>
    `The value at ${at(d.path)} (${d.received}) is far outside what this indicator allows${d.unit ? ` in ${d.unit.en}` : d.measure === 'percent' ? ' as a percent' : ''}.${d.meant ? ` Did you mean ${d.meant}?` : ''}`,
  // Indicator reasons.
  'indicator.met': (p) =>
    p.measure === 'flag'
      ? `Met: achieved, as required (${where(p)}).`
      : `Met: ${actual(p)} ${formatComparison(p.op)} ${value(p.target, p)}${rel(p)} (${where(p)}).`,
  'indicator.not-met': (p) =>
    p.measure === 'flag'
      ? `Not met: required but not achieved (${where(p)}).`
      : `Not met: ${actual(p)}, required ${formatComparison(p.op)} ${value(p.target, p)}${rel(p)} (${where(p)}).`,
  'indicator.not-in-column': (p) => `Not applicable to this unit (the indicator does not exist in the ${column(p.column)}).`,
  'indicator.not-applicable': (p) =>
    `Not applicable to this unit (${p.test ? `${p.test.fact} ${formatComparison(p.test.op)} ${String(p.test.value)} does not hold` : 'condition not met'}).`,
  'indicator.missing-value': (p) => `Missing data: no value for indicator ${p.indicator}; required ${required(p)} (${column(p.column)}).`,
  'indicator.invalid-value': (p) => `The value of indicator ${p.indicator} is invalid and was not evaluated (see the input issues).`,
  'indicator.missing-fact': (p) => `Missing data: the fact "${p.fact}" is needed to choose the target of indicator ${p.indicator}.`,
  'indicator.missing-reference': (p) =>
    `Missing data: the reference value "${p.reference}" is needed to compute the target of indicator ${p.indicator}.`,
  'indicator.missing-year': (p) => `Missing data: the target of indicator ${p.indicator} depends on the year; give the assessment year.`,
  'indicator.missing-column': (p) =>
    `Missing data: the target of indicator ${p.indicator} varies by region or group; give the region or group.`,
  'indicator.no-target-for-year': (p) => `The set gives no target for indicator ${p.indicator} in year ${p.year} (${column(p.column)}).`,
  'indicator.unknown-target': (p) =>
    `The target of indicator ${p.indicator} is not yet known (${column(p.column)}): ${p.targetStatus ? VERIFICATION_LABELS[p.targetStatus].en : 'not found'}${
      p.candidates?.length
        ? `; values reported: ${p.candidates.map((c) => `${value(c.value, p)}${c.province ? ` (${c.province})` : ''}`).join(', ')}`
        : ''
    }. An app may supply its province's value through overrides.`,
  // Criterion reasons.
  'criterion.met': (p) => `Met: all ${p.applicable} applicable indicators are met.`,
  'criterion.met-at-least': (p) => `Met: ${p.met} indicators met, at least ${p.count} required.`,
  'criterion.not-met': (p) => `Not met: indicator${p.notMet.length > 1 ? 's' : ''} ${list(p.notMet)} not met.`,
  'criterion.not-met-at-least': (p) => `Not met: ${p.met} indicators met, at least ${p.count} required, and too few remain undecided.`,
  'criterion.incomplete': (p) => `Not decidable yet: ${p.met} of ${p.applicable} met; undecided: ${list(p.open)}.`,
  'criterion.incomplete-list': (p) =>
    `Not decidable: the decree's list of indicators is incomplete in this set (${p.unlisted?.en ?? 'rows not seen'}); ${p.met} of ${p.applicable} known indicators met${p.open.length ? `; undecided: ${list(p.open)}` : ''}.`,
  'criterion.not-applicable': () => 'Not applicable: none of its indicators applies to this unit.',
  'criterion.no-indicators': () => 'Not decidable: the set lists no indicator for this criterion.',
  // Column choice.
  'column.single': () => 'The set has a single column',
  'column.caller-region': (p) => `${regionName(p.region)} region, as given by the caller`,
  'column.caller-group': (p) => `${groupName(p.group)}, as given by the caller`,
  'column.province': (p) => `${p.province} province is in the ${regionName(p.region)} region (default: the province's region)`,
  'column.rule': (p) => p.text?.en ?? `Column chosen by rule ${p.rule}`,
  'column.no-group': () => 'No commune group (group) given to choose the target column',
  'column.no-region': () => 'No region or province given to choose the target column',
  // Set-level conditions.
  'condition.not-checkable': () => 'The condition is not verified or not machine-checkable; an official must assess it.',
  'condition.criteria': (p) => `${p.met} of ${p.total} criteria met.`,
  'condition.threshold-unknown': (p) => `The required level of "${p.fact}" is not yet known.`,
  'condition.fact-missing': (p) => `The fact "${factEn(p)}" is missing (needs ${formatComparison(p.op ?? '=')} ${String(p.value)}).`,
  'condition.fact-met': (p) => `Met: ${factEn(p)} = ${String(p.actual)} (needs ${formatComparison(p.op ?? '=')} ${String(p.value)}).`,
  'condition.fact-not-met': (p) =>
    `Not met: ${factEn(p)} = ${String(p.actual)}, needs ${formatComparison(p.op ?? '=')} ${String(p.value)}.`,
  'condition.share-unknown': () => 'The required share is not yet known.',
  'condition.needs-units': (p) => `Needs the results of the units (${p.level ? level(p.level) : 'units'}); use evaluateAggregate.`,
  'condition.units-recognised': (p) =>
    `${p.passing}/${p.total} units recognised as "${p.level ? level(p.level) : ''}" (needs ${formatComparison(p.op ?? '>=')} ${p.percent}%).`,
  'condition.units-meet-set': (p) =>
    `${p.passing}/${p.total} units meet the "${p.level ? level(p.level) : ''}" set in force (needs ${formatComparison(p.op ?? '>=')} ${p.percent}%).`,
  // Aggregates.
  'aggregate.unit-issue': (p) => `${p.unit}${p.set ? ` (${p.set})` : ''}: ${en.messages[p.issue.code](p.issue.params as never)}`,
  'aggregate.re-evaluated': (p) => `Re-evaluated under ${p.version}: ${p.met} of ${p.total} criteria met.`,
  'aggregate.ready-wrong-set': (p) => `The ready result was judged under ${p.given}, not ${p.inForce}; it must be re-evaluated.`,
  'aggregate.ready-result': (p) => `Ready result under ${p.version}: ${p.met} of ${p.total} criteria met.`,
  'aggregate.no-data': (p) => `The unit has no data for the level ${levelEn(p.level)}.`,
  'aggregate.no-set': (p) => `No data or result; needs the set for the level ${levelEn(p.level)} (unitSets) and the unit's data.`,
  // Registry.
  'registry.invalid-date': (p) => `Invalid date "${p.on}" (expected an ISO date YYYY-MM-DD or a Date)`,
  'registry.duplicate-set': (p) => `Duplicate criteria set id: ${p.id}`,
  'registry.unknown-set': (p) => `Unknown criteria set "${p.id}". Known sets: ${list(p.known)}`,
  'registry.none-in-force': (p) =>
    `No ${p.level} criteria set is in force on ${p.on}${p.scope ? ` for scope "${p.scope}"` : ''}. Sets of this level: ${list(p.known) || 'none'}`,
  // Diff.
  'diff.summary': (p) =>
    `${p.from} → ${p.to}: criteria added ${p.criteria[0]}, removed ${p.criteria[1]}, changed ${p.criteria[2]}; indicators added ${p.indicators[0]}, removed ${p.indicators[1]}, changed ${p.indicators[2]}.`,
  'diff.criterion-added': (p) => `Added criterion ${p.id}: ${p.name.en}`,
  'diff.criterion-removed': (p) => `Removed criterion ${p.id}: ${p.name.en}`,
  'diff.criterion-changed': (p) => `Changed criterion ${p.id} (${p.fields.join(', ')}): ${p.before.en} → ${p.name.en}`,
  'diff.indicator-added': (p) => `Added indicator ${p.code}: ${p.text.en}`,
  'diff.indicator-removed': (p) => `Removed indicator ${p.code}: ${p.text.en}`,
  'diff.rule-added': (p) => `Added ${ruleKind[p.kind]} ${p.id} (${p.status}${p.amendedBy ? `, ${p.amendedBy}` : ''})`,
  'diff.rule-removed': (p) => `Removed ${ruleKind[p.kind]} ${p.id} (${p.status})`,
  'diff.rule-changed': (p) => `Changed ${ruleKind[p.kind]} ${p.id} (${p.fields.join(', ')}; ${p.statusBefore} → ${p.status})`,
  ...enPlanMessages(),
};

const ruleKind = { 'column-rule': 'column rule', condition: 'condition' } as const;

function regionName(id: string | undefined): string {
  return id !== undefined && isRegionId(id) ? REGIONS[id].name.en : String(id);
}

function groupName(id: string | undefined): string {
  return id !== undefined && isCommuneGroupId(id) ? COMMUNE_GROUPS[id].name.en : String(id);
}

/**
 * English: every message of the engine.
 * @example
 * en.messages['indicator.missing-year']({ indicator: '10', measure: 'amount', actual: null, target: null, op: '>=', column: null, source: { document: '318/QĐ-TTg' } });
 */
export const en: Locale = /* @__PURE__ */ deepFreeze({ lang: 'en', messages: withinUnits(plainMessages), expectation });

/** Every input issue raised inside an aggregate names its unit (and set) first. */
function withinUnits(m: Messages): Messages {
  const out: Record<string, (p: never) => string> = { ...m };
  for (const code of INPUT_ISSUE_CODES) {
    const render = m[code];
    out[code] = (d: IssueParams) => (d.within ? `${d.within.unit}${d.within.set ? ` (${d.within.set})` : ''}: ` : '') + render(d);
  }
  return out as unknown as Messages;
}

// Gap plan (src/plan/): every plan sentence, by its plan.* code, from its params.
import { planOp, planRatio, planSentences, type PlanReader } from '../plan/messages.js';

// A level and a fact by their names, never by their ids alone.
const levelEn = (level: string) => (Object.hasOwn(LEVEL_NAMES, level) ? `"${LEVEL_NAMES[level as Level].en}"` : `"${level}"`);
const factEn = (p: ConditionParams) => p.factText?.en ?? p.fact ?? '';

/** English sentences of the gap plan (a translation of the Vietnamese); a function declaration, so the messages above can spread it. */
function enPlanMessages(): ReturnType<typeof planSentences> {
  const by = (p: PlanReader) => (p.has('overrideBy') ? ` [value set by ${p.s('overrideBy')}]` : '');
  const rel = (p: PlanReader) =>
    p.has('reference') ? ` (= ${p.n('factor')} × ${p.n('referenceValue')}, the reference "${p.s('reference')}")` : '';
  const label = (p: PlanReader) => `${p.s('criterion')}${p.has('name') ? ` (${p.t('name')})` : ''}`;
  const forWhat = (p: PlanReader) =>
    p.has('code')
      ? ` for indicator ${p.s('code')}`
      : p.has('conditionId')
        ? ` for the condition "${p.t('text') || p.s('conditionId')}"`
        : '';
  const flag = (p: PlanReader) => (p.s('target') === 'false' ? 'not achieved' : 'achieved');
  const unit = (p: PlanReader) => p.s('unit') || 'The unit';
  const count = (p: PlanReader, name: string, one: string, many: string) => `${p.n(name)} ${p.s(name) === '1' ? one : many}`;
  const closest = (p: PlanReader) => (p.s('closest') ? `; closest: ${p.s('closest')}` : '');
  return planSentences(
    {
      'plan.raise-ratio': (p) =>
        `${p.n('shortfall')} more ${p.t('unit')} needed: ${planRatio(p)} (target ${planOp(p)} ${p.n('target')}%)${by(p)}`,
      'plan.lower-ratio': (p) =>
        `${p.n('shortfall')} fewer ${p.t('unit')} needed: ${planRatio(p)} (target ${planOp(p)} ${p.n('target')}%)${by(p)}`,
      'plan.set-ratio': (p) =>
        `The numerator must go from ${p.n('numerator')} to ${p.n('neededNumerator')} (of ${p.n('denominator')}) to reach exactly ${p.n('target')}%${by(p)}`,
      'plan.raise-points': (p) =>
        `${p.n('shortfall')} more percentage points needed: ${p.n('actual')}% → ${p.n('target')}% (target ${planOp(p)} ${p.n('target')}%)${rel(p)}${by(p)}`,
      'plan.lower-points': (p) =>
        `Must fall by ${p.n('shortfall')} percentage points: ${p.n('actual')}% → ${p.n('target')}% (target ${planOp(p)} ${p.n('target')}%)${rel(p)}${by(p)}`,
      'plan.raise-amount': (p) =>
        `${p.n('shortfall')} ${p.t('unit')} more needed: ${p.n('actual')} → ${p.n('target')} (target ${planOp(p)} ${p.n('target')})${rel(p)}${by(p)}`,
      'plan.lower-amount': (p) =>
        `Must fall by ${p.n('shortfall')} ${p.t('unit')}: ${p.n('actual')} → ${p.n('target')} (target ${planOp(p)} ${p.n('target')})${rel(p)}${by(p)}`,
      'plan.raise-count': (p) =>
        `${p.n('shortfall')} more ${p.t('unit')} needed: ${p.n('actual')} → ${p.n('target')} (target ${planOp(p)} ${p.n('target')})${by(p)}`,
      'plan.lower-count': (p) =>
        `${p.n('shortfall')} fewer ${p.t('unit')} needed: ${p.n('actual')} → ${p.n('target')} (target ${planOp(p)} ${p.n('target')})${by(p)}`,
      'plan.achieve-flag': (p) => `Indicator ${p.s('code')} must be ${flag(p)}${p.has('text') ? `: ${p.t('text')}` : ''}${by(p)}`,
      'plan.criterion-gaps': (p) =>
        `Criterion ${label(p)}: ${p.n('required')} indicator(s) left to meet (${p.s('codes')})${p.s('open') ? `; not decidable yet: ${p.s('open')}` : ''}`,
      'plan.criterion-open': (p) => `Criterion ${label(p)}: not decidable yet (${p.s('open') || 'rows of the decree not in the library'})`,
      'plan.collect-value': (p) =>
        `Collect the value of indicator ${p.s('code')}${p.s('reason') === 'indicator.invalid-value' ? ' (the value given is invalid)' : ''}`,
      'plan.collect-fact': (p) => `Provide the fact "${p.t('label') || p.s('name') || "the unit's fact"}"${forWhat(p)}`,
      'plan.collect-reference': (p) => `Provide the reference value "${p.t('label') || p.s('name')}"${forWhat(p)}`,
      'plan.collect-column': (p) => `Name the region or commune group to choose the target${forWhat(p)}`,
      'plan.collect-year': (p) => `Give the assessment year to choose the target${forWhat(p)}`,
      'plan.obtain-target': (p) =>
        `The target of indicator ${p.s('code')} is not yet known${p.has('status') ? ` (${p.t('status')})` : ''}${p.s('candidates') ? `; values reported: ${p.s('candidates')}` : ''}; obtain the decree's value or the province's own`,
      'plan.obtain-rows': (p) =>
        `Criterion ${label(p)}: the decree's list of indicators is incomplete in the library${p.has('why') ? ` (${p.t('why')})` : ''}`,
      'plan.assess-condition': (p) =>
        `The condition "${p.t('text')}" is not machine-checkable or its threshold is unknown; an official must assess it`,
      'plan.condition-fact': (p) =>
        `The condition "${p.t('text')}" is not met${p.has('fact') ? `: needs ${p.t('label') || p.s('fact')} ${planOp(p)} ${p.s('value') === 'true' || p.s('value') === 'false' ? p.s('value') : p.n('value')}` : ''}`,
      'plan.condition-criteria': (p) => `The condition "${p.t('text')}": ${p.n('left')} criteria still not met`,
      'plan.condition-open': (p) => `The condition "${p.t('text')}" is not decidable yet`,
      'plan.share-more': (p) =>
        `${p.t('text')}: ${p.n('passing')} of ${p.n('total')} units pass, ${p.n('required')} needed; at least ${p.n('more')} more units${closest(p)}`,
      'plan.share-fewer': (p) =>
        `${p.t('text')}: ${p.n('passing')} of ${p.n('total')} units pass, exactly ${p.n('required')} needed; ${p.n('more')} too many`,
      'plan.share-unreachable': (p) => `${p.t('text')}: no whole number of the ${p.n('total')} units gives exactly ${p.n('percent')}%`,
      'plan.share-undecided': (p) =>
        `${p.t('text')}: ${p.n('passing')} of ${p.n('total')} units pass; ${p.n('undecided')} units not decidable yet`,
      'plan.share-needs-set': (p) =>
        `${p.t('text')}: ${p.n('passing')} of ${p.n('total')} units pass; pass the unit's criteria set to count how many more are needed`,
      'plan.share-needs-results': (p) => `${p.t('text')}: needs the results of the sub-units to be checked`,
      'plan.unit-summary': (p) =>
        `${unit(p)}: ${p.n('met')} of ${p.n('total')} criteria met; left: ${count(p, 'criteria', 'criterion', 'criteria')}, ${count(p, 'gaps', 'indicator', 'indicators')}, ${count(p, 'conditions', 'condition', 'conditions')}; ${count(p, 'data', 'data item', 'data items')} to collect, ${count(p, 'targets', 'target', 'targets')} to obtain`,
      'plan.unit-met': (p) => `${unit(p)}: ${p.n('met')} of ${p.n('total')} criteria and every condition met; nothing left to do`,
    },
    'en',
  );
}
