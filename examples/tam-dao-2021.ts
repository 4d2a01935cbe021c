// Tam Đảo district (Vĩnh Phúc), October 2021: 9 of 9 district criteria of 558/QĐ-TTg met, yet
// not recognisable, because none of its 6 communes meets 1980/QĐ-TTg at the Red River Delta
// targets. The report ends with the gap plan: what each commune lacks, and what the district
// lacks to be recognised. Run: npm run example:tam-dao
import { tamDaoGapPlanReport } from './tam-dao/gap-plan.js';
import { tamDaoReport } from './tam-dao/report.js';

console.log(tamDaoReport());
console.log('');
console.log(tamDaoGapPlanReport());
