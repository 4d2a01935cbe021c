/**
 * Freezes a value and everything reachable from it through own properties, iteratively (a
 * deep set never overflows the stack) and once per object (shared parts and cycles are fine).
 * Why: shipped sets and exported constants are shared by every caller of the package; frozen,
 * no caller can change what another one reads.
 * @example
 * const table = deepFreeze({ rows: [{ code: '1.1' }] });
 * Object.isFrozen(table.rows[0]); // true
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && FROZEN.has(value)) return value;
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if ((typeof next !== 'object' && typeof next !== 'function') || next === null || seen.has(next)) continue;
    seen.add(next);
    for (const key of Reflect.ownKeys(next)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(next, key);
      if (descriptor && 'value' in descriptor) stack.push(descriptor.value);
    }
    Object.freeze(next);
  }
  if (typeof value === 'object' && value !== null) FROZEN.add(value);
  return value;
}

// Roots frozen by `deepFreeze`: what is reachable from them can never change, so a check made
// once on them (a set's structure) holds for good.
const FROZEN = new WeakSet<object>();

/**
 * Whether `deepFreeze` froze this value (and so everything reachable from it).
 * @example
 * isDeepFrozen(deepFreeze({ a: [1] })); // true
 * @internal
 */
export function isDeepFrozen(value: unknown): boolean {
  return typeof value === 'object' && value !== null && FROZEN.has(value);
}
