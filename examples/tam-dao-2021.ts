// Tam Đảo district (Vĩnh Phúc), October 2021: 9 of 9 district criteria of 558/QĐ-TTg met, yet
// not recognisable, because none of its 6 communes meets 1980/QĐ-TTg at the Red River Delta
// targets. Run: npm run example:tam-dao
import { tamDaoReport } from './tam-dao/report.js';

console.log(tamDaoReport());
