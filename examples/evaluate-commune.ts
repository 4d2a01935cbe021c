// A commune in Vĩnh Phúc (Red River Delta) assessed in 2024 against 318/QĐ-TTg Annex I.
// Run: npm run example
import { criteriaSetInForce, formatMessage, safeEvaluate } from '../src/index.js';
import { formatReport } from './report.js';

const set = criteriaSetInForce({ level: 'commune', on: '2024-06-30' });

const { result, issues } = safeEvaluate(set, {
  province: 'vinh-phuc',
  year: 2024,
  facts: { schoolCount: 4, outstandingConstructionDebt: 0, securityComplexArea: false },
  values: {
    '1.1': true,
    '5b': { numerator: 4, denominator: 4 },
    '10': 62,
    '15.3': 12.5,
    '17.1': { numerator: 1_940, denominator: 2_000 },
  },
});

console.log(formatReport('Xã mẫu, tỉnh Vĩnh Phúc — đánh giá 2024 / Sample commune, Vĩnh Phúc — 2024 assessment', result));
for (const issue of issues) console.log(`! ${formatMessage(issue, 'vi')} / ${formatMessage(issue, 'en')}`);
