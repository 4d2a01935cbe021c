// 1274/QĐ-TTg: Điều kiện công nhận tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới năm 2020.
// Conditions for provinces and centrally-run cities completing the NTM task in 2020.
// A row is one indicator with its one cell. Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { single } from '../../table.js';
import { S_1274 } from '../../sources.js';

const { set } = single;

/**
 * Điều kiện công nhận tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới năm 2020 (1274/QĐ-TTg).
 * Conditions for provinces and centrally-run cities completing the NTM task in 2020.
 * @example
 * province1274.criteria.length; // 0
 */
export const province1274 = set({
  id: 'province-2020',
  family: 'province-2020',
  version: '1274/QĐ-TTg',
  level: 'province',
  title: { vi: 'Điều kiện công nhận tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới năm 2020', en: 'Conditions for provinces and centrally-run cities completing the NTM task in 2020' },
  period: { from: '2020-08-19', to: '2020-12-31' },
  years: { from: 2020, to: 2020 },
  legalBasis: [basis('1274/QĐ-TTg', 'base')],
  columnRules: [
    { id: 'province-2020.r1', text: { vi: 'Không phân vùng.', en: 'Not regionalised.' }, status: 'verified', sources: ['S_1274'] },
  ],
  facts: {
    outstandingConstructionDebt: { kind: 'number', text: { vi: 'Nợ đọng xây dựng cơ bản trong xây dựng NTM (triệu đồng)', en: 'Outstanding capital-construction debt in the NTM programme (million VND)' } },
  },
  sources: { S_1274 },
  notes: [
    { vi: 'Được ghi thành bộ province-2020 [đã kiểm chứng trong văn bản công khai: S_1274].', en: 'Encoded as set province-2020 [verified in a public text: S_1274].' },
  ],
  conditions: [
    { id: 'allDistrictsNTM', text: { vi: '100% huyện đạt chuẩn NTM (rà soát đáp ứng QĐ 558)', en: '100% of districts recognised as NTM, re-checked against QĐ 558' }, purpose: 'criteria', status: 'verified', sources: ['S_1274'], check: { kind: 'unit-share', unitLevel: 'district', standard: 'meets-set', op: '>=', percent: 100 }, note: { vi: 'Cách kiểm tra: 100% số huyện đạt chuẩn NTM (rà soát lại theo 558).', en: 'Reference check: share(districts NTM, re-checked vs 558) == 100%' } },
    { id: 'allTownsCompleted', text: { vi: '100% thị xã/TP thuộc tỉnh hoàn thành nhiệm vụ (đáp ứng QĐ 558)', en: '100% of towns/cities completed the NTM task (meet QĐ 558)' }, purpose: 'criteria', status: 'verified', sources: ['S_1274'], check: { kind: 'unit-share', unitLevel: 'town', standard: 'meets-set', op: '>=', percent: 100 }, note: { vi: 'Cách kiểm tra: 100% số thị xã, thành phố thuộc tỉnh hoàn thành nhiệm vụ xây dựng NTM (theo 558).', en: 'Reference check: share(towns completed, vs 558) == 100%' } },
    { id: 'allCommunesNTM', text: { vi: '100% xã sau rà soát đáp ứng QĐ 1980', en: '100% of communes, after review, meet QĐ 1980' }, purpose: 'criteria', status: 'verified', sources: ['S_1274'], check: { kind: 'unit-share', unitLevel: 'commune', standard: 'meets-set', op: '>=', percent: 100 }, note: { vi: 'Cách kiểm tra: 100% số xã đạt bộ tiêu chí commune-2016-2020.', en: 'Reference check: share(communes meeting commune-2016-2020) == 100%' } },
    { id: 'noDebt', text: { vi: 'Không nợ đọng XDCB thuộc Chương trình MTQG XD NTM', en: 'No outstanding basic-construction debt under the NTM programme' }, purpose: 'criteria', status: 'verified', sources: ['S_1274'], check: { kind: 'fact', fact: 'outstandingConstructionDebt', op: '<=', value: 0 }, note: { vi: 'Cách kiểm tra: không còn nợ đọng xây dựng cơ bản.', en: 'Reference check: outstandingBasicConstructionDebt == 0' } },
  ],
  criteria: [
  ],
});
