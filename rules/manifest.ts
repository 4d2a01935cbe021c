// The manifest: one line per rules file, naming the sets it exports. Everything that lists the
// sets follows from it: the registry and the root exports (rules/index.ts), the package subpaths
// (tsup.config.ts, via scripts/set-entries.ts), the golden tests, the integrity test and the
// docs' list of sets. Adding a decree is one rules file, one line here and a changeset.
export { commune1980 } from './national/2016-2020/commune-1980.js';
export { district558 } from './national/2016-2020/district-558.js';
export { town558 } from './national/2016-2020/town-558.js';
export { communeModel691 } from './national/2016-2020/commune-model-691.js';
export { province1274 } from './national/2016-2020/province-1274.js';
export { commune318 } from './national/2021-2025/commune-318.js';
export { communeAdvanced318 } from './national/2021-2025/commune-advanced-318.js';
export { communeModel319 } from './national/2021-2025/commune-model-319.js';
export { district320 } from './national/2021-2025/district-320.js';
export { town320 } from './national/2021-2025/town-320.js';
export { districtAdvanced320 } from './national/2021-2025/district-advanced-320.js';
export { province321 } from './national/2021-2025/province-321.js';
export { commune318Amended211 } from './national/2021-2025/commune-318-211.js';
export { communeAdvanced318Amended211 } from './national/2021-2025/commune-advanced-318-211.js';
export { district320Amended211 } from './national/2021-2025/district-320-211.js';
export { districtAdvanced320Amended211 } from './national/2021-2025/district-advanced-320-211.js';
export { districtSpecial211 } from './national/2021-2025/district-special-211.js';
export { commune51 } from './national/2026-2030/commune-51.js';
export { communeModernPilot51 } from './national/2026-2030/commune-modern-pilot-51.js';
export { province51 } from './national/2026-2030/province-51.js';
export { vinhPhucCommuneAdvanced } from './provincial/vinh-phuc/commune-advanced-2016-2020.js';
export { vinhPhucVillageModel } from './provincial/vinh-phuc/village-model.js';
export { thaiBinhCommuneAdvanced } from './provincial/thai-binh/commune-advanced-2018-2020.js';
export { tuyenQuangCommuneModel } from './provincial/tuyen-quang/commune-model-2021-2025.js';
