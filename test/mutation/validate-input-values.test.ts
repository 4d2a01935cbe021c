// The values of an input as the validator reads them (src/evaluate/validate-input.ts, lines
// 1–350): the hints for a number or flag given as text, blank cells, how any value is described
// (functions, symbols, bigints, Maps, Dates, class instances, objects of another realm, objects
// that throw), records that cannot be read, the ranges of numbers, ratios and overrides. Every
// assertion is on what `safeEvaluate` hands out: its issues (code, path, received, suggestion,
// params) and the indicator results. Each test evaluates a fresh copy of the demo set (a fixture,
// not law).
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { type InputIssue, safeEvaluate } from '../../src/index.js';
import { demoSet, passingInput } from '../fixtures/demo-set.js';
import { indicator } from '../evaluate/helpers.js';

const run = (values: object, extra: object = {}) =>
  safeEvaluate({ ...demoSet }, { ...passingInput, ...extra, values: { ...passingInput.values, ...values } });
const issuesOf = (values: object, extra: object = {}) => run(values, extra).issues;
/** The one issue at a path (the test fails if there is none, or several). */
const at = (issues: readonly InputIssue[], ...path: string[]): InputIssue => {
  const found = issues.filter((i) => i.path.join('\u0000') === path.join('\u0000'));
  expect(found, `one issue at ${path.join('.')}`).toHaveLength(1);
  return found[0]!;
};
const only = (values: object, ...path: string[]): InputIssue => {
  const issues = issuesOf(values);
  expect(issues).toHaveLength(1);
  return at(issues, ...path);
};
const reasonOf = (values: object, code: string) => indicator(run(values).result, code).reason.code;
const pad = (text: string, length: number) => text.padEnd(length, ' ');
const throwing = () => {
  throw new Error('TEST: unreadable');
};

describe('the number a text probably stands for (a hint, never a value)', () => {
  const hint = (text: string) => only({ '1.2': text }, 'values', '1.2').suggestion;

  it('a text of at most 40 characters gets a hint, a longer one none (bounded work)', () => {
    expect(hint(pad('12', 40))).toBe('12');
    expect(hint(pad('12', 41))).toBeUndefined();
    expect(only({ '1.2': pad('12', 41) }, 'values', '1.2').code).toBe('number-as-string');
  });

  it('dots for thousands and a decimal comma: the whole text, any number of groups, any decimals', () => {
    expect(hint('1.234,5')).toBe('1234.5');
    expect(hint('12.345,6')).toBe('12345.6');
    expect(hint('1.234.567,8')).toBe('1234567.8');
    expect(hint('1.234,56')).toBe('1234.56');
    expect(hint('a1.234,5')).toBeUndefined();
    expect(hint('1.234,5a')).toBeUndefined();
  });

  it('commas for thousands and a decimal point: the whole text, any number of groups, any decimals', () => {
    expect(hint('1,234.5')).toBe('1234.5');
    expect(hint('12,345.6')).toBe('12345.6');
    expect(hint('1,234,567.8')).toBe('1234567.8');
    expect(hint('1,234.56')).toBe('1234.56');
    expect(hint('a1,234.5')).toBeUndefined();
    expect(hint('1,234.5a')).toBeUndefined();
  });
});

describe('the flag a text probably stands for (a hint, never a value)', () => {
  const hint = (text: string) => {
    const i = only({ '2': text }, 'values', '2');
    expect(i.code).toBe('invalid-type');
    return i.suggestion;
  };

  it('a text of at most 40 characters gets a hint, a longer one none', () => {
    expect(hint(pad('yes', 40))).toBe('true');
    expect(hint(pad('yes', 41))).toBeUndefined();
  });

  it('runs of spaces inside a flag word count as one', () => {
    expect(hint('Đã   đạt')).toBe('true');
    expect(hint('chưa  đạt')).toBe('false');
  });

  it('a word that is neither flag gets no hint', () => {
    expect(hint('maybe')).toBeUndefined();
    expect(hint('không')).toBe('false');
  });
});

describe('a blank text is no value, like an empty cell', () => {
  it('up to 40 spaces is blank; a longer run of spaces is a text given for a number', () => {
    const blank = run({ '1.2': pad('', 40) });
    expect(blank.issues).toEqual([]);
    expect(indicator(blank.result, '1.2').reason.code).toBe('indicator.missing-value');
    const long = only({ '1.2': pad('', 41) }, 'values', '1.2');
    expect(long.code).toBe('number-as-string');
    expect(reasonOf({ '1.2': pad('', 41) }, '1.2')).toBe('indicator.invalid-value');
  });
});

describe('how a value of any kind is described (what an issue received)', () => {
  // 4.1 is a count: anything but a number is received as described.
  const received = (value: unknown) => only({ '4.1': value }, 'values', '4.1').received;

  it('a function, a symbol and a bigint by their kind', () => {
    expect(received(() => 1)).toBe('a function');
    expect(received(Symbol('s'))).toBe('a symbol');
    expect(received(BigInt(5))).toBe('a bigint');
  });

  it('a Map, a Set, a Date and a class instance by their kind, a plain record as an object', () => {
    expect(received(new Map())).toBe('a Map');
    expect(received(new Set())).toBe('a Set');
    expect(received(new Date(0))).toBe('a Date');
    expect(received(new (class Point {})())).toBe('a class instance');
    expect(received({ numerator: 1, denominator: 2 })).toBe('an object');
  });

  it('a part of a ratio that is null or a record', () => {
    const none = only({ '1.1': { numerator: null, denominator: 4 } }, 'values', '1.1', 'numerator');
    expect(none).toMatchObject({ code: 'invalid-type', received: 'null', params: { expects: 'number' } });
    const record = only({ '1.1': { numerator: {}, denominator: 4 } }, 'values', '1.1', 'numerator');
    expect(record).toMatchObject({ code: 'invalid-type', received: 'an object', params: { expects: 'number' } });
    expect(only({ '1.1': { numerator: 'x', denominator: 4 } }, 'values', '1.1', 'numerator').params.expects).toBe('number');
  });
});

describe('records a ratio is read from', () => {
  const ratio = { numerator: 3, denominator: 4 };
  const accepted = (value: object) => {
    const r = run({ '1.1': value });
    expect(r.issues).toEqual([]);
    expect(indicator(r.result, '1.1')).toMatchObject({ actual: 75, ratio: { numerator: 3, denominator: 4 } });
  };
  const refused = (value: object, received: string) => {
    const r = run({ '1.1': value });
    expect(r.issues).toHaveLength(1);
    expect(at(r.issues, 'values', '1.1')).toMatchObject({ code: 'invalid-type', received });
    expect(indicator(r.result, '1.1').reason.code).toBe('indicator.invalid-value');
  };

  it('a plain record of another realm (vm, iframe) is a plain record', () => {
    accepted(runInNewContext('({ numerator: 3, denominator: 4 })'));
  });

  it('a record whose prototype is a plain record, or a record with no constructor, is a class instance', () => {
    refused(Object.assign(Object.create({}), ratio), 'a class instance');
    refused(Object.assign(Object.create(Object.create(null)), ratio), 'a class instance');
    const named = Object.create(null);
    named.constructor = function Fraction() {};
    refused(Object.assign(Object.create(named), ratio), 'a class instance');
  });

  it('a Map given for a percent is an invalid value, not a missing one', () => {
    refused(new Map(), 'a Map');
  });

  it('a record whose prototype throws is unreadable, and the rest of the input is kept', () => {
    const proxy = new Proxy({}, { getPrototypeOf: throwing });
    const r = run({ '1.1': proxy });
    expect(r.issues).toHaveLength(1);
    expect(at(r.issues, 'values', '1.1')).toMatchObject({
      code: 'unreadable',
      received: 'a throwing getter or Proxy',
      params: { expects: 'readable-value' },
    });
    expect(indicator(r.result, '1.2').status).toBe('met');
  });

  it('a record whose prototype’s constructor throws is unreadable', () => {
    const proto = Object.create(null);
    Object.defineProperty(proto, 'constructor', { get: throwing });
    const r = run({ '1.1': Object.assign(Object.create(proto), ratio) });
    expect(r.issues).toHaveLength(1);
    expect(at(r.issues, 'values', '1.1')).toMatchObject({
      code: 'unreadable',
      received: 'a throwing getter or Proxy',
      params: { expects: 'readable-value' },
    });
  });

  it('a record whose keys cannot be listed is unreadable', () => {
    const r = run({ '1.1': new Proxy({}, { ownKeys: throwing }) });
    expect(r.issues).toHaveLength(1);
    expect(at(r.issues, 'values', '1.1')).toMatchObject({
      code: 'unreadable',
      received: 'a throwing getter or Proxy',
      params: { expects: 'readable-value' },
    });
    expect(indicator(r.result, '1.1').reason.code).toBe('indicator.invalid-value');
  });

  it('a value whose getter throws is unreadable, the other values kept', () => {
    const values = { ...passingInput.values };
    Object.defineProperty(values, '1.2', { get: throwing, enumerable: true });
    const r = safeEvaluate({ ...demoSet }, { ...passingInput, values });
    expect(r.issues).toHaveLength(1);
    expect(at(r.issues, 'values', '1.2')).toMatchObject({ code: 'unreadable', params: { expects: 'readable-value' } });
    expect(indicator(r.result, '1.1').status).toBe('met');
  });

  it('values that are not a record are an invalid type at values, not an invalid input', () => {
    const r = safeEvaluate({ ...demoSet }, { ...passingInput, values: 5 });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['invalid-type', ['values']]]);
  });
});

describe('the parts of a ratio', () => {
  it('a part whose getter throws: unreadable, then missing', () => {
    const value = { denominator: 4 };
    Object.defineProperty(value, 'numerator', { get: throwing, enumerable: true });
    const issues = issuesOf({ '1.1': value });
    expect(issues.map((i) => [i.code, i.path.join('.'), i.received])).toEqual([
      ['unreadable', 'values.1.1.numerator', 'a throwing getter or Proxy'],
      ['invalid-type', 'values.1.1.numerator', 'undefined'],
    ]);
  });

  it('another key whose getter throws: unreadable, and the ratio is invalid', () => {
    const value = { numerator: 3, denominator: 4 };
    Object.defineProperty(value, 'extra', { get: throwing, enumerable: true });
    const r = run({ '1.1': value });
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['unreadable', 'values.1.1.extra']]);
    expect(indicator(r.result, '1.1').reason.code).toBe('indicator.invalid-value');
  });

  it('another key is unknown, at its own path, and the ratio is invalid', () => {
    const r = run({ '1.1': { numerator: 3, denominator: 4, extra: 1 } });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: 'unknown-key',
      path: ['values', '1.1', 'extra'],
      received: 'extra',
      params: { expects: { oneOf: ['numerator', 'denominator'] } },
    });
    expect(indicator(r.result, '1.1').reason.code).toBe('indicator.invalid-value');
  });

  it('a part that is not a number, not finite or negative', () => {
    const part = (numerator: number) => only({ '1.1': { numerator, denominator: 4 } }, 'values', '1.1', 'numerator');
    expect(part(Number.NaN)).toMatchObject({ code: 'not-a-number', params: { expects: 'non-negative-finite-number' } });
    expect(part(Number.POSITIVE_INFINITY)).toMatchObject({ code: 'not-finite', params: { expects: 'non-negative-finite-number' } });
    expect(part(-1)).toMatchObject({ code: 'negative', params: { expects: 'non-negative-finite-number' } });
  });

  it('a zero denominator, and a numerator over the denominator', () => {
    expect(only({ '1.1': { numerator: 0, denominator: 0 } }, 'values', '1.1', 'denominator')).toMatchObject({
      code: 'zero-denominator',
      params: { expects: 'positive-number' },
    });
    expect(only({ '1.1': { numerator: 5, denominator: 4 } }, 'values', '1.1')).toMatchObject({
      code: 'numerator-exceeds-denominator',
      received: '5/4',
      params: { expects: 'numerator-not-over-denominator' },
    });
  });

  it('a count is never a ratio', () => {
    const r = run({ '4.1': { numerator: 0, denominator: 2 } });
    expect(r.issues).toHaveLength(1);
    expect(at(r.issues, 'values', '4.1')).toMatchObject({ code: 'invalid-type', received: 'an object' });
    expect(indicator(r.result, '4.1')).toMatchObject({ actual: null, reason: { code: 'indicator.invalid-value' } });
  });
});

describe('numbers out of their plausible range', () => {
  // 3 is an amount in million VND with targets of at most 50: plausible up to 50,000.
  const implausible = (value: number) => {
    const i = only({ '3': value }, 'values', '3');
    expect(i).toMatchObject({ code: 'implausible', received: String(value), params: { expects: 'plausible-value' } });
    return i;
  };

  it('the largest plausible amount is accepted', () => {
    const r = run({ '3': 50_000 });
    expect(r.issues).toEqual([]);
    expect(indicator(r.result, '3')).toMatchObject({ status: 'met', actual: 50_000 });
  });

  it('an amount in VND is read as millions when that is at most a tenth of the plausible limit', () => {
    const i = implausible(5e9);
    expect(i.suggestion).toBe('5000');
    expect(i.params.meant).toBe('5000');
  });

  it('an amount too large for millions or thousands suggests nothing, and has no meant param', () => {
    for (const value of [1e11, 1e12]) {
      const i = implausible(value);
      expect(i.suggestion).toBeUndefined();
      expect(Object.keys(i.params)).not.toContain('meant');
    }
  });

  it('a fraction given for a percent is reported as implausible, with the percent meant', () => {
    const i = only({ '1.1': 0.95 }, 'values', '1.1');
    expect(i).toMatchObject({ code: 'implausible', suggestion: '95%', params: { expects: 'plausible-value', meant: '95%' } });
  });
});

describe('the value of an override', () => {
  const by = 'TEST-ONLY: not a legal value';
  const overridden = (code: string, override: unknown) =>
    safeEvaluate({ ...demoSet }, { ...passingInput, overrides: { [code]: override } });
  const refusedValue = (code: string, value: unknown) => {
    const i = at(overridden(code, { value, by }).issues, 'overrides', code, 'value');
    expect(i.code).toBe('invalid-override');
  };

  it('a flag’s override is a boolean', () => {
    refusedValue('2', 5);
    expect(overridden('2', { value: true, by }).issues).toEqual([]);
  });

  it('an amount’s override is a finite number of at least 0', () => {
    refusedValue('3', -5);
    refusedValue('3', '5');
    refusedValue('3', Number.POSITIVE_INFINITY);
    expect(overridden('3', { value: 60, by }).issues).toEqual([]);
  });

  it('a percent’s override is at most 100', () => {
    refusedValue('1.1', 150);
    refusedValue('1.1', -1);
  });

  it('an override that is not a record is an invalid override', () => {
    const i = at(overridden('1.1', 5).issues, 'overrides', '1.1');
    expect(i).toMatchObject({ code: 'invalid-override', received: '5', params: { expects: 'override' } });
  });

  it('an override whose keys cannot be listed stays unreadable', () => {
    const i = at(overridden('1.1', new Proxy({}, { ownKeys: throwing })).issues, 'overrides', '1.1');
    expect(i).toMatchObject({ code: 'unreadable', received: 'a throwing getter or Proxy', params: { expects: 'readable-value' } });
  });
});
