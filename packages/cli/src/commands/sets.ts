import { columnIdsOf, listCriteriaSets, registry, type CriteriaSet, type Target } from '@ntm/criteria';
import { dateFlag, langOf, levelFlag } from '../options.js';
import { tr } from '../lang.js';
import { LEVEL_SHORT } from '../unit-levels.js';
import type { Lang } from '../lang.js';

/** Flags of `ntm sets`. */
export interface SetsFlags {
  readonly on?: string;
  readonly level?: string;
  readonly json?: boolean;
  readonly lang?: string;
}

/**
 * How much of a set's targets the library knows: verified cells of all the cells its
 * indicators have in their columns.
 * @example
 * coverage(commune318); // { indicators: 56, cells: 390, verified: 133 }
 */
function coverage(set: CriteriaSet): { indicators: number; cells: number; verified: number } {
  let indicators = 0;
  let cells = 0;
  let verified = 0;
  for (const criterion of set.criteria) {
    for (const indicator of criterion.indicators) {
      indicators++;
      for (const column of columnIdsOf(set.columns)) {
        if (indicator.columns && !indicator.columns.includes(column)) continue;
        const cell = indicator.targets[column] ?? indicator.targets.all;
        if (cell === undefined) {
          cells++;
          continue;
        }
        const cases: readonly Target[] = Array.isArray(cell) ? cell : [cell as Target];
        cells++;
        if (cases.every((t) => t.status === 'verified')) verified++;
      }
    }
  }
  return { indicators, cells, verified };
}

/**
 * `ntm sets`: every set (or those in force on a date, for a level), with its decree, period,
 * criteria, indicators and how many of its targets are known.
 * @example
 * runSets({ on: '2024-06-30', level: 'commune' }); // prints the commune sets in force, marking the one that applies
 */
export function runSets(flags: SetsFlags): number {
  const lang: Lang = langOf(flags);
  const on = flags.on !== undefined ? dateFlag(flags.on, lang) : undefined;
  const level = flags.level !== undefined ? levelFlag(flags.level, lang) : undefined;
  const sets = listCriteriaSets().filter((s) => {
    if (level !== undefined && s.level !== level) return false;
    if (on === undefined) return true;
    const { from, to } = s.period;
    return from !== null && from <= on && (to === null || on <= to);
  });
  const applies = new Set<string>();
  if (on !== undefined) {
    for (const lvl of new Set(sets.map((s) => s.level))) {
      try {
        applies.add(registry.inForce({ level: lvl, on }).id);
      } catch {
        // No general set of that level in force (only scoped or provincial ones).
      }
    }
  }
  const rows = sets.map((s) => {
    const c = coverage(s);
    return {
      id: s.id,
      level: s.level,
      version: s.version,
      title: tr(s.title, lang),
      from: s.period.from,
      to: s.period.to,
      ...(s.province ? { province: s.province } : {}),
      ...(s.scope ? { scope: s.scope } : {}),
      criteria: s.criteria.length,
      indicators: c.indicators,
      knownTargets: c.verified,
      targetCells: c.cells,
      ...(on !== undefined ? { applies: applies.has(s.id) } : {}),
    };
  });
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const header = [
    { vi: 'Mã bộ', en: 'Set id' },
    { vi: 'Cấp', en: 'Level' },
    { vi: 'Văn bản', en: 'Document' },
    { vi: 'Hiệu lực', en: 'In force' },
    { vi: 'Tiêu chí', en: 'Criteria' },
    { vi: 'Chỉ tiêu', en: 'Indicators' },
    { vi: 'Mục tiêu đã biết', en: 'Known targets' },
  ].map((h) => tr(h, lang));
  const lines = rows.map((r) => [
    `${r.applies ? '* ' : ''}${r.id}`,
    tr(LEVEL_SHORT[r.level], lang),
    r.version,
    `${r.from ?? '?'} → ${r.to ?? '…'}`,
    String(r.criteria),
    String(r.indicators),
    r.targetCells === 0 ? '—' : `${r.knownTargets}/${r.targetCells}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const out = [header, ...lines].map((l) =>
    l
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  if (on !== undefined) out.push('', tr({ vi: `* bộ áp dụng ngày ${on}`, en: `* the set that applies on ${on}` }, lang));
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
