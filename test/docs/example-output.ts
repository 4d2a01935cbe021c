// What an example's comments say it prints (the convention of the README's examples, which the
// TSDoc examples follow for `console.log`): the comment after a `console.log(…)` is its printed
// line, and the comment lines right below it are the lines it prints next (a loop's output).

/** What the example's comments say it prints, in order. */
export function expectedOutput(code: string): string[] {
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('console.log(')) continue;
    const inline = /\);\s*\/\/ (.*)$/.exec(line);
    if (inline) out.push(inline[1]!);
    for (let j = i + 1; j < lines.length && /^\s*\/\/ /.test(lines[j]!); j++) out.push(lines[j]!.replace(/^\s*\/\/ /, ''));
  }
  return out;
}

/** One `console.log` call as the comments write it: text as is, other values as `['a', 'b']`. */
export function printedLine(args: readonly unknown[]): string {
  return args.map((a) => (typeof a === 'string' ? a : String(JSON.stringify(a)).replaceAll('","', '", "').replaceAll('"', "'"))).join(' ');
}
