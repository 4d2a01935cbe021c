#!/usr/bin/env python3
"""One-time rewrite of the notes (issue 11, point 5): what is known of a value and from where,
in the legend's terms, without an account of how the research went. Values and statuses are not
touched (compare-sets.ts proves it). Run over the rules files and the source list."""
import re, sys, glob

# Whole phrases first (the most specific), then general wording.
PHRASES = [
    ("Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND).", "Wording not seen in a text (recalled); no public text seen shows this criterion's list of indicators."),
    ("Medium confidence (an earlier reading).", ""),
    ("Believed identical for all regions; a second check NOT_FOUND.", "Regional columns not found."),
    ("A second check: regional columns NOT_FOUND.", "Regional columns not found."),
    ("Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording.", "The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording."),
    ("per-region equality not seen; a second check NOT_FOUND.", "per-region values not found."),
    (" (two separate searches)", ""),
    ("Regional ceiling not found (an earlier reading; about 14 queries in a second check returned only poverty statistics).", "Regional ceiling not found in a public text."),
    ("Huyện NTM has 9 criteria (count from the brief; names RECALLED except Giao thông) [RECALLED]. A second check searched again: names and indicators of criteria 1, 3–9 NOT_FOUND.", "Huyện NTM has 9 criteria (count not seen in a text; names not seen in a text except Giao thông). Names and indicators of criteria 1, 3–9: not found."),
    (" (= E16 in a later reading)", ""),
    ("(inferred, seed-case)", "(inferred from the Tam Đảo case)"),
    (" Mirror: http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/39774/...", " Also at tintuc.thuvienphapluat.com (TVPL new-documents bulletin 39774)."),
    ("is not stated in the notes [NOT_FOUND]", "is not stated in any public text seen [NOT_FOUND]"),
    ("(its name not recorded in the notes)", "(its name not recorded)"),
    ("The NTM app named in the first brief (GitHub file 56210845855) holds invented demo data and was not used [VERIFIED; G1, G2].", "Not a source: a demo NTM app with invented data [G1, G2]."),
    ("Recalled ≥75% (not used as a value). Low confidence.", "Recalled ≥75% (not used as a value)."),
    ("Recalled ≥80% (not used as a value). Low confidence.", "Recalled ≥80% (not used as a value)."),
    ("an earlier reading: Chung 'Đạt' VERIFIED (S_INFONET), region cells RECALLED; flag rule applied.", "General column 'Đạt' verified in a public text (S_INFONET); region cells not seen in a text; flag rule applied."),
    ("Mirror of a TVPL Q&A: ", "Thư Viện Pháp Luật Q&A (copy on a TVPL server): "),
    ("Round-2 advice: treat 15/02/2026 as the switch-over for new evaluations; keep 318-era sets for recognitions made before that date; encode no carry-over rule until the Điều khoản thi hành has been read.", "The library treats 15/02/2026 as the switch-over for new evaluations and keeps the 318-era sets for recognitions made before that date; no carry-over rule is encoded, as the Điều khoản thi hành is not seen."),
    ("Not sources (fabricated demo apps with 51/2025-like structure): GitHub file ids 56305595153, 56483454920 ('Biểu 10' rows, a 'Circular 23 Indicators Dictionary'), 56112475943, 56241421670, 56258847010 [VERIFIED; G2]. 'Circular 23' is a lead worth checking.", "Not sources: demo apps with invented data in the shape of 51/2025 [G2]. A 'Circular 23' they mention is not seen in a public text."),
    ("Seed case Tam Đảo", "The Tam Đảo case"),
    ("(FROM BRIEF) [RECALLED]", "[RECALLED: not seen in a text]"),
    ("an earlier reading marked the 'Đạt' cells RECALLED", "the 'Đạt' cells are not seen in a text"),
    ("(an earlier reading recalled '", "(recalled, not seen in a text: '"),
    ("(an earlier reading recalled '", "(recalled, not seen in a text: '"),
    ("an earlier reading recalled '", "recalled, not seen in a text: '"),
    ("Wording RECALLED (an earlier reading: '", "Wording not seen in a text (recalled: '"),
    ("Wording RECALLED (an earlier reading); a second check saw only the fragment", "Wording not seen in a text (recalled); a public text shows only the fragment"),
    ("Cell not seen (an earlier reading RECALLED 'Đạt', a second check NOT_FOUND); per the flag rule the target follows the verified wording.", "The cell ('Đạt') is not seen in a text; by the flag rule the target follows the verified wording."),
    ("An earlier reading: S04 confirms a 4th health indicator exists and S05 names it. A second check snippet cut at '+ Bắc…'; other five regions NOT_FOUND.", "S04 shows that a 4th health indicator exists and S05 names it; the snippet is cut at '+ Bắc…'; the other five regions: not found."),
    ("seed-case.md reads it as", "The Tam Đảo case study reads it as"),
    ("http://118.69.201.250:801/", "http://118.69.201.250:801/"),  # addresses are kept; the publisher is named in `what`
    ("Mirror of a TVPL listing snippet", "Thư Viện Pháp Luật listing snippet (copy on a TVPL server)"),
    ("Wording RECALLED. An earlier reading recalls absolute regional levels by year (2022–2025), not a '+10%' rule; values not retrieved.", "Wording not seen in a text (recalled). Absolute regional levels by year (2022–2025), not a '+10%' rule, are recalled; no value is seen in a text."),
    ("An earlier reading coded it 14.1; code not seen.", "Code not seen (14.1 is recalled)."),
    ("Status disagreement, same value: seed-case.md treats ≥55% as a national (VERIFIED) rule; an earlier reading VERIFIED-2 but 'not filled into region cells'; a second check PROVINCIAL (BTB). The lower status is kept. Code/regional split unverified.", "≥55% is seen only in a province's text (Báo Thanh Hóa, BTB); no national text seen states it per region, so the value is provincial here. Code and regional split not verified."),
    ("Labelled '(Y tế)' in a later reading; placed under this criterion by inference.", "Labelled '(Y tế)' in its source; placed under this criterion by inference."),
    ("(seed-case TC-01, inferred; Tam Đảo passed the 2019 pre-check but failed the re-check)", "(inferred from the Tam Đảo case: it passed the 2019 pre-check but failed the re-check)"),
    ("(premise of the brief; QĐ 558 wording not seen)", "(not seen in a text; QĐ 558 wording not seen)"),
    ("inferred (seed-case); evidence:", "inferred from the Tam Đảo case:"),
    (" an earlier reading had recalled ≥98% (QĐ 491 column).", " ≥98% (the QĐ 491 column) is recalled, not seen in a text."),
    ("; a later reading found no new source.", "; no national source seen."),
    ("Per-year thresholds 2016–2019 NOT_FOUND;", "Per-year thresholds 2016–2019: not found in a public text;"),
    ("Weak recollection ≤12% (RECALLED, do not encode).", "≤12% is recalled, not seen in a text (not encoded)."),
    ("(S_YT, TVPL Q&A 24BBF, re-seen in a second check)", "(S_YT, TVPL Q&A 24BBF)"),
    ("; a second check reads it as possibly the ĐBSCL column.", "; it may be the ĐBSCL column."),
    (" (an earlier reading); a second check: the only source does not say whether this is the Chung or the ĐBSCL column.", "; the only source does not say whether this is the general or the ĐBSCL column."),
    ("; seed-case did not know the S_MT ĐBSH value.", "."),
    ("Both Q&A mirrors print", "Both copies of the Q&A print"),
    ("the 60% clean share itself was marked VERIFIED by an earlier reading.", "the 60% clean-water share itself is verified in a public text."),
    ("(S_MT, both TVPL/TKL mirrors re-read in a second check)", "(S_MT, in both the TVPL and the Thư Ký Luật copies)"),
    ("; also seed-case's 'national summary 95/60'", "; also the Tam Đảo case study's 'national summary 95/60'"),
    ("region not stated. A second check: NOT_FOUND.", "region not stated; not found."),
    ("(region not stated). A second check: NOT_FOUND.", "(region not stated); not found."),
    ("[seed-case TC-07]", "(Tam Đảo case study)"),
    ("; mirror: https://nganhangphapluat.thukyluat.vn/", "; also at https://nganhangphapluat.thukyluat.vn/"),
    (" (mirror seen in a later reading: http://thunghiem.thaibinhtv.vn/", " (also at http://thunghiem.thaibinhtv.vn/"),
    (" (= S34 in ntm-2021-2025; also cited by seed-case.md)", ""),
    (" (= S35 in ntm-2021-2025; re-read in a later reading)", ""),
    ("An earlier reading encoded 49 indicators (codes as used in the decision; RECALLED numbering for unverified rows).", "49 indicators (codes as used in the decision; the numbering of unverified rows is recalled, not seen in a text)."),
    ("were NOT_FOUND in any retrieved text.", "are not found in any public text."),
    ("seed-case.md lists 691 as RECALLED; an earlier reading saw it (S_691A–E).", "691/QĐ-TTg is verified in public texts (S_691A–E)."),
    ("A second check (dantocphattrien) settles an earlier reading's inference: the reference is the nâng cao threshold, not the commune's own earlier income.", "Dân tộc & Phát triển states that the reference is the nâng cao threshold, not the commune's own earlier income."),
    ("(decree seen only in a Czech copy; number and date not seen)", "(the decree is seen only in a foreign-language copy of a Vietnamese report; number and date not seen)"),
    ("(a later reading records this as a draft-vs-final CONFLICT; the final decision wins)", "(draft and final text conflict; the final decision applies)"),
    ("(NOT_FOUND; round-2 advice: new evaluations from 2026-02-15 use this set)", "(not found; new evaluations from 2026-02-15 use this set)"),
    ("(Czech-language copy) decree on classifying", "Foreign-language copy of a Vietnamese report on the decree classifying"),
    (" (= R8 in a later reading: lead paragraph of 'Bộ tiêu chí nông thôn mới 2026–2030: Siết điều kiện tỉnh, nâng chuẩn xã')", " (lead paragraph of 'Bộ tiêu chí nông thôn mới 2026–2030: Siết điều kiện tỉnh, nâng chuẩn xã')"),
    ("Seed-case advice; Hồ Sơn 3/5 = chưa đạt in 2021 (FROM BRIEF).", "Hồ Sơn met 3 of 5 = chưa đạt in 2021 (not seen in a text)."),
    ("is inferred (seed-case) [RECALLED]", "is inferred from the Tam Đảo case [RECALLED]"),
    ("Count FROM BRIEF:", "Count not seen in a text:"),
    ("Nine criteria: count FROM BRIEF [RECALLED]", "Nine criteria: count not seen in a text [RECALLED]"),
]

def literals(line):
    """(start, end, quote) of each string literal of one line of TypeScript."""
    out, i, q, start = [], 0, None, 0
    while i < len(line):
        ch = line[i]
        if q:
            if ch == '\\': i += 2; continue
            if ch == q: out.append((start, i, q)); q = None
        elif ch in "'\"`": q, start = ch, i + 1
        i += 1
    return out

def unescape(s, q):
    return s.replace('\\' + q, q).replace('\\\\', '\\')

def escape(s, q):
    return s.replace('\\', '\\\\').replace(q, '\\' + q)

def rewrite(text):
    for a, b in PHRASES:
        text = text.replace(a, b)
    return text

PHRASES += [
    (" Low-medium confidence on the exact list 13.1–13.5.", " The exact list 13.1–13.5 is recalled, not seen in a text."),
    ("seed-case.md restates the same regional values", "The Tam Đảo case study restates the same regional values"),
    # The legend's terms for the status tags.
    ("[VERIFIED; ", "[verified in a public text: "), ("[VERIFIED]", "[verified in a public text]"),
    ("[PROVINCIAL; ", "[seen only in a province's text: "), ("[PROVINCIAL]", "[seen only in a province's text]"),
    ("[CONFLICT; ", "[sources conflict: "), ("[CONFLICT]", "[sources conflict]"),
    ("[RECALLED: not seen in a text]", "[not seen in a text]"), ("[RECALLED]", "[not seen in a text]"), ("[RECALLED; ", "[not seen in a text: "),
    ("[NOT_FOUND; ", "[not found: "), ("[NOT_FOUND]", "[not found]"),
    (": NOT_FOUND.", ": not found."), (" NOT_FOUND", " not found"), ("(NOT_FOUND)", "(not found)"),
    ("Wording RECALLED", "Wording not seen in a text (recalled)"),
]

files = sys.argv[1:] or sorted(glob.glob('rules/**/*.ts', recursive=True)) + ['src/model/commune-group.ts']
for f in files:
    lines = open(f).read().split('\n')
    changed = False
    for n, line in enumerate(lines):
        out, last = [], 0
        for s, e, q in literals(line):
            raw = unescape(line[s:e], q)
            new = rewrite(raw)
            if new != raw:
                out.append(line[last:s]); out.append(escape(new, q)); last = e
        if out:
            out.append(line[last:]); lines[n] = ''.join(out); changed = True
    if changed:
        open(f, 'w').write('\n'.join(lines))
        print('rewrote', f)
