import { describe, expect, it } from 'vitest';
import { checkCriteriaSet, commune318, commune51, formatMessage, listCriteriaSets, type CriteriaSet } from '../../src/index.js';
import { checkCriteriaSet as fromEngine } from '../../src/engine.js';

/** A copy of a set with one indicator changed (the first one unless `code` is given). */
function withIndicator(
  set: CriteriaSet,
  change: (i: CriteriaSet['criteria'][number]['indicators'][number]) => object,
  code?: string,
): CriteriaSet {
  const target = code ?? set.criteria[0]!.indicators[0]!.code;
  return {
    ...set,
    criteria: set.criteria.map((c) => ({ ...c, indicators: c.indicators.map((i) => (i.code === target ? { ...i, ...change(i) } : i)) })),
  } as CriteriaSet;
}

describe('checkCriteriaSet', () => {
  it('is exported from the root and from /engine', () => {
    expect(fromEngine).toBe(checkCriteriaSet);
  });

  it.each(listCriteriaSets().map((s) => [s.id, s] as const))('%s is sound', (_id, set) => {
    expect(checkCriteriaSet(set)).toEqual([]);
  });

  it('refuses an unknown source id, with its path and a vi/en message', () => {
    const bad = withIndicator(
      commune318,
      () => ({ targets: { all: { status: 'not-found', value: null, op: '=', sources: ['S99'] } } }),
      '1.1',
    );
    const issues = checkCriteriaSet(bad);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'unknown-source',
      path: ['criteria', 0, 'indicators', 0, 'targets', 'all', 'sources', 0],
      expected: 'a key of set.sources',
      received: 'S99',
    });
    expect(formatMessage(issues[0]!, 'en')).toBe(
      'Source "S99" is cited at criteria.0.indicators.0.targets.all.sources.0 but is not in the set\'s sources.',
    );
    expect(formatMessage(issues[0]!, 'vi')).toBe(
      'Nguồn "S99" được dẫn tại criteria.0.indicators.0.targets.all.sources.0 nhưng không có trong danh sách nguồn của bộ.',
    );
  });

  it('refuses a duplicate indicator code', () => {
    const bad = withIndicator(commune318, () => ({ code: '1.1' }), '1.2');
    expect(checkCriteriaSet(bad)).toEqual([
      expect.objectContaining({ code: 'duplicate-code', path: ['criteria', 0, 'indicators', 1, 'code'], received: '1.1' }),
    ]);
  });

  it('refuses an indicator without a cell in a column where it applies', () => {
    const bad = withIndicator(
      commune51,
      (i) => ({ targets: { 'group-1': i.targets['group-1'], 'group-2': i.targets['group-2'] } }),
      '3.x1',
    );
    const issues = checkCriteriaSet(bad);
    expect(issues.map((x) => [x.code, x.path.at(-1), x.received])).toEqual([['missing-cell', 'group-3', 'nothing']]);
    expect(formatMessage(issues[0]!, 'vi')).toContain('Chỉ tiêu 3.x1 không có ô cho cột "group-3"');
  });

  it('refuses a cell in a column the set does not have', () => {
    const bad = withIndicator(commune51, (i) => ({ targets: { ...i.targets, 'red-river-delta': i.targets['group-1'] } }), '3.x1');
    expect(checkCriteriaSet(bad).map((x) => x.code)).toEqual(['unknown-column']);
  });

  it('refuses an amendedBy or a ref that names a document the legal basis lacks', () => {
    const amended = withIndicator(
      commune318,
      (i) => ({ targets: { all: { ...(i.targets.all as object), amendedBy: '999/QĐ-TTg' } } }),
      '1.1',
    );
    expect(checkCriteriaSet(amended)).toEqual([
      expect.objectContaining({ code: 'unknown-document', received: '999/QĐ-TTg', expected: 'an amendment of set.legalBasis' }),
    ]);
    const ref = withIndicator(commune318, () => ({ ref: { document: '319/QĐ-TTg' } }), '1.1');
    expect(checkCriteriaSet(ref).map((x) => [x.code, x.received])).toEqual([['unknown-document', '319/QĐ-TTg']]);
  });

  it('refuses an undeclared fact and a relative target without its reference value', () => {
    const fact = withIndicator(commune318, () => ({ appliesWhen: { fact: 'riverCount', op: '>', value: 0 } }), '1.1');
    expect(checkCriteriaSet(fact).map((x) => [x.code, x.received])).toEqual([['undeclared-fact', 'riverCount']]);
    const relative = withIndicator(
      commune318,
      (i) => ({ targets: { all: { ...(i.targets.all as object), relativeTo: 'incomeLastYear' } } }),
      '1.1',
    );
    expect(checkCriteriaSet(relative).map((x) => [x.code, x.received])).toEqual([['unknown-reference', 'incomeLastYear']]);
  });

  it('refuses a duplicate condition id and a column rule selecting an undefined category', () => {
    const bad = {
      ...commune318,
      conditions: [...commune318.conditions, commune318.conditions[0]!],
      columnRules: commune318.columnRules.map((r) => (r.select ? { ...r, select: { ...r.select, categories: ['island'] } } : r)),
    } as CriteriaSet;
    expect(checkCriteriaSet(bad).map((x) => [x.code, x.received])).toEqual([
      ['duplicate-id', commune318.conditions[0]!.id],
      ['unknown-category', 'island'],
    ]);
  });

  it('refuses a value on a cell that is not verified', () => {
    const bad = withIndicator(commune318, (i) => ({ targets: { all: { ...(i.targets.all as object), value: true } } }), '1.1');
    expect(checkCriteriaSet(bad).map((x) => x.code)).toEqual(['value-status']);
  });
});

describe('the table form compiles to the model', () => {
  it('a 7-tuple with gaps gives one key per region and the columns where the indicator exists', async () => {
    const { regions } = await import('../../rules/table.js');
    const { verified: v } = await import('../../src/index.js');
    const head = { code: 'x', measure: 'percent', op: '>=', textStatus: 'verified', text: { vi: 'Thử', en: 'Test' } } as const;
    const row = regions.row(head, [v(1, ['S01']), null, v(2, ['S01']), v(3, ['S01']), v(4, ['S01']), null, v(5, ['S01'])]);
    expect(row.columns).toEqual([
      'northern-midlands-mountains',
      'north-central',
      'south-central-coast',
      'central-highlands',
      'mekong-delta',
    ]);
    expect(row.targets['north-central']).toEqual({ status: 'verified', value: 2, op: '>=', sources: ['S01'] });
    expect(row.targets['red-river-delta']).toBeUndefined();
    expect(regions.row(head, { same: v(1, []) }).targets).toEqual({ all: { status: 'verified', value: 1, op: '>=', sources: [] } });
    expect(Object.keys(regions.row(head, { each: v(1, []) }).targets)).toHaveLength(7);
  });

  it('a set whose rows cite a source it does not carry is refused by checkCriteriaSet', async () => {
    const { tableForm, checkCriteriaSet, verified: v } = await import('../../src/index.js');
    const S1 = { what: 'Test data: Decision 1/QĐ-UBND of a made-up province' };
    const form = tableForm<'single', 'S1' | 'S2'>('single');
    const head = { measure: 'flag', op: '=', textStatus: 'verified', text: { vi: 'A', en: 'A' } } as const;
    const set = form.set({
      ...commune318,
      id: 'test-sources',
      level: 'village-model',
      sources: { S1 },
      columnRules: [],
      conditions: [],
      criteria: [
        form.criterion({ id: '1', number: 1, name: { vi: 'A', en: 'A' }, status: 'verified', sources: ['S1'] }, [
          form.row({ ...head, code: '1.1' }, v(true, ['S2'])),
        ]),
      ],
    });
    expect(set.sources).toEqual({ S1 });
    expect(checkCriteriaSet(set).map((i) => [i.code, i.received])).toEqual([['unknown-source', 'S2']]);
  });
});

describe('rules/decrees.ts and rules/sources.ts state each document and source once', () => {
  it('every document a set names (legal basis, condition, reference) is in DECREES, with the same statement', async () => {
    const { DECREES } = await import('../../rules/decrees.js');
    const named = new Set<string>();
    for (const set of listCriteriaSets()) {
      for (const d of set.legalBasis) {
        named.add(d.document);
        const { title, signed, inForce } = DECREES[d.document as keyof typeof DECREES];
        expect({ title: d.title, signed: d.signed, inForce: d.inForce }, d.document).toEqual({ title, signed, inForce });
      }
      for (const c of set.conditions) if (c.document) named.add(c.document);
    }
    expect([...named].filter((d) => !(d in DECREES))).toEqual([]);
  });

  it('every source a set carries is the one of SOURCES', async () => {
    const { SOURCES } = await import('../../rules/sources.js');
    for (const set of listCriteriaSets()) {
      for (const [id, source] of Object.entries(set.sources)) expect(source, `${set.id} ${id}`).toBe(SOURCES[id as keyof typeof SOURCES]);
    }
  });
});

describe('notes an auditor can read', () => {
  // Wording that tells how the research went instead of what is known (issue 11).
  const RESEARCH =
    /earlier reading|second check|later reading|czech|round-2|github file|from brief|first brief|seed-case|separate searches|re-seen|searched again/i;

  it.each(listCriteriaSets().map((s) => [s.id, s] as const))(
    '%s: no note, source or English text tells the research instead of what is known',
    (_id, set) => {
      const found: string[] = [];
      const visit = (value: unknown, path: string): void => {
        if (typeof value === 'string') {
          if (RESEARCH.test(value)) found.push(`${path}: ${value.slice(0, 80)}`);
        } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}.${i}`));
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
      };
      visit(set, set.id);
      expect(found).toEqual([]);
    },
  );
});

describe('a known count says how many indicators are missing', () => {
  it('318 Annex II: 75 indicators are known to exist (H3, H4), 7 are encoded, 68 missing', async () => {
    const { communeAdvanced318, indicatorsOf } = await import('../../src/index.js');
    expect(indicatorsOf(communeAdvanced318)).toHaveLength(7);
    expect(communeAdvanced318.notes?.map((n) => n.en)).toContain(
      'Phụ lục II has 19 criteria and 75 indicators [verified in a public text: H3, H4]; 7 of them are encoded here, so 68 indicators are missing from this set.',
    );
    for (const c of communeAdvanced318.criteria)
      expect(c.incompleteIndicators?.en).toMatch(/75 indicators, 7 are encoded here, so 68 are missing/);
    expect(Object.keys(communeAdvanced318.sources)).toEqual(expect.arrayContaining(['H3', 'H4']));
  });

  it('51/2025 Annex I: 47 indicators, 6 encoded, 41 missing, said on every criterion', async () => {
    const { commune51, indicatorsOf } = await import('../../src/index.js');
    expect(47 - indicatorsOf(commune51).length).toBe(41);
    for (const c of commune51.criteria)
      expect(c.incompleteIndicators?.en).toMatch(/47 indicators; only 6 names were seen .*so 41 are missing/);
  });

  it('320 Annex III: 38 indicators (a provincial count), 5 encoded, 33 missing', async () => {
    const { districtAdvanced320, indicatorsOf } = await import('../../src/index.js');
    expect(38 - indicatorsOf(districtAdvanced320).length).toBe(33);
    for (const c of districtAdvanced320.criteria) {
      expect(c.incompleteIndicators?.en).toBe('Annex III has 38 indicators (provincial source); 5 are encoded here, so 33 are missing.');
    }
  });

  it('318 Annex I: 57 indicators; the 56 rows stand for 51 decree rows, two of them placeholders, so at most 3 have no row', async () => {
    const { commune318, indicatorsOf } = await import('../../src/index.js');
    const codes = indicatorsOf(commune318).map((i: { readonly code: string }) => i.code);
    expect(codes).toHaveLength(56);
    // 5a/5b are one decree row (5), 14.1a–e one (14.1); 12.x and 18.x hold several (18 has at least 4).
    const decreeRows = new Set(codes.map((c) => c.replace(/^5[ab]$/, '5').replace(/^14\.1[a-e]$/, '14.1')));
    expect(decreeRows.size).toBe(51);
    // 57 − 49 single rows − at least 1 behind 12.x − at least 4 behind 18.x
    expect(57 - (decreeRows.size - 2) - 1 - 4).toBe(3);
    expect(commune318.notes![0]!.en).toMatch(/at most 3 of the 57 indicators have no row here/);
  });
});
