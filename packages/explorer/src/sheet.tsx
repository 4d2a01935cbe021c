// Evaluate a spreadsheet: drop (or choose) an XLSX/CSV of communes in the CLI's template, see
// every row's verdict and the bands, and download the report as XLSX.
import { formatMessage, type CriteriaSet } from '@ntm/criteria';
import { useState } from 'preact/hooks';
import { local, WORDS } from './i18n.js';
import { evaluateSheet, reportBook, type SheetEvaluation } from './sheet-report.js';
import type { PageState } from './state.js';

const STATUS_CLASS = { met: 'ok', 'not-met': 'bad', incomplete: 'gap' } as const;

/** Offers bytes as a file download. */
function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The spreadsheet view for one set. */
export function SheetView({ set, state }: { set: CriteriaSet; state: PageState }) {
  const lang = state.lang;
  const w = WORDS[lang];
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [over, setOver] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const take = async (f: File | undefined) => {
    if (!f) return;
    try {
      setFile({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
      setError(null);
    } catch (e) {
      setError(`${w.readError}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  // Evaluated on every render from the bytes: a change of set, date or language re-evaluates.
  const evaluation: SheetEvaluation | null = file ? evaluateSheet(set, file.name, file.bytes) : null;
  return (
    <div class="sheet">
      <p>{w.sheetIntro}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for a dragged file; the keyboard path is the file input inside it */}
      <div
        class={over ? 'drop over' : 'drop'}
        data-testid="drop-zone"
        onDragOver={(ev) => {
          ev.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(ev) => {
          ev.preventDefault();
          setOver(false);
          void take(ev.dataTransfer?.files[0]);
        }}
      >
        <p aria-hidden="true">{w.dropZone}</p>
        <label for="sheet-file">{w.chooseFile}</label>{' '}
        <input
          id="sheet-file"
          type="file"
          accept=".xlsx,.csv,.xls"
          onChange={(ev) => void take((ev.target as HTMLInputElement).files?.[0])}
        />
      </div>
      {error ? <p role="alert">{error}</p> : null}
      <p role="status" aria-live="polite" data-testid="sheet-status">
        {evaluation
          ? `${evaluation.fileName}: ${w.rows(evaluation.rows.length)} · ${w.meetingAll}: ${evaluation.summary.meetingAll} · ${local(set.title, lang)} (${set.version})`
          : ''}
      </p>
      {evaluation ? <SheetResults evaluation={evaluation} lang={lang} /> : null}
    </div>
  );
}

function SheetResults({ evaluation, lang }: { evaluation: SheetEvaluation; lang: PageState['lang'] }) {
  const w = WORDS[lang];
  return (
    <>
      <button
        type="button"
        onClick={() =>
          download(
            reportBook(evaluation, lang),
            `${evaluation.fileName.replace(/\.[^.]*$/, '')}-${lang === 'vi' ? 'bao-cao' : 'report'}.xlsx`,
          )
        }
      >
        {w.download}
      </button>
      <h3>{w.bands}</h3>
      <table class="plain" data-testid="bands">
        <thead>
          <tr>
            <th scope="col">{w.band}</th>
            <th scope="col">{w.count}</th>
          </tr>
        </thead>
        <tbody>
          {evaluation.summary.bins.map((b) => (
            <tr key={b.label.en}>
              <th scope="row">{b.label[lang]}</th>
              <td>{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {evaluation.sheetIssues.length ? (
        <div class="issues">
          <h3>{w.issues}</h3>
          <ul>
            {evaluation.sheetIssues.map((i, n) => (
              <li key={n}>
                <code>{i.cell}</code> {formatMessage(i, lang)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="table-frame">
        <table class="plain" data-testid="sheet-rows">
          <thead>
            <tr>
              <th scope="col">{w.rowId}</th>
              <th scope="col">{w.metCount}</th>
              <th scope="col">{w.results}</th>
              <th scope="col">{w.recognition}</th>
              <th scope="col">{w.planColumn}</th>
              <th scope="col">{w.issues}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.rows.map((r) => (
              <tr key={`${r.unit.sheet}-${r.unit.row}`} data-unit={r.unit.id}>
                <th scope="row">{r.unit.name ?? r.unit.id}</th>
                <td>
                  {r.result.metCount}/{r.result.total}
                </td>
                <td class={STATUS_CLASS[r.result.status]}>{w.verdict[r.result.status]}</td>
                <td>{w.verdict[r.result.recognition]}</td>
                <td class="plan-cell">
                  <div>{formatMessage(r.plan.message, lang)}</div>
                  <ul>
                    {r.plan.criteria
                      .flatMap((c) => c.gaps)
                      .map((g) => (
                        <li key={g.code}>{formatMessage(g.message, lang)}</li>
                      ))}
                  </ul>
                </td>
                <td>
                  {r.issues.map((i, n) => (
                    <div key={n}>
                      <code>{i.cell ?? i.issue.path.join('.')}</code> {formatMessage(i.issue, lang)}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
