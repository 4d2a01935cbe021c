// The page: a header with the language toggle, the set picker shared by every view, and the
// three views (browse, evaluate one unit, evaluate a spreadsheet). The state lives in the hash.
import { LEVEL_NAMES, LEVELS, PROVINCE_IDS, PROVINCES, type Level, type ProvinceId } from '@ntm/criteria';
import { useEffect, useState } from 'preact/hooks';
import { ConditionList, CriteriaTable, DiffPanel } from './browse.js';
import { Evaluate } from './evaluate.js';
import { local, WORDS, type Lang } from './i18n.js';
import { chooseSet, columnLabel, columnsOf, indicatorCount, setInForce, today, versionsOf } from './sets.js';
import { fromHash, initialState, toHash, type PageState, type Tab } from './state.js';
import { SheetView } from './sheet.js';
import { TablePicker, type LoadedTable } from './provincial-table.js';

const TABS: readonly Tab[] = ['browse', 'evaluate', 'sheet'];

function SetPicker({ state, update }: { state: PageState; update: (c: Partial<PageState>) => void }) {
  const w = WORDS[state.lang];
  const lang = state.lang;
  const inForce = setInForce(state.level, state.on, state.province);
  const versions = versionsOf(state.level, state.province);
  return (
    <fieldset class="picker" aria-label={w.version}>
      <div class="field">
        <label for="pick-date">{w.date}</label>
        <input
          id="pick-date"
          type="date"
          value={state.on}
          onChange={(ev) => {
            const on = (ev.target as HTMLInputElement).value;
            if (on) update({ on, setId: undefined });
          }}
        />
      </div>
      <div class="field">
        <label for="pick-level">{w.level}</label>
        <select
          id="pick-level"
          value={state.level}
          onChange={(ev) => update({ level: (ev.target as HTMLSelectElement).value as Level, setId: undefined })}
        >
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {local(LEVEL_NAMES[l], lang)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="pick-province">{w.province}</label>
        <select
          id="pick-province"
          value={state.province ?? ''}
          onChange={(ev) =>
            update({ province: ((ev.target as HTMLSelectElement).value || undefined) as ProvinceId | undefined, setId: undefined })
          }
        >
          <option value="">{w.noProvince}</option>
          {PROVINCE_IDS.map((p) => (
            <option key={p} value={p}>
              {PROVINCES[p].name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="pick-version">{w.version}</label>
        <select
          id="pick-version"
          value={state.setId ?? ''}
          onChange={(ev) => update({ setId: (ev.target as HTMLSelectElement).value || undefined })}
        >
          <option value="">
            {w.inForce}
            {inForce ? `: ${inForce.version}` : ''}
          </option>
          {versions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.version} — {local(s.title, lang)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

function ColumnPicker({
  state,
  update,
  columns,
}: {
  state: PageState;
  update: (c: Partial<PageState>) => void;
  columns: readonly string[];
}) {
  const w = WORDS[state.lang];
  if (columns.length < 2) return null;
  const groups = columns[0]!.startsWith('group-');
  const value = (groups ? state.group : state.region) ?? '';
  return (
    <div class="field">
      <label for="pick-column">{w.column}</label>
      <select
        id="pick-column"
        value={value}
        onChange={(ev) => {
          const v = (ev.target as HTMLSelectElement).value || undefined;
          update(groups ? { group: v as PageState['group'] } : { region: v as PageState['region'] });
        }}
      >
        <option value="">{w.allColumns}</option>
        {columns.map((c) => (
          <option key={c} value={c}>
            {columnLabel(c as never, state.lang, true)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The explorer. */
export function App() {
  const [state, setState] = useState<PageState>(() => fromHash(location.hash, initialState(today())));
  useEffect(() => {
    const onHash = () => setState((s) => (location.hash === toHash(s) ? s : fromHash(location.hash, s)));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    const hash = toHash(state);
    if (location.hash !== hash) history.replaceState(null, '', hash);
    document.documentElement.lang = state.lang;
    document.title = WORDS[state.lang].title;
  }, [state]);
  const update = (change: Partial<PageState>) => setState((s) => ({ ...s, ...change }));
  const w = WORDS[state.lang];
  const lang: Lang = state.lang;
  // A provincial table, once applied, stands in for the chosen set (files do not go in the hash).
  const [table, setTable] = useState<LoadedTable | null>(null);
  const chosen = chooseSet(state.level, state.on, state.province, state.setId);
  const set = table?.set ?? chosen;
  const onTabKey = (ev: KeyboardEvent, i: number) => {
    const next = ev.key === 'ArrowRight' ? (i + 1) % TABS.length : ev.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : -1;
    if (next < 0) return;
    ev.preventDefault();
    update({ tab: TABS[next]! });
    document.getElementById(`tab-${TABS[next]}`)?.focus();
  };
  return (
    <>
      <header class="top">
        <div>
          <h1>{w.title}</h1>
          <p class="muted">{w.subtitle}</p>
        </div>
        <button
          type="button"
          class="lang"
          lang={lang === 'vi' ? 'en' : 'vi'}
          aria-label={`${w.language}: ${w.otherLanguage}`}
          onClick={() => update({ lang: lang === 'vi' ? 'en' : 'vi' })}
        >
          {w.otherLanguage}
        </button>
      </header>
      <nav>
        <div role="tablist" aria-label={w.tabs} class="tabs">
          {TABS.map((t, i) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={`tab-${t}`}
              aria-selected={state.tab === t}
              aria-controls={`panel-${t}`}
              tabIndex={state.tab === t ? 0 : -1}
              onClick={() => update({ tab: t })}
              onKeyDown={(ev) => onTabKey(ev, i)}
            >
              {t === 'browse' ? w.tabBrowse : t === 'evaluate' ? w.tabEvaluate : w.tabSheet}
            </button>
          ))}
        </div>
      </nav>
      <main>
        <div class="toolbar">
          <SetPicker state={state} update={update} />
          <TablePicker table={table} chosen={chosen} lang={lang} onTable={setTable} />
        </div>
        {set === null ? (
          <p role="status">{w.noSetInForce}</p>
        ) : (
          <section role="tabpanel" id={`panel-${state.tab}`} aria-labelledby={`tab-${state.tab}`}>
            <h2 class="set-title" data-testid="set-title">
              {local(set.title, lang)} <span class="version">({set.version})</span>
            </h2>
            <p class="muted" data-testid="set-meta">
              {w.period}: {set.period.from ?? w.periodUnknown} → {set.period.to ?? w.periodUnknown} ·{' '}
              {w.criteriaCount(set.criteria.length, indicatorCount(set))} · {w.legalBasis}:{' '}
              {set.legalBasis.map((d) => d.document).join(', ')}
            </p>
            {state.tab === 'browse' ? (
              <>
                <ColumnPicker state={state} update={update} columns={columnsOf(set)} />
                <DiffPanel key={set.id} set={set} lang={lang} />
                <CriteriaTable
                  set={set}
                  lang={lang}
                  only={set.columns === 'groups' ? state.group : set.columns === 'regions' ? state.region : undefined}
                />
                <ConditionList set={set} lang={lang} />
              </>
            ) : state.tab === 'evaluate' ? (
              <Evaluate set={set} state={state} update={update} />
            ) : (
              <SheetView set={set} state={state} />
            )}
          </section>
        )}
      </main>
    </>
  );
}
