import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cellCounts, END, setsTable, START } from '../../scripts/sets-table.js';
import { commune1980, commune51, district320, listCriteriaSets } from '../../src/index.js';

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md'), 'utf8');

describe('README table of criteria sets', () => {
  it('matches the data (regenerate: npx tsx scripts/sets-table.ts --write)', () => {
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    expect(readme.slice(start + START.length, end).trim()).toBe(setsTable(listCriteriaSets()));
  });

  it('lists every registered set once', () => {
    const table = setsTable(listCriteriaSets());
    const ids = table
      .split('\n')
      .slice(2)
      .map((row) => /^\| `([^` ]+)/.exec(row)?.[1]);
    expect(ids).toEqual(listCriteriaSets().map((s) => s.id));
  });

  it('counts cells per column where an indicator applies', () => {
    // 1980: 50 indicators × 7 regions, 244 verified values (reference coverage table), of which
    // the 7 income cells are verified for 2020 only (unknown for 2016–2019), so 237 whole cells.
    expect(cellCounts(commune1980)).toEqual({ cells: 350, verified: 237 });
    // 51/2025: 6 indicators × 3 groups, and the 10 criteria whose lists are incomplete × 3 groups.
    expect(cellCounts(commune51)).toEqual({ cells: 48, verified: 0 });
  });

  it('counts a criterion whose list of indicators is unknown as unknown, not as verified', () => {
    // 320: 3 verified transport indicators; 8 criteria without indicators and an incomplete criterion 2.
    expect(district320.criteria.filter((c) => c.indicators.length === 0)).toHaveLength(8);
    expect(cellCounts(district320)).toEqual({ cells: 12, verified: 3 });
  });
});
