#!/usr/bin/env python3
"""One-time import of ../shared/reference/criteria.json into rules/*.ts.

The reference is the legal truth compiled for this project; this script turned it into typed
rule files once. From then on the files in rules/ are the source of truth and are edited by
hand (each edit with its source). Re-running overwrites them: only do it on a fresh reference,
and review the diff.

    python3 scripts/import-reference.py [path/to/criteria.json]
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'reference', 'criteria.json')
data = json.load(open(REF, encoding='utf-8'))
SOURCES = data['sources']

STATUS = {'VERIFIED': 'verified', 'PROVINCIAL': 'provincial', 'CONFLICT': 'conflict', 'RECALLED': 'recalled', 'NOT_FOUND': 'not-found'}
COLUMN = {'ALL': 'all', 'TDMNPB': 'northern-midlands-mountains', 'DBSH': 'red-river-delta', 'BTB': 'north-central',
          'DHNTB': 'south-central-coast', 'TN': 'central-highlands', 'DNB': 'southeast', 'DBSCL': 'mekong-delta',
          'G1': 'group-1', 'G2': 'group-2', 'G3': 'group-3'}
UNITS = {
    '%': None,
    'count': None,
    'million VND/person/year': {'vi': 'triệu đồng/người/năm', 'en': 'million VND/person/year'},
    'times': None,
    'quantity per person per day (unit not seen)': {'vi': 'lượng/người/ngày đêm (đơn vị chưa thấy)', 'en': 'quantity per person per day (unit not seen)'},
    '%/year (growth rate)': {'vi': '%/năm (tốc độ tăng)', 'en': '%/year (growth rate)'},
}

# Where the reference marks a value PROVINCIAL or CONFLICT, which province or which candidates.
PROVINCE_OF = {
    ('commune-2016-2020', '4.2', 'TDMNPB'): 'Bắc Kạn',
    ('commune-2016-2020', '4.2', 'DBSCL'): 'Vĩnh Long',
    ('commune-2016-2020', '9.2', 'DBSCL'): 'Vĩnh Long',
    ('commune-2016-2020', '11', 'DBSH'): 'Vĩnh Phúc',
    ('commune-2016-2020', '16', 'DBSCL'): 'Vĩnh Long',
    ('commune-2021-2025', '9.2', 'DBSCL'): 'Vĩnh Long',
    ('commune-2021-2025', '17.1', 'DNB'): 'Đồng Nai',
    ('commune-2021-2025', '17.x', 'DNB'): 'Đồng Nai',
    ('commune-advanced-2021-2025', '17.x', 'BTB'): 'Thanh Hóa',
    ('district-advanced-2021-2025', 'x1', 'ALL'): 'Thái Nguyên',
    ('district-advanced-2021-2025', 'x2', 'ALL'): 'Thái Nguyên',
    ('district-advanced-2021-2025', 'x3', 'ALL'): 'Thái Nguyên',
}
CONFLICT_CANDIDATES = {
    ('commune-2016-2020', '15.3', 'TN'): [{'value': 31.4, 'sources': ['S_YT']}, {'value': 31, 'sources': ['S_TBTV']}],
    ('commune-2016-2020', '17.1a', 'DHNTB'): [{'value': 55, 'sources': ['S_MT'], 'note': 'as printed; impossible beside the 60% clean-water share'}],
}

# Facts and reference values the conditions and targets read.
FACTS = {
    'registeredInPlan': ('boolean', 'Đã đăng ký và được đưa vào kế hoạch của cấp trên', 'Registered and included in the higher level\'s plan'),
    'outstandingConstructionDebt': ('number', 'Nợ đọng xây dựng cơ bản trong xây dựng NTM (triệu đồng)', 'Outstanding capital-construction debt in the NTM programme (million VND)'),
    'satisfactionRate': ('number', 'Tỷ lệ người dân hài lòng (%)', 'Share of residents satisfied (%)'),
    'minCommuneSatisfactionRate': ('number', 'Tỷ lệ hài lòng thấp nhất ở một xã với một nội dung (%)', 'Lowest satisfaction share in any commune for any content (%)'),
    'securityComplexArea': ('boolean', 'Xã phức tạp về an ninh, trật tự (theo Bộ Công an)', 'The commune is a complex security/order area (Ministry of Public Security)'),
    'recognisedAdvanced': ('boolean', 'Xã đã được công nhận đạt chuẩn NTM nâng cao', 'The commune is recognised as an advanced NTM commune'),
    'civilisedTownshipShare': ('number', 'Tỷ lệ thị trấn đạt chuẩn đô thị văn minh (%)', 'Share of townships meeting the civilised-urban standard (%)'),
    'provincialSchemeApproved': ('boolean', 'Đề án XD NTM toàn tỉnh được HĐND tỉnh thông qua', 'Province-wide NTM scheme approved by the People\'s Council'),
    'schoolCount': ('number', 'Số trường học trên địa bàn xã (mầm non, tiểu học, THCS)', 'Number of schools in the commune (pre-school, primary, lower secondary)'),
}
REFERENCES = {
    'incomeAtRecognition': ('Thu nhập bình quân đầu người của xã tại thời điểm được công nhận đạt chuẩn NTM', 'Per-capita income of the commune when it was recognised NTM', 'million VND/person/year'),
    'advancedCommuneIncomeTarget': ('Mức thu nhập bình quân đầu người quy định đối với xã NTM nâng cao tại cùng thời điểm (cùng vùng)', 'Per-capita income required of an advanced NTM commune at the same time (same region)', 'million VND/person/year'),
}
RELATIVE = {('commune-model-2018-2020', '1.2'): 'incomeAtRecognition', ('commune-model-2021-2025', 'KM.2'): 'advancedCommuneIncomeTarget'}

def fact(name, op, value):
    return {'kind': 'fact', 'fact': name, 'op': op, 'value': value}

def share(level, percent):
    return {'kind': 'unit-share', 'unitLevel': level, 'standard': 'meets-set', 'op': '>=', 'percent': percent}

CRIT = {'kind': 'criteria-met'}
NC = {'kind': 'not-checkable'}
# (set key, condition id) -> (purpose, check); keys with '*' apply to any set.
CONDITIONS = {
    ('*', 'registered'): ('recognition', fact('registeredInPlan', '=', True)),
    ('*', 'allCriteria'): ('recognition', CRIT),
    ('*', 'noDebt'): ('recognition', fact('outstandingConstructionDebt', '<=', 0)),
    ('*', 'r18.meetsSet'): ('recognition', CRIT),
    ('*', 'r18.noDebt'): ('recognition', fact('outstandingConstructionDebt', '<=', 0)),
    ('*', 'r18.satisfaction'): ('recognition', fact('satisfactionRate', '>=', None)),
    ('*', 'r18.security'): ('recognition', fact('securityComplexArea', '=', False)),
    ('*', 'r18.others'): ('recognition', NC),
    ('district-2016-2020', 'allCommunesNTM'): ('recognition', share('commune', 100)),
    ('district-2016-2020', 'allDistrictCriteria'): ('recognition', CRIT),
    ('district-2016-2020', 'retestCommunes'): ('procedure', NC),
    ('district-2016-2020', 'recognisedBefore2017'): ('procedure', NC),
    ('town-2016-2020', 'allCommunesNTM'): ('recognition', share('commune', 100)),
    ('town-2016-2020', 'conditions2540'): ('recognition', NC),
    ('town-2016-2020', 'districtCriteriaSubset'): ('criteria', NC),
    ('town-2016-2020', 'authority'): ('procedure', NC),
    ('commune-model-2018-2020', 'isAdvancedNTM'): ('criteria', fact('recognisedAdvanced', '=', True)),
    ('commune-model-2018-2020', 'procedureByProvince'): ('procedure', NC),
    ('province-2020', 'allDistrictsNTM'): ('criteria', share('district', 100)),
    ('province-2020', 'allTownsCompleted'): ('criteria', share('town', 100)),
    ('province-2020', 'allCommunesNTM'): ('criteria', share('commune', 100)),
    ('province-2020', 'noDebt'): ('criteria', fact('outstandingConstructionDebt', '<=', 0)),
    ('district-2021-2025', 'q320.allCommunesNTM'): ('criteria', share('commune', 100)),
    ('district-2021-2025', 'q320.advancedShare'): ('criteria', share('commune-advanced', 10)),
    ('district-2021-2025', 'q320.townsCivilised'): ('criteria', fact('civilisedTownshipShare', '>=', 100)),
    ('district-2021-2025', 'q320.satisfaction'): ('criteria', fact('satisfactionRate', '>=', 90)),
    ('district-2021-2025', 'q320.criteria'): ('criteria', CRIT),
    ('town-2021-2025', 'q320.pl2.communes'): ('criteria', share('commune', 100)),
    ('town-2021-2025', 'q320.pl2.others'): ('criteria', NC),
    ('district-advanced-2021-2025', 'q320.pl3.shares'): ('criteria', NC),
    ('district-advanced-2021-2025', 'q320.pl3.count'): ('procedure', NC),
    ('province-2021-2025', 'T.1'): ('criteria', share('district', 100)),
    ('province-2021-2025', 'T.2'): ('criteria', share('town', 100)),
    ('province-2021-2025', 'T.3'): ('criteria', share('district-advanced', 20)),
    ('province-2021-2025', 'T.4'): ('criteria', share('commune-advanced', 40)),
    ('province-2021-2025', 'T.5'): ('criteria', fact('provincialSchemeApproved', '=', True)),
    ('province-2021-2025', 'T.6'): ('criteria', NC),
    ('amendments-211-2024', 'special.satisfaction'): ('criteria', fact('satisfactionRate', '>=', 90)),
    ('amendments-211-2024', 'change.amendedIndicators'): ('procedure', NC),
    ('amendments-211-2024', 'change.guidanceUpdated'): ('procedure', NC),
    ('commune-2026-2030', 'recognition2026'): ('recognition', NC),
    ('commune-2026-2030', 'transition'): ('procedure', NC),
    ('commune-modern-pilot-2026-2030', 'meetsPilotFramework'): ('criteria', CRIT),
    # Whether these requirements exist at all is NOT_FOUND: they keep a pilot with no known
    # content from being met by default.
    ('commune-modern-pilot-2026-2030', 'prerequisiteNTM'): ('criteria', NC),
    ('commune-modern-pilot-2026-2030', 'incomePremium'): ('criteria', NC),
    ('commune-modern-pilot-2026-2030', 'smartVillage'): ('criteria', NC),
    ('commune-modern-pilot-2026-2030', 'issuer'): ('procedure', NC),
    ('province-2026-2030', 'wardsSpecialZones'): ('criteria', NC),
    ('province-2026-2030', 'wardsSpecialZones.tail'): ('criteria', NC),
    ('province-2026-2030', 'further'): ('criteria', NC),
    ('province-2026-2030', 'allCommunesNTM'): ('criteria', share('commune', 100)),
    ('province-2026-2030', 'modernShare'): ('criteria', share('commune-advanced', 10)),
    ('vinhphuc-commune-advanced-2016-2020', 'allGroups'): ('recognition', CRIT),
    ('vinhphuc-village-model', 'allNineCriteria'): ('recognition', CRIT),
    ('thaibinh-commune-advanced-2018-2020', 'allCriteria'): ('recognition', CRIT),
}
# The 320 satisfaction row holds two thresholds; the second becomes its own condition.
EXTRA_CONDITIONS = {
    # The reference saw only criteria 1–2 of the special-district set (row 2.3 cut): the rest
    # exists but is unknown, so the set can never be met on the known rows alone.
    'amendments-211-2024': [{
        'id': 'special.remainingCriteria',
        'text': {'vi': 'Các tiêu chí còn lại của huyện NTM đặc thù (sau dòng 2.3, bị cắt)', 'en': 'The remaining criteria of the special district (after row 2.3, text cut)'},
        'purpose': 'criteria', 'status': 'not-found', 'sources': ['S18'],
        'check': NC,
        'note': 'Reference: the remaining special-district criteria were not seen.',
    }],
    'district-2021-2025': [{
        'id': 'q320.satisfaction.communes',
        'text': {'vi': 'Tỷ lệ hài lòng ở từng xã với từng nội dung ≥80%', 'en': 'Satisfaction ≥80% in each commune for each content'},
        'purpose': 'criteria', 'status': 'verified', 'sources': ['S09', 'S10'],
        'check': fact('minCommuneSatisfactionRate', '>=', 80),
        'note': 'Split from q320.satisfaction.',
    }],
}

TITLES_EN = {
    '1980/QĐ-TTg': 'National criteria for NTM communes, 2016–2020',
    '558/QĐ-TTg': 'Criteria for NTM districts and for towns/provincial cities completing the NTM task (2016–2020)',
    '691/QĐ-TTg': 'Criteria for model NTM communes, 2018–2020',
    '1274/QĐ-TTg': 'Conditions for provinces completing the NTM task in 2020',
    '318/QĐ-TTg': 'National criteria for NTM communes and advanced NTM communes, 2021–2025',
    '319/QĐ-TTg': 'Criteria for model NTM communes, 2021–2025',
    '320/QĐ-TTg': 'National criteria for NTM districts, advanced NTM districts, and towns/cities completing the NTM task, 2021–2025',
    '321/QĐ-TTg': 'Provinces completing the NTM task, 2021–2025',
    '211/QĐ-TTg': 'Amending criteria and indicators of the 2021–2025 commune, advanced commune, district and advanced district sets (318/QĐ-TTg, 320/QĐ-TTg), and adding criteria for special NTM districts without commune-level units',
    '51/2025/QĐ-TTg': 'National criteria for NTM and modern NTM communes and for provinces completing the task, 2026–2030',
    '2540/QĐ-TTg': 'Conditions and procedure for recognising NTM units, 2016–2020',
    '18/2022/QĐ-TTg': 'Conditions and procedure for recognising NTM units, 2021–2025',
}
DOCS = {d['document']: d for d in data['documents']}

# Periods: `from` as the reference gives; `to` extended where a set was applied past its named period.
PERIOD_TO = {
    # No repeal date was found; 1980 and 558 were still applied in 2021 (seed case), until 318/320 were signed.
    'commune-2016-2020': '2022-03-07', 'district-2016-2020': '2022-03-07', 'town-2016-2020': '2022-03-07',
    'commune-model-2018-2020': '2022-03-07',
    # The 2021–2025 sets give way to 51/2025/QĐ-TTg, in force 15/02/2026 (reference: the switch-over for new evaluations).
    'commune-model-2021-2025': '2026-02-14', 'town-2021-2025': '2026-02-14', 'province-2021-2025': '2026-02-14',
    'amendments-211-2024': '2026-02-14',
    # 211/QĐ-TTg (signed 01/3/2024; no other effective date found) amends 318 and 320: the base
    # versions end the day before; the amended versions (amend-211.ts) run to 2026-02-14.
    'commune-2021-2025': '2024-02-29', 'commune-advanced-2021-2025': '2024-02-29',
    'district-2021-2025': '2024-02-29', 'district-advanced-2021-2025': '2024-02-29',
}
YEARS = {'2016-2020': (2016, 2022), '2021-2025': (2021, 2026), '2026-2030': (2026, 2030)}
YEARS_OF = {'commune-model-2018-2020': (2018, 2022), 'province-2020': (2020, 2020), 'amendments-211-2024': (2024, 2026)}

def status(s): return STATUS[s]

def target(set_key, code, col, t, kind):
    op = t['op']
    value = t['value']
    st = status(t['status'])
    out = {'status': st, 'value': value if st == 'verified' else None, 'op': op, 'sources': t['sources']}
    if kind == 'absence':
        out['op'] = '<='  # 'Không' (none): at most 0, equivalent for counts and monotone.
        if st == 'verified':
            out['value'] = 0
    if (set_key, code) in RELATIVE and st == 'verified':
        out['relativeTo'] = RELATIVE[(set_key, code)]
    if st == 'provincial' and value is not None:
        cand = {'value': value, 'sources': t['sources']}
        prov = PROVINCE_OF.get((set_key, code, col))
        if prov: cand['province'] = prov
        out['candidates'] = [cand]
    if st == 'conflict' and (set_key, code, col) in CONFLICT_CANDIDATES:
        out['candidates'] = CONFLICT_CANDIDATES[(set_key, code, col)]
    if st != 'verified' and value is not None and st not in ('provincial',):
        raise SystemExit(f'unexpected value for {set_key} {code} {col}')
    if t.get('note'): out['note'] = t['note']
    return out

def measure_of(kind):
    return {'flag': 'flag', 'percent_min': 'percent', 'percent_max': 'percent', 'amount_min': 'amount',
            'count_min': 'count', 'absence': 'count', 'ratio_min': 'amount', 'compound': 'percent'}[kind]

def indicator(set_key, i):
    kind = i['kind']
    measure = measure_of(kind)
    unit = UNITS.get(i['unit']) if i['unit'] else None
    if kind == 'ratio_min':
        unit = UNITS['million VND/person/year']
    if i['unit'] == '%/year (growth rate)':
        measure = 'amount'  # a growth rate may be negative or above 100; it is not a share
    out = {'code': i['code'], 'text': {'vi': i['text_vi'], 'en': i['text_en']}, 'textStatus': status(i['textStatus']),
           'measure': measure}
    if unit: out['unit'] = unit
    out['targets'] = {COLUMN[k]: target(set_key, i['code'], k, t, kind) for k, t in i['targets'].items()}
    notes = [n for n in [i.get('note')] if n]
    if i.get('year'): notes.append(f"Target year printed in the row: {i['year']}.")
    if notes: out['note'] = ' '.join(notes)
    return out

def school_indicators(i):
    """318 criterion 5 is a compound rule (reference: 'encode by hand'): split into 5a and 5b."""
    t = i['targets']
    rest = [k for k, v in t.items() if v['value'] is None]
    full = [k for k, v in t.items() if v['value'] is not None]
    src = ['E1', 'E3']
    base_note = i['note']
    a = {'code': '5a', 'text': {'vi': 'Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS; hoặc trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS) đạt tiêu chuẩn cơ sở vật chất tối thiểu',
                               'en': 'Share of schools (pre-school, primary, lower secondary) meeting the minimum facilities (CSVC) standard'},
         'textStatus': 'verified', 'measure': 'percent',
         'columns': [COLUMN[k] for k in rest],
         'targets': {COLUMN[k]: {'status': 'verified', 'value': 100, 'op': '>=', 'sources': src, 'note': t[k]['note']} for k in rest},
         'ref': {'document': '318/QĐ-TTg', 'annex': 'Phụ lục I', 'row': '5'},
         'note': 'Split from compound row 5 (the regions other than ĐBSH and ĐNB: 100% at the minimum standard). ' + base_note}
    b = {'code': '5b', 'text': {'vi': 'Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất mức độ 1',
                               'en': 'Share of schools meeting facilities (CSVC) standard level 1'},
         'textStatus': 'verified', 'measure': 'percent',
         'targets': {},
         'ref': {'document': '318/QĐ-TTg', 'annex': 'Phụ lục I', 'row': '5'},
         'note': 'Split from compound row 5: ĐBSH and ĐNB 100% at level 1; the other regions ≥70% at level 1 for a commune with more than 3 schools, ≥50% with 3 or fewer. ' + base_note}
    for k in full:
        b['targets'][COLUMN[k]] = {'status': 'verified', 'value': 100, 'op': '>=', 'sources': src, 'note': t[k]['note']}
    for k in rest:
        b['targets'][COLUMN[k]] = [
            {'status': 'verified', 'value': 70, 'op': '>=', 'sources': src, 'when': {'fact': 'schoolCount', 'op': '>', 'value': 3}, 'note': 'Commune with more than 3 schools.'},
            {'status': 'verified', 'value': 50, 'op': '>=', 'sources': src, 'when': {'fact': 'schoolCount', 'op': '<=', 'value': 3}, 'note': 'Commune with 3 schools or fewer.'},
        ]
    return [a, b]

# Criteria whose list of indicators the reference knows to be incomplete: (set, number or '*') -> why.
# Such a criterion is never met on the known rows alone (src/evaluate/evaluate-criterion.ts).
INCOMPLETE = {
    ('commune-advanced-2021-2025', '*'): ('Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).',
                                         'The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators).'),
    ('district-2021-2025', '*'): ('Danh sách chỉ tiêu của Phụ lục I (320/QĐ-TTg) chưa thấy đầy đủ (tài liệu tham chiếu có 3 chỉ tiêu; thiếu dòng 2.3).',
                                  'The 320/QĐ-TTg Annex I indicator list was not seen in full (the reference has 3 indicators; row 2.3 is missing).'),
    ('district-advanced-2021-2025', '*'): ('Phụ lục III có 38 chỉ tiêu (theo nguồn của tỉnh); tài liệu tham chiếu chỉ có 5.',
                                           'Annex III has 38 indicators (provincial source); the reference has 5.'),
    ('amendments-211-2024', 2): ('Dòng 2.3 bị cắt; các dòng sau chưa thấy.', 'Row 2.3 is cut; the rows after it were not seen.'),
    ('commune-2026-2030', '*'): ('Phụ lục I có 47 chỉ tiêu; chỉ thấy tên 6 chỉ tiêu (mã và vị trí chưa kiểm chứng).',
                                 'Annex I has 47 indicators; only 6 names were seen (codes and placement not verified).'),
}

def criterion(set_key, c, index):
    number = c['number']
    out = {'id': str(number) if number is not None else f'c{index + 1}', 'number': number,
           'name': {'vi': c['name_vi'], 'en': c['name_en']}}
    if c.get('group_vi'):
        out['group'] = {'vi': c['group_vi'], 'en': group_en(c['group_vi'])}
    out['status'] = status(c['status'])
    out['sources'] = c['sources']
    inds = []
    for i in c['indicators']:
        if i['kind'] == 'compound':
            inds.extend(school_indicators(i))
        else:
            inds.append(indicator(set_key, i))
    out['indicators'] = inds
    why = INCOMPLETE.get((set_key, number)) or INCOMPLETE.get((set_key, '*'))
    if why: out['incompleteIndicators'] = {'vi': why[0], 'en': why[1]}
    return out

def group_en(vi):
    table = [('Quy hoạch', 'Planning'), ('Hạ tầng kinh tế - xã hội', 'Socio-economic infrastructure'),
             ('Kinh tế và tổ chức sản xuất', 'Economy and production organisation'),
             ('Văn hóa - Xã hội - Môi trường', 'Culture, society and environment'), ('Hệ thống chính trị', 'Political system')]
    for a, b in table:
        if a.lower() in vi.lower():
            prefix = re.match(r'^(Nhóm \d+\.|[IVX]+\.)\s*', vi)
            p = prefix.group(1).replace('Nhóm', 'Group') + ' ' if prefix else ''
            return p + b
    return vi

def condition(set_key, c):
    key = (set_key, c['id']) if (set_key, c['id']) in CONDITIONS else ('*', c['id'])
    if key not in CONDITIONS:
        raise SystemExit(f'no mapping for condition {set_key} {c["id"]}: {c["check"]}')
    purpose, check = CONDITIONS[key]
    out = {'id': c['id'], 'text': {'vi': c['text_vi'], 'en': c['en']}, 'purpose': purpose, 'status': status(c['status']),
           'sources': c['sources'], 'check': check}
    if c['id'].startswith('r18.'): out['document'] = '18/2022/QĐ-TTg'
    elif c['id'] in ('registered', 'allCriteria', 'noDebt', 'allCommunesNTM', 'allDistrictCriteria') and set_key.endswith('2016-2020'):
        out['document'] = '2540/QĐ-TTg'
    out['note'] = f"Reference check: {c['check']}"
    return out

CATEGORIES_318 = [
    {'id': 'extremely-disadvantaged', 'name': {'vi': 'Xã đặc biệt khó khăn', 'en': 'Extremely disadvantaged commune'}},
    {'id': 'safe-zone-poor-district', 'name': {'vi': 'Xã an toàn khu thuộc huyện nghèo (hoặc vừa thoát nghèo giai đoạn 2018–2020)', 'en': 'Safe-zone (ATK) commune of a poor (or just-out-of-poverty 2018–2020) district'}},
]

def column_rule(set_key, r, index):
    out = {'id': f'{set_key}.r{index + 1}', 'text': {'vi': r['text_vi'], 'en': r['en']}, 'status': status(r['status']), 'sources': r['sources']}
    if set_key in ('commune-2021-2025', 'commune-advanced-2021-2025') and r['en'].startswith('Original Art. 1'):
        out['id'] = '318.art1'
        out['select'] = {'categories': ['extremely-disadvantaged', 'safe-zone-poor-district'], 'column': 'northern-midlands-mountains'}
    return out

def legal_document(number, role, annex=None):
    d = DOCS.get(number, {})
    out = {'document': number, 'role': role,
           'title': {'vi': d.get('title_vi') or number, 'en': TITLES_EN.get(number, d.get('title_vi') or number)},
           'signed': d.get('signed'), 'inForce': d.get('effective')}
    if annex: out['annex'] = annex
    if d.get('replaces'): out['replaces'] = d['replaces']
    return out

def collect_sources(obj, acc):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == 'sources' and isinstance(v, list): acc.update(v)
            else: collect_sources(v, acc)
    elif isinstance(obj, list):
        for v in obj: collect_sources(v, acc)
    return acc

def period_name(s):
    if s['key'].endswith('2016-2020') or s['key'] in ('province-2020', 'commune-model-2018-2020'): return '2016-2020'
    if s['key'].endswith('2026-2030'): return '2026-2030'
    if s['key'].endswith('2021-2025') or s['key'].endswith('2024'): return '2021-2025'
    return None

# Rows of a set that another set carries: 211's commune column rule and change list go to the
# amended 318/320 versions (rules/national/2021-2025/amend-211.ts), not to the special districts.
SKIP_CONDITIONS = {('amendments-211-2024', 'change.amendedIndicators')}
SKIP_COLUMN_RULES = {'amendments-211-2024'}

def build(s, set_id, family, version, out_path, title, extra=None):
    crit = [criterion(s['key'], c, n) for n, c in enumerate(s['criteria'])]
    conds = [condition(s['key'], c) for c in s['conditions'] if (s['key'], c['id']) not in SKIP_CONDITIONS] + EXTRA_CONDITIONS.get(s['key'], [])
    rules = [] if s['key'] in SKIP_COLUMN_RULES else [column_rule(s['key'], r, n) for n, r in enumerate(s['columnRules'])]
    doc = legal_document(s['document'], 'base', s.get('annex')) if '/' in s['document'] and not s['document'].startswith('Vĩnh Phúc') else \
        {'document': s['document'], 'role': 'base', 'title': {'vi': s['document'], 'en': s['document']}, 'signed': None, 'inForce': None}
    # Only the set's own decree is its basis; recognition decrees are cited per condition.
    basis = [doc]
    period = {'from': s['period']['from'], 'to': PERIOD_TO.get(s['key'], s['period']['to'])}
    out = {'id': set_id, 'family': family, 'version': version, 'level': s['level'], 'title': title, 'period': period}
    p = period_name(s)
    if p:
        y = YEARS_OF.get(s['key'], YEARS[p])
        out['years'] = {'from': y[0], 'to': y[1]}
    out['legalBasis'] = basis
    out['columns'] = s['columns']
    out['columnRules'] = rules
    if s['key'] in ('commune-2021-2025', 'commune-advanced-2021-2025'):
        out['communeCategories'] = CATEGORIES_318
    out['criteria'] = crit
    out['conditions'] = conds
    used_facts = set()
    for c in conds:
        if c['check']['kind'] == 'fact': used_facts.add(c['check']['fact'])
    for c in crit:
        for i in c['indicators']:
            for cell in i['targets'].values():
                for t in (cell if isinstance(cell, list) else [cell]):
                    if t.get('when'): used_facts.add(t['when']['fact'])
    if used_facts:
        out['facts'] = {f: {'kind': FACTS[f][0], 'text': {'vi': FACTS[f][1], 'en': FACTS[f][2]}} for f in sorted(used_facts)}
    refs = {t.get('relativeTo') for c in crit for i in c['indicators'] for cell in i['targets'].values() for t in (cell if isinstance(cell, list) else [cell])} - {None}
    if refs:
        out['references'] = {r: {'kind': 'number', 'text': {'vi': REFERENCES[r][0], 'en': REFERENCES[r][1]}, 'unit': UNITS[REFERENCES[r][2]]} for r in sorted(refs)}
    if extra: out.update(extra)
    ids = sorted(collect_sources(out, set()))
    missing = [i for i in ids if i not in SOURCES]
    if missing: raise SystemExit(f'unknown sources {missing}')
    out['sources'] = {i: ({'url': SOURCES[i]['url']} if SOURCES[i].get('url') else {}) | {'what': SOURCES[i]['what']} for i in ids}
    notes = DOCS.get(s['document'], {}).get('notes')
    if notes: out['notes'] = notes
    return out

def ts_literal(obj):
    body = json.dumps(obj, ensure_ascii=False, indent=2)
    return re.sub(r'^(\s*)"([A-Za-z_][A-Za-z0-9_]*)":', r'\1\2:', body, flags=re.M)

# Conditions that one recognition decree states for several sets live once, in that decree's file.
SHARED_CONDITION_FILES = {
    '18/2022/QĐ-TTg': ('rules/national/2021-2025/recognition-18-2022.ts',
                       'Điều kiện công nhận của Quyết định 18/2022/QĐ-TTg, dùng chung cho các bộ tiêu chí 2021–2025.\n * Recognition conditions of 18/2022/QĐ-TTg, shared by the 2021–2025 sets.'),
    '2540/QĐ-TTg': ('rules/national/2016-2020/recognition-2540.ts',
                    'Điều kiện công nhận của Quyết định 2540/QĐ-TTg, dùng chung cho các bộ tiêu chí 2016–2020.\n * Recognition conditions of 2540/QĐ-TTg, shared by the 2016–2020 sets.'),
}

def shared_name(condition):
    prefix = 'recognition2540' if condition['document'] == '2540/QĐ-TTg' else ''
    words = re.split(r'[^A-Za-z0-9]+', condition['id'])
    name = words[0] + ''.join(w[:1].upper() + w[1:] for w in words[1:])
    return prefix + name[:1].upper() + name[1:] if prefix else name

def share_conditions(objs):
    """Replaces conditions that are identical in two or more sets by a reference to one shared const."""
    seen = {}
    for _, obj in objs:
        for c in obj['conditions']:
            if c.get('document') in SHARED_CONDITION_FILES:
                seen.setdefault(json.dumps(c, sort_keys=True), []).append(c)
    shared = {key: cs[0] for key, cs in seen.items() if len(cs) >= 2}
    names = {}
    for key, c in shared.items():
        name = shared_name(c)
        if name in names.values(): raise SystemExit(f'two shared conditions named {name}')
        names[key] = name
    by_file = {}
    for key, c in shared.items():
        by_file.setdefault(SHARED_CONDITION_FILES[c['document']][0], []).append((names[key], c))
    for path, items in by_file.items():
        doc = next(d for f, d in SHARED_CONDITION_FILES.values() if f == path)
        rel = '../' * path.count('/')
        parts = [f"""// Imported from shared/reference/criteria.json (generated {data['generated']}) by
// scripts/import-reference.py, then maintained by hand.
//
// {doc.replace(chr(10) + ' * ', chr(10) + '// ')}
import type {{ Condition }} from '{rel}src/model/condition.js';"""]
        for name, c in sorted(items):
            parts.append(f"\n/** {c['text']['vi']} / {c['text']['en']} */\nexport const {name} = {ts_literal(c)} as const satisfies Condition;")
        open(os.path.join(ROOT, path), 'w', encoding='utf-8').write('\n'.join(parts) + '\n')
        print('wrote', path)
    for path, obj in objs:
        imports = {}
        for i, c in enumerate(obj['conditions']):
            key = json.dumps(c, sort_keys=True)
            if key in names:
                obj['conditions'][i] = f'__SHARED__{names[key]}'
                imports.setdefault(SHARED_CONDITION_FILES[c['document']][0], []).append(names[key])
        obj['__imports__'] = imports

def write(path, const_name, obj, doc_comment):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    depth = path.count('/')
    rel = '../' * depth
    imports = obj.pop('__imports__', {})
    body = ts_literal(obj)
    body = re.sub(r'"__SHARED__([A-Za-z0-9]+)"', r'\1', body)
    shared_imports = ''.join(
        f"import {{ {', '.join(sorted(names))} }} from './{os.path.relpath(file, os.path.dirname(path))[:-3]}.js';\n".replace("'./../", "'../")
        for file, names in sorted(imports.items()))
    text = f"""// Imported from shared/reference/criteria.json (generated {data['generated']}) by
// scripts/import-reference.py, then maintained by hand: every value keeps its source ids and
// its verification status; only `verified` values are targets.
import {{ defineCriteriaSet }} from '{rel}src/model/criteria-set.js';
{shared_imports}
/**
{doc_comment}
 */
export const {const_name} = defineCriteriaSet({body});
"""
    open(full, 'w', encoding='utf-8').write(text)

SETS = {s['key']: s for s in data['sets']}

def example(const, obj):
    """A TSDoc @example that type-checks against the set: its first indicator, or its facts."""
    codes = [i['code'] for c in obj['criteria'] for i in c['indicators']]
    column = {'regions': "region: 'red-river-delta', ", 'groups': "group: 'group-2', ", 'single': ''}[obj['columns']]
    year = obj['years']['from'] + 1 if obj.get('years') and obj['years']['from'] < obj['years']['to'] else obj.get('years', {}).get('from', 2020)
    lines = [' * @example']
    if obj['id'] == 'commune-2026-2030':
        lines += [" * // No group target is known yet: the province supplies it, and the result records it.",
                  f" * const r = evaluate({const}, {{ group: 'group-2', year: 2026, values: {{ '6.x1': 1.5 }},",
                  " *   overrides: { '6.x1': { value: 2, by: 'UBND tỉnh …' } } });",
                  " * r.criteria[5].indicators[0].status; // 'met' (1.5 ≤ 2, override recorded in r.overrides)"]
    elif obj['id'] == 'commune-model-2018-2020':
        lines += [f" * const r = evaluate({const}, {{ values: {{ '1.2': 70 }}, references: {{ incomeAtRecognition: 45 }} }});",
                  " * r.criteria[0].indicators[1].target; // 67.5 (1.5 × 45)"]
    elif codes:
        first = next(i for c in obj['criteria'] for i in c['indicators'])
        value = 'true' if first['measure'] == 'flag' else '100'
        lines += [f" * const r = evaluate({const}, {{ {column}year: {year}, values: {{ '{first['code']}': {value} }} }});",
                  f" * r.criteria[0].indicators[0].status;"]
    else:
        fact = next(iter(obj.get('facts', {})), None)
        facts = f", facts: {{ {fact}: {'true' if obj['facts'][fact]['kind'] == 'boolean' else '0'} }}" if fact else ''
        lines += [f" * const r = evaluate({const}, {{ year: {year}, values: {{}}{facts} }});",
                  " * r.conditions.map((c) => [c.id, c.status]);"]
    return '\n'.join(lines)


if __name__ == '__main__':
    targets = sys.argv[2:] if len(sys.argv) > 2 else None
    T = lambda vi, en: {'vi': vi, 'en': en}
    N16, N21, N26 = 'rules/national/2016-2020/', 'rules/national/2021-2025/', 'rules/national/2026-2030/'
    # (reference key, file, const, set id, version, title, extra fields)
    plan = [
        ('commune-2016-2020', N16 + 'commune-1980.ts', 'commune1980', 'commune-2016-2020', '1980/QĐ-TTg',
         T('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020', 'National criteria for NTM communes, 2016–2020'), None),
        ('district-2016-2020', N16 + 'district-558.ts', 'district558', 'district-2016-2020', '558/QĐ-TTg',
         T('Tiêu chí huyện nông thôn mới giai đoạn 2016–2020', 'Criteria for NTM districts, 2016–2020'), None),
        ('town-2016-2020', N16 + 'town-558.ts', 'town558', 'town-2016-2020', '558/QĐ-TTg',
         T('Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2016–2020',
           'Towns and provincial cities completing the NTM task, 2016–2020'), None),
        ('commune-model-2018-2020', N16 + 'commune-model-691.ts', 'communeModel691', 'commune-model-2018-2020', '691/QĐ-TTg',
         T('Tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2018–2020', 'Criteria for model NTM communes, 2018–2020'), None),
        ('province-2020', N16 + 'province-1274.ts', 'province1274', 'province-2020', '1274/QĐ-TTg',
         T('Điều kiện công nhận tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới năm 2020',
           'Conditions for provinces and centrally-run cities completing the NTM task in 2020'), None),
        ('commune-2021-2025', N21 + 'commune-318.ts', 'commune318', 'commune-2021-2025', '318/QĐ-TTg',
         T('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025 (Phụ lục I)', 'National criteria for NTM communes, 2021–2025 (Annex I)'), None),
        ('commune-advanced-2021-2025', N21 + 'commune-advanced-318.ts', 'communeAdvanced318', 'commune-advanced-2021-2025', '318/QĐ-TTg',
         T('Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025 (Phụ lục II)', 'National criteria for advanced NTM communes, 2021–2025 (Annex II)'), None),
        ('commune-model-2021-2025', N21 + 'commune-model-319.ts', 'communeModel319', 'commune-model-2021-2025', '319/QĐ-TTg',
         T('Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025', 'Model NTM communes, 2021–2025'), None),
        ('district-2021-2025', N21 + 'district-320.ts', 'district320', 'district-2021-2025', '320/QĐ-TTg',
         T('Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021–2025 (Phụ lục I)', 'National criteria for NTM districts, 2021–2025 (Annex I)'), None),
        ('town-2021-2025', N21 + 'town-320.ts', 'town320', 'town-2021-2025', '320/QĐ-TTg',
         T('Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021–2025 (Phụ lục II)',
           'Towns and provincial cities completing the NTM task, 2021–2025 (Annex II)'), None),
        ('district-advanced-2021-2025', N21 + 'district-advanced-320.ts', 'districtAdvanced320', 'district-advanced-2021-2025', '320/QĐ-TTg',
         T('Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021–2025 (Phụ lục III)', 'National criteria for advanced NTM districts, 2021–2025 (Annex III)'), None),
        ('province-2021-2025', N21 + 'province-321.ts', 'province321', 'province-2021-2025', '321/QĐ-TTg',
         T('Quy định tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021–2025',
           'Provinces and centrally-run cities completing the NTM task, 2021–2025'), None),
        ('amendments-211-2024', N21 + 'district-special-211.ts', 'districtSpecial211', 'district-special-2024', '211/QĐ-TTg',
         T('Tiêu chí huyện nông thôn mới đặc thù không có đơn vị hành chính cấp xã giai đoạn 2021–2025',
           'Criteria for special NTM districts without commune-level units, 2021–2025'), {'scope': 'no-commune-units'}),
        ('commune-2026-2030', N26 + 'commune-51.ts', 'commune51', 'commune-2026-2030', '51/2025/QĐ-TTg',
         T('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030 (Phụ lục I)', 'National criteria for NTM communes, 2026–2030 (Annex I)'), None),
        ('commune-modern-pilot-2026-2030', N26 + 'commune-modern-pilot-51.ts', 'communeModernPilot51', 'commune-modern-pilot-2026-2030', '51/2025/QĐ-TTg',
         T('Quy định khung thí điểm xây dựng xã nông thôn mới hiện đại giai đoạn 2026–2030 (Phụ lục II)',
           'Pilot framework for modern NTM communes, 2026–2030 (Annex II)'), None),
        ('province-2026-2030', N26 + 'province-51.ts', 'province51', 'province-2026-2030', '51/2025/QĐ-TTg',
         T('Quy định tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2026–2030 (Phụ lục III)',
           'Provinces and cities completing the NTM task, 2026–2030 (Annex III)'), None),
    ]
    built = []
    for key, path, const, set_id, version, title, extra in plan:
        if targets and key not in targets: continue
        built.append((key, path, const, version, title, build(SETS[key], set_id, set_id, version, path, title, extra)))
    share_conditions([(path, obj) for _, path, _, _, _, obj in built])
    for key, path, const, version, title, obj in built:
        write(path, const, obj, f" * {title['vi']} ({version}).\n * {title['en']}.\n" + example(const, obj))
        print('wrote', path)
