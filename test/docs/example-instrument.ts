// An example block made checkable: the statements its comments make claims about are wrapped in
// calls to a recorder (`$doc`), on the same lines, so that a type error or a failed claim is
// reported at the line of the source file it was written on. The convention: example-claims.ts.
import ts from 'typescript';
import { looksLikeClaim, parseClaim, type ValueClaim } from './example-claims.js';

/** The name of the recorder inside an instrumented block. */
export const RECORDER = '$doc';

/** What one statement's comments claim. */
type Claim =
  | { readonly kind: 'value'; readonly id: number; readonly line: number; readonly claim: ValueClaim }
  | { readonly kind: 'throws'; readonly id: number; readonly line: number; readonly name: string | null }
  | { readonly kind: 'prints'; readonly id: number; readonly line: number; readonly lines: readonly string[] };

/** A block as the test runs it. */
export interface Instrumented {
  /** The block with its claims wrapped, line for line; its `import` lines blanked. */
  readonly body: string;
  /** The block's own `import` declarations, to go before it. */
  readonly imports: readonly string[];
  readonly claims: readonly Claim[];
  /** Comments that cannot be checked as written (0-based line in the block, message). */
  readonly errors: readonly { readonly line: number; readonly message: string }[];
  /** Why the block is type-checked but not run (its first line `// Not run: why`), or `null`. */
  readonly notRun: string | null;
}

interface Comment {
  readonly pos: number;
  readonly end: number;
  readonly line: number;
  readonly text: string;
  /** Code stands before it on its line. */
  readonly trailing: boolean;
}

function commentsOf(source: ts.SourceFile): Comment[] {
  const text = source.text;
  const found = new Map<number, ts.CommentRange>();
  const add = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) if (r.kind === ts.SyntaxKind.SingleLineCommentTrivia) found.set(r.pos, r);
  };
  const visit = (node: ts.Node): void => {
    add(ts.getLeadingCommentRanges(text, node.pos));
    add(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(source);
  add(ts.getLeadingCommentRanges(text, source.endOfFileToken.pos));
  return [...found.values()]
    .sort((a, b) => a.pos - b.pos)
    .map((r) => {
      const { line, character } = source.getLineAndCharacterOfPosition(r.pos);
      const lineStart = r.pos - character;
      return {
        pos: r.pos,
        end: r.end,
        line,
        text: text.slice(r.pos + 2, r.end).replace(/^ /, ''),
        trailing: text.slice(lineStart, r.pos).trim() !== '',
      };
    });
}

const lineOf = (source: ts.SourceFile, pos: number) => source.getLineAndCharacterOfPosition(pos).line;

/** Instruments one example block (see the file's head). */
export function instrument(code: string): Instrumented {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const comments = commentsOf(source);
  const errors: { line: number; message: string }[] = [];
  const claims: Claim[] = [];
  const edits: { pos: number; end: number; text: string }[] = [];
  const used = new Set<Comment>();
  const notRun = /^\/\/ Not run: (\S.*)$/.exec(code.split('\n')[0]!.trim())?.[1] ?? null;

  // Statements by the line they end on, innermost first.
  const endingOn = new Map<number, ts.Statement[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isStatement(node) && !ts.isBlock(node)) {
      const line = lineOf(source, node.end);
      const list = endingOn.get(line) ?? [];
      list.push(node);
      endingOn.set(line, list);
    }
    ts.forEachChild(node, visit);
  };
  source.statements.forEach(visit);
  for (const list of endingOn.values()) list.sort((a, b) => b.getStart(source) - a.getStart(source) || a.end - b.end);

  const imports: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    imports.push(statement.getText(source));
    edits.push({ pos: statement.getStart(source), end: statement.end, text: statement.getText(source).replace(/[^\n]/g, ' ') });
  }

  const topLevel = (s: ts.Node): ts.Statement => {
    let node = s;
    while (node.parent && node.parent !== source) node = node.parent;
    return node as ts.Statement;
  };
  const printsIn = (s: ts.Node) => s.getText(source).includes('console.log(');

  let nextId = 0;
  for (const [endLine, statements] of endingOn) {
    const trailing = comments.find((c) => c.trailing && c.line === endLine && c.pos >= statements[0]!.end);
    // The comment lines right below the statement.
    const below: Comment[] = [];
    for (let line = endLine + 1; ; line++) {
      const c = comments.find((k) => !k.trailing && k.line === line);
      if (!c) break;
      below.push(c);
    }
    const inner = statements.find((s) => ts.isExpressionStatement(s) || ts.isVariableStatement(s) || ts.isThrowStatement(s));
    const outer = topLevel(statements[0]!);
    const line = lineOf(source, outer.getStart(source));

    if (printsIn(outer) && (trailing || below.length > 0) && lineOf(source, outer.end) === endLine) {
      const lines = [...(trailing ? [trailing] : []), ...below];
      lines.forEach((c) => used.add(c));
      const id = nextId++;
      claims.push({ kind: 'prints', id, line, lines: lines.map((c) => c.text) });
      edits.push({ pos: outer.getStart(source), end: outer.getStart(source), text: `${RECORDER}.from(${id}); ` });
      edits.push({ pos: outer.end, end: outer.end, text: ` ${RECORDER}.to(${id});` });
      continue;
    }

    const throws = trailing && /^throws(?:\s+([A-Za-z_$][\w$]*))?\s*(?:$|[:(])/.exec(trailing.text.trim());
    if (throws && inner) {
      used.add(trailing);
      const id = nextId++;
      claims.push({ kind: 'throws', id, line: lineOf(source, inner.getStart(source)), name: throws[1] ?? null });
      edits.push({ pos: inner.getStart(source), end: inner.getStart(source), text: 'try { ' });
      edits.push({
        pos: inner.end,
        end: inner.end,
        text: ` ${RECORDER}.returned(${id}); } catch (error) { ${RECORDER}.threw(${id}, error); }`,
      });
      continue;
    }

    // A value claim: the trailing comment, or the comment lines below it read as one value.
    const said =
      trailing && looksLikeClaim(trailing.text) ? [trailing] : !trailing && below[0] && looksLikeClaim(below[0].text) ? below : [];
    if (said.length === 0) continue;
    said.forEach((c) => used.add(c));
    const parsed = parseClaim(said.map((c) => c.text).join('\n'));
    const at = said[0]!.line;
    if (parsed === null) continue;
    if ('error' in parsed) {
      errors.push({ line: at, message: parsed.error });
      continue;
    }
    const id = nextId++;
    if (inner && ts.isExpressionStatement(inner)) {
      const e = inner.expression;
      claims.push({ kind: 'value', id, line: lineOf(source, inner.getStart(source)), claim: parsed });
      edits.push({ pos: e.getStart(source), end: e.getStart(source), text: `${RECORDER}.value(${id}, (` });
      edits.push({ pos: e.end, end: e.end, text: '))' });
    } else if (inner && ts.isVariableStatement(inner) && inner.declarationList.declarations.length === 1) {
      const name = inner.declarationList.declarations[0]!.name;
      if (!ts.isIdentifier(name)) {
        errors.push({ line: at, message: `"${parsed.text}" follows a destructuring: claim one name's value on its own line` });
        continue;
      }
      claims.push({ kind: 'value', id, line: lineOf(source, inner.getStart(source)), claim: parsed });
      edits.push({ pos: inner.end, end: inner.end, text: ` ${RECORDER}.value(${id}, ${name.text});` });
    } else {
      errors.push({ line: at, message: `"${parsed.text}" follows a statement that has no value: claim an expression's value` });
    }
  }

  // A value in a comment that no statement claims is never checked: an error, not prose.
  for (const c of comments) {
    if (!used.has(c) && looksLikeClaim(c.text)) {
      errors.push({ line: c.line, message: `"${c.text}" reads as a value but no statement's value is claimed by it` });
    }
  }

  let body = code;
  for (const edit of edits.sort((a, b) => b.pos - a.pos || b.end - a.end))
    body = body.slice(0, edit.pos) + edit.text + body.slice(edit.end);
  return { body, imports, claims: claims.sort((a, b) => a.line - b.line), errors, notRun };
}
