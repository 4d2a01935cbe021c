#!/usr/bin/env bash
# Proves the published @ntm/cli stands alone: build it, `npm pack` it, install the tarball in an
# empty folder (its runtime dependencies come from the registry; @ntm/criteria and @ntm/sheets
# are bundled in dist/ntm.js), then run `npx ntm --help` and a real command there.
set -euo pipefail
cli="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$cli" && npm run build --silent >/dev/null)
tarball="$(cd "$cli" && npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "packed $tarball"
tar -tzf "$work/$tarball" | sort

cd "$work"
mkdir app && cd app
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$work/$tarball"
if grep -q '"@ntm/criteria"' node_modules/@ntm/cli/package.json && [ ! -d node_modules/@ntm/criteria ]; then
  : # a dev dependency only: not installed, as expected
fi
npx --no-install ntm --help | grep -q 'evaluate'
npx --no-install ntm sets --level commune --json | node -e 'const s=JSON.parse(require("fs").readFileSync(0,"utf8")); if(!s.some(x=>x.id==="commune-2026-2030")) process.exit(1)'
npx --no-install ntm template commune-2026-2030 --group 1 -o form.xlsx 2>/dev/null
test -s form.xlsx
printf 'Tên xã,Nhóm xã,Năm,6.x1\nA,1,2026,"2,5"\n' > xa.csv
npx --no-install ntm evaluate xa.csv --set commune-2026-2030 -o r.json >/dev/null
node -e 'const r=JSON.parse(require("fs").readFileSync("r.json","utf8")); if(r.units.length!==1) process.exit(1)'
echo "ok: the packed @ntm/cli runs from an empty folder (npx ntm --help, sets, template, evaluate)"
