// An app that only evaluates must not bundle zod: the schemas are built lazily and every
// factory call is marked pure. Bundled from source here (no build needed); `npm run size`
// checks the same on dist/.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function bundledModules(code: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([path]) => path);
}

describe('tree-shaking', () => {
  it('an evaluate-only bundle with one set contains no zod module', async () => {
    const modules = await bundledModules(
      "import { evaluate } from './src/engine.ts'; import { commune318 } from './rules/national/2021-2025/commune-318.ts';" +
        "console.log(evaluate(commune318, { region: 'red-river-delta', year: 2024, values: {} }).status);",
    );
    expect(modules.some((m) => m.includes('src/evaluate/evaluate.ts'))).toBe(true);
    expect(modules.filter((m) => m.includes('node_modules/zod'))).toEqual([]);
  });

  it('the input schema does bring zod (so the check above can fail)', async () => {
    const modules = await bundledModules(
      "import { inputSchema } from './src/engine.ts'; import { commune318 } from './rules/national/2021-2025/commune-318.ts';" +
        'console.log(inputSchema(commune318));',
    );
    expect(modules.some((m) => m.includes('node_modules/zod'))).toBe(true);
  });
});
