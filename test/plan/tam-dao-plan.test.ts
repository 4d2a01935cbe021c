// The example's gap plan (npm run example:tam-dao ends with it): every figure it prints.
import { describe, expect, it } from 'vitest';
import { tamDaoGapPlanReport, tamDaoPlan } from '../../examples/tam-dao/gap-plan.js';

describe('Tam Đảo gap plan (the seed scenario, end of the example)', () => {
  it('says what the district lacks to be recognised: all six communes, and two facts to collect', () => {
    expect(tamDaoPlan).toMatchObject({ unitId: 'tam-dao', setId: 'district-2016-2020', metCount: 9, total: 9, recognition: 'not-met' });
    expect(tamDaoPlan.dataToCollect.map((d) => d.name)).toEqual(['registeredInPlan', 'outstandingConstructionDebt']);
    const text = tamDaoGapPlanReport();
    for (const line of [
      'Huyện Tam Đảo: đạt 9/9 tiêu chí; còn 0 tiêu chí, 0 chỉ tiêu chưa đạt, 1 điều kiện; 2 số liệu cần thu thập, 0 mức cần xác định',
      '0/6 đơn vị đạt, cần 6; cần thêm ít nhất 6 đơn vị; gần đạt nhất: Đạo Trù, Yên Dương, Bồ Lý, Minh Quang, Hồ Sơn, Tam Quan',
      '0 of 6 units pass, 6 needed; at least 6 more units',
      'Cần thông tin "Nợ đọng xây dựng cơ bản trong xây dựng NTM (triệu đồng)"',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('says what each commune lacks for the Red River Delta targets, closest criteria first', () => {
    const text = tamDaoGapPlanReport();
    for (const line of [
      'Đạo Trù: đạt 0/19 tiêu chí; còn 19 tiêu chí, 7 chỉ tiêu chưa đạt, 1 điều kiện; 30 số liệu cần thu thập, 14 mức cần xác định',
      '11     Cần giảm 0,32 điểm phần trăm: 2,32% → 2% (yêu cầu ≤ 2%) [mức của UBND tỉnh Vĩnh Phúc]',
      '10     Cần tăng thêm 10 triệu đồng/người/năm: 40 → 50 (yêu cầu ≥ 50)',
      '10     10 million VND/person/year more needed: 40 → 50 (target ≥ 50)',
      '17.1a  Cần tăng thêm 10 điểm phần trăm: 90% → 100% (yêu cầu ≥ 100%) [mức của UBND tỉnh Vĩnh Phúc]',
      '17.1b  Cần tăng thêm 12 điểm phần trăm: 53% → 65% (yêu cầu ≥ 65%)',
      '2.2    Chỉ tiêu 2.2 cần ở mức "Đạt"',
      'Tam Quan: đạt 0/19 tiêu chí',
      'Các khoảng thiếu như Đạo Trù / the same gaps as Đạo Trù',
      'Tiêu chí 10. Thu nhập: 6 xã — Đạo Trù, Yên Dương, Bồ Lý, Minh Quang, Hồ Sơn, Tam Quan',
    ]) {
      expect(text).toContain(line);
    }
    const order = tamDaoPlan.units[0]!.plan!.criteria.filter((c) => c.gaps.length > 0).map((c) => c.id);
    expect(order).toEqual(['11', '10', '17', '2']); // one small gap first, three roads last
  });
});
