// docs/input-issues.md is generated from the real messages; this keeps the committed file in step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUT_ISSUE_CODES } from '../src/index.js';
import { INPUT_ISSUES_DOC, renderInputIssuesDoc } from '../scripts/input-issues-doc.js';

describe('docs/input-issues.md', () => {
  it('matches the generated document (regenerate: npx tsx scripts/input-issues-doc.ts)', () => {
    expect(readFileSync(INPUT_ISSUES_DOC, 'utf8')).toBe(renderInputIssuesDoc());
  });

  it('has a row for every issue code', () => {
    const doc = readFileSync(INPUT_ISSUES_DOC, 'utf8');
    for (const code of INPUT_ISSUE_CODES) expect(doc).toContain(`| \`${code}\` |`);
  });
});
