// Golden cases of the values of ../shared/reference/hunt-2026-12-01.md as the rules apply them
// (issue 13): for each applied value a commune at, just above and just below it, under the right
// column and year; for each value kept as a province's candidate, the same communes left
// undecided with the candidate shown, never judged against it. Named after the hunt rows.
import { describe, expect, it } from 'vitest';
import {
  checkCriteriaSet,
  commune1980,
  commune318,
  commune318Amended211,
  commune51,
  communeAdvanced318,
  communeAdvanced318Amended211,
  communeModel319,
  communeModel691,
  criteriaSetInForce,
  evaluate,
  findIndicator,
  getCriteriaSet,
  REGION_IDS,
  safeEvaluate,
  tuyenQuangCommuneModel,
  type CriteriaSet,
  type EvaluationResult,
} from '../../src/index.js';
import { DECREES } from '../../rules/decrees.js';
import { SOURCES } from '../../rules/sources.js';

const at = (r: EvaluationResult, code: string) => findIndicator(r, code)!;
const noteOf = (set: CriteriaSet, code: string) => findIndicator(set, code)!.note?.en;
const statuses = (run: (value: number) => EvaluationResult, code: string, values: readonly number[]) =>
  values.map((v) => at(run(v), code).status);

describe('V3: 318 Annex II 17.x, ≥55% piped water, one national value for every region (H1, S06)', () => {
  it.each(REGION_IDS)('%s: 55 and 55.1 met, 54.9 not met (2023, and 2024 under 211)', (region) => {
    for (const [set, year] of [
      [communeAdvanced318, 2023],
      [communeAdvanced318Amended211, 2024],
    ] as const) {
      const run = (v: number) => evaluate(set, { region, year, values: { '17.x': v } });
      expect(statuses(run, '17.x', [55, 55.1, 54.9])).toEqual(['met', 'met', 'not-met']);
      expect(at(run(55), '17.x')).toMatchObject({ target: 55, targetStatus: 'verified' });
    }
  });

  it('the note gives the reason for one value in every column', () => {
    expect(communeAdvanced318.criteria[16]!.indicators[0]!.note?.en).toMatch(/keeps the regional range of the ordinary commune set/);
  });
});

describe('V1, V2: 318 Annex I 17.1 (45%) and 17.x (20%), national but naming no column: notes only', () => {
  it.each(REGION_IDS.filter((r) => r !== 'southeast'))('%s: 45% / 20% are not targets', (region) => {
    const r = evaluate(commune318, { region, year: 2023, values: { '17.1': 45, '17.x': 20 } });
    expect(at(r, '17.1')).toMatchObject({ status: 'unknown-target', target: null });
    expect(at(r, '17.x')).toMatchObject({ status: 'unknown-target', target: null });
  });

  it('the notes cite H1', () => {
    expect(noteOf(commune318, '17.1')).toMatch(/từ 45% trở lên.*H1/);
    expect(noteOf(commune318, '17.x')).toMatch(/≥20%.*H1/);
  });
});

describe("Đồng Nai's water roadmap (RG_DONGNAI): values of 2024 and 2025, candidates noted with their year, never targets", () => {
  it.each([
    ['17.1', [84.5, 85]],
    ['17.x', [40, 45]],
  ] as const)('%s: in every year the ĐNB cell is undecided, its candidates %j noted 2024 and 2025', (code, values) => {
    for (const year of [2023, 2024, 2025, 2026]) {
      for (const v of [...values, values[1] + 0.1, values[0] - 0.1]) {
        const r = at(evaluate(commune318, { region: 'southeast', year, values: { [code]: v } }), code);
        expect(r.status).toBe('unknown-target');
        expect(r.candidates?.map((c) => [c.value, c.note?.en])).toEqual([
          [values[0], 'For 2024.'],
          [values[1], 'For 2025.'],
        ]);
      }
    }
  });
});

describe("V4–V9: Bình Phước's own values (QĐ 1360/QĐ-UBND, H2) are candidates, never national targets", () => {
  const disadvantaged = (year: number, values: Record<string, number>) =>
    evaluate(commune318, { province: 'binh-phuoc', communeCategories: ['extremely-disadvantaged'], year, values });

  it.each([
    ['2.2', 80],
    ['2.3', 50],
    ['2.4', 70],
  ] as const)('%s: an especially disadvantaged commune (TDMNPB column) at, above and below %d stays undecided', (code, value) => {
    for (const v of [value, value + 0.1, value - 0.1]) {
      const r = at(disadvantaged(2023, { [code]: v }), code);
      expect(r).toMatchObject({ status: 'unknown-target', target: null });
      expect(r.candidates).toEqual([expect.objectContaining({ value, province: 'Bình Phước' })]);
    }
  });

  it('2.1: an ordinary Bình Phước commune (ĐNB) at, above and below 100 stays undecided, candidate 100', () => {
    for (const v of [100, 99.9]) {
      const r = at(evaluate(commune318, { province: 'binh-phuoc', year: 2023, values: { '2.1': v } }), '2.1');
      expect(r).toMatchObject({ status: 'unknown-target', candidates: [expect.objectContaining({ value: 100, province: 'Bình Phước' })] });
    }
  });

  it('V8: income 39 is a candidate noted as of 2022, never a target (2021, 2022, 2023)', () => {
    for (const year of [2021, 2022, 2023]) {
      for (const v of [39, 39.1, 38.9]) {
        expect(at(disadvantaged(year, { '10': v }), '10')).toMatchObject({
          status: 'unknown-target',
          candidates: [
            expect.objectContaining({ value: 39, note: expect.objectContaining({ en: expect.stringMatching(/^For 2022 only/) }) }),
          ],
        });
      }
    }
  });

  it('V9: the cut "VND 59" of 2022 is no candidate, only a note', () => {
    const r = at(evaluate(commune318, { province: 'binh-phuoc', year: 2022, values: { '10': 59 } }), '10');
    expect(r.status).toBe('unknown-target');
    expect(r.candidates).toBeUndefined();
    const cell = findIndicator(commune318 as CriteriaSet, '10')!.targets.southeast as { note?: { en: string } };
    expect(cell.note?.en).toMatch(/VND 59/);
  });
});

describe('V10–V12: Đồng Nai environment values (RG_DONGNAI)', () => {
  it('17.2: 100 is a candidate of the ĐNB column, never a target', () => {
    for (const v of [100, 99.9]) {
      expect(at(evaluate(commune318, { province: 'dong-nai', year: 2024, values: { '17.2': v } }), '17.2')).toMatchObject({
        status: 'unknown-target',
        candidates: [expect.objectContaining({ value: 100, province: 'Đồng Nai' })],
      });
    }
  });

  it('17.5 keeps its flag; its note gives the numeric parts', () => {
    expect(noteOf(commune318, '17.5')).toMatch(/Đồng Nai.*100%.*pesticide packaging.*100%/);
  });
});

describe("P1: Thái Bình's advanced-commune income (H10): 64 (2022) and 68 (2023), candidates noted with their year", () => {
  it.each([2021, 2022, 2023, 2024])('%d: a Thái Bình commune at, above and below each value stays undecided', (year) => {
    for (const v of [64, 64.1, 63.9, 68, 68.1, 67.9]) {
      const r = at(evaluate(communeAdvanced318, { province: 'thai-binh', year, values: { '10': v } }), '10');
      expect(r.status).toBe('unknown-target');
      expect(r.candidates?.map((c) => [c.value, c.note?.en])).toEqual([
        [64, 'For 2022.'],
        [68, 'For 2023.'],
      ]);
    }
  });

  it('other regions have no Thái Bình candidate', () => {
    expect(at(evaluate(communeAdvanced318, { region: 'southeast', year: 2022, values: { '10': 64 } }), '10').candidates).toBeUndefined();
  });
});

describe('P3: advanced-commune health indicators (H11), stated without a region: candidates in every column', () => {
  it.each([
    ['14.x2', 90],
    ['14.x3', 40],
    ['14.x4', 70],
  ] as const)('%s: %d is a candidate, not a target', (code, value) => {
    for (const region of REGION_IDS) {
      const r = at(evaluate(communeAdvanced318, { region, year: 2023, values: { [code]: value } }), code);
      expect(r).toMatchObject({ status: 'unknown-target', candidates: [expect.objectContaining({ value })] });
    }
  });
});

describe('P4, P5: 1980/QĐ-TTg as applied in provinces', () => {
  it('P4: 16 in Quảng Nam (DHNTB): 70 is a candidate, the commune at, above and below it undecided', () => {
    for (const v of [70, 70.1, 69.9]) {
      expect(at(evaluate(commune1980, { province: 'quang-nam', year: 2019, values: { '16': v } }), '16')).toMatchObject({
        status: 'unknown-target',
        candidates: [expect.objectContaining({ value: 70, province: 'Quảng Nam' })],
      });
    }
  });

  it('P5: the derived 34.93 of ĐBSCL 2017 is only a lead in the note; 2017 stays unknown', () => {
    expect(noteOf(commune1980, '10')).toMatch(/34\.93.*H13/);
    const r = at(evaluate(commune1980, { region: 'mekong-delta', year: 2017, values: { '10': 35 } }), '10');
    expect(r).toMatchObject({ status: 'unknown-target', candidates: [expect.objectContaining({ value: 50 })] });
  });
});

describe("319/QĐ-TTg KM.2 'at the same time': the reference is of the assessment year; the factor holds in every year of the set", () => {
  const km2 = (year: number, value: number) =>
    safeEvaluate(communeModel319, { year, values: { 'KM.2': value }, references: { advancedCommuneIncomeTarget: 64 } });

  it.each([2021, 2025, 2026])('%d: 1.1 × 64 = 70.4; 70.4 and 70.41 met, 70.39 not met', (year) => {
    expect([70.4, 70.41, 70.39].map((v) => at(km2(year, v).result, 'KM.2').status)).toEqual(['met', 'met', 'not-met']);
  });

  it('2020 is before the set: the year is refused', () => {
    expect(km2(2020, 80).issues.map((i) => i.code)).toContain('year-outside-period');
  });

  it('the reference is declared as the level of the assessment year', () => {
    expect(communeModel319.references?.advancedCommuneIncomeTarget?.text.en).toMatch(/the assessment year/);
  });

  it("P2: Thái Bình's own model-commune level (71 in 2022) is above 1.1 × 64; the note says so", () => {
    expect(noteOf(communeModel319, 'KM.2')).toMatch(/2022 ≥71 and 2023 ≥75.*70\.4/);
    expect(at(km2(2022, 70.5).result, 'KM.2').status).toBe('met');
  });
});

describe('691/QĐ-TTg 1.2 (1.5 × the income at NTM recognition) is stated for the whole period: no year binds it', () => {
  it.each([undefined, 2018, 2020, 2022])('year %s: 67.5 met, 67.6 met, 67.4 not met (reference 45)', (year) => {
    const run = (v: number) =>
      evaluate(communeModel691, { ...(year ? { year } : {}), values: { '1.2': v }, references: { incomeAtRecognition: 45 } });
    expect(statuses(run, '1.2', [67.5, 67.6, 67.4])).toEqual(['met', 'met', 'not-met']);
  });

  it('its note says why', () => {
    expect(noteOf(communeModel691, '1.2')).toMatch(/not for a year/);
  });
});

describe('P6, N1–N7: facts in notes, rules and documents', () => {
  it('P6: poverty (11) counts poor and near-poor households', () => {
    expect(noteOf(commune318, '11')).toMatch(/poor and near-poor.*H14/);
  });

  it('N2: Annex I has 57 indicators and 15 changed criteria', () => {
    expect(commune318.notes![0]!.en).toMatch(/57 indicators .*15 criteria changed/);
  });

  it('N3: the model-commune set has 4 criteria, its 4 conditions here', () => {
    expect(communeModel319.notes?.map((n) => n.en)).toContain(
      'The model-commune set has 4 criteria, the 4 conditions KM.1–KM.4 here [verified in a public text: H3].',
    );
    expect(communeModel319.criteria.flatMap((c) => c.indicators)).toHaveLength(4);
  });

  it('N4, N7: 51/2025 overview and the Điện Biên mergers are notes', () => {
    expect(commune51.notes!.some((n) => /digital infrastructure.*H3/.test(n.en))).toBe(true);
    expect(commune51.notes!.some((n) => /115 communes into 42.*H9/.test(n.en))).toBe(true);
  });

  it('N5: group 3 rests on 272/2025/NĐ-CP (16/10/2025, in force 01/12/2025)', () => {
    expect(DECREES['272/2025/NĐ-CP']).toMatchObject({ signed: '2025-10-16', inForce: '2025-12-01' });
    expect(commune51.columnRules.find((r) => r.id === 'commune-2026-2030.r3')).toMatchObject({
      status: 'verified',
      sources: expect.arrayContaining(['H5', 'H6']),
    });
  });

  it("N6: Quảng Bình's 1271/QĐ-UBND is a provincial note on the amended commune sets, not a column rule", () => {
    for (const set of [commune318Amended211, communeAdvanced318Amended211]) {
      expect(set.notes!.some((n) => /1271\/QĐ-UBND.*seen only in a province's text: H7/.test(n.en))).toBe(true);
      expect(set.columnRules.map((r) => r.id)).not.toContain('1271');
    }
  });

  it('every new source is in SOURCES once, with its address; every new document in DECREES once', () => {
    const ids = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7', 'H8', 'H9', 'H10', 'H11', 'H12', 'H13', 'H14'] as const;
    for (const id of ids) expect(SOURCES[id].url).toMatch(/^https?:\/\//);
    expect(new Set(ids.map((id) => SOURCES[id].url)).size).toBe(ids.length);
    for (const d of [
      '272/2025/NĐ-CP',
      '1360/QĐ-UBND (Bình Phước)',
      '1271/QĐ-UBND (Quảng Bình)',
      'Tuyên Quang: xã NTM kiểu mẫu 2021–2025 (số chưa tìm thấy)',
    ] as const) {
      expect(DECREES[d].sources?.length).toBeGreaterThan(0);
    }
  });
});

describe('V13–V18: Tuyên Quang model-commune set 2021–2025 (H8), provincial', () => {
  const set: CriteriaSet = tuyenQuangCommuneModel;
  const run = (values: Record<string, number | boolean>) => evaluate(tuyenQuangCommuneModel, { year: 2023, values });

  it('is a sound provincial set, registered, and never chosen by date (its date is not known)', () => {
    expect(checkCriteriaSet(set)).toEqual([]);
    expect(getCriteriaSet('tuyenquang-commune-model-2021-2025')).toBe(set);
    expect(set.province).toBe('tuyen-quang');
    expect(set.legalBasis[0]!.document).toBe('Tuyên Quang: xã NTM kiểu mẫu 2021–2025 (số chưa tìm thấy)');
    expect(criteriaSetInForce({ level: 'commune-model', on: '2023-06-01', province: 'tuyen-quang' }).id).toBe('commune-model-2021-2025');
  });

  it.each([
    ['x3', 90],
    ['x4', 100],
    ['x6', 50],
    ['x7', 100],
    ['x10', 30],
    ['x14', 100],
  ] as const)('%s: at %d met, just above met, just below not met', (code, value) => {
    const up = Math.min(value + 0.1, 100);
    expect(statuses((v) => run({ [code]: v }), code, [value, up, value - 0.1])).toEqual(['met', 'met', 'not-met']);
  });

  it('x2: no multidimensionally poor household (0 met, 1 not met)', () => {
    expect(statuses((v) => run({ x2: v }), 'x2', [0, 1])).toEqual(['met', 'not-met']);
  });

  it('x9, x13: at least one model, one smart hamlet (1 and 2 met, 0 not met); x8 a flag', () => {
    for (const code of ['x9', 'x13'] as const)
      expect(statuses((v) => run({ [code]: v }), code, [1, 2, 0])).toEqual(['met', 'met', 'not-met']);
    expect([true, false].map((v) => at(run({ x8: v }), 'x8').status)).toEqual(['met', 'not-met']);
  });

  it.each([
    ['x1', 1.1],
    ['x5', 80],
    ['x11', 90],
    ['x12', 1],
  ] as const)("%s: stated as 'over' %d, kept as a candidate, never a target", (code, value) => {
    for (const v of [value, value + 1, code === 'x12' ? 0 : value - 0.1]) {
      expect(at(run({ [code]: v }), code)).toMatchObject({
        status: 'unknown-target',
        candidates: [expect.objectContaining({ value, province: 'Tuyên Quang' })],
      });
    }
  });

  it('the province may supply such a value (an override), and the list stays incomplete: never met on the known rows alone', () => {
    const r = evaluate(tuyenQuangCommuneModel, {
      year: 2023,
      values: { x5: 80 },
      overrides: { x5: { value: 80, by: 'Test data: UBND tỉnh Tuyên Quang' } },
    });
    expect(at(r, 'x5')).toMatchObject({ status: 'met', target: 80 });
    expect(set.criteria[0]!.incompleteIndicators?.en).toMatch(/cut/);
    const all = evaluate(tuyenQuangCommuneModel, {
      year: 2023,
      values: { x1: 80, x2: 0, x3: 100, x4: 100, x5: 100, x6: 100, x7: 100, x8: true, x9: 1, x10: 100, x11: 100, x12: 3, x13: 1, x14: 100 },
    });
    expect(all.status).not.toBe('met');
  });
});
