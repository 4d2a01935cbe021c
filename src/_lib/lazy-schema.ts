/**
 * Wraps a schema factory so the schema is built on first use, not at import.
 *
 * Why: a top-level `z.object(...)` is a call a bundler must keep, so an app that only
 * evaluates would pay for zod. A lazy getter is dropped when unused.
 * @internal
 */
// @__NO_SIDE_EFFECTS__
export function lazySchema<T>(create: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= create());
}
