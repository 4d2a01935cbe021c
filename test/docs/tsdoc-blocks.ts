// The `@example` blocks of the TSDoc comments of the sources: found through the TypeScript parser
// (every comment before a token, so a `/**` inside a string is never taken for one), then read as
// TypeDoc reads them: the text after the tag up to the next tag, a fenced block if there is one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One `@example` block, keyed by the file and line of its first line of code. */
export interface ExampleBlock {
  /** Repository-relative path with forward slashes, e.g. `src/model/target.ts`. */
  readonly file: string;
  /** 1-based line in `file` of the block's first line of code. */
  readonly line: number;
  /** The code, with the comment's ` * ` margin removed. */
  readonly code: string;
}

/** The folders whose TSDoc examples are checked: the engine, the rules, each package's sources. */
function exampleRoots(root: string): string[] {
  return ['src', 'rules', ...readdirSync(join(root, 'packages')).map((p) => `packages/${p}/src`)];
}

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(root, path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|test-d)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The `/** … *\/` comments of a source text, each with the offset where it starts. */
function docComments(file: string, text: string): { pos: number; text: string }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const seen = new Map<number, string>();
  const visit = (node: ts.Node): void => {
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      const comment = text.slice(range.pos, range.end);
      if (comment.startsWith('/**') && !comment.startsWith('/**/')) seen.set(range.pos, comment);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  visit(source.endOfFileToken);
  return [...seen].sort(([a], [b]) => a - b).map(([pos, comment]) => ({ pos, text: comment }));
}

/** The `@example` blocks of one comment; `firstLine` is the file line of the comment's first line. */
function blocksOfComment(comment: string, firstLine: number): { line: number; code: string }[] {
  const lines = comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''));
  const blocks: { line: number; code: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const tag = /^\s*@example\b(.*)$/.exec(lines[i]!);
    if (!tag) continue;
    let end = i + 1;
    while (end < lines.length && !/^\s*@\w/.test(lines[end]!)) end++;
    // Code may start on the tag's own line (`@example foo()`): TypeDoc then takes it as code too.
    const inline = tag[1]!.trim() !== '';
    let body = lines.slice(inline ? i : i + 1, end);
    let offset = inline ? i : i + 1;
    if (inline) body[0] = tag[1]!.trim();
    // A fenced block: its content is the code (text around it is prose).
    const open = body.findIndex((l) => /^\s*```/.test(l));
    if (open >= 0) {
      const close = body.findIndex((l, k) => k > open && /^\s*```/.test(l));
      body = body.slice(open + 1, close < 0 ? undefined : close);
      offset += open + 1;
    }
    while (body.length > 0 && body[0]!.trim() === '') {
      body = body.slice(1);
      offset++;
    }
    while (body.length > 0 && body.at(-1)!.trim() === '') body = body.slice(0, -1);
    if (body.length > 0) blocks.push({ line: firstLine + offset, code: body.join('\n') });
    i = end - 1;
  }
  return blocks;
}

/** Every `@example` block under the roots, in file and line order. */
export function exampleBlocks(root: string): ExampleBlock[] {
  return exampleRoots(root)
    .flatMap((dir) => sourceFiles(root, dir))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return docComments(file, text).flatMap((comment) => {
        const firstLine = text.slice(0, comment.pos).split('\n').length;
        return blocksOfComment(comment.text, firstLine).map((b) => ({
          file: relative(root, join(root, file)).replaceAll('\\', '/'),
          ...b,
        }));
      });
    });
}
