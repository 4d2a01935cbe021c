import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The README's provincial-table example runs as printed (package name pointed at the sources),
// and prints what its comments say.
const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('<!-- provincial-tables:start -->'), readme.indexOf('<!-- provincial-tables:end -->'));
const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

describe('README: provincial criteria tables', () => {
  it('has a Vietnamese and an English part and one applyTable example', () => {
    expect(section).toContain('**Tiếng Việt.**');
    expect(section).toContain('**English.**');
    expect(code).toContain('applyTable(commune51');
  });

  it('runs the example and prints what its comments say', async () => {
    const dir = join(root, 'test', '.tmp');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'readme-provincial-table.ts');
    writeFileSync(file, code.replaceAll("from '@ntm/criteria'", "from '../../src/index.js'"));
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    try {
      await import(/* @vite-ignore */ `${file}?t=${Date.now()}`);
    } finally {
      spy.mockRestore();
    }
    const expected = [...code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]);
    expect(expected).toHaveLength(2);
    expect(lines).toEqual(expected);
  });
});
