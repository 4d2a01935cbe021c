import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ntm, scratch } from './helpers.js';

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('ntm: help, usage errors and exit codes', () => {
  it('prints help in Vietnamese and English and exits 0', () => {
    const r = ntm(['--help'], scratch());
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Bộ tiêu chí nông thôn mới');
    expect(r.stdout).toContain('evaluate');
    expect(r.stdout).toContain('aggregate');
  });

  it('exits 2 with a clear message, never a stack trace, for a wrong flag, set, date, file or layout', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'x.csv'), 'Tên xã,10\nA,1\n');
    const cases: [string[], RegExp][] = [
      [['evaluate', 'x.csv', '--bogus'], /Lỗi: không có tùy chọn '--bogus'/],
      [['evaluate', 'x.csv', '--lang', 'en', '--bogus'], /error: unknown option '--bogus'/],
      [['evaluate', 'x.csv', '--lang', 'fr'], /giá trị 'fr' của tùy chọn '--lang <lang>' không hợp lệ; chọn một trong: vi, en/],
      [['evaluate', 'x.csv', '--set', 'commune-2099'], /Không có bộ tiêu chí "commune-2099"/],
      [['evaluate', 'x.csv'], /Cần --set ID/],
      [['evaluate', 'x.csv', '--on', '2024-02-30', '--level', 'commune'], /Ngày "2024-02-30" không hợp lệ/],
      [['evaluate', 'x.csv', '--on', '2024-06-30', '--level', 'xa'], /Cấp "xa" không có/],
      [['evaluate', 'nothing.xlsx', '--set', 'commune-2021-2025'], /Không có tệp "nothing.xlsx"/],
      [['evaluate', 'x.csv', '--set', 'commune-2021-2025', '-o', 'r.pdf'], /Không biết định dạng của "r.pdf"/],
      [['evaluate', 'x.csv', '--set', 'commune-2021-2025', '--region', 'ĐBSH', '--group', '1'], /Chỉ dùng một trong --region và --group/],
      [['evaluate', 'x.csv', '--set', 'commune-2021-2025', '--province', 'Atlantis'], /Tỉnh "Atlantis" không có/],
      [['template', 'commune-2021-2025'], /Cần -o TỆP/],
      [['template', 'commune-2021-2025', '-o', 'f.xlsx', '--layout', 'tall'], /Bố cục "tall" không có/],
      [['aggregate', 'x.csv', '--set', 'commune-2021-2025'], /không có điều kiện về các đơn vị cấp dưới/],
    ];
    for (const [args, message] of cases) {
      const r = ntm(args, dir);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      noStack(r.stderr);
    }
  });

  it('prints its help in one language: Vietnamese by default, English with --lang en', () => {
    const vi = ntm(['evaluate', '--help'], scratch()).stdout;
    expect(vi).toContain('Cách dùng: ntm evaluate [tùy chọn] <data>');
    expect(vi).toContain('Tùy chọn:');
    expect(vi).toContain('ghi đè tệp đã có');
    expect(vi).not.toMatch(/\b(Usage|Options|overwrite|choices|default)\b/);
    const en = ntm(['evaluate', '--help', '--lang', 'en'], scratch()).stdout;
    expect(en).toContain('Usage: ntm evaluate [options] <data>');
    expect(en).toContain('overwrite an existing file');
    expect(en).not.toContain('ghi đè');
  });

  it('speaks English with --lang en', () => {
    const r = ntm(['evaluate', 'x.csv', '--set', 'nope', '--lang', 'en'], scratch());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage error: There is no criteria set "nope"');
  });

  it('never overwrites a file without --force', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'form.xlsx'), 'keep me');
    const r = ntm(['template', 'commune-2021-2025', '-o', 'form.xlsx'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('thêm --force để ghi đè');
    const forced = ntm(['template', 'commune-2021-2025', '-o', 'form.xlsx', '--force'], dir);
    expect(forced.status).toBe(0);
    expect(existsSync(join(dir, 'form.xlsx'))).toBe(true);
  });
});

describe('ntm sets', () => {
  it('lists every set, and with --on/--level the ones in force, marking the one that applies', () => {
    const all = JSON.parse(ntm(['sets', '--json'], scratch()).stdout) as { id: string }[];
    expect(all.map((s) => s.id)).toContain('commune-2026-2030');
    const r = ntm(['sets', '--on', '2024-06-30', '--level', 'commune', '--json'], scratch());
    expect(r.status).toBe(0);
    const sets = JSON.parse(r.stdout) as { id: string; applies: boolean; knownTargets: number; targetCells: number }[];
    expect(sets.filter((s) => s.applies).map((s) => s.id)).toEqual(['commune-2021-2025+211']);
    expect(sets[0]!.targetCells).toBeGreaterThan(sets[0]!.knownTargets);
    const text = ntm(['sets', '--on', '2024-06-30', '--level', 'commune'], scratch());
    expect(text.stdout).toContain('* commune-2021-2025+211');
  });
});
