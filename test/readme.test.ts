import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The README's TypeScript examples are executed as they are printed, with the package name
// pointed at the sources, and their printed output checked against the comments beside them.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((code) => code.includes("from '@ntm/criteria'"));

async function run(code: string, name: string): Promise<string[]> {
  const dir = join(root, 'test', '.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, code.replaceAll("from '@ntm/criteria'", "from '../../src/index.js'"));
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  });
  try {
    await import(/* @vite-ignore */ `${file}?t=${Date.now()}`);
  } finally {
    spy.mockRestore();
  }
  return lines;
}

describe('README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has the examples this test runs', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  it('runs the quickstart and prints what its comments say', async () => {
    const lines = await run(blocks[0]!, 'quickstart');
    expect(lines[0]).toBe('incomplete');
    expect(lines[1]).toMatch(/^1\/19 tiêu chí$/);
    expect(lines[2]).toBe('met Đạt: 4/4 (100%) ≥ 100% (vùng Đồng bằng sông Hồng; 318/QĐ-TTg Phụ lục I, chỉ tiêu 5).');
  });

  it('runs the reasons-as-data example and prints what its comments say', async () => {
    const lines = await run(blocks.find((b) => b.includes('45_000_000'))!, 'reasons');
    expect(lines).toEqual([
      'implausible 45',
      'Giá trị tại values.10 (45000000) nằm quá xa phạm vi cho phép của chỉ tiêu (đơn vị: triệu đồng/người/năm). Có phải ý bạn là 45?',
    ]);
  });

  it('runs the override example and prints what its comments say', async () => {
    const lines = await run(blocks.find((b) => b.includes('commune1980'))!, 'override');
    expect(lines).toEqual(['not-met 2 override', 'UBND tỉnh Vĩnh Phúc']);
  });
});
