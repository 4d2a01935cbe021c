import { commune318 } from '@ntm/criteria';
import { describe, expect, it } from 'vitest';
import { SHEET_EXPECTATIONS, type SheetExpectation } from '../src/expectation.js';
import { SHEET_ISSUE_CODES, type SheetIssueCode } from '../src/issue.js';
import { en } from '../src/locale/en.js';
import { vi } from '../src/locale/vi.js';
import { sheetExpected, sheetMessage, type MessageParams } from '../src/messages.js';
import { readUnits } from '../src/read-units.js';
import { readCriteriaTable } from '../src/table-sheet.js';

// English words that have leaked into Vietnamese messages before (or could): expected/received
// phrases and the nouns of a sheet. Ids (red-river-delta, group-1) and quoted cell text are data.
const ENGLISH = [
  'a',
  'an',
  'or',
  'and',
  'the',
  'of',
  'is',
  'not',
  'no',
  'yes',
  'as',
  'such',
  'one',
  'only',
  'both',
  'with',
  'from',
  'ratio',
  'percent',
  'number',
  'whole',
  'expected',
  'received',
  'cell',
  'row',
  'column',
  'header',
  'value',
  'code',
  'sheet',
  'file',
  'unit',
  'name',
  'id',
  'numerator',
  'denominator',
  'met',
  'unknown',
  'invalid',
  'cannot',
  'read',
  'text',
  'target',
  'indicator',
  'criterion',
  'region',
  'province',
  'year',
  'comparison',
  'none',
  'total',
  'data',
];
const ENGLISH_WORD = new RegExp(`(?<![\\p{L}\\d-])(${ENGLISH.join('|')})(?![\\p{L}\\d-])`, 'iu');
// Letters only Vietnamese uses (an English sentence may quote "Đạt" or "Vĩnh Phúc" as data).
const VIETNAMESE_LETTER = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/iu;

/** Quoted parts are what the sheet held or what to type: data, not the message's own words. */
const unquoted = (text: string) => text.replace(/"[^"]*"/g, '""');

// Sample params: Vietnamese cell text and ids, as real sheets have them.
const SAMPLE: MessageParams = { received: 'Đạ', indicator: '17.1', detail: '17.10', part: 'denominator' };
const DETAIL: Partial<Record<SheetIssueCode, string>> = {
  'unreadable-file': 'Corrupted zip: missing end of central directory',
  'no-sheet': '"Xã", "Hướng dẫn"',
  'ambiguous-code': '17.10',
  'missing-unit-id': 'Xã!7',
  'duplicate-unit-id': 'Hồ Sơn (Xã!8)',
  'unreadable-province': 'Vĩnh Phúc',
};
const paramsOf = (code: SheetIssueCode, expectation: SheetExpectation): MessageParams => ({
  ...SAMPLE,
  expectation,
  ...(DETAIL[code] !== undefined ? { detail: DETAIL[code] } : {}),
  ...(code === 'input-issue'
    ? {
        text: {
          vi: 'Tỷ lệ tại chỉ tiêu 17.1 phải từ 0 đến 100%, nhận được 120.',
          en: 'The share at 17.1 must be from 0 to 100%, received 120.',
        },
      }
    : {}),
});

describe('the locale files', () => {
  it('have every issue code and every expectation in both languages, and nothing else', () => {
    expect(Object.keys(vi.messages).sort()).toEqual([...SHEET_ISSUE_CODES].sort());
    expect(Object.keys(en.messages).sort()).toEqual([...SHEET_ISSUE_CODES].sort());
    expect(Object.keys(vi.expected).sort()).toEqual([...SHEET_EXPECTATIONS].sort());
    expect(Object.keys(en.expected).sort()).toEqual([...SHEET_EXPECTATIONS].sort());
  });

  it('word every message in Vietnamese without English, and in English without Vietnamese', () => {
    let rendered = 0;
    for (const code of SHEET_ISSUE_CODES) {
      for (const expectation of SHEET_EXPECTATIONS) {
        const message = sheetMessage(code, paramsOf(code, expectation));
        expect(message.vi, `${code} / ${expectation}`).not.toBe('');
        expect(message.en, `${code} / ${expectation}`).not.toBe('');
        expect(unquoted(message.vi), `${code} / ${expectation}: ${message.vi}`).not.toMatch(ENGLISH_WORD);
        // An English message may name a place ("did you mean Vĩnh Phúc?") only in quotes.
        expect(unquoted(message.en), `${code} / ${expectation}: ${message.en}`).not.toMatch(VIETNAMESE_LETTER);
        rendered++;
      }
    }
    expect(rendered).toBe(SHEET_ISSUE_CODES.length * SHEET_EXPECTATIONS.length);
  });

  it('word every expectation in both languages', () => {
    for (const expectation of SHEET_EXPECTATIONS) {
      const text = sheetExpected(expectation, { detail: '"Xã", "Hướng dẫn"' });
      expect(unquoted(text.vi), expectation).not.toMatch(ENGLISH_WORD);
      expect(unquoted(text.en), expectation).not.toMatch(VIETNAMESE_LETTER);
    }
  });

  it('word the forms and targets in each language only', () => {
    const texts = (lang: typeof vi) => [
      lang.form.wideTitle('X'),
      lang.form.longTitle('X'),
      ...Object.values(lang.form.labels),
      lang.form.yesNo,
      lang.form.instructionsTitle,
      ...Object.values(lang.form.instructions).flat(),
      ...Object.values(lang.target).map((t) => (typeof t === 'function' ? t(2024) : t)),
    ];
    for (const text of texts(vi)) expect(unquoted(text), text).not.toMatch(ENGLISH_WORD);
    for (const text of texts(en)) expect(unquoted(text), text).not.toMatch(VIETNAMESE_LETTER);
    expect(Object.keys(vi.form.labels).sort()).toEqual(Object.keys(en.form.labels).sort());
  });

  it('catch a leak: an English phrase in a Vietnamese message fails the check', () => {
    expect('Chỉ tiêu 17.1: cần a percent (97,5 or 97,5%) or a ratio').toMatch(ENGLISH_WORD);
    expect('Chỉ tiêu 17.1: chỉ có tử số / numerator của tỷ lệ').toMatch(ENGLISH_WORD);
    expect('Không nhận ra vùng "Delta" (cần mã như red-river-delta)').not.toMatch(ENGLISH_WORD);
  });
});

describe('issues read from real sheets', () => {
  it('carry Vietnamese text and what was expected in both languages', () => {
    const csv = [
      'Tên xã;Tỉnh;Năm;1.1;17.1 (tử số);2.1;securityComplexArea',
      'Hồ Sơn;Vĩnh Phúcc;20x4;Đạ;1.940;9x;Có lẽ',
      ';;;;;;',
      'Tổng cộng;;;;;;',
    ].join('\n');
    const { issues } = readUnits(csv, commune318, { format: 'csv' });
    expect(issues.length).toBeGreaterThan(4);
    const table = readCriteriaTable('Mã chỉ tiêu;Tiêu chí\n1.1;x', { format: 'csv' });
    const noHeader = readUnits('a;b\n1;2', commune318, { format: 'csv' });
    for (const issue of [...issues, ...table.issues, ...noHeader.issues]) {
      expect(unquoted(issue.message.vi), issue.message.vi).not.toMatch(ENGLISH_WORD);
      expect(unquoted(issue.expectedText.vi), issue.expectedText.vi).not.toMatch(ENGLISH_WORD);
      expect(issue.expected).toBe(issue.expectedText.en);
    }
    const fact = issues.find((i) => i.indicator === 'securityComplexArea');
    expect(fact?.message.vi).toContain('"Có" hoặc "Không"');
    const orphan = issues.find((i) => i.code === 'orphan-denominator');
    expect(orphan?.message.vi).toBe('Chỉ tiêu 17.1: chỉ có tử số của tỷ lệ; cần cả tử số và mẫu số');
  });
});
