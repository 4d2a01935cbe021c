// The API reference with typedoc: Markdown into docs/api (npm run docs) or the HTML site
// (npm run docs:site). Warnings are errors, and every export must have a TSDoc @example.
import {
  Application,
  Converter,
  DeclarationReflection,
  ParameterReflection,
  ReferenceType,
  ReflectionKind,
  ReflectionType,
  SignatureReflection,
  TypeParameterReflection,
  type ProjectReflection,
  type SomeType,
  type TypeDocOptions,
} from 'typedoc';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Members that only the type of a criteria set has, all at once. */
const SET_MEMBERS = ['id', 'family', 'version', 'level', 'criteria', 'legalBasis', 'columns'];

function isSetLiteral(type: SomeType): type is ReflectionType {
  if (!(type instanceof ReflectionType)) return false;
  const names = new Set((type.declaration.children ?? []).map((c) => c.name));
  return SET_MEMBERS.every((m) => names.has(m));
}

/**
 * Replaces the literal type of each set (thousands of lines: every code, every target) with a
 * reference to `CriteriaSet` wherever it appears, so the API pages stay readable. The literal
 * types still exist for TypeScript users (autocompletion of codes); the criteria pages show
 * the data.
 */
function collapseSetTypes(project: ProjectReflection): void {
  const target = project.getReflectionsByKind(ReflectionKind.TypeAlias | ReflectionKind.Interface).find((r) => r.name === 'CriteriaSet');
  if (!target)
    throw new Error(`CriteriaSet is not exported; cannot collapse set types (${(project.children ?? []).map((c) => c.name).join(', ')})`);
  const removed: DeclarationReflection[] = [];
  const map = (type: SomeType | undefined): SomeType | undefined => {
    if (!type) return type;
    if (isSetLiteral(type)) {
      removed.push(type.declaration);
      return ReferenceType.createResolvedReference('CriteriaSet', target, project);
    }
    switch (type.type) {
      case 'union':
      case 'intersection': {
        type.types = type.types.map((t) => map(t)!);
        // A union of several set literals collapses to one CriteriaSet (identical members once).
        const unique = type.types.filter((t, i, all) => all.findIndex((u) => u.toString() === t.toString()) === i);
        if (unique.length === 1) return unique[0];
        type.types = unique;
        return type;
      }
      case 'array':
        type.elementType = map(type.elementType)!;
        return type;
      case 'typeOperator':
        type.target = map(type.target)!;
        return type;
      case 'reference':
        type.typeArguments = type.typeArguments?.map((t) => map(t)!);
        return type;
      case 'tuple':
        type.elements = type.elements.map((t) => map(t)!);
        return type;
      default:
        return type;
    }
  };
  for (const reflection of Object.values(project.reflections)) {
    if (
      reflection instanceof DeclarationReflection ||
      reflection instanceof SignatureReflection ||
      reflection instanceof ParameterReflection
    ) {
      reflection.type = map(reflection.type);
    }
    if (reflection instanceof TypeParameterReflection) {
      reflection.type = map(reflection.type);
      reflection.default = map(reflection.default);
    }
  }
  for (const declaration of removed) if (project.getReflectionById(declaration.id)) project.removeReflection(declaration);
}

/** Names of exports without a TSDoc comment that has an @example. */
export function exportsWithoutExample(project: ProjectReflection): string[] {
  const missing: string[] = [];
  for (const child of project.children ?? []) {
    if (
      !child.kindOf(
        ReflectionKind.Function |
          ReflectionKind.Variable |
          ReflectionKind.Class |
          ReflectionKind.Interface |
          ReflectionKind.TypeAlias |
          ReflectionKind.Enum,
      )
    )
      continue;
    const comments = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)];
    if (!comments.some((c) => c?.blockTags.some((t) => t.tag === '@example'))) missing.push(child.name);
  }
  return missing.sort();
}

/** Options shared by the Markdown reference and the HTML site. */
export const COMMON_OPTIONS: Partial<TypeDocOptions> = {
  entryPoints: [join(ROOT, 'src', 'index.ts')],
  tsconfig: join(ROOT, 'tsconfig.json'),
  name: '@ntm/criteria',
  // `npm test` type-checks the whole repo; typedoc only reads the public API.
  skipErrorChecking: true,
  // One entry point: its exports are the project's, also when the site adds documents.
  alwaysCreateEntryPointModule: false,
  // No git revisions or paths in the output: it must be the same on every machine.
  disableSources: true,
  disableGit: true,
  sourceLinkTemplate: '',
  excludePrivate: true,
  excludeInternal: true,
  treatWarningsAsErrors: true,
  treatValidationWarningsAsErrors: true,
  validation: { notExported: true, invalidLink: true, invalidPath: true, rewrittenLink: true, unusedMergeModuleWith: true },
  sort: ['kind', 'alphabetical-ignoring-documents'],
  logLevel: 'Warn',
  // Internal helper types that public types mention; they are expanded where used.
  intentionallyNotExported: ['Patched', 'MANIFEST'],
};

/**
 * Runs typedoc with the given options on the public API. Throws when typedoc reports a warning
 * or an error, or when an export has no @example.
 */
export async function runTypedoc(options: Partial<TypeDocOptions>, check: { readonly examples?: boolean } = {}): Promise<void> {
  const app = await Application.bootstrapWithPlugins({ ...COMMON_OPTIONS, ...options });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => collapseSetTypes(context.project));
  const project = await app.convert();
  if (!project) throw new Error('typedoc could not convert the project');
  app.validate(project);
  const missing = exportsWithoutExample(project);
  if (missing.length > 0 && check.examples !== false)
    throw new Error(`Exports without a TSDoc @example (${missing.length}): ${missing.join(', ')}`);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) throw new Error('typedoc reported warnings or errors (treated as errors)');
  await app.generateOutputs(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings())
    throw new Error('typedoc reported warnings or errors while writing (treated as errors)');
}
