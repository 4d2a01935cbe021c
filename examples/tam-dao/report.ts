// Formats the Tam Đảo scenario as the report a district official reads (Vietnamese, with
// English). Kept apart from the scenario so the test can check the text too.
import { formatMessage, type EvaluationResult, type IndicatorResult } from '../../src/index.js';
import { ASSESSED_ON, COMMUNES, controlNorthernMountains, DATA_YEAR, district, hoSonAdvanced, villages } from './scenario.js';

const VERDICT = { met: 'ĐẠT / met', 'not-met': 'CHƯA ĐẠT / not met', incomplete: 'CHƯA ĐỦ CĂN CỨ / not decidable' } as const;

function indicator(result: EvaluationResult, code: string): IndicatorResult {
  for (const c of result.criteria) for (const i of c.indicators) if (i.code === code) return i;
  throw new Error(`No indicator ${code} in ${result.setId}`);
}

function line(i: IndicatorResult): string {
  const who = i.override ? ` [mức của ${i.override.by} / provincial value]` : '';
  return `    ${i.code.padEnd(6)} ${i.status === 'met' ? '✔' : '✘'} ${formatMessage(i.reason, 'vi')}${who}\n           ${formatMessage(i.reason, 'en')}`;
}

/** The whole report as text. */
export function tamDaoReport(): string {
  const out: string[] = [];
  const communes = district.conditions.find((c) => c.id === 'allCommunesNTM')!;
  const firstCommune = district.units.find((u) => u.kind === 'commune')!.standings[0]!.result!;
  const failing = firstCommune.notMet;

  out.push(`BÁO CÁO ĐÁNH GIÁ HUYỆN TAM ĐẢO (VĨNH PHÚC) — ${ASSESSED_ON}`);
  out.push(`Assessment of Tam Đảo district (Vĩnh Phúc) — ${ASSESSED_ON}; figures of ${DATA_YEAR}`);
  out.push('');
  out.push(`1. Tiêu chí huyện (${district.version}) / district criteria`);
  out.push(
    `   Đạt ${district.metCount}/${district.total} tiêu chí huyện — ${district.metCount} of ${district.total} district criteria met.`,
  );
  out.push(`   Đạt đủ tiêu chí / meets all criteria: ${district.meetsAllCriteria ? 'CÓ / yes' : 'KHÔNG / no'}`);
  out.push(
    `   Đủ điều kiện công nhận / recognisable: ${district.recognisable ? 'CÓ / yes' : 'KHÔNG / no'} (${VERDICT[district.recognition]})`,
  );
  out.push(
    '   (Số liệu chỉ tiêu huyện không được công bố; nhập ở mức đạt theo kết luận "9/9" / district values not published; entered at target as the "9/9" conclusion implies.)',
  );
  out.push('');
  out.push('2. Vì sao chưa được công nhận / why the district is not recognisable');
  out.push(`   ${communes.text.vi}: ${VERDICT[communes.status as 'met' | 'not-met' | 'incomplete']}`);
  out.push(`   ${formatMessage(communes.reason, 'vi')}`);
  out.push(`   ${formatMessage(communes.reason, 'en')}`);
  const names = (ids: readonly string[]) => ids.map((id) => COMMUNES.find((c) => c.id === id)?.name ?? id).join(', ');
  out.push(`   Xã chưa đạt / communes not meeting the set: ${names(communes.failingUnits ?? [])}`);
  out.push(`   Thị trấn (không tính vào tỷ lệ xã) / townships, not counted: Tam Đảo, Hợp Châu, Đại Đình`);
  out.push('   Năm 2019 tỉnh xác nhận 8/8 xã đạt chuẩn (công văn 5645/2019, xã công nhận 2013–2018 theo các bộ tiêu chí cũ);');
  out.push('   năm 2021 các xã được đánh giá lại theo bộ tiêu chí hiện hành, không dựa vào kết quả công nhận cũ.');
  out.push(
    '   In 2019 the province counted 8/8 communes (recognised 2013–2018 under older sets); in 2021 they are re-tested under the set in force, not their stored recognition.',
  );
  for (const c of district.conditions) {
    if (c.purpose !== 'recognition' || c.id === 'allCommunesNTM') continue;
    out.push(`   - ${c.text.vi}: ${c.status} — ${formatMessage(c.reason, 'vi')}`);
  }
  out.push('');
  out.push(
    `3. Các xã đánh giá lại theo ${firstCommune.version}, cột ${formatMessage(firstCommune.column.text, 'vi')} / communes re-tested, ${formatMessage(firstCommune.column.text, 'en')} column`,
  );
  out.push('   Số liệu cuối 2020 do huyện công bố (chung cho các xã; thu nhập "hơn 40" ghi là 40):');
  out.push('   End-2020 figures published for the communes as a whole ("over 40" million entered as 40):');
  for (const code of failing) out.push(line(indicator(firstCommune, code)));
  out.push(
    '           2.2–2.4: đường trục thôn, ngõ xóm, nội đồng cứng hóa 80%, tỉnh yêu cầu 100% / roads 80% hardened, the province requires 100%.',
  );
  out.push(`    2.1    ✔ ${formatMessage(indicator(firstCommune, '2.1').reason, 'vi')}`);
  out.push('   Các chỉ tiêu khác: chưa có số liệu công bố / other indicators: no published data.');
  out.push('   Mức do tỉnh cung cấp / values supplied by the province (PROVINCIAL in the reference):');
  for (const o of firstCommune.overrides) {
    out.push(
      `    ${o.code}: ${o.op ?? ''} ${String(o.value)} — ${o.by}; mức quốc gia / national cell: ${o.replaced === null ? 'chưa kiểm chứng / not verified' : String(o.replaced)}`,
    );
  }
  const control = indicator(controlNorthernMountains, '10');
  out.push(`   Đối chứng / control: ${formatMessage(control.reason, 'vi')}`);
  out.push(`                        ${formatMessage(control.reason, 'en')}`);
  out.push('');
  out.push(`4. Xã Hồ Sơn — ${hoSonAdvanced.version}`);
  out.push(
    `   Đạt ${hoSonAdvanced.metCount}/${hoSonAdvanced.total} nhóm tiêu chí — ${hoSonAdvanced.metCount} of ${hoSonAdvanced.total} groups: ${VERDICT[hoSonAdvanced.status]}`,
  );
  for (const g of hoSonAdvanced.criteria) out.push(`    Nhóm ${g.number}. ${g.name.vi} / ${g.name.en}: ${g.status === 'met' ? '✔' : '✘'}`);
  out.push(`    ${formatMessage(indicator(hoSonAdvanced, '2.x1').reason, 'vi')}`);
  out.push(
    '   (Kết luận từng nhóm do tỉnh đánh giá; chỉ tiêu trong nhóm chưa tìm thấy / group verdicts as the province assessed them; their indicators were not found.)',
  );
  out.push('');
  out.push('5. Thôn NTM kiểu mẫu / model villages (bộ tiêu chí của tỉnh, nội dung 9 tiêu chí chưa tìm thấy)');
  for (const v of villages) {
    out.push(
      `    ${v.name} (xã ${v.commune}): đạt ${v.result.metCount}/${v.result.total} tiêu chí — ${v.result.metCount} of ${v.result.total} criteria met`,
    );
  }
  out.push('   (Theo đánh giá của tỉnh, nhập như mức tỉnh cung cấp / as assessed by the province, entered as provincial values.)');
  return out.join('\n');
}
