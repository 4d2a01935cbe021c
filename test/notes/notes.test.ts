// Every note an auditor reads (issue 11.5) exists in Vietnamese and English: the shipped sets
// (from the manifest) carry both, the schema and checkCriteriaSet refuse a note missing one, a
// province's table may write its notes in Vietnamese only, and the docs show both languages.
import { describe, expect, it } from 'vitest';
import * as MANIFEST from '../../rules/manifest.js';
import { criteriaPage } from '../../scripts/docs/criteria-page.js';
import {
  applyTable,
  checkCriteriaSet,
  commune318,
  commune51,
  criteriaSetSchema,
  criteriaTable,
  type CriteriaSet,
} from '../../src/index.js';
import type { LocalizedText } from '../../src/model/text.js';

const SETS = Object.values(MANIFEST) as CriteriaSet[];

/** Every note of a set with where it is: `note` of any object inside it, and each of `notes`. */
function notesOf(set: CriteriaSet): { path: string; note: unknown }[] {
  const found: { path: string; note: unknown }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, `${path}.${i}`);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'note' && v !== undefined) found.push({ path: `${path}.note`, note: v });
        else if (key === 'notes' && Array.isArray(v)) {
          for (const [i, n] of v.entries()) found.push({ path: `${path}.notes.${i}`, note: n });
        } else visit(v, `${path}.${key}`);
      }
    }
  };
  visit(set, set.id);
  return found;
}

// English words that have no place in a Vietnamese note. Codes (17.1a, S_MT, period.from,
// commune-2016-2020, allIndicatorsMet) are not words and are skipped.
const ENGLISH = new Set(
  'the and of or not seen verified found recalled text value values region regions column columns set sets indicator indicators criterion criteria source sources province provincial note check share with from for is are only wording target targets commune communes district guidance reference split same cell rule flag national general inferred unknown cut'.split(
    ' ',
  ),
);
function englishWords(vi: string): string[] {
  return (vi.match(/[A-Za-z][A-Za-z0-9_.-]*/g) ?? []).filter((w) => !/[0-9_.-]|[a-z][A-Z]/.test(w) && ENGLISH.has(w.toLowerCase()));
}

describe('every note of every shipped set is in Vietnamese and English', () => {
  const all = SETS.flatMap((set) => notesOf(set).map((n) => ({ set: set.id, ...n })));

  it('finds the notes (the sets carry hundreds of them)', () => {
    expect(SETS.length).toBeGreaterThanOrEqual(20);
    expect(all.length).toBeGreaterThan(300);
  });

  it.each(SETS.map((s) => [s.id, s] as const))('%s: each note has a non-empty vi and en, and the two differ', (_id, set) => {
    const bad = notesOf(set).filter(({ note }) => {
      const n = note as Partial<LocalizedText>;
      return (
        typeof note !== 'object' ||
        typeof n.vi !== 'string' ||
        typeof n.en !== 'string' ||
        n.vi.trim() === '' ||
        n.en.trim() === '' ||
        n.vi === n.en
      );
    });
    expect(bad.map((b) => b.path)).toEqual([]);
  });

  it.each(SETS.map((s) => [s.id, s] as const))('%s: the Vietnamese of a note has no English words', (_id, set) => {
    const bad = notesOf(set).flatMap(({ path, note }) => {
      const words = englishWords((note as LocalizedText).vi);
      return words.length > 0 ? [`${path}: ${words.join(', ')}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('uses the legend in Vietnamese: a verified source tag in English has its Vietnamese counterpart', () => {
    for (const { path, note } of all) {
      const { vi, en } = note as LocalizedText;
      const count = (text: string, tag: string) => text.split(tag).length - 1;
      expect(count(vi, '[đã kiểm chứng trong văn bản công khai'), path).toBe(count(en, '[verified in a public text'));
      expect(count(vi, '[chỉ thấy ở văn bản của tỉnh'), path).toBe(count(en, "[seen only in a province's text"));
    }
  });

  it('the word check itself catches English', () => {
    expect(englishWords('Wording not seen in a text')).toEqual(['Wording', 'not', 'seen', 'text']);
    expect(englishWords('Chưa tìm thấy ngày hiệu lực; period.from lấy ngày ký (S_MT, 17.1a).')).toEqual([]);
  });
});

describe('a note missing a language is refused', () => {
  const indicatorNote = (set: CriteriaSet, note: unknown): CriteriaSet => {
    const [first, ...rest] = set.criteria;
    const [indicator, ...others] = first!.indicators;
    return { ...set, criteria: [{ ...first!, indicators: [{ ...indicator!, note } as never, ...others] }, ...rest] };
  };

  it('by the set schema: a bare string, a note without en, an empty vi', () => {
    expect(criteriaSetSchema().safeParse(commune318).success).toBe(true);
    for (const note of ['Wording not seen in a text.', { vi: 'Câu chữ chưa thấy trong văn bản.' }, { vi: '', en: 'Wording not seen.' }]) {
      expect(criteriaSetSchema().safeParse(indicatorNote(commune318, note)).success, JSON.stringify(note)).toBe(false);
    }
    expect(criteriaSetSchema().safeParse({ ...commune318, notes: ['Signed 08/03/2022.'] }).success).toBe(false);
  });

  it('by checkCriteriaSet, with the path and a vi/en message', () => {
    expect(checkCriteriaSet(commune318)).toEqual([]);
    const [issue] = checkCriteriaSet(indicatorNote(commune318, { vi: 'Câu chữ chưa thấy trong văn bản.' }));
    expect(issue).toMatchObject({ code: 'note-language', path: ['criteria', 0, 'indicators', 0, 'note'], received: 'missing en' });
    expect(issue!.message.vi).toMatch(/phải có cả tiếng Việt và tiếng Anh/);
    expect(issue!.message.en).toMatch(/must be given in Vietnamese and English/);

    const bare = checkCriteriaSet({ ...commune51, notes: [...commune51.notes!, 'In force 15/02/2026.' as never] });
    expect(bare).toHaveLength(1);
    expect(bare[0]).toMatchObject({ code: 'note-language', path: ['notes', commune51.notes!.length], received: '"In force 15/02/2026."' });

    const target = commune318.criteria[0]!.indicators[0]!.targets.all as object;
    const inCell = {
      ...commune318,
      criteria: [
        {
          ...commune318.criteria[0]!,
          indicators: [{ ...commune318.criteria[0]!.indicators[0]!, targets: { all: { ...target, note: { en: 'Recalled.' } } } }],
        },
      ],
    } as never;
    expect(checkCriteriaSet(inCell).map((i) => [i.code, i.path.join('.')])).toContainEqual([
      'note-language',
      'criteria.0.indicators.0.targets.all.note',
    ]);
  });
});

describe("a province's table writes its notes in Vietnamese; the set keeps both languages", () => {
  // TEST-ONLY table: the document and its note are made up, not the law of any province.
  const document = { number: 'TEST-ONLY/2026', signed: '2026-03-02', issuer: 'UBND thành phố Hà Nội (dữ liệu thử nghiệm)' } as const;

  it('the national notes go through criteriaTable and applyTable unchanged', () => {
    const table = criteriaTable(commune51);
    expect(table.rows.some((r) => r.note !== undefined && r.note.en !== undefined)).toBe(true);
    expect(applyTable(commune51, table).set).toEqual(commune51);
  });

  it('a Vietnamese-only note of a table is shown in place of the English, as any table text', () => {
    const table = {
      ...criteriaTable(commune51),
      id: 'test-only-ha-noi-commune-2026-2030',
      province: 'ha-noi',
      document,
      notes: [{ vi: 'Bảng thử nghiệm, không phải quy định của tỉnh nào.' }],
    };
    const { set, issues } = applyTable(commune51, table);
    expect(issues).toEqual([]);
    expect(set!.notes!.at(-1)).toEqual({
      vi: 'Bảng thử nghiệm, không phải quy định của tỉnh nào.',
      en: 'Bảng thử nghiệm, không phải quy định của tỉnh nào.',
    });
    expect(checkCriteriaSet(set!)).toEqual([]);
  });

  it('a note that is a bare string is refused by the table schema', () => {
    const table = { ...criteriaTable(commune51), notes: ['Ghi chú'] };
    const { set, issues } = applyTable(commune51, table as never);
    expect(set).toBeUndefined();
    expect(issues.map((i) => i.path?.join('.'))).toContain('notes.0');
  });
});

describe('the criteria pages show the Vietnamese note and the English note', () => {
  const page = criteriaPage(commune318, { changes: [] });

  it('each indicator note in both languages, labelled', () => {
    const indicator = commune318.criteria.flatMap((c) => c.indicators).find((i) => i.code === '3.1')!;
    expect(page).toContain(
      `Ghi chú: ${indicator.note!.vi.replace(/[[\]]/g, (c) => `\\${c}`)}<br>*Note: ${indicator.note!.en.replace(/[[\]]/g, (c) => `\\${c}`)}*`,
    );
  });

  it('the set notes in both languages', () => {
    const section = page.slice(page.indexOf('## Ghi chú / *Notes*'));
    expect(section).toContain('Phó Thủ tướng Thường trực Phạm Bình Minh ký ngày 08/03/2022');
    expect(section).toContain('Signed 08/03/2022 together with 319, 320, 321');
  });
});
