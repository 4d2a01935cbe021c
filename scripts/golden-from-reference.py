#!/usr/bin/env python3
"""Writes test/golden/reference/<reference set>.json from ../shared/reference/criteria.json.

The golden tests hold what the reference says, read straight from it (not from rules/): each
set's criteria and indicator codes, and every target cell with its status; a VERIFIED cell
with its value and comparison. A rule file edited by hand must still agree with them, or the
edit must come with a new reference.

    python3 scripts/golden-from-reference.py [path/to/criteria.json]
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'reference', 'criteria.json')
data = json.load(open(REF, encoding='utf-8'))
SETS = {s['key']: s for s in data['sets']}
STATUS = {'VERIFIED': 'verified', 'PROVINCIAL': 'provincial', 'CONFLICT': 'conflict', 'RECALLED': 'recalled', 'NOT_FOUND': 'not-found'}
COLUMN = {'ALL': 'all', 'TDMNPB': 'northern-midlands-mountains', 'DBSH': 'red-river-delta', 'BTB': 'north-central',
          'DHNTB': 'south-central-coast', 'TN': 'central-highlands', 'DNB': 'southeast', 'DBSCL': 'mekong-delta',
          'G1': 'group-1', 'G2': 'group-2', 'G3': 'group-3'}
# 318 row 5 is a compound rule the importer splits into 5a and 5b (reference: "encode by hand").
SPLIT = {('commune-2021-2025', '5'): ['5a', '5b']}
# 211's list of changed values belongs to the amended 318/320 versions (as 211.amendedIndicators).
MOVED_CONDITIONS = {('amendments-211-2024', 'change.amendedIndicators')}

# (reference key, set id, const, module): test/golden/golden.test.ts holds the same list.
SETS_TO_TEST = [
    ('commune-2016-2020', 'commune-2016-2020', 'commune1980', 'national/2016-2020/commune-1980'),
    ('district-2016-2020', 'district-2016-2020', 'district558', 'national/2016-2020/district-558'),
    ('town-2016-2020', 'town-2016-2020', 'town558', 'national/2016-2020/town-558'),
    ('commune-model-2018-2020', 'commune-model-2018-2020', 'communeModel691', 'national/2016-2020/commune-model-691'),
    ('province-2020', 'province-2020', 'province1274', 'national/2016-2020/province-1274'),
    ('commune-2021-2025', 'commune-2021-2025', 'commune318', 'national/2021-2025/commune-318'),
    ('commune-advanced-2021-2025', 'commune-advanced-2021-2025', 'communeAdvanced318', 'national/2021-2025/commune-advanced-318'),
    ('commune-model-2021-2025', 'commune-model-2021-2025', 'communeModel319', 'national/2021-2025/commune-model-319'),
    ('district-2021-2025', 'district-2021-2025', 'district320', 'national/2021-2025/district-320'),
    ('town-2021-2025', 'town-2021-2025', 'town320', 'national/2021-2025/town-320'),
    ('district-advanced-2021-2025', 'district-advanced-2021-2025', 'districtAdvanced320', 'national/2021-2025/district-advanced-320'),
    ('province-2021-2025', 'province-2021-2025', 'province321', 'national/2021-2025/province-321'),
    # 211 changed values are NOT_FOUND: the amended versions keep every base cell.
    ('commune-2021-2025', 'commune-2021-2025+211', 'commune318Amended211', 'national/2021-2025/amend-211'),
    ('commune-advanced-2021-2025', 'commune-advanced-2021-2025+211', 'communeAdvanced318Amended211', 'national/2021-2025/amend-211'),
    ('district-2021-2025', 'district-2021-2025+211', 'district320Amended211', 'national/2021-2025/amend-211'),
    ('district-advanced-2021-2025', 'district-advanced-2021-2025+211', 'districtAdvanced320Amended211', 'national/2021-2025/amend-211'),
    ('amendments-211-2024', 'district-special-2024', 'districtSpecial211', 'national/2021-2025/district-special-211'),
    ('commune-2026-2030', 'commune-2026-2030', 'commune51', 'national/2026-2030/commune-51'),
    ('commune-modern-pilot-2026-2030', 'commune-modern-pilot-2026-2030', 'communeModernPilot51', 'national/2026-2030/commune-modern-pilot-51'),
    ('province-2026-2030', 'province-2026-2030', 'province51', 'national/2026-2030/province-51'),
]

def expected(key):
    s = SETS[key]
    criteria, cells = [], []
    for c in s['criteria']:
        codes = []
        for i in c['indicators']:
            split = SPLIT.get((key, i['code']))
            codes.extend(split or [i['code']])
            if split: continue  # values of a split compound row are hand-encoded from its note
            for col, t in i['targets'].items():
                st = STATUS[t['status']]
                value, op = t['value'], t['op']
                if i['kind'] == 'absence':
                    op = '<='  # 'Không' (none) is encoded as at most 0
                    if st == 'verified': value = 0
                cells.append([i['code'], COLUMN[col], st, value if st == 'verified' else None, op])
        criteria.append({'number': c['number'], 'codes': codes})
    return {'level': s['level'], 'columns': s['columns'], 'criteria': criteria, 'cells': cells,
            'conditions': [[c['id'], STATUS[c['status']]] for c in s['conditions'] if (key, c['id']) not in MOVED_CONDITIONS]}

def main():
    out_dir = os.path.join(ROOT, 'test', 'golden', 'reference')
    os.makedirs(out_dir, exist_ok=True)
    # One file per reference set: the amended versions of a set are checked against the same one.
    for key in sorted({key for key, *_ in SETS_TO_TEST}):
        exp = {'generated': data['generated'], **expected(key)}
        body = json.dumps(exp, ensure_ascii=False, indent=1)
        open(os.path.join(out_dir, f'{key}.json'), 'w', encoding='utf-8').write(body + '\n')
        print('wrote', f'test/golden/reference/{key}.json')

if __name__ == '__main__':
    main()
