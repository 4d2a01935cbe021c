// The comment convention of the TSDoc examples: what a comment after a statement claims, and
// whether a value matches it. CONTRIBUTING.md ("Examples in TSDoc") states it for authors.
//
// - `expr; // v` — the expression's value is `v`.
// - `const x = expr; // v` — `x` is `v` (one name; say which part of a destructuring you mean).
// - the claim may instead stand on the comment lines right below the statement.
// - `v` is a value written as in code: 'text', 42, true, null, undefined, [..], { .. }; an
//   optional `→ ` may precede it. `…` stands for anything: inside text, any characters; as an
//   array element, any elements; as an object entry, any other entries. `v1 | v2` is one of them.
//   After the value, `: why` or `(why)` may explain it; anything else is an error.
// - `stmt; // throws Name` — the statement throws an error whose name (or class) is `Name`.
// - `console.log(…); // text` — the printed line, and the comment lines below it the next
//   printed lines (the README convention, example-output.ts); a last `// …` allows more lines.
// - a comment that does not start with a value (`// the ĐBSH cell`) is prose and is not checked.

/** A value as a comment writes it. */
export type Pattern =
  | { readonly kind: 'any' }
  | { readonly kind: 'text'; readonly parts: readonly string[] }
  | { readonly kind: 'literal'; readonly value: number | boolean | null | undefined }
  | { readonly kind: 'array'; readonly items: readonly Pattern[] }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, Pattern])[]; readonly open: boolean };

/** What one comment claims: one of the alternatives. */
export interface ValueClaim {
  readonly alternatives: readonly Pattern[];
  readonly text: string;
}

class ClaimSyntaxError extends Error {}

/** A small reader for values written as in code, with `…` for anything. */
class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  private space(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  private fail(what: string): never {
    throw new ClaimSyntaxError(`${what} at "${this.text.slice(this.pos, this.pos + 20)}"`);
  }

  peek(): string {
    this.space();
    return this.text[this.pos] ?? '';
  }

  rest(): string {
    return this.text.slice(this.pos);
  }

  value(): Pattern {
    this.space();
    const c = this.text[this.pos];
    if (c === '…') {
      this.pos++;
      return { kind: 'any' };
    }
    if (c === "'" || c === '"' || c === '`') return this.string(c);
    if (c === '[') return this.array();
    if (c === '{') return this.object();
    const number = /^-?(?:\d[\d_]*)(?:\.\d+)?(?:e[+-]?\d+)?/i.exec(this.rest());
    if (number) {
      this.pos += number[0].length;
      return { kind: 'literal', value: Number(number[0].replaceAll('_', '')) };
    }
    const word = /^(true|false|null|undefined|NaN|-?Infinity)\b/.exec(this.rest());
    if (word) {
      this.pos += word[0].length;
      const values = { true: true, false: false, null: null, undefined: undefined, NaN: Number.NaN, Infinity, '-Infinity': -Infinity };
      return { kind: 'literal', value: values[word[1] as keyof typeof values] };
    }
    return this.fail('a value expected');
  }

  private string(quote: string): Pattern {
    const parts: string[] = [];
    let part = '';
    this.pos++;
    for (;;) {
      const c = this.text[this.pos++];
      if (c === undefined) this.fail('an unclosed string');
      if (c === quote) break;
      if (c === '…') {
        parts.push(part);
        part = '';
      } else if (c === '\\') {
        const e = this.text[this.pos++] ?? '';
        if (e === 'u') {
          const hex = /^\{([0-9a-f]+)\}|^([0-9a-f]{4})/i.exec(this.rest());
          if (!hex) this.fail('a bad \\u escape');
          part += String.fromCodePoint(Number.parseInt(hex[1] ?? hex[2]!, 16));
          this.pos += hex[0].length;
        } else part += ({ n: '\n', t: '\t', r: '\r', 0: '\0' } as Record<string, string>)[e] ?? e;
      } else part += c;
    }
    parts.push(part);
    return { kind: 'text', parts };
  }

  private array(): Pattern {
    const items: Pattern[] = [];
    this.pos++;
    while (this.peek() !== ']') {
      items.push(this.value());
      if (this.peek() === ',') this.pos++;
      else if (this.peek() !== ']') this.fail('"," or "]" expected');
    }
    this.pos++;
    return { kind: 'array', items };
  }

  private object(): Pattern {
    const entries: [string, Pattern][] = [];
    let open = false;
    this.pos++;
    while (this.peek() !== '}') {
      if (this.peek() === '…') {
        this.pos++;
        open = true;
      } else {
        const key = /^(?:'([^']*)'|"([^"]*)"|([\p{L}\p{N}_$-]+))\s*:/u.exec(this.rest());
        if (!key) this.fail('a key expected');
        this.pos += key[0].length;
        entries.push([key[1] ?? key[2] ?? key[3]!, this.value()]);
      }
      if (this.peek() === ',') this.pos++;
      else if (this.peek() !== '}') this.fail('"," or "}" expected');
    }
    this.pos++;
    return { kind: 'object', entries, open };
  }
}

/** Does a comment start with a value (a claim), rather than with prose? */
export function looksLikeClaim(comment: string): boolean {
  return /^(?:→|['"`[{]|-?\d|(?:true|false|null|undefined|NaN|-?Infinity)\b)/.test(comment.trim());
}

/**
 * The claim a comment makes: `null` for prose; an error message when it starts with a value but
 * is not one, or says more than a value and its explanation.
 */
export function parseClaim(comment: string): ValueClaim | { readonly error: string } | null {
  const text = comment.trim().replace(/^→\s*/, '');
  if (!looksLikeClaim(comment)) return null;
  const reader = new Reader(text);
  try {
    const alternatives = [reader.value()];
    while (reader.peek() === '|') {
      reader.pos++;
      alternatives.push(reader.value());
    }
    const rest = reader.rest().trim();
    if (rest !== '' && !rest.startsWith(':') && !rest.startsWith('(')) {
      return { error: `"${comment.trim()}": after the value only ": why" or "(why)" may follow, not "${rest}"` };
    }
    return { alternatives, text: text.slice(0, reader.pos).trim() };
  } catch (error) {
    if (error instanceof ClaimSyntaxError) return { error: `"${comment.trim()}": ${error.message}` };
    throw error;
  }
}

function matchText(actual: string, parts: readonly string[]): boolean {
  if (parts.length === 1) return actual === parts[0];
  if (!actual.startsWith(parts[0]!) || !actual.endsWith(parts.at(-1)!)) return false;
  let at = parts[0]!.length;
  const end = actual.length - parts.at(-1)!.length;
  if (end < at) return false;
  for (const part of parts.slice(1, -1)) {
    const found = actual.indexOf(part, at);
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}

function matchItems(actual: readonly unknown[], items: readonly Pattern[]): boolean {
  const [first, ...rest] = items;
  if (first === undefined) return actual.length === 0;
  if (first.kind === 'any') return actual.some((_, i) => matchItems(actual.slice(i), rest)) || matchItems([], rest);
  return actual.length > 0 && matches(actual[0], first) && matchItems(actual.slice(1), rest);
}

/** Does a value match what a comment writes? Objects compare their own entries (undefined ones left out). */
export function matches(actual: unknown, pattern: Pattern): boolean {
  switch (pattern.kind) {
    case 'any':
      return true;
    case 'text':
      return typeof actual === 'string' && matchText(actual, pattern.parts);
    case 'literal':
      return Object.is(actual, pattern.value) || (actual === 0 && pattern.value === 0);
    case 'array':
      return Array.isArray(actual) && matchItems(actual, pattern.items);
    case 'object': {
      if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
      const record = actual as Record<string, unknown>;
      const keys = new Set(pattern.entries.map(([k]) => k));
      if (!pattern.open && Object.keys(record).some((k) => record[k] !== undefined && !keys.has(k))) return false;
      return pattern.entries.every(([k, p]) => matches(record[k], p));
    }
  }
}

/** Does a value match one of a claim's alternatives? */
export function satisfies(actual: unknown, claim: ValueClaim): boolean {
  return claim.alternatives.some((p) => matches(actual, p));
}

/** A value written back as a comment would write it (for failure messages). */
export function asComment(value: unknown): string {
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`;
  if (value === undefined || typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `[${value.map(asComment).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${key(k)}: ${asComment(v)}`).join(', ')} }`;
  }
  return String(value);
}
