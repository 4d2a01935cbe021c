// The gap plan beside the verdicts: for each criterion not met, each indicator's exact shortfall;
// the conditions not met; then the data to collect and the targets to obtain, kept apart.
import { formatMessage, gapPlan, type CriteriaSet, type EvaluationResult, type GapPlan as Plan } from '@ntm/criteria';
import { WORDS, type Lang } from './i18n.js';

/** The plan of one unit's result against its set. */
export function planOf(result: EvaluationResult, set: CriteriaSet, unit?: { id: string; name?: string }): Plan {
  return gapPlan(result, { sets: [set], ...(unit ? { unit } : {}) });
}

/** A list under its heading, when it has items. */
function Part({
  title,
  items,
  lang,
  testId,
}: {
  title: string;
  items: readonly { message: Parameters<typeof formatMessage>[0] }[];
  lang: Lang;
  testId: string;
}) {
  if (items.length === 0) return null;
  return (
    <details open={items.length <= 8} data-testid={testId}>
      <summary>
        {title} ({items.length})
      </summary>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{formatMessage(item.message, lang)}</li>
        ))}
      </ul>
    </details>
  );
}

/** The gap plan section of the evaluation view. */
export function GapPlan({ result, set, lang }: { result: EvaluationResult; set: CriteriaSet; lang: Lang }) {
  const w = WORDS[lang];
  const plan = planOf(result, set);
  const gaps = plan.criteria.filter((c) => c.gaps.length > 0);
  return (
    <section class="plan" aria-labelledby="plan-title" data-testid="gap-plan">
      <h3 id="plan-title">{w.gapPlan}</h3>
      <p>{formatMessage(plan.message, lang)}</p>
      {gaps.length === 0 ? <p class="muted">{w.gapNone}</p> : null}
      <ol>
        {gaps.map((c) => (
          <li key={c.id} data-criterion={c.id}>
            <strong>{formatMessage(c.message, lang)}</strong>
            <ul>
              {c.gaps.map((g) => (
                <li key={g.code} data-gap={g.code}>
                  {formatMessage(g.message, lang)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <Part title={w.planConditions} items={plan.conditions} lang={lang} testId="plan-conditions" />
      <Part title={w.planData} items={plan.dataToCollect} lang={lang} testId="plan-data" />
      <Part title={w.planTargets} items={plan.targetsToObtain} lang={lang} testId="plan-targets" />
    </section>
  );
}
