// Golden tests: every set against what the reference says of it, read straight from
// shared/reference/criteria.json by scripts/golden-from-reference.py into test/golden/reference/
// (not from rules/). A rule edited by hand must still agree, or come with a new reference.
import { existsSync, readFileSync } from 'node:fs';
import { listCriteriaSets, type CriteriaSet } from '../../src/index.js';
import { goldenSuite, type Golden } from './golden.js';
import { withHunt } from './hunt-2026-12-01.js';

const file = (key: string) => new URL(`./reference/${key}.json`, import.meta.url);

/** Reference sets named otherwise than the set: 211's special-district criteria. */
const REFERENCE_KEY: Readonly<Record<string, string>> = { 'district-special-2024': 'amendments-211-2024' };

/**
 * The reference a set is checked against: its own, or, for an amended version, its base's
 * (211's changed values are NOT_FOUND, so its amended versions keep every base cell), with the
 * rows of the 2026-12-01 reading that the rules apply laid over it (hunt-2026-12-01.ts).
 */
function reference(set: CriteriaSet): Golden {
  const key = [REFERENCE_KEY[set.id], set.id, set.family].find((k) => k !== undefined && existsSync(file(k)))!;
  return withHunt(key, JSON.parse(readFileSync(file(key), 'utf8')) as Golden);
}

// Every national set of the manifest (provincial sets are not in the reference's golden files).
for (const set of listCriteriaSets().filter((s) => !s.province)) goldenSuite(set.id, set, reference(set));
