// Browse: every criterion and indicator of the chosen set with its target per column, legal
// source and verification mark; the diff from the previous version one click away.
import {
  diff,
  formatMessage,
  isUsableTarget,
  VERIFICATION_LABELS,
  type ColumnId,
  type CriteriaSet,
  type Indicator,
  type Target,
} from '@ntm/criteria';
import { useState } from 'preact/hooks';
import { local, WORDS, type Lang } from './i18n.js';
import { casesOf, targetText } from './target-text.js';
import { columnLabel, columnsOf, previousVersion } from './sets.js';

/** The legal place of an indicator: its own reference, else the set's base decree. */
function sourceText(set: CriteriaSet, indicator: Indicator): string {
  const ref = indicator.ref ?? { document: (set.legalBasis.find((d) => d.role === 'base') ?? set.legalBasis[0]!).document };
  return [
    ref.document,
    'annex' in ref && ref.annex ? ref.annex : '',
    'article' in ref && ref.article ? ref.article : '',
    'row' in ref && ref.row ? ref.row : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function Cell({ indicator, column, lang }: { indicator: Indicator; column: ColumnId; lang: Lang }) {
  const exists = !indicator.columns || indicator.columns.includes(column) || indicator.columns.includes('all');
  const cell = indicator.targets[column] ?? indicator.targets.all;
  const cases: readonly Target[] = exists ? casesOf(cell) : [];
  if (cases.length === 0) return <td class="na">{WORDS[lang].notInColumn}</td>;
  return (
    <td>
      {cases.map((t, i) => (
        <div key={i} class={t.status === 'verified' ? 'target verified' : isUsableTarget(t) ? 'target provincial' : 'target unknown'}>
          <span
            class="mark"
            role="img"
            title={local(VERIFICATION_LABELS[t.status], lang)}
            aria-label={local(VERIFICATION_LABELS[t.status], lang)}
          >
            {t.status === 'verified' ? '✓' : isUsableTarget(t) ? 'T' : '?'}
          </span>{' '}
          {targetText(t, indicator, lang)}
          {t.amendedBy ? <span class="amended"> ({t.amendedBy})</span> : null}
        </div>
      ))}
    </td>
  );
}

/** The criteria table of a set, one column or all. */
export function CriteriaTable({ set, lang, only }: { set: CriteriaSet; lang: Lang; only?: ColumnId }) {
  const w = WORDS[lang];
  const columns = only && columnsOf(set).includes(only) ? [only] : columnsOf(set);
  const width = 4 + columns.length;
  if (set.criteria.length === 0) return <p>{w.noCriteria}</p>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so that the keyboard can scroll it
    <section class="table-frame" tabIndex={0} aria-label={w.tableCaption(set.version)}>
      <table class="criteria" data-testid="criteria-table">
        <caption>{w.tableCaption(set.version)}</caption>
        <thead>
          <tr>
            <th scope="col">{w.code}</th>
            <th scope="col">{w.indicator}</th>
            {columns.map((c) => (
              <th scope="col" key={c} title={columnLabel(c, lang, true)}>
                {columnLabel(c, lang)}
              </th>
            ))}
            <th scope="col">{w.source}</th>
            <th scope="col">{w.verification}</th>
          </tr>
        </thead>
        {set.criteria.map((criterion) => (
          <tbody key={criterion.id}>
            <tr class="criterion-row">
              <th scope="rowgroup" colSpan={width} id={`criterion-${criterion.id}`}>
                {criterion.number !== null ? `${criterion.number}. ` : ''}
                {local(criterion.name, lang)}
                {criterion.group ? <span class="group"> — {local(criterion.group, lang)}</span> : null}
              </th>
            </tr>
            {criterion.indicators.length === 0 ? (
              <tr>
                <td colSpan={width} class="na">
                  {criterion.incompleteIndicators ? local(criterion.incompleteIndicators, lang) : w.noIndicators}
                </td>
              </tr>
            ) : null}
            {criterion.indicators.map((indicator) => (
              <tr key={indicator.code} data-code={indicator.code}>
                <th scope="row" class="code">
                  {indicator.code}
                </th>
                <td class="text">{local(indicator.text, lang)}</td>
                {columns.map((c) => (
                  <Cell key={c} indicator={indicator} column={c} lang={lang} />
                ))}
                <td class="source">{sourceText(set, indicator)}</td>
                <td class="verification">{local(VERIFICATION_LABELS[indicator.textStatus], lang)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}

/** The changes from the previous version, behind one button. */
export function DiffPanel({ set, lang }: { set: CriteriaSet; lang: Lang }) {
  const w = WORDS[lang];
  const [open, setOpen] = useState(false);
  const previous = previousVersion(set);
  if (!previous) return <p class="muted">{w.noPrevious}</p>;
  const changes = open ? diff(previous, set) : null;
  return (
    <section class="diff" aria-labelledby="diff-title">
      <button type="button" aria-expanded={open} aria-controls="diff-body" onClick={() => setOpen(!open)}>
        {open ? w.hideDiff : w.showDiff} ({previous.version})
      </button>
      {changes ? (
        <div id="diff-body" data-testid="diff">
          <h3 id="diff-title">{w.diffTitle(previous.version, set.version)}</h3>
          <ul>
            {changes.summary.map((line, i) => (
              <li key={i}>{formatMessage(line, lang)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <h3 id="diff-title" class="visually-hidden">
          {w.showDiff}
        </h3>
      )}
    </section>
  );
}

/** The conditions of a set (recognition, procedure), listed under its table. */
export function ConditionList({ set, lang }: { set: CriteriaSet; lang: Lang }) {
  if (set.conditions.length === 0) return null;
  return (
    <section aria-labelledby="conditions-title">
      <h3 id="conditions-title">{WORDS[lang].conditions}</h3>
      <ul class="conditions">
        {set.conditions.map((c) => (
          <li key={c.id}>
            <span
              class="mark"
              role="img"
              aria-label={local(VERIFICATION_LABELS[c.status], lang)}
              title={local(VERIFICATION_LABELS[c.status], lang)}
            >
              {c.status === 'verified' ? '✓' : '?'}
            </span>{' '}
            {local(c.text, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}
