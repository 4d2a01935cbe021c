import { describe, expect, it } from 'vitest';
import { percentOfFraction, readFlag, readIndicatorCell, readNumber, readRatio } from '../src/cell-value.js';

const text = (value: string) => ({ value, text: value, percent: false });

describe('Vietnamese cell conventions', () => {
  it('reads decimal commas, decimal dots and Vietnamese thousand separators', () => {
    expect(readNumber('97,5')).toBe(97.5);
    expect(readNumber('97.5')).toBe(97.5);
    expect(readNumber('1.940')).toBe(1940);
    expect(readNumber('2.000.000')).toBe(2_000_000);
    expect(readNumber('1.234,5')).toBe(1234.5);
    expect(readNumber('1,234.5')).toBe(1234.5);
    expect(readNumber('1 940')).toBe(1940);
    expect(readNumber('-3,5')).toBe(-3.5);
    expect(readNumber('97,5%')).toBe(97.5);
  });

  it('refuses what is not a number', () => {
    for (const bad of ['', 'abc', '1,2,3', '1.2.3', '.', '1..2', '12a', '1.23,4,5']) expect(readNumber(bad), bad).toBeUndefined();
  });

  it('reads "Đạt" and its opposites, whatever the case and accents', () => {
    expect(readFlag('Đạt')).toBe(true);
    expect(readFlag('ĐẠT ')).toBe(true);
    expect(readFlag('Chưa đạt')).toBe(false);
    expect(readFlag('Không đạt')).toBe(false);
    expect(readFlag('chua dat')).toBe(false);
    expect(readFlag('Đạ')).toBeUndefined();
  });

  it('reads ratios written "1.940/2.000"', () => {
    expect(readRatio('1.940/2.000')).toEqual({ numerator: 1940, denominator: 2000 });
    expect(readRatio('19 / 20')).toEqual({ numerator: 19, denominator: 20 });
    expect(readRatio('19/20/3')).toBeUndefined();
  });

  it('turns a percent-formatted fraction into a percent without float noise', () => {
    expect(percentOfFraction(0.975)).toBe(97.5);
    expect(percentOfFraction(0.07)).toBe(7);
    expect(percentOfFraction(0.1234)).toBe(12.34);
    expect(readIndicatorCell({ value: 0.975, text: '97.5%', percent: true }, 'percent')).toEqual({ ok: true, value: 97.5 });
    // Without a percent format the number is taken as written (97.5 typed as 97.5).
    expect(readIndicatorCell({ value: 97.5, text: '97.5', percent: false }, 'percent')).toEqual({ ok: true, value: 97.5 });
  });

  it('reads each measure and reports what it cannot read', () => {
    expect(readIndicatorCell(undefined, 'percent')).toEqual({ ok: true, value: null });
    expect(readIndicatorCell(text('97,5%'), 'percent')).toEqual({ ok: true, value: 97.5 });
    expect(readIndicatorCell(text('1.940/2.000'), 'percent')).toEqual({ ok: true, value: { numerator: 1940, denominator: 2000 } });
    expect(readIndicatorCell(text('Đạt'), 'flag')).toEqual({ ok: true, value: true });
    expect(readIndicatorCell({ value: true, text: 'TRUE', percent: false }, 'flag')).toEqual({ ok: true, value: true });
    expect(readIndicatorCell(text('45,5'), 'amount')).toEqual({ ok: true, value: 45.5 });
    expect(readIndicatorCell(text('Đạ'), 'flag')).toMatchObject({ ok: false, code: 'unreadable-flag', received: 'Đạ' });
    expect(readIndicatorCell(text('nhiều'), 'count')).toMatchObject({ ok: false, code: 'unreadable-number' });
    expect(readIndicatorCell(text('a/b'), 'percent')).toMatchObject({ ok: false, code: 'unreadable-ratio' });
    expect(readIndicatorCell({ value: null, text: '#DIV/0!', percent: false, error: '#DIV/0!' }, 'percent')).toMatchObject({
      ok: false,
      code: 'formula-error',
    });
    expect(readIndicatorCell({ value: true, text: 'TRUE', percent: false }, 'amount')).toMatchObject({
      ok: false,
      code: 'unreadable-number',
    });
  });
});
