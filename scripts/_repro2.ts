import { safeEvaluate, communeModel319, communeModel691 } from '../src/index.js';
for (const [set, code, ref] of [[communeModel319, 'KM.2', 'advancedCommuneIncomeTarget'], [communeModel691, '1.2', 'incomeAtRecognition']] as const) {
  for (const refs of [{}, { [ref]: 100 }]) for (const v of [2, 120]) {
    const r = safeEvaluate(set, { region: 'red-river-delta', year: set.years?.from ?? 2020, values: { [code]: 115 }, references: refs, overrides: { [code]: { value: v, by: 'x' } } });
    const ind = r.result.criteria.flatMap(c=>c.indicators).find(i=>i.code===code)!;
    console.log(set.id, JSON.stringify(refs), v, r.issues.map(i=>i.code+':'+i.expected), ind.status, ind.target);
  }
}
