import { describe, expect, it } from 'vitest';
import {
  commune1980,
  commune318,
  commune318Amended211,
  commune51,
  diff,
  district320,
  district320Amended211,
  type CriteriaSet,
  type Target,
} from '../../src/index.js';
import { demoSet } from '../fixtures/demo-set.js';

const codes = (set: CriteriaSet) => set.criteria.flatMap((c) => c.indicators.map((i) => i.code));

describe('diff 1980/QĐ-TTg → 318/QĐ-TTg (communes)', () => {
  const d = diff(commune1980, commune318);

  it('names both versions', () => {
    expect(d.from).toEqual({ id: 'commune-2016-2020', version: '1980/QĐ-TTg' });
    expect(d.to).toEqual({ id: 'commune-2021-2025', version: '318/QĐ-TTg' });
  });

  it('lists the 19 criteria as kept, with renamed ones', () => {
    expect(d.criteria.added).toEqual([]);
    expect(d.criteria.removed).toEqual([]);
    const c3 = d.criteria.changed.find((c) => c.id === '3')!;
    expect(c3.fields).toContain('name');
    expect([c3.nameBefore.vi, c3.name.vi]).toEqual(['Thủy lợi', 'Thủy lợi và phòng, chống thiên tai']);
  });

  it('lists added and removed indicators', () => {
    expect(d.indicators.added.map((i) => i.code)).toEqual(expect.arrayContaining(['5a', '5b', '14.1a', '15.4', '17.9', '17.10']));
    expect(d.indicators.removed.map((i) => i.code)).toEqual(expect.arrayContaining(['5', '7.1', '17.1a', '17.1b']));
    for (const i of d.indicators.added) expect(codes(commune1980)).not.toContain(i.code);
  });

  it('gives the target before and after in every region, status changes included', () => {
    const income = d.indicators.changed.find((i) => i.code === '10')!;
    const tdmnpb = income.targets.find((t) => t.column === 'northern-midlands-mountains')!;
    // 1980's income is unknown before 2020 and 36 from 2020 (the year its source states).
    expect(tdmnpb.before).toEqual([
      { status: 'not-found', value: null, op: '>=', years: { to: 2019 } },
      { status: 'verified', value: 36, op: '>=', years: { from: 2020 } },
    ]);
    expect(tdmnpb.after![0]!.status).not.toBe('verified');
    expect(income.targets.map((t) => t.column)).toHaveLength(7);
  });

  it('summarises in Vietnamese and English', () => {
    expect(d.summary[0]!.vi).toMatch(
      /^1980\/QĐ-TTg \(commune-2016-2020\) → 318\/QĐ-TTg \(commune-2021-2025\): tiêu chí thêm 0, bỏ 0, sửa \d+; chỉ tiêu thêm \d+/,
    );
    const income = d.summary.find((l) => l.en.startsWith('Indicator 10:'))!;
    expect(income.en).toContain(
      'TDMNPB unknown (not-found) [–2019]; ≥ 36 [2020–] → unknown (provincial); ĐBSH unknown (not-found) [–2019]; ≥ 50 [2020–] → unknown (not-found)',
    );
    expect(income.vi).toContain('≥ 36 [2020–] → chưa biết (not-found)');
    expect(d.summary.some((l) => l.vi.startsWith('Thêm chỉ tiêu 5a'))).toBe(true);
    expect(d.summary.every((l) => l.vi.length > 0 && l.en.length > 0)).toBe(true);
  });
});

describe('diff 318/QĐ-TTg → 318/QĐ-TTg as amended by 211/QĐ-TTg', () => {
  const d = diff(commune318, commune318Amended211);

  it('no indicator value is known to change (NOT_FOUND in the reference)', () => {
    expect(d.criteria).toEqual({ added: [], removed: [], changed: [] });
    expect(d.indicators).toEqual({ added: [], removed: [], changed: [] });
  });

  it('the column rule is replaced, with its status and the amending decree', () => {
    expect(d.columnRules.added).toEqual([
      expect.objectContaining({ id: '211.special-column', status: 'recalled', amendedBy: '211/QĐ-TTg' }),
    ]);
    expect(d.columnRules.removed.map((r) => r.id)).toEqual(['318.art1']);
    expect(d.conditions.added.map((c) => [c.id, c.status])).toEqual([['211.amendedIndicators', 'not-found']]);
  });

  it('summary lines', () => {
    expect(d.summary.map((l) => l.en)).toEqual([
      '318/QĐ-TTg (commune-2021-2025) → 318/QĐ-TTg + 211/QĐ-TTg (commune-2021-2025+211): criteria added 0, removed 0, changed 0; indicators added 0, removed 0, changed 0.',
      'Added column rule 211.special-column (recalled, 211/QĐ-TTg)',
      'Removed column rule 318.art1 (verified)',
      'Added condition 211.amendedIndicators (not-found)',
    ]);
    expect(d.summary[1]!.vi).toBe('Thêm quy tắc chọn cột 211.special-column (recalled, 211/QĐ-TTg)');
  });

  it('the district version adds only the not-found condition', () => {
    const e = diff(district320, district320Amended211);
    expect([e.columnRules.added, e.columnRules.removed, e.indicators.changed]).toEqual([[], [], []]);
    expect(e.conditions.added.map((c) => c.id)).toEqual(['211.amendedIndicators']);
  });

  it('a set against itself has no change', () => {
    expect(diff(commune318, commune318).summary).toHaveLength(1);
  });
});

describe('diff matches by content, not by number: 318/QĐ-TTg + 211 → 51/2025/QĐ-TTg', () => {
  const d = diff(commune318Amended211, commune51);

  it('a criterion that only shares a number is not a change ("Thu nhập → Tiếp cận pháp luật" is gone)', () => {
    const names = d.criteria.changed.map((c) => `${c.nameBefore.vi} → ${c.name.vi}`);
    expect(names.some((n) => n.startsWith('Thu nhập →'))).toBe(false);
    expect(d.criteria.removed.map((c) => c.name.vi)).toContain('Thu nhập');
    expect(d.summary.some((l) => l.vi.includes('Thu nhập → Tiếp cận pháp luật'))).toBe(false);
  });

  it('poverty is not removed: indicator 11 reappears as 6.x1, its criterion 11 as criterion 6', () => {
    expect(d.indicators.removed.map((i) => i.code)).not.toContain('11');
    expect(d.indicators.added.map((i) => i.code)).not.toContain('6.x1');
    const poverty = d.indicators.changed.find((i) => i.code === '6.x1')!;
    expect(poverty).toMatchObject({ codeBefore: '11', criterionIdBefore: '11', criterionId: '6' });
    expect(poverty.fields).toContain('code');
    expect(poverty.fields).not.toContain('criterion');
    expect(d.criteria.changed.find((c) => c.id === '6')).toMatchObject({
      idBefore: '11',
      numberBefore: 11,
      nameBefore: { vi: 'Nghèo đa chiều' },
    });
    expect(d.summary.find((l) => l.en.startsWith('Indicator 11 → 6.x1:'))).toBeDefined();
  });

  it('clean water 17.1 → 8.x1; renamed and renumbered criteria read "old → new"', () => {
    expect(d.indicators.changed.find((i) => i.code === '8.x1')?.codeBefore).toBe('17.1');
    expect(d.criteria.changed.map((c) => `${c.idBefore}→${c.id}`)).toEqual(
      expect.arrayContaining(['1→1', '13→3', '11→6', '17→8', '19→10']),
    );
    expect(d.summary.some((l) => l.vi.startsWith('Sửa tiêu chí 13 → 3 ('))).toBe(true);
  });

  it('a set against a renumbered copy of itself has nothing added or removed', () => {
    const renumbered = {
      ...commune318,
      criteria: commune318.criteria.map((c, i) => ({
        ...c,
        id: `c${i}`,
        number: 100 + i,
        indicators: c.indicators.map((x) => ({ ...x, code: `n.${x.code}` })),
      })),
    } as CriteriaSet;
    const e = diff(commune318, renumbered);
    expect([e.criteria.added, e.criteria.removed, e.indicators.added, e.indicators.removed]).toEqual([[], [], [], []]);
    expect(e.indicators.changed.every((i) => i.fields.join() === 'code' && i.targets.length === 0)).toBe(true);
  });
});

describe('laws of diff', () => {
  const pairs: [CriteriaSet, CriteriaSet][] = [
    [commune1980, commune318],
    [commune318, commune318Amended211],
    [commune318Amended211, commune51],
    [district320, district320Amended211],
  ];

  it('diff(b, a) is diff(a, b) reversed', () => {
    for (const [a, b] of pairs) {
      const ab = diff(a, b);
      const ba = diff(b, a);
      const ids = (rs: readonly { id: string }[]) => rs.map((r) => r.id).sort();
      const codes = (rs: readonly { code: string }[]) => rs.map((r) => r.code).sort();
      expect(ids(ba.criteria.added)).toEqual(ids(ab.criteria.removed));
      expect(ids(ba.criteria.removed)).toEqual(ids(ab.criteria.added));
      expect(codes(ba.indicators.added)).toEqual(codes(ab.indicators.removed));
      expect(codes(ba.indicators.removed)).toEqual(codes(ab.indicators.added));
      expect(ids(ba.columnRules.added)).toEqual(ids(ab.columnRules.removed));
      expect(ids(ba.conditions.removed)).toEqual(ids(ab.conditions.added));

      const criteria = (x: typeof ab, reverse: boolean) =>
        x.criteria.changed
          .map(
            (c) =>
              `${(reverse ? [c.id, c.idBefore, c.name.vi, c.nameBefore.vi] : [c.idBefore, c.id, c.nameBefore.vi, c.name.vi]).join('|')}|${[...c.fields].sort()}`,
          )
          .sort();
      expect(criteria(ba, true)).toEqual(criteria(ab, false));

      const indicators = (x: typeof ab, reverse: boolean) =>
        x.indicators.changed
          .map((i) =>
            JSON.stringify({
              from: reverse ? i.code : i.codeBefore,
              to: reverse ? i.codeBefore : i.code,
              fields: [...i.fields].sort(),
              targets: i.targets.map((t) => ({
                column: t.column,
                before: reverse ? t.after : t.before,
                after: reverse ? t.before : t.after,
              })),
            }),
          )
          .sort();
      expect(indicators(ba, true)).toEqual(indicators(ab, false));
      expect(ba.summary[0]!.en).toContain(`${b.version} (${b.id}) → ${a.version} (${a.id})`);
    }
  });

  it('diff keeps year cases: a target bound to years is compared case by case, its years kept', () => {
    // Test data, not law: the demo set with its 2024–2025 income value raised from 50 to 52.
    const raised = {
      ...demoSet,
      criteria: demoSet.criteria.map((c) => ({
        ...c,
        indicators: c.indicators.map((i) =>
          i.code !== '3'
            ? i
            : {
                ...i,
                targets: { all: [(i.targets.all as readonly Target[])[0]!, { ...(i.targets.all as readonly Target[])[1]!, value: 52 }] },
              },
        ),
      })),
    } as CriteriaSet;
    const d = diff(demoSet, raised);
    expect(d.indicators.changed).toHaveLength(1);
    const income = d.indicators.changed[0]!;
    // The set has region columns; the income cell is the one for every column.
    expect(income.targets.map((t) => t.column)).toHaveLength(7);
    for (const t of income.targets) {
      expect([t.before, t.after]).toEqual([
        [
          { status: 'verified', value: 46, op: '>=', years: { to: 2023 } },
          { status: 'verified', value: 50, op: '>=', years: { from: 2024, to: 2025 } },
        ],
        [
          { status: 'verified', value: 46, op: '>=', years: { to: 2023 } },
          { status: 'verified', value: 52, op: '>=', years: { from: 2024, to: 2025 } },
        ],
      ]);
    }
    expect(d.summary.find((l) => l.en.startsWith('Indicator 3:'))!.en).toContain(
      '≥ 46 [–2023]; ≥ 50 [2024–2025] → ≥ 46 [–2023]; ≥ 52 [2024–2025]',
    );
    // Reversed, the year cases come back as they were.
    expect(diff(raised, demoSet).indicators.changed[0]!.targets[0]!.after).toEqual(income.targets[0]!.before);
  });
});
