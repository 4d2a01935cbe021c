/**
 * Why this file: a caller's data may be a plain object, but it may also be a class instance, a
 * `Map`, a `Date`, an object with a getter that throws, or a `Proxy` whose traps throw. Reading
 * such a value with `value.key` or `Object.keys` runs the caller's code, which may throw (and
 * escape a "safe" function) or answer differently on each read. Every record the engine reads
 * from a caller goes through `readOwn` or `readOwnList` first: they run the caller's code at
 * most once, inside a `try`, and answer a plain snapshot or a refusal the caller turns into an
 * issue. Nothing here throws.
 */

/**
 * Why a record could not be read:
 * - `not-a-record`: not an object at all (a number, text, null…) or an array where a record is expected;
 * - `exotic`: an object that is not plain data (a `Map`, a `Date`, a class instance);
 * - `accessor`: a field is a getter or setter (reading it would run the caller's code);
 * - `unreadable`: reading it threw (a `Proxy` trap, a revoked proxy).
 * @internal
 */
export type RefusalKind = 'not-a-record' | 'exotic' | 'accessor' | 'unreadable';

/** A value `readOwn` refused, with a short description of what it was. @internal */
export interface Refusal {
  readonly refused: RefusalKind;
  /** What was received, for the issue (`a Map`, `a getter`…): a phrase the locale files word. */
  readonly received: string;
}

/** A record's own enumerable data fields, in a prototype-free object. @internal */
export type OwnRecord = Readonly<Record<string, unknown>>;

/** Whether `readOwn`/`readOwnList` refused the value. @internal */
export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && REFUSALS.has(value as Refusal);
}

// Refusals are recognised by identity, so a caller's data that looks like one is never taken for one.
const REFUSALS = new WeakSet<Refusal>();

function refuse(refused: RefusalKind, received: string): Refusal {
  const r: Refusal = Object.freeze({ refused, received });
  REFUSALS.add(r);
  return r;
}

/** A short name for an object that is not plain data, read without running the caller's code where possible. */
function exoticName(value: object): string {
  try {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return tag === 'Object' ? 'a class instance' : `a ${tag}`;
  } catch {
    return 'a throwing getter or Proxy';
  }
}

/**
 * Reads a caller's record once, safely: a plain object (prototype `Object.prototype` or `null`)
 * gives a prototype-free snapshot of its own enumerable string-keyed data fields (a key such
 * as `__proto__` stays an ordinary key); anything else gives a `Refusal`. Never throws.
 * @example
 * const own = readOwn(JSON.parse('{"values":{"1.1":true}}'));
 * if (!isRefusal(own)) own.values; // { '1.1': true }
 * @internal
 */
export function readOwn(value: unknown): OwnRecord | Refusal {
  if (typeof value !== 'object' || value === null) return refuse('not-a-record', describeKind(value));
  try {
    if (Array.isArray(value)) return refuse('not-a-record', 'an array');
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return refuse('exotic', exoticName(value));
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== 'string') continue; // symbol keys are never data
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (!descriptor || !descriptor.enumerable) continue;
      if (!('value' in descriptor)) return refuse('accessor', 'a getter');
      out[key] = descriptor.value;
    }
    return out;
  } catch {
    return refuse('unreadable', 'a throwing getter or Proxy');
  }
}

/**
 * Reads a caller's list once, safely: a real array (or a proxy of one) gives a plain copy of
 * its elements (holes as `undefined`); anything else a `Refusal`. `limit` bounds the length
 * read, so a forged `length` of 2³² − 1 costs nothing. Never throws.
 * @example
 * const list = readOwnList([1, 2, 3]);
 * if (!isRefusal(list)) list.length; // 3
 * @internal
 */
export function readOwnList(value: unknown, limit = 10_000_000): readonly unknown[] | Refusal {
  if (typeof value !== 'object' || value === null) return refuse('not-a-record', describeKind(value));
  try {
    if (!Array.isArray(value)) return refuse('not-a-record', exoticName(value));
    const lengthDescriptor = Reflect.getOwnPropertyDescriptor(value, 'length');
    const length = lengthDescriptor && 'value' in lengthDescriptor ? Number(lengthDescriptor.value) : NaN;
    if (!Number.isInteger(length) || length < 0) return refuse('unreadable', 'a throwing getter or Proxy');
    if (length > limit) return refuse('unreadable', 'an array too long to read');
    const out = new Array<unknown>(length);
    for (let i = 0; i < length; i++) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, i);
      if (!descriptor) continue;
      if (!('value' in descriptor)) return refuse('accessor', 'a getter');
      out[i] = descriptor.value;
    }
    return out;
  } catch {
    return refuse('unreadable', 'a throwing getter or Proxy');
  }
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
