// Every `@example` of the TSDoc comments of src/, rules/ and packages/*/src is type-checked (one
// TypeScript program over all of them) and run, and what its comments claim is checked: the
// convention is in example-claims.ts and CONTRIBUTING.md ("Examples in TSDoc"). A failure is
// reported at the file and line the example is written on.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asComment, matches, parseClaim, satisfies, type ValueClaim } from './example-claims.js';
import { instrument } from './example-instrument.js';
import { ExampleRecorder } from './example-recorder.js';
import * as fixtures from './tsdoc-fixtures.js';
import { type ExampleBlock, exampleBlocks } from './tsdoc-blocks.js';
import { prepareExamples, type PreparedExample } from './tsdoc-program.js';

// The packages' sources import the core and @ntm/sheets by name; as the packages' own test
// configs do, the names are pointed at the sources (no build needed). The paths are built, so
// that the root type check does not take in the packages (they have their own).
vi.mock('@ntm/criteria', () => import(['..', '..', 'src', 'index.js'].join('/')));
vi.mock('@ntm/sheets', () => import(['..', '..', 'packages', 'sheets', 'src', 'index.js'].join('/')));

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const blocks = exampleBlocks(root);

// Examples that must fail, run through the same program and the same checks, so that the test
// is seen to fail on a false claim (line 0 of target.ts: no real example stands there).
const CANARIES = [
  "COMPARISONS; // ['>=', '<=']",
  "const op: Comparison = '<=';\nop; // '>='",
  'console.log(COMPARISONS.length); // 2',
  "COMPARISONS.includes('='); // throws RangeError",
  "const op: Comparison = '<>';",
  "isUsableTarget({ status: 'verified', value: 95, op: '>=', sources: [], extra: 1 }); // true",
].map((code, i): ExampleBlock => ({ file: 'src/model/target.ts', line: -i, code }));
const isCanary = (e: PreparedExample) => e.block.line <= 0;

const prepared = prepareExamples(
  root,
  join(root, '.tmp', 'tsdoc-examples'),
  [...blocks, ...CANARIES],
  join(root, 'test/docs/tsdoc-fixtures.ts'),
);
const examples = prepared.examples.filter((e) => !isCanary(e));
const canaries = prepared.examples.filter(isCanary);
const typeCheck = once(prepared.typeCheck);

/** A function's result, computed on the first call. */
function once<T>(f: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: f() }).v;
}

const claim = (text: string) => parseClaim(text) as ValueClaim;

describe('the comment convention of the TSDoc examples', () => {
  it('reads values as code writes them, with … for anything', () => {
    expect(satisfies(['>=', '<=', '='], claim("['>=', '<=', '=']"))).toBe(true);
    expect(satisfies(['>=', '<='], claim("['>=', '<=', '=']"))).toBe(false);
    expect(satisfies(['211.special-column', 'x'], claim("['211.special-column', …]"))).toBe(true);
    expect(satisfies({ ok: false, code: 'x', more: 1 }, claim("{ ok: false, code: 'x', … }"))).toBe(true);
    expect(satisfies({ ok: false, code: 'x', more: 1 }, claim("{ ok: false, code: 'x' }"))).toBe(false);
    expect(satisfies('Đạt: 1.1 …', claim("'Đạt: …'"))).toBe(true);
    expect(satisfies('Chưa đạt', claim("'Đạt: …'"))).toBe(false);
    expect(satisfies('met', claim("'met' | 'not-met'"))).toBe(true);
    expect(satisfies(17, claim('17 (of result.total)'))).toBe(true);
    expect(satisfies(true, claim('→ true: 9/9'))).toBe(true);
    expect(matches(null, { kind: 'literal', value: null })).toBe(true);
  });

  it('tells prose from claims, and refuses a value followed by more than an explanation', () => {
    expect(parseClaim('the ĐBSH cell')).toBeNull();
    expect(parseClaim('57 or so')).toHaveProperty('error');
    expect(parseClaim('[Hà Nam (35)]')).toHaveProperty('error');
    expect(asComment({ a: [1, 'b'], c: undefined })).toBe("{ a: [1, 'b'] }");
  });

  it('finds the claims of a block, on the line or below it, and the values no statement claims', () => {
    const { claims, errors } = instrument("COMPARISONS; // ['>=']\nconst x = f();\n// 3\nif (a) {}\n// 4\nf(); // throws RangeError");
    expect(claims.map((c) => c.kind)).toEqual(['value', 'value', 'throws']);
    expect(errors.map((e) => e.line)).toEqual([4]);
  });
});

describe('every TSDoc example type-checks and runs as its comments say', () => {
  afterEach(() => vi.restoreAllMocks());

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(400);
  });

  it('every fixture is used by an example (a fixture no example needs is dead weight)', () => {
    const unused = Object.keys(fixtures).filter((name) => !examples.some((e) => e.fixtures.includes(name)));
    expect(unused).toEqual([]);
  });

  it('every comment that reads as a value is one a statement claims, well formed', () => {
    const problems = examples.flatMap((e) =>
      e.instrumented.errors.map((err) => `${e.block.file}:${e.block.line + err.line}: ${err.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('every example type-checks, in one program', () => {
    const keys = new Set(examples.flatMap((e) => e.block.code.split('\n').map((_, i) => `${e.block.file}:${e.block.line + i}`)));
    const diagnostics = typeCheck()
      .filter((d) => keys.has(d.key))
      .map((d) => `${d.key}: ${d.message}`);
    expect(diagnostics).toEqual([]);
  }, 300_000);

  it('a false claim, a wrong printed line, a throw that does not happen and a type error all fail', async () => {
    const failures: string[][] = [];
    for (const canary of canaries) failures.push(await run(canary));
    expect(failures.map((f) => f.length > 0)).toEqual([true, true, true, true, false, false]);
    expect(failures[0]).toEqual(["src/model/target.ts:0: claims ['>=', '<='], is ['>=', '<=', '=']"]);
    const typeErrors = typeCheck().filter((d) => d.key === 'src/model/target.ts:-4' || d.key === 'src/model/target.ts:-5');
    expect(typeErrors.map((d) => d.key)).toEqual(['src/model/target.ts:-4', 'src/model/target.ts:-5']);
  }, 300_000);

  it.each(examples.filter((e) => e.instrumented.notRun === null).map((e) => [e.key, e] as const))('%s', async (_key, example) => {
    const failures = await run(example);
    expect(failures).toEqual([]);
  });
});

/** Runs one block and lists, at their source lines, the claims it does not keep. */
async function run(example: PreparedExample): Promise<string[]> {
  const recorder = new ExampleRecorder();
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => recorder.print(args));
  const module = (await import(/* @vite-ignore */ example.module)) as { run: (r: ExampleRecorder) => Promise<void> };
  try {
    await module.run(recorder);
  } catch (error) {
    return [`${example.key}: throws ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  }
  return example.instrumented.claims.flatMap((c) => {
    const at = `${example.block.file}:${example.block.line + c.line}`;
    const seen = recorder.observed.get(c.id);
    if (!seen) return [`${at}: the claimed statement never ran`];
    if (c.kind === 'value') {
      return seen.values.filter((v) => !satisfies(v, c.claim)).map((v) => `${at}: claims ${c.claim.text}, is ${asComment(v)}`);
    }
    if (c.kind === 'throws') {
      return seen.thrown.flatMap((e) => {
        if (e === null) return [`${at}: claims to throw${c.name ? ` ${c.name}` : ''}, returned`];
        const names = e instanceof Error ? [e.name, e.constructor.name] : [];
        return c.name === null || names.includes(c.name) ? [] : [`${at}: claims to throw ${c.name}, threw ${names[0] ?? String(e)}`];
      });
    }
    const more = c.lines.at(-1) === '…';
    const expected = more ? c.lines.slice(0, -1) : c.lines;
    return seen.printed.flatMap((lines) => {
      const shown = more ? lines.slice(0, expected.length) : lines;
      const same = shown.length === expected.length && shown.every((l, i) => matches(l, { kind: 'text', parts: expected[i]!.split('…') }));
      return same ? [] : [`${at}: claims to print ${JSON.stringify(expected)}, printed ${JSON.stringify(lines)}`];
    });
  });
}
