// Every TypeScript example of the README, the pages of docs/ and the packages' READMEs is
// type-checked and run as printed (package names pointed at the sources), and what its comments
// say it prints is checked: the comment after a `console.log(…)` is its printed line, and the
// comment lines right below it are the lines it prints next (a loop's output): example-output.ts,
// shared with the TSDoc examples' test (tsdoc-examples.test.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectedOutput, printedLine } from './example-output.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(root, 'test', '.tmp', 'examples');

/** The pages whose examples are checked (docs/api and docs/criteria are generated from TSDoc and rules). */
const PAGES = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync(join(root, 'packages')).map((p) => `packages/${p}/README.md`),
].filter((page) => {
  try {
    readFileSync(join(root, page));
    return true;
  } catch {
    return false;
  }
});

interface Example {
  readonly page: string;
  readonly index: number;
  readonly code: string;
  readonly file: string;
}

const examples: Example[] = PAGES.flatMap((page) =>
  [...readFileSync(join(root, page), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m, index) => ({
    page,
    index: index + 1,
    code: m[1]!,
    file: join(dir, `${page.replace(/[/.]/g, '-')}-${index + 1}.ts`),
  })),
);

/** The example as a module of this repository: package names and the rules' own paths resolved. */
function runnable(example: Example): string {
  const toSources = (target: string) => {
    const path = relative(dir, join(root, target)).replaceAll('\\', '/');
    return path.startsWith('.') ? path : `./${path}`;
  };
  return example.code
    .replaceAll("from '@ntm/criteria'", `from '${toSources('src/index.js')}'`)
    .replaceAll("from '@ntm/sheets'", `from '${toSources('packages/sheets/src/index.js')}'`)
    .replace(/from '\.\.\/\.\.\/([^']+)'/g, (_, path: string) => `from '${toSources(`rules/${path}`)}'`);
}

describe('every TypeScript example of the README and docs/ runs as printed', () => {
  afterEach(() => vi.restoreAllMocks());

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
  });

  it('reads the printed lines from the comments: inline, then the comment lines below', () => {
    const code = '// a note, not output\nconsole.log(1); // 1\nfor (const x of xs) console.log(x);\n// a\n// b\nconst y = 2; // not output';
    expect(expectedOutput(code)).toEqual(['1', 'a', 'b']);
  });

  it('every example type-checks', () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const example of examples) writeFileSync(example.file, runnable(example));
    const config = {
      extends: relative(dir, join(root, 'tsconfig.json')),
      compilerOptions: { noUnusedLocals: false },
      include: examples.map((e) => relative(dir, e.file)),
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    let output = '';
    try {
      execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], {
        encoding: 'utf8',
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    // Name the page and block of each error, not the generated file.
    for (const example of examples) output = output.replaceAll(relative(root, example.file), `${example.page} (example ${example.index})`);
    expect(output).toBe('');
  }, 120_000);

  it.each(examples.map((e) => [`${e.page} example ${e.index}`, e] as const))(
    '%s runs and prints what its comments say',
    async (_name, example) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(example.file, runnable(example));
      const printed: string[] = [];
      // Values other than text are printed as the comments write them: ['a', 'b'].
      vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => printed.push(printedLine(args)));
      await import(/* @vite-ignore */ `${example.file}?t=${Date.now()}`);
      const expected = expectedOutput(example.code);
      expect(printed.slice(0, expected.length)).toEqual(expected);
    },
  );
});
