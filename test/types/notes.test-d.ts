import { describe, expectTypeOf, it } from 'vitest';
import { regions, unverified, verified } from '../../rules/table.js';
import type { Condition, Indicator, Target, TargetCandidate } from '../../src/index.js';
import type { LocalizedText } from '../../src/model/text.js';

// A note is read by auditors in Vietnamese and English: a bare string does not compile.
describe('notes are { vi, en } texts at compile time', () => {
  it('types every note field as a localized text', () => {
    expectTypeOf<NonNullable<Indicator['note']>>().toEqualTypeOf<LocalizedText>();
    expectTypeOf<NonNullable<Target['note']>>().toEqualTypeOf<LocalizedText>();
    expectTypeOf<NonNullable<TargetCandidate['note']>>().toEqualTypeOf<LocalizedText>();
    expectTypeOf<NonNullable<Condition['note']>>().toEqualTypeOf<LocalizedText>();
  });

  it('refuses a bare string note in a rule file', () => {
    const head = { code: '1', measure: 'percent', op: '>=', textStatus: 'verified', text: { vi: 'Tỷ lệ', en: 'Share' } } as const;
    regions.row({ ...head, note: { vi: 'Câu chữ đã kiểm chứng.', en: 'Wording verified.' } }, { each: verified(95, ['S_MT']) });
    // @ts-expect-error an indicator note in English only
    regions.row({ ...head, note: 'Wording verified.' }, { each: verified(95, ['S_MT']) });
    // @ts-expect-error a cell note without its Vietnamese
    unverified('not-found', [], { note: { en: 'Regional value not found.' } });
    // @ts-expect-error a candidate note as a string
    unverified('conflict', ['S_YT'], { candidates: [{ value: 31.4, sources: ['S_YT'], note: 'TVPL Q&A' }] });
  });
});
