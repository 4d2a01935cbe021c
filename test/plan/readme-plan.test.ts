// The README's gap-plan example runs as printed and prints what its comments say.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('<!-- gap-plan:start -->'), readme.indexOf('<!-- gap-plan:end -->'));
const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

describe('README: the gap plan section', () => {
  it('runs and prints the lines its comments show', async () => {
    expect(code).toContain('gapPlan(');
    const dir = join(root, 'test', '.tmp');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'gap-plan-readme.ts');
    writeFileSync(file, code.replaceAll("from '@ntm/criteria'", "from '../../src/index.js'"));
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    try {
      await import(/* @vite-ignore */ `${file}?t=${Date.now()}`);
    } finally {
      spy.mockRestore();
    }
    const expected = [...code.matchAll(/^\/\/ (.*)$/gm)].map((m) => m[1]);
    expect(lines).toEqual(expected);
  });
});
