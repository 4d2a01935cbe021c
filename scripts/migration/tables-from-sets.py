#!/usr/bin/env python3
"""One-time rewrite of the rule files as tables (issue 11), kept in the history as a record.

Reads the compiled sets of the old rules (dump-sets.ts → .tmp/sets-before/before.json) and writes
rules/sources.ts, rules/decrees.ts and one table file per national set. After this run the
table files are the source of truth and are edited by hand; compare-sets.ts proves that they
compile to the same sets.
"""
import json, re, sys
from collections import OrderedDict

before = json.load(open(sys.argv[1] if len(sys.argv) > 1 else '.tmp/sets-before/before.json'), object_pairs_hook=OrderedDict)
r18 = json.load(open('.tmp/r18.json'), object_pairs_hook=OrderedDict)

REGIONS = ['TDMNPB', 'ĐBSH', 'BTB', 'DHNTB', 'TN', 'ĐNB', 'ĐBSCL']
REGION_IDS = ['northern-midlands-mountains', 'red-river-delta', 'north-central', 'south-central-coast', 'central-highlands', 'southeast', 'mekong-delta']
GROUPS = ['Nhóm 1', 'Nhóm 2', 'Nhóm 3']
GROUP_IDS = ['group-1', 'group-2', 'group-3']

FILES = OrderedDict([
    ('commune-2016-2020', ('national/2016-2020/commune-1980.ts', 'commune1980')),
    ('district-2016-2020', ('national/2016-2020/district-558.ts', 'district558')),
    ('town-2016-2020', ('national/2016-2020/town-558.ts', 'town558')),
    ('commune-model-2018-2020', ('national/2016-2020/commune-model-691.ts', 'communeModel691')),
    ('province-2020', ('national/2016-2020/province-1274.ts', 'province1274')),
    ('commune-2021-2025', ('national/2021-2025/commune-318.ts', 'commune318')),
    ('commune-advanced-2021-2025', ('national/2021-2025/commune-advanced-318.ts', 'communeAdvanced318')),
    ('commune-model-2021-2025', ('national/2021-2025/commune-model-319.ts', 'communeModel319')),
    ('district-2021-2025', ('national/2021-2025/district-320.ts', 'district320')),
    ('town-2021-2025', ('national/2021-2025/town-320.ts', 'town320')),
    ('district-advanced-2021-2025', ('national/2021-2025/district-advanced-320.ts', 'districtAdvanced320')),
    ('province-2021-2025', ('national/2021-2025/province-321.ts', 'province321')),
    ('district-special-2024', ('national/2021-2025/district-special-211.ts', 'districtSpecial211')),
    ('commune-2026-2030', ('national/2026-2030/commune-51.ts', 'commune51')),
    ('commune-modern-pilot-2026-2030', ('national/2026-2030/commune-modern-pilot-51.ts', 'communeModernPilot51')),
    ('province-2026-2030', ('national/2026-2030/province-51.ts', 'province51')),
])

IDENT = re.compile(r'^[A-Za-z_$][A-Za-z0-9_$]*$')

def s(x):
    if "'" in x and '"' not in x:
        return '"' + x.replace('\\', '\\\\').replace('\n', '\\n') + '"'
    return "'" + x.replace('\\', '\\\\').replace("'", "\\'").replace('\n', '\\n') + "'"

def lit(x):
    if isinstance(x, str): return s(x)
    if isinstance(x, bool): return 'true' if x else 'false'
    if x is None: return 'null'
    if isinstance(x, (int, float)): return json.dumps(x)
    if isinstance(x, list): return '[' + ', '.join(lit(v) for v in x) + ']'
    return '{ ' + ', '.join(f"{k if IDENT.match(k) else s(k)}: {lit(v)}" for k, v in x.items()) + ' }'

# ---- sources: one description per id -------------------------------------------------------
sources = OrderedDict()
conflicts = {}
for sid, st in before.items():
    for k, v in st['sources'].items():
        if k in sources and sources[k] != v: conflicts.setdefault(k, [sources[k]]).append(v)
        sources.setdefault(k, v)
# The two ids restated with different descriptions: the fuller statement of the same article.
RESOLVED = {
    'SC_TAMDAO': OrderedDict(url=sources['SC_TAMDAO']['url'], what="Làng nghề Việt 2021: Tam Đảo end-2020 actual values next to the ĐBSH requirement (roads 100%; income ≥50; poor ≤2%; water 100% HVS / >65% sạch); Hồ Sơn NTM nâng cao income 60 million"),
    'SC_HOSON': OrderedDict(url=sources['SC_HOSON']['url'], what="Báo Vĩnh Phúc 22/10/2020: Hồ Sơn hướng đến xã NTM nâng cao: the 5 areas to finish; Vĩnh Phúc calls the unit 'thôn dân cư kiểu mẫu', and thôn Tân Long was Hồ Sơn's pilot"),
}
assert set(conflicts) == set(RESOLVED), conflicts
sources.update(RESOLVED)

with open('rules/sources.ts', 'w') as f:
    f.write("""// Every public text a value of the rules was read in, once, by id. A set cites ids; a misspelt
// id does not compile (`SourceId`), and `checkCriteriaSet` refuses a set citing an id it lacks.
//
// Two ids were described differently by the sets that cited them before this list existed;
// both name one article, and the description kept here is the fuller one of the two:
// SC_TAMDAO (Làng nghề Việt, Tam Đảo 2021: the description that lists the values it gives) and
// SC_HOSON (Báo Vĩnh Phúc, Hồ Sơn 2020: the two descriptions joined, as each named a different
// part of the same article).
import type { Source } from '../src/model/legal-basis.js';

/**
 * Every cited source: publisher, date and title of the text, with its address.
 * @example
 * SOURCES.S01.url; // 'https://thuvienphapluat.vn/…'
 */
export const SOURCES = {
""")
    for k, v in sources.items():
        f.write(f"  {k if IDENT.match(k) else s(k)}: {lit(v)},\n")
    f.write("""} as const satisfies Record<string, Source>;

/**
 * The id of a source in `SOURCES`; a set citing any other id does not compile.
 * @example
 * const id: SourceId = 'S01';
 */
export type SourceId = keyof typeof SOURCES;
""")

# ---- decrees: every legal document once ------------------------------------------------------
decrees = OrderedDict()
for sid, st in before.items():
    for lb in st['legalBasis']:
        d = OrderedDict((k, v) for k, v in lb.items() if k not in ('role', 'annex'))
        prev = decrees.get(lb['document'])
        if prev is None or len(d) > len(prev): decrees[lb['document']] = d
with open('rules/decrees.ts', 'w') as f:
    f.write("""// Every legal document a set rests on, once, by its number. A set names its documents with
// `basis(number, role, { annex })`; a misspelt number does not compile (`DecreeId`).
import type { LegalDocument } from '../src/model/legal-basis.js';
import type { SourceId } from './sources.js';

type Decree = Omit<LegalDocument, 'role' | 'annex' | 'document' | 'sources'> & { readonly sources?: readonly SourceId[] };

/**
 * Every decree (or provincial decision) of the rules, by number.
 * @example
 * DECREES['318/QĐ-TTg'].signed; // '2022-03-08'
 */
export const DECREES = {
""")
    for k, v in decrees.items():
        body = OrderedDict((a, b) for a, b in v.items() if a != 'document')
        f.write(f"  {s(k)}: {lit(body)},\n")
    f.write("""} as const satisfies Record<string, Decree>;

/**
 * The number of a document in `DECREES`.
 * @example
 * const id: DecreeId = '51/2025/QĐ-TTg';
 */
export type DecreeId = keyof typeof DECREES;

/**
 * One entry of a set's legal basis: the document, its role for this set and the annex the set is.
 * @example
 * basis('318/QĐ-TTg', 'base', { annex: 'Phụ lục I' }).signed; // '2022-03-08'
 */
export function basis(document: DecreeId, role: LegalDocument['role'], extra?: { readonly annex?: string }): LegalDocument {
  const { title, signed, inForce, ...rest } = DECREES[document] as Decree;
  return { document, role, title, signed, inForce, ...(extra?.annex ? { annex: extra.annex } : {}), ...rest };
}
""")

# ---- one table file per national set ---------------------------------------------------------
def extra_of(obj, skip):
    return OrderedDict((k, v) for k, v in obj.items() if k not in skip)

def cell(t):
    ex = extra_of(t, ('status', 'value', 'op', 'sources'))
    tail = f", {lit(ex)}" if ex else ''
    if t['status'] == 'verified':
        return f"verified({lit(t['value'])}, {lit(t['sources'])}{tail})"
    assert t['value'] is None
    return f"unverified({s(t['status'])}, {lit(t['sources'])}{tail})"

def slot(v, indent):
    if isinstance(v, list):
        return 'cases(\n' + ''.join(f"{indent}  {cell(t)},\n" for t in v) + f"{indent})"
    return cell(v)

def op_of(ind):
    for v in ind['targets'].values():
        return (v[0] if isinstance(v, list) else v)['op']

def row(ind, kind, ind_):
    head = OrderedDict(code=ind['code'], measure=ind['measure'], op=op_of(ind), textStatus=ind['textStatus'], text=ind['text'])
    for k in ('unit', 'appliesWhen', 'ref', 'note'):
        if k in ind: head[k] = ind[k]
    extra = set(ind) - {'code', 'measure', 'textStatus', 'text', 'targets', 'columns', 'unit', 'appliesWhen', 'ref', 'note'}
    assert not extra, extra
    t = ind['targets']
    ids = REGION_IDS if kind == 'regions' else GROUP_IDS if kind == 'groups' else ['all']
    names = REGIONS if kind == 'regions' else GROUPS
    if list(t) == ['all']:
        cells = slot(t['all'], ind_) if kind == 'single' else f"same({slot(t['all'], ind_)})"
    else:
        assert kind != 'single'
        cols = ind.get('columns', ids)
        assert set(t) == set(cols) and [c for c in ids if c in cols] == list(cols), (ind['code'], list(t), cols)
        vals = [t.get(c) for c in ids]
        if 'columns' not in ind and all(json.dumps(v) == json.dumps(vals[0]) for v in vals):
            cells = f"each({slot(vals[0], ind_)})"
        else:
            lines = []
            for name, v in zip(names, vals):
                lines.append(f"{ind_}  {'null' if v is None else slot(v, ind_ + '  ')}, // {name}\n")
            cells = '[\n' + ''.join(lines) + f"{ind_}]"
    first = OrderedDict((k, head[k]) for k in ('code', 'measure', 'op', 'textStatus'))
    rest = [f"{ind_}  text: {lit(head['text'])},\n"]
    for k in ('unit', 'appliesWhen', 'ref', 'note'):
        if k in head: rest.append(f"{ind_}  {k}: {lit(head[k])},\n")
    return f"{ind_}row({lit(first)[:-2]},\n" + ''.join(rest) + f"{ind_}}}, {cells}),\n"

def condition(c):
    for name, rc in r18.items():
        if json.dumps(rc, sort_keys=True) == json.dumps(c, sort_keys=True): return name
    return lit(c)

for sid, (path, name) in FILES.items():
    st = before[sid]
    kind = st['columns']
    form = {'regions': 'regions', 'groups': 'groups', 'single': 'single'}[kind]
    out = []
    used_r18 = []
    conds = []
    for c in st['conditions']:
        x = condition(c)
        if x in r18: used_r18.append(x)
        conds.append(x)
    basis_calls = []
    for lb in st['legalBasis']:
        ex = f", {{ annex: {s(lb['annex'])} }}" if 'annex' in lb else ''
        basis_calls.append(f"basis({s(lb['document'])}, {s(lb['role'])}{ex})")
    base = st['legalBasis'][0]
    out.append(f"// {base['document']}" + (f", {base['annex']}" if 'annex' in base else '') + f": {st['title']['vi']}.\n")
    out.append(f"// {st['title']['en']}.\n")
    if kind == 'regions':
        out.append("// A row is one indicator; its cells follow the decree's seven regional columns:\n// TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL (`same(…)`: one value for every region; `each(…)`: the\n// same value printed in every column). Only `verified` cells are targets.\n")
    elif kind == 'groups':
        out.append("// A row is one indicator; its cells follow the decree's three commune groups (Nhóm 1, 2, 3).\n// Only `verified` cells are targets.\n")
    else:
        out.append("// A row is one indicator with its one cell. Only `verified` cells are targets.\n")
    out.append("import { basis } from '../../decrees.js';\n")
    out.append(f"import {{ {', '.join(sorted(set(['cases', 'each', 'same', 'unverified', 'verified'])))}, {form} }} from '../../table.js';\n")
    if used_r18:
        out.append(f"import {{ {', '.join(sorted(set(used_r18)))} }} from './recognition-18-2022.js';\n")
    out.append(f"\nconst {{ row, criterion, group, set }} = {form};\n\n")
    out.append(f"/**\n * {st['title']['vi']} ({st['version']}).\n * {st['title']['en']}.\n * @example\n * {name}.criteria.length; // {len(st['criteria'])}\n */\n")
    out.append(f"export const {name} = set({{\n")
    for k in ('id', 'family', 'version', 'level', 'scope', 'province', 'title', 'period', 'years'):
        if k in st: out.append(f"  {k}: {lit(st[k])},\n")
    out.append("  legalBasis: [" + ', '.join(basis_calls) + "],\n")
    out.append("  columnRules: [\n" + ''.join(f"    {lit(r)},\n" for r in st['columnRules']) + "  ],\n" if st['columnRules'] else "  columnRules: [],\n")
    if 'communeCategories' in st:
        out.append("  communeCategories: [\n" + ''.join(f"    {lit(r)},\n" for r in st['communeCategories']) + "  ],\n")
    for k in ('facts', 'references'):
        if k in st:
            out.append(f"  {k}: {{\n" + ''.join(f"    {kk}: {lit(v)},\n" for kk, v in st[k].items()) + "  },\n")
    ids = list(st['sources'])
    for lb in st['legalBasis']:
        for x in decrees[lb['document']].get('sources', []):
            if x not in ids: ids.append(x)
    out.append(f"  sources: {lit(ids)},\n")
    if 'notes' in st:
        out.append("  notes: [\n" + ''.join(f"    {s(n)},\n" for n in st['notes']) + "  ],\n")
    out.append("  conditions: [\n" + ''.join(f"    {c},\n" for c in conds) + "  ],\n" if conds else "  conditions: [],\n")
    out.append("  criteria: [\n")
    crits = st['criteria']
    i = 0
    while i < len(crits):
        g = crits[i].get('group')
        j = i
        while j < len(crits) and crits[j].get('group') == g: j += 1
        ind = '    ' if g is None else '      '
        if g is not None: out.append(f"    ...group({lit(g)}, [\n")
        for c in crits[i:j]:
            head = OrderedDict((k, v) for k, v in c.items() if k not in ('indicators', 'group'))
            out.append(f"{ind}criterion({lit(head)}, [\n")
            for x in c['indicators']: out.append(row(x, kind, ind + '  '))
            out.append(f"{ind}]),\n")
        if g is not None: out.append("    ]),\n")
        i = j
    out.append("  ],\n});\n")
    text = ''.join(out)
    # drop helpers the file does not use
    for helper in ('cases', 'each', 'same', 'unverified', 'verified'):
        if not re.search(r'\b' + helper + r'\(', text.split('\n', 6)[-1]):
            text = re.sub(r'\b' + helper + r', ', '', text, count=1)
    open('rules/' + path, 'w').write(text)
    print(path, text.count('\n'))
