// A large JSON report is written in pieces, unit by unit: the pieces are exactly the one-line
// JSON of the whole report, whatever its units and the fields an aggregate adds.
import { getCriteriaSet } from '@ntm/criteria';
import type { UnitRow } from '@ntm/sheets';
import { describe, expect, it } from 'vitest';
import { reportJson, reportJsonPieces } from '../src/report/json.js';
import { evaluateUnits } from '../src/report/model.js';

const set = getCriteriaSet('commune-2021-2025+211');
const codes = set.criteria.flatMap((c) => c.indicators.map((i) => ({ code: i.code, measure: i.measure })));

/** 1,500 units with varied data (TEST-ONLY values, not a real commune's): ratios, flags, gaps, blanks, bad values. */
function units(count: number): UnitRow[] {
  return Array.from({ length: count }, (_, k): UnitRow => {
    const values: Record<string, unknown> = {};
    codes.forEach(({ code, measure }, j) => {
      const pick = (k * 7 + j * 13) % 11;
      if (pick === 0) return; // no data
      if (measure === 'flag') values[code] = pick % 3 !== 0;
      else if (measure === 'percent') values[code] = pick % 2 ? 90 + pick / 2 : { numerator: 1900 + pick * 9, denominator: 2000 };
      else values[code] = pick === 5 ? -1 : pick * 10.5;
    });
    return {
      id: `X${k}`,
      ...(k % 4 ? { name: `Xã "thử" ${k}\n${'Thôn'.repeat(k % 3)}` } : {}),
      sheet: 'Xã',
      row: k + 2,
      input: { province: 'vinh-phuc', year: 2024, values } as unknown as UnitRow['input'],
      cells: {},
    };
  });
}

describe('a JSON report written unit by unit', () => {
  const report = evaluateUnits(set, units(1500), [], {});

  it('is the one-line JSON of the whole report, piece by piece', () => {
    const pieces = [...reportJsonPieces(report, {})];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(`${JSON.stringify(reportJson(report))}\n`);
  });

  it("keeps an aggregate's fields first, even one holding the marker's own text", () => {
    const extra = { aggregate: { id: 'ntm-units', note: '"ntm-units"' }, levels: { 'ntm-units-0': [] } };
    expect([...reportJsonPieces(report, extra)].join('')).toBe(`${JSON.stringify({ ...extra, ...reportJson(report) })}\n`);
  });
});
