import { formatMessage, gapPlan, type CriteriaSet, type EvaluationResult } from '@ntm/criteria';

/**
 * One line of a unit's gap plan, in both languages: a shortfall of an indicator (`gap`), a
 * set-level condition to meet (`condition`), data to collect (`data`), or a target the
 * library does not know yet (`target`).
 * @example
 * const line: PlanLine = { kind: 'gap', code: '17.1', criterionId: '17', vi: 'Cần thêm 20 hộ…', en: '20 more households…' };
 */
export interface PlanLine {
  readonly kind: 'gap' | 'condition' | 'data' | 'target';
  readonly code?: string;
  readonly criterionId?: string;
  readonly vi: string;
  readonly en: string;
}

type PlanMessage = Parameters<typeof formatMessage>[0];
/** What a plan message is made of (`gapPlan`'s messages are all `{ code, params }`). */
type PlanData = { readonly code: string; readonly params: { readonly [name: string]: string | number | boolean } };

// Why a cache: thousands of communes share the same plan sentences ("collect the value of
// 17.1", the same shortfall), and each is rendered once per language instead of once per unit.
// Keyed by the message's data, bounded so a run over distinct sentences cannot grow it forever.
const RENDERED = new Map<string, { readonly vi: string; readonly en: string }>();
const MAX_RENDERED = 50_000;

/**
 * The cache key of a plan message: its code and each param's name, type and value (params are
 * plain strings, numbers and booleans), several times cheaper to make than its JSON.
 */
function keyOf(message: PlanData): string {
  let key = message.code;
  const params = message.params;
  for (const name in params) {
    const value = params[name];
    key += `\u0001${name}\u0002${typeof value === 'string' ? 's' : typeof value === 'number' ? 'n' : 'b'}${value}`;
  }
  return key;
}

/** A plan message in both languages, through the core's `formatMessage`, rendered once per distinct message. */
function text(message: PlanMessage): { readonly vi: string; readonly en: string } {
  const key = keyOf(message as unknown as PlanData);
  let rendered = RENDERED.get(key);
  if (rendered === undefined) {
    rendered = { vi: formatMessage(message, 'vi'), en: formatMessage(message, 'en') };
    if (RENDERED.size >= MAX_RENDERED) RENDERED.clear();
    RENDERED.set(key, rendered);
  }
  return rendered;
}

/**
 * The gap plan of a unit's result (`gapPlan` of the library) as report lines: shortfalls
 * first, closest criteria first, then conditions and data to collect (and, with `targets`, the
 * targets to obtain, which the summary of a report lists once instead).
 * @example
 * planOf(result, commune318).filter((l) => l.kind === 'gap').map((l) => l.vi); // []: no gap while 318's targets are unknown
 */
export function planOf(result: EvaluationResult, set: CriteriaSet, options: { readonly targets?: boolean } = {}): readonly PlanLine[] {
  // A unit that meets every criterion and condition has nothing to plan.
  if (result.status === 'met' && result.recognition === 'met') return [];
  const plan = gapPlan(result, { sets: [set] });
  const lines: PlanLine[] = [];
  for (const criterion of plan.criteria) {
    for (const gap of criterion.gaps) lines.push({ kind: 'gap', code: gap.code, criterionId: gap.criterionId, ...text(gap.message) });
  }
  for (const condition of plan.conditions) lines.push({ kind: 'condition', ...text(condition.message) });
  for (const need of plan.dataToCollect) {
    lines.push({
      kind: 'data',
      ...(need.code ? { code: need.code } : {}),
      ...(need.criterionId ? { criterionId: need.criterionId } : {}),
      ...text(need.message),
    });
  }
  // Targets to obtain are the same for every unit of a column: the summary lists them once.
  if (options.targets) {
    for (const need of plan.targetsToObtain) {
      lines.push({
        kind: 'target',
        ...(need.code ? { code: need.code } : {}),
        ...(need.criterionId ? { criterionId: need.criterionId } : {}),
        ...text(need.message),
      });
    }
  }
  return lines;
}
