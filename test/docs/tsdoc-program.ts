// Each TSDoc example as a module of this repository, and one TypeScript program over all of them.
// A block's free names are imported, in this order, from: the file it documents (its exports),
// what that file itself imports, the public API of its package (the core's root, which holds the
// engine and the sets; @ntm/sheets; the core for the CLI), and last the named fixtures of
// tsdoc-fixtures.ts. A name found nowhere stays free, and the type check says so.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { type Instrumented, instrument, RECORDER } from './example-instrument.js';
import type { ExampleBlock } from './tsdoc-blocks.js';

/** One example, ready to be type-checked and run. */
export interface PreparedExample {
  readonly block: ExampleBlock;
  /** `file:line`, the name a failure is reported under. */
  readonly key: string;
  /** The generated module (absolute path). */
  readonly module: string;
  readonly instrumented: Instrumented;
  /** Lines of the generated module before the block's first line. */
  readonly preludeLines: number;
  /** The fixtures it imports (tsdoc-fixtures.ts). */
  readonly fixtures: readonly string[];
}

/** A diagnostic of an example, at the line of the source file the example is written on. */
export interface ExampleDiagnostic {
  readonly key: string;
  readonly message: string;
}

// Names the compiler cannot find: a block's free names.
const NOT_FOUND = new Set([2304, 2552, 2503, 2580, 2581, 2582, 2583, 2584, 18004]);

function compilerOptions(root: string): ts.CompilerOptions {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config as { compilerOptions: object };
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);
  return {
    ...options,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    // The packages' sources import each other by name; point the names at the sources.
    baseUrl: root,
    paths: {
      '@ntm/criteria': ['src/index.ts'],
      '@ntm/criteria/engine': ['src/engine.ts'],
      '@ntm/sheets': ['packages/sheets/src/index.ts'],
    },
  };
}

/** A compiler host that serves the generated modules from memory and the rest from disk. */
function hostWith(options: ts.CompilerOptions, files: ReadonlyMap<string, string>): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const cache = new Map<string, ts.SourceFile | undefined>();
  return {
    ...host,
    fileExists: (f) => files.has(f) || host.fileExists(f),
    readFile: (f) => files.get(f) ?? host.readFile(f),
    getSourceFile: (f, language, onError) => {
      const text = files.get(f);
      if (text !== undefined) return ts.createSourceFile(f, text, language, true);
      if (!cache.has(f)) cache.set(f, host.getSourceFile(f, language, onError));
      return cache.get(f);
    },
  };
}

/**
 * The modules whose exports a source file's examples may use: the public API of its package
 * (the core's root, @ntm/sheets); a package with no library API (the CLI) offers its modules'
 * exports, after the core and @ntm/sheets.
 */
function publicModulesOf(root: string, file: string): string[] {
  const core = join(root, 'src/index.ts');
  const sheets = join(root, 'packages/sheets/src/index.ts');
  if (file.startsWith('packages/sheets/')) return [sheets, core];
  const own = /^packages\/[^/]+\//.exec(file)?.[0];
  if (own === undefined) return [core];
  const index = join(root, own, 'src/index.ts');
  return ts.sys.fileExists(index) ? [index, core, sheets] : [core, sheets, ...ts.sys.readDirectory(join(root, own, 'src'), ['.ts']).sort()];
}

interface Binding {
  readonly module: string;
  readonly name: string;
  readonly value: boolean;
}

/** The name a module exports under each name, and whether it has a value (else type only). */
function exportsOf(checker: ts.TypeChecker, source: ts.SourceFile | undefined): Map<string, Binding> {
  const out = new Map<string, Binding>();
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!source || !symbol) return out;
  for (const e of checker.getExportsOfModule(symbol)) {
    const target = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
    out.set(e.name, { module: source.fileName, name: e.name, value: (target.flags & ts.SymbolFlags.Value) !== 0 });
  }
  return out;
}

/** What a file imports, by local name. */
function importsOf(program: ts.Program, source: ts.SourceFile | undefined): Map<string, Binding> {
  const out = new Map<string, Binding>();
  if (!source) return out;
  const checker = program.getTypeChecker();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const resolved = ts.resolveModuleName(
      statement.moduleSpecifier.text,
      source.fileName,
      program.getCompilerOptions(),
      ts.sys,
    ).resolvedModule;
    if (!resolved) continue;
    const bindings = statement.importClause.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const spec of bindings.elements) {
      const symbol = checker.getSymbolAtLocation(spec.name);
      const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const value =
        !statement.importClause.isTypeOnly && !spec.isTypeOnly && target !== undefined && (target.flags & ts.SymbolFlags.Value) !== 0;
      out.set(spec.name.text, { module: resolved.resolvedFileName, name: (spec.propertyName ?? spec.name).text, value });
    }
  }
  return out;
}

function moduleText(prelude: readonly string[], recorder: string, instrumented: Instrumented, copy: string | null = null): string {
  return [
    ...prelude,
    ...(copy === null ? [] : [copy]),
    ...instrumented.imports,
    `import type { ExampleRecorder } from '${recorder}';`,
    `export async function run(${RECORDER}: ExampleRecorder): Promise<void> {`,
    instrumented.body,
    '}',
    '',
  ].join('\n');
}

/** The names a file declares at its top level without exporting them. */
function privateNamesOf(source: ts.SourceFile | undefined, exported: ReadonlyMap<string, Binding>): Set<string> {
  const names = new Set<string>();
  for (const s of source?.statements ?? []) {
    const declared =
      ts.isFunctionDeclaration(s) ||
      ts.isClassDeclaration(s) ||
      ts.isInterfaceDeclaration(s) ||
      ts.isTypeAliasDeclaration(s) ||
      ts.isEnumDeclaration(s)
        ? [s.name?.text]
        : ts.isVariableStatement(s)
          ? s.declarationList.declarations.map((d) => (ts.isIdentifier(d.name) ? d.name.text : undefined))
          : [];
    for (const name of declared) if (name !== undefined && !exported.has(name)) names.add(name);
  }
  return names;
}

/** A source file's text moved to `to`: its relative module specifiers re-based. */
function movedText(source: ts.SourceFile, to: string): string {
  return source.text.replace(/(\bfrom\s+|\bimport\s*\(\s*)'(\.[^']*)'/g, (_, lead: string, path: string) => {
    return `${lead}'${specifier(to, join(dirname(source.fileName), path))}'`;
  });
}

const specifier = (from: string, to: string) => {
  const path = relative(dirname(from), to)
    .replaceAll('\\', '/')
    .replace(/\.tsx?$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
};

/**
 * Writes each block as a module under `dir` (its free names imported) and returns them with the
 * type check of all of them: one program, the blocks' diagnostics at their source lines.
 */
export function prepareExamples(
  root: string,
  dir: string,
  blocks: readonly ExampleBlock[],
  fixtures: string,
): { examples: PreparedExample[]; typeCheck: () => ExampleDiagnostic[] } {
  const options = compilerOptions(root);
  const recorderModule = join(root, 'test/docs/example-recorder.ts');
  const items = blocks.map((block) => {
    const instrumented = instrument(block.code);
    const name = `${block.file.replace(/[^\w]+/g, '-')}-${block.line}.ts`;
    return { block, instrumented, key: `${block.file}:${block.line}`, module: join(dir, name) };
  });

  // First pass: each block with no prelude, to learn its free names; and the modules they may come from.
  const bare = new Map(items.map((e) => [e.module, moduleText([], specifier(e.module, recorderModule), e.instrumented)]));
  const sources = [...new Set(items.map((e) => join(root, e.block.file)))];
  const roots = [...bare.keys(), ...sources, fixtures, ...new Set(items.flatMap((e) => publicModulesOf(root, e.block.file)))];
  const first = ts.createProgram(roots, options, hostWith(options, bare));
  const checker = first.getTypeChecker();
  const exportTables = new Map<string, Map<string, Binding>>();
  const exportsOfFile = (f: string) => {
    let table = exportTables.get(f);
    if (!table) {
      table = exportsOf(checker, first.getSourceFile(f));
      exportTables.set(f, table);
    }
    return table;
  };

  const files = new Map<string, string>();
  const examples = items.map((e) => {
    const source = first.getSourceFile(e.module)!;
    const free = new Set<string>();
    for (const d of first.getSemanticDiagnostics(source)) {
      if (NOT_FOUND.has(d.code) && d.start !== undefined) free.add(source.text.slice(d.start, d.start + d.length!));
    }
    const file = join(root, e.block.file);
    const own = first.getSourceFile(file);
    const [exported, imported, kept] = [exportsOfFile(file), importsOf(first, own), privateNamesOf(own, exportsOfFile(file))];
    // A block about a declaration its file keeps private runs inside a copy of that file, where
    // the file's own names (exported, imported or not) are in scope already.
    const inside = [...free].some((n) => kept.has(n));
    if (inside) for (const n of [...free]) if (kept.has(n) || imported.has(n) || exported.has(n)) free.delete(n);
    const scopes = [exported, imported, ...publicModulesOf(root, e.block.file).map(exportsOfFile), exportsOfFile(fixtures)];
    const byModule = new Map<string, string[]>();
    for (const local of [...free].sort()) {
      const binding = scopes.map((s) => s.get(local)).find((b) => b !== undefined);
      if (!binding) continue;
      const names = byModule.get(binding.module) ?? [];
      const name = binding.name === local ? local : `${binding.name} as ${local}`;
      names.push(binding.value ? name : `type ${name}`);
      byModule.set(binding.module, names);
    }
    const prelude = [...byModule].map(([module, names]) => `import { ${names.join(', ')} } from '${specifier(e.module, module)}';`);
    const copy = inside && own ? movedText(own, e.module) : null;
    const text = moduleText(prelude, specifier(e.module, recorderModule), e.instrumented, copy);
    files.set(e.module, text);
    const copyLines = copy === null ? 0 : copy.split('\n').length;
    const fromFixtures = byModule.get(fixtures) ?? [];
    return {
      ...e,
      preludeLines: prelude.length + copyLines + e.instrumented.imports.length + 2,
      fixtures: fromFixtures.map((n) => n.replace(/^type /, '')),
    };
  });

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of files) writeFileSync(path, text);

  const typeCheck = () => {
    const program = ts.createProgram([...files.keys()], options, hostWith(options, files), first);
    return examples.flatMap((e) => {
      const source = program.getSourceFile(e.module)!;
      return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => {
        const line = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line - e.preludeLines;
        const at = e.block.line + Math.max(0, Math.min(line, e.block.code.split('\n').length - 1));
        return { key: `${e.block.file}:${at}`, message: ts.flattenDiagnosticMessageText(d.messageText, ' ') };
      });
    });
  };
  return { examples, typeCheck };
}
