// Issue 14: summariseResults on stored rows as a database or a spreadsheet may hold them.
// A row it cannot count is left out and reported; it is never mis-banded, and nothing throws.
import { describe, expect, it } from 'vitest';
import { MAX_CRITERIA_COUNT, summariseResults, type ReportRow } from '../../src/index.js';

const good = (metCount: number): ReportRow => ({
  id: `g${metCount}`,
  district: 'D',
  province: 'P',
  result: { metCount, total: 19, meetsAllCriteria: metCount === 19, recognisable: false },
});
const bad = (result: unknown): ReportRow => ({ id: 'bad', district: 'D', province: 'P', result: result as ReportRow['result'] });
const row = (metCount: unknown, total: unknown = 19) => bad({ metCount, total, meetsAllCriteria: false, recognisable: false });

describe('stored rows that cannot be counted are issues, never mis-banded', () => {
  it.each<[string, ReportRow, string, (string | number)[]]>([
    ['NaN criteria met', row(NaN), 'not-a-number', [1, 'result', 'metCount']],
    ['criteria met as text', row('17'), 'number-as-string', [1, 'result', 'metCount']],
    ['Infinity criteria met', row(Infinity), 'not-finite', [1, 'result', 'metCount']],
    ['a fraction of a criterion', row(2.5), 'not-integer', [1, 'result', 'metCount']],
    ['a negative count', row(-1), 'negative', [1, 'result', 'metCount']],
    ['more met than the total', row(25), 'out-of-range', [1, 'result', 'metCount']],
    ['a huge total', row(3, 1e12), 'out-of-range', [1, 'result', 'total']],
    ['an infinite total', row(3, Infinity), 'not-finite', [1, 'result', 'total']],
    [
      'a flag that is text',
      bad({ metCount: 19, total: 19, meetsAllCriteria: 'yes', recognisable: false }),
      'invalid-type',
      [1, 'result', 'meetsAllCriteria'],
    ],
    ['no result', bad(undefined), 'invalid-type', [1, 'result']],
    [
      'a result that throws when read',
      bad(
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('x');
            },
          },
        ),
      ),
      'unreadable',
      [1, 'result'],
    ],
  ])('%s', (_what, hostile, code, path) => {
    const report = summariseResults([good(19), hostile, good(3)]);
    expect(report.issues.map((i) => [i.code, i.path])).toContainEqual([code, path]);
    expect(report.units).toBe(2);
    expect(report.criteriaCount).toBe(19);
    expect(report.bins.map((b) => b.count)).toEqual([1, 0, 0, 0, 1]);
    expect(report.byDistrict[0]!.units).toBe(2);
    expect(Number.isFinite(report.averageCriteriaMet)).toBe(true);
  });

  it(`a criteria count option above ${MAX_CRITERIA_COUNT} or not whole is an issue, and the rows' own count is used`, () => {
    const report = summariseResults([good(19)], { criteriaCount: 1e9 });
    expect(report.issues[0]).toMatchObject({ code: 'out-of-range', path: ['criteriaCount'] });
    expect(report.criteriaCount).toBe(19);
  });

  it('rows that are not an array, or rows that are not objects, are issues', () => {
    expect(summariseResults(5 as never).issues[0]!.code).toBe('invalid-input');
    expect(summariseResults([null, 'x'] as never).issues.map((i) => i.path)).toEqual([[0], [1]]);
  });

  it('well-formed rows raise no issue', () => {
    expect(summariseResults([good(19), good(0)]).issues).toEqual([]);
  });
});
