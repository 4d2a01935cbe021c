// Evaluate one unit: a form generated from the set (one field per indicator, ratios as
// numerator and denominator, the facts and references the rules read), the verdicts and
// reasons as values change, and a link that encodes the inputs.
import {
  COMMUNE_GROUP_IDS,
  PROVINCE_IDS,
  PROVINCES,
  REGION_IDS,
  formatMessage,
  safeEvaluate,
  type CriteriaSet,
  type EvaluationResult,
  type Indicator,
  type InputIssue,
} from '@ntm/criteria';
import { local, WORDS, type Lang } from './i18n.js';
import { buildInput } from './input.js';
import { columnLabel } from './sets.js';
import type { ComponentChildren } from 'preact';
import { GapPlan } from './gap-plan.js';
import { toHash, type Entry, type PageState } from './state.js';

/** The state change a form field asks for. */
export type Update = (change: Partial<PageState>) => void;

function IndicatorField({
  indicator,
  entry,
  lang,
  update,
  entries,
}: {
  indicator: Indicator;
  entry: Entry | undefined;
  lang: Lang;
  update: Update;
  entries: PageState['entries'];
}) {
  const w = WORDS[lang];
  const id = `in-${indicator.code.replace(/[^a-zA-Z0-9]/g, '_')}`;
  const label = `${indicator.code} — ${local(indicator.text, lang)}`;
  const set = (e: Entry) => update({ entries: { ...entries, [indicator.code]: e } });
  if (indicator.measure === 'flag') {
    return (
      <div class="field">
        <label for={id}>{label}</label>
        <select id={id} value={entry?.value ?? ''} onChange={(ev) => set({ value: (ev.target as HTMLSelectElement).value })}>
          <option value="">{w.flagUnset}</option>
          <option value="true">{w.flagYes}</option>
          <option value="false">{w.flagNo}</option>
        </select>
      </div>
    );
  }
  if (indicator.measure === 'percent') {
    return (
      <fieldset class="field ratio">
        <legend>{label}</legend>
        <label for={id}>{w.percent}</label>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={entry?.value ?? ''}
          onInput={(ev) => set({ value: (ev.target as HTMLInputElement).value })}
        />
        <span class="or" aria-hidden="true">
          {w.or}
        </span>
        <label for={`${id}-num`}>{w.numerator}</label>
        <input
          id={`${id}-num`}
          type="text"
          inputMode="numeric"
          value={entry?.numerator ?? ''}
          onInput={(ev) => set({ ...entry, numerator: (ev.target as HTMLInputElement).value })}
        />
        <label for={`${id}-den`}>{w.denominator}</label>
        <input
          id={`${id}-den`}
          type="text"
          inputMode="numeric"
          value={entry?.denominator ?? ''}
          onInput={(ev) => set({ ...entry, denominator: (ev.target as HTMLInputElement).value })}
        />
      </fieldset>
    );
  }
  return (
    <div class="field">
      <label for={id}>
        {label}
        {indicator.unit ? ` (${local(indicator.unit, lang)})` : ''}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={entry?.value ?? ''}
        onInput={(ev) => set({ value: (ev.target as HTMLInputElement).value })}
      />
    </div>
  );
}

function NamedField({
  id,
  label,
  kind,
  value,
  lang,
  onChange,
}: {
  id: string;
  label: string;
  kind: 'number' | 'boolean';
  value: string;
  lang: Lang;
  onChange: (v: string) => void;
}) {
  const w = WORDS[lang];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {kind === 'boolean' ? (
        <select id={id} value={value} onChange={(ev) => onChange((ev.target as HTMLSelectElement).value)}>
          <option value="">{w.flagUnset}</option>
          <option value="true">{lang === 'vi' ? 'Có' : 'Yes'}</option>
          <option value="false">{lang === 'vi' ? 'Không' : 'No'}</option>
        </select>
      ) : (
        <input id={id} type="text" inputMode="decimal" value={value} onInput={(ev) => onChange((ev.target as HTMLInputElement).value)} />
      )}
    </div>
  );
}

/** The unit's column, year and categories. */
/** One labelled select of the unit's place (region, province, group); the empty choice is "none". */
function Choice({
  id,
  label,
  none,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  none: string;
  value: string | undefined;
  options: readonly (readonly [string, string])[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(ev) => onChange((ev.target as HTMLSelectElement).value || undefined)}>
        <option value="">{none}</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function UnitFields({ set, state, update }: { set: CriteriaSet; state: PageState; update: Update }) {
  const w = WORDS[state.lang];
  const lang = state.lang;
  return (
    <fieldset class="unit">
      <legend>{w.unit}</legend>
      {set.columns === 'regions' ? (
        <>
          <Choice
            id="unit-region"
            label={w.region}
            none={w.chooseRegion}
            value={state.region}
            options={REGION_IDS.map((r) => [r, columnLabel(r, lang, true)] as const)}
            onChange={(region) => update({ region: region as PageState['region'] })}
          />
          <Choice
            id="unit-province"
            label={w.provinceOfUnit}
            none={w.chooseProvince}
            value={state.province}
            options={PROVINCE_IDS.map((p) => [p, PROVINCES[p].name] as const)}
            onChange={(province) => update({ province: province as PageState['province'] })}
          />
        </>
      ) : null}
      {set.columns === 'groups' ? (
        <Choice
          id="unit-group"
          label={w.group}
          none={w.chooseGroup}
          value={state.group}
          options={COMMUNE_GROUP_IDS.map((g) => [g, columnLabel(g, lang, true)] as const)}
          onChange={(group) => update({ group: group as PageState['group'] })}
        />
      ) : null}
      <div class="field">
        <label for="unit-year">{w.year}</label>
        <input
          id="unit-year"
          type="text"
          inputMode="numeric"
          value={state.year ?? ''}
          onInput={(ev) => update({ year: (ev.target as HTMLInputElement).value })}
        />
      </div>
      {set.communeCategories?.length ? (
        <fieldset>
          <legend>{w.categories}</legend>
          {set.communeCategories.map((c) => (
            <label key={c.id} class="check">
              <input
                type="checkbox"
                checked={state.categories.includes(c.id)}
                onChange={(ev) =>
                  update({
                    categories: (ev.target as HTMLInputElement).checked
                      ? [...state.categories, c.id]
                      : state.categories.filter((x) => x !== c.id),
                  })
                }
              />{' '}
              {local(c.name, lang)}
            </label>
          ))}
        </fieldset>
      ) : null}
    </fieldset>
  );
}

const STATUS_CLASS: Record<string, string> = {
  met: 'ok',
  'not-met': 'bad',
  incomplete: 'gap',
  'not-applicable': 'na',
  missing: 'gap',
  'unknown-target': 'gap',
};

/** The verdicts: the announced summary, each criterion and indicator with its reason, and the issues. */
function Results({
  result,
  issues,
  lang,
  children,
}: {
  result: EvaluationResult;
  issues: readonly InputIssue[];
  lang: Lang;
  children?: ComponentChildren;
}) {
  const w = WORDS[lang];
  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title">{w.results}</h2>
      <p role="status" aria-live="polite" class={`verdict ${STATUS_CLASS[result.status]}`} data-testid="verdict">
        {w.summary(w.verdict[result.status], result.metCount, result.total)}
        {' · '}
        {w.recognition}: {w.verdict[result.recognition]}
      </p>
      <p class="muted">
        {w.columnUsed}: {formatMessage(result.column.text, lang)}
      </p>
      {issues.length ? (
        <div class="issues" role="alert">
          <h3>{w.issues}</h3>
          <ul>
            {issues.map((issue, i) => (
              <li key={i} data-code={issue.code}>
                <code>{issue.path.join('.')}</code> {formatMessage(issue, lang)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {children}
      <h3>{w.details}</h3>
      <ol class="criteria-results">
        {result.criteria.map((c) => (
          <li key={c.id} class={STATUS_CLASS[c.status]} data-criterion={c.id}>
            <strong>
              {c.number !== null ? `${c.number}. ` : ''}
              {local(c.name, lang)}: {w.verdict[c.status]}
            </strong>
            <ul>
              {c.indicators.map((r) => (
                <li key={r.code} class={STATUS_CLASS[r.status]} data-indicator={r.code}>
                  <span class="badge">{w.status[r.status]}</span> <b>{r.code}</b> {formatMessage(r.reason, lang)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {result.conditions.length ? (
        <ul class="conditions">
          {result.conditions.map((c) => (
            <li key={c.id} class={STATUS_CLASS[c.status]}>
              <span class="badge">{w.verdict[c.status]}</span> {formatMessage(c.reason, lang)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The evaluation view: the form beside the results and the gap plan. */
export function Evaluate({ set, state, update }: { set: CriteriaSet; state: PageState; update: Update }) {
  const w = WORDS[state.lang];
  const lang = state.lang;
  const { result, issues } = safeEvaluate(set, buildInput(set, state));
  // Made from the state itself: the address bar catches up only after this render.
  const link = `${location.href.split('#')[0]}${toHash(state)}`;
  return (
    <div class="evaluate">
      <form class="form" onSubmit={(ev) => ev.preventDefault()} aria-label={w.values}>
        <UnitFields set={set} state={state} update={update} />
        {Object.keys(set.facts ?? {}).length ? (
          <fieldset>
            <legend>{w.facts}</legend>
            {Object.entries(set.facts ?? {}).map(([name, spec]) => (
              <NamedField
                key={name}
                id={`fact-${name}`}
                label={`${local(spec.text, lang)}${spec.unit ? ` (${local(spec.unit, lang)})` : ''}`}
                kind={spec.kind}
                value={state.facts[name] ?? ''}
                lang={lang}
                onChange={(v) => update({ facts: { ...state.facts, [name]: v } })}
              />
            ))}
          </fieldset>
        ) : null}
        {Object.keys(set.references ?? {}).length ? (
          <fieldset>
            <legend>{w.references}</legend>
            {Object.entries(set.references ?? {}).map(([name, spec]) => (
              <NamedField
                key={name}
                id={`ref-${name}`}
                label={`${local(spec.text, lang)}${spec.unit ? ` (${local(spec.unit, lang)})` : ''}`}
                kind="number"
                value={state.references[name] ?? ''}
                lang={lang}
                onChange={(v) => update({ references: { ...state.references, [name]: v } })}
              />
            ))}
          </fieldset>
        ) : null}
        <fieldset>
          <legend>{w.values}</legend>
          {set.criteria.map((c) => (
            <div key={c.id} class="criterion-fields">
              <h3>
                {c.number !== null ? `${c.number}. ` : ''}
                {local(c.name, lang)}
              </h3>
              {c.indicators.map((i) => (
                <IndicatorField
                  key={i.code}
                  indicator={i}
                  entry={state.entries[i.code]}
                  entries={state.entries}
                  lang={lang}
                  update={update}
                />
              ))}
            </div>
          ))}
        </fieldset>
        <button type="button" onClick={() => update({ entries: {}, facts: {}, references: {} })}>
          {w.clear}
        </button>
      </form>
      <div class="outcome">
        <p class="share">
          <label for="share-link">{w.shareLink}</label>
          <input id="share-link" type="text" readOnly value={link} onFocus={(ev) => (ev.target as HTMLInputElement).select()} />
        </p>
        <Results result={result} issues={issues} lang={lang}>
          <GapPlan result={result} set={set} lang={lang} />
        </Results>
      </div>
    </div>
  );
}
