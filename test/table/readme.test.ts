import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's provincial-table section is bilingual and shows applyTable; its example is run
// and its printed lines checked with every other example (test/docs/examples.test.ts).
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
});
