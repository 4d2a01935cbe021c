#!/usr/bin/env bash
# Package checks (npm run check:package, after npm run build), as a consumer meets the package:
#  1. publint (strict) and attw --pack on every subpath, each set's included;
#  2. the tarball holds only what a consumer needs;
#  3. the tarball installs into an empty project (zod as the app's peer, date-fns from the
#     registry or the npm cache), and every subpath imports in ESM and in CommonJS.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f dist/index.js ]; then
  echo "check-package: dist/ is missing; run npm run build first" >&2
  exit 1
fi

SETS=$(cd dist/sets && ls -- *.js | sed 's/\.js$//' | sort)

echo "== publint"
npx --no-install publint --strict

echo "== attw --pack"
entrypoints=(. ./engine ./package.json)
for id in $SETS; do entrypoints+=("./sets/$id"); done
npx --no-install attw --pack . --entrypoints "${entrypoints[@]}" --format ascii

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ntm-package.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "== npm pack"
npm pack --silent --pack-destination "$WORK" > "$WORK/name.txt"
TARBALL="$WORK/$(tail -n 1 "$WORK/name.txt")"
tar -tzf "$TARBALL" | sort > "$WORK/files.txt"
echo "$(wc -l < "$WORK/files.txt") files in $(basename "$TARBALL") ($(du -k "$TARBALL" | cut -f1) kB)"
# Only what a consumer needs: the build, the JSON Schemas and catalogues the package exports, and the docs.
unexpected=$(grep -vE '^package/(dist/.+|docs/json-schema/[^/]+\.json|docs/criteria/[^/]+\.json|package\.json|README\.md|CHANGELOG\.md|LICENSE)$' "$WORK/files.txt" || true)
if [ -n "$unexpected" ]; then
  echo "check-package: unexpected files in the tarball:" >&2
  echo "$unexpected" >&2
  exit 1
fi
for needed in package/package.json package/README.md package/CHANGELOG.md package/LICENSE package/dist/index.js package/dist/index.cjs; do
  grep -qx "$needed" "$WORK/files.txt" || { echo "check-package: $needed is missing from the tarball" >&2; exit 1; }
done

echo "== install the tarball into an empty project"
ZOD_VERSION=$(node -p "require('./node_modules/zod/package.json').version")
mkdir -p "$WORK/app"
cd "$WORK/app"
echo '{ "name": "ntm-package-check", "version": "1.0.0", "private": true }' > package.json
npm install "$TARBALL" "zod@$ZOD_VERSION" --prefer-offline --no-audit --no-fund --loglevel=error

# Every subpath, in both module systems: each loads, and each set subpath exports its set.
node - "$SETS" <<'EOF'
const fs = require('node:fs');
const sets = process.argv[2].split(/\s+/).filter(Boolean);
const lines = (kind) => {
  const load = kind === 'esm'
    ? (p) => `await import(${JSON.stringify(p)}${p.endsWith('.json') ? ", { with: { type: 'json' } }" : ''})`
    : (p) => `require(${JSON.stringify(p)})`;
  return [
    `const check = (name, m, test) => { if (!test(m)) { console.error('${kind}: ' + name + ' failed'); process.exit(1); } };`,
    `const root = ${load('@ntm/criteria')};`,
    `check('@ntm/criteria', root, (m) => typeof m.evaluate === 'function' && typeof m.getCriteriaSet === 'function');`,
    `const engine = ${load('@ntm/criteria/engine')};`,
    `check('@ntm/criteria/engine', engine, (m) => typeof m.evaluate === 'function' && typeof m.inputSchema === 'function');`,
    // The catalogue of a set (docs/catalogue-format.md), for apps not written in TypeScript.
    `check('catalogue/commune-2021-2025', ${load('@ntm/criteria/catalogue/commune-2021-2025.json')}, (m) => (m.default ?? m).id === 'commune-2021-2025');`,
    `check('@ntm/criteria/package.json', ${load('@ntm/criteria/package.json')}, (m) => (m.default ?? m).name === '@ntm/criteria');`,
    ...sets.map(
      (id) =>
        `check('sets/${id}', ${load(`@ntm/criteria/sets/${id}`)}, (m) => Object.values(m).some((s) => s && s.id === ${JSON.stringify(id)} && Array.isArray(s.criteria)));`,
    ),
    // One evaluation through the subpaths, and the input schema through zod (the app's peer).
    `const set = root.getCriteriaSet('commune-2021-2025');`,
    `const result = engine.evaluate(set, { region: 'red-river-delta', year: 2024, values: { '3.1': 99 } });`,
    `check('evaluate', result, (r) => r.setId === 'commune-2021-2025' && r.criteria.length > 0);`,
    `check('inputSchema', engine.inputSchema(set).safeParse({ region: 'red-river-delta', values: {} }), (r) => r.success === true);`,
    `console.log('${kind}: ' + (${sets.length} + 3) + ' subpaths imported, evaluate and inputSchema work');`,
  ].join('\n');
};
fs.writeFileSync('check.mjs', lines('esm'));
fs.writeFileSync('check.cjs', `(async () => {\n${lines('cjs')}\n})();`);
EOF
node check.mjs
node check.cjs
echo "== package checks passed"
