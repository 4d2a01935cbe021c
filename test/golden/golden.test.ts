// Golden tests: every set against what the reference says of it, read straight from
// shared/reference/criteria.json by scripts/golden-from-reference.py into test/golden/reference/
// (not from rules/). A rule edited by hand must still agree, or come with a new reference.
import { readFileSync } from 'node:fs';
import { commune1980 } from '../../rules/national/2016-2020/commune-1980.js';
import { communeModel691 } from '../../rules/national/2016-2020/commune-model-691.js';
import { district558 } from '../../rules/national/2016-2020/district-558.js';
import { province1274 } from '../../rules/national/2016-2020/province-1274.js';
import { town558 } from '../../rules/national/2016-2020/town-558.js';
import {
  commune318Amended211,
  communeAdvanced318Amended211,
  district320Amended211,
  districtAdvanced320Amended211,
} from '../../rules/national/2021-2025/amend-211.js';
import { commune318 } from '../../rules/national/2021-2025/commune-318.js';
import { communeAdvanced318 } from '../../rules/national/2021-2025/commune-advanced-318.js';
import { communeModel319 } from '../../rules/national/2021-2025/commune-model-319.js';
import { district320 } from '../../rules/national/2021-2025/district-320.js';
import { districtAdvanced320 } from '../../rules/national/2021-2025/district-advanced-320.js';
import { districtSpecial211 } from '../../rules/national/2021-2025/district-special-211.js';
import { province321 } from '../../rules/national/2021-2025/province-321.js';
import { town320 } from '../../rules/national/2021-2025/town-320.js';
import { commune51 } from '../../rules/national/2026-2030/commune-51.js';
import { communeModernPilot51 } from '../../rules/national/2026-2030/commune-modern-pilot-51.js';
import { province51 } from '../../rules/national/2026-2030/province-51.js';
import type { CriteriaSet } from '../../src/engine.js';
import { goldenSuite, type Golden } from './golden.js';

function reference(key: string): Golden {
  return JSON.parse(readFileSync(new URL(`./reference/${key}.json`, import.meta.url), 'utf8')) as Golden;
}

// [set, reference set]. 211's changed values are NOT_FOUND, so its amended versions keep every
// base cell and are checked against the base's reference.
const SETS: readonly (readonly [CriteriaSet, string])[] = [
  [commune1980, 'commune-2016-2020'],
  [district558, 'district-2016-2020'],
  [town558, 'town-2016-2020'],
  [communeModel691, 'commune-model-2018-2020'],
  [province1274, 'province-2020'],
  [commune318, 'commune-2021-2025'],
  [communeAdvanced318, 'commune-advanced-2021-2025'],
  [communeModel319, 'commune-model-2021-2025'],
  [district320, 'district-2021-2025'],
  [town320, 'town-2021-2025'],
  [districtAdvanced320, 'district-advanced-2021-2025'],
  [province321, 'province-2021-2025'],
  [commune318Amended211, 'commune-2021-2025'],
  [communeAdvanced318Amended211, 'commune-advanced-2021-2025'],
  [district320Amended211, 'district-2021-2025'],
  [districtAdvanced320Amended211, 'district-advanced-2021-2025'],
  [districtSpecial211, 'amendments-211-2024'],
  [commune51, 'commune-2026-2030'],
  [communeModernPilot51, 'commune-modern-pilot-2026-2030'],
  [province51, 'province-2026-2030'],
];

for (const [set, key] of SETS) goldenSuite(set.id, set, reference(key));
