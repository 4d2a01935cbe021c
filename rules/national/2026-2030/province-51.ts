// 51/2025/QĐ-TTg, Phụ lục III: Quy định tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2026–2030 (Phụ lục III).
// Provinces and cities completing the NTM task, 2026–2030 (Annex III).
// A row is one indicator with its one cell. Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { DECREE_51_NOTES } from './decree-51.js';
import { single } from '../../table.js';
import { H3, H9, R7 } from '../../sources.js';

const { set } = single;

/**
 * Quy định tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2026–2030 (Phụ lục III) (51/2025/QĐ-TTg).
 * Provinces and cities completing the NTM task, 2026–2030 (Annex III).
 * @example
 * province51.criteria.length; // 0
 */
export const province51 = set({
  id: 'province-2026-2030',
  family: 'province-2026-2030',
  version: '51/2025/QĐ-TTg',
  level: 'province',
  title: { vi: 'Quy định tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2026–2030 (Phụ lục III)', en: 'Provinces and cities completing the NTM task, 2026–2030 (Annex III)' },
  period: { from: '2026-02-15', to: '2030-12-31' },
  years: { from: 2026, to: 2030 },
  legalBasis: [basis('51/2025/QĐ-TTg', 'base', { annex: 'Phụ lục III' })],
  columnRules: [
    { id: 'province-2026-2030.r1', text: { vi: 'Không phân vùng.', en: 'Not regionalised.' }, status: 'verified', sources: ['R7'] },
  ],
  sources: { R7, H3, H9 },
  notes: DECREE_51_NOTES,
  conditions: [
    { id: 'allCommunesNTM', text: { vi: '100% số xã trên địa bàn đạt chuẩn nông thôn mới (đáp ứng đầy đủ mức đạt chuẩn theo yêu cầu của Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030)', en: '100% of communes meet the 2026–2030 commune NTM set' }, purpose: 'criteria', status: 'verified', sources: ['R7'], check: { kind: 'unit-share', unitLevel: 'commune', standard: 'meets-set', op: '>=', percent: 100 }, note: { vi: 'Cách kiểm tra: 100% số xã đạt bộ tiêu chí commune-2026-2030.', en: 'Reference check: share(communes meeting commune-2026-2030) == 100%' } },
    { id: 'modernShare', text: { vi: 'Ít nhất 10% số xã trên địa bàn đạt nông thôn mới hiện đại (đáp ứng đầy đủ các yêu cầu của Quy định khung thí điểm xây dựng xã nông thôn mới hiện đại giai đoạn 2026 - 2030)', en: "At least 10% of communes are 'modern NTM' (meet the PL II pilot framework)" }, purpose: 'criteria', status: 'verified', sources: ['R7'], check: { kind: 'unit-share', unitLevel: 'commune-advanced', standard: 'meets-set', op: '>=', percent: 10 }, note: { vi: 'Cách kiểm tra: ít nhất 10% số xã đạt chuẩn NTM hiện đại.', en: 'Reference check: share(communes modern NTM) >= 10%' } },
    { id: 'wardsSpecialZones', text: { vi: 'Trường hợp cần thiết, xây dựng nông thôn mới ở phường được hình thành từ việc sắp xếp với đơn vị hành chính xã và có diện tích đất nông nghiệp chiếm từ 70% trở lên so với tổng diện tích đất tự nhiên của phường tại thời điểm ngày 01 tháng 7 năm 2025 hoặc xây dựng nông thôn mới ở đặc khu: phải đảm bảo đáp ứng từ 70% trở lên số nội dung tiêu chí (trong đó có các nội dung tiêu chí: Tốc độ tăng thu nhập bình quân đầu người; có kế hoạch và thực hiện hiệu quả kế hoạch phát triển sản phẩm OCOP gắn với đặc trưng, thế mạnh của địa phương; có hoạt động phát triển kinh tế tư nhân trên địa bàn gắn với tạo việc làm, thu nhập cho người lao động địa phương; tỷ lệ nghèo đa chiều; tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn; đảm bảo an toàn thực phẩm) yêu cầu đối vớ[i …]', en: "Where needed, NTM in wards formed from communes with ≥70% agricultural land (at 01/07/2025) or in special zones: ≥70% of criterion contents met, the six named contents mandatory; the phrase after 'yêu cầu đối với…' (probably which group's targets apply) is cut" }, purpose: 'criteria', status: 'verified', sources: ['R7'], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: đạt ít nhất 70% số nội dung và đạt cả sáu nội dung được nêu tên; chưa tìm thấy nhóm xã mà các mức này áp dụng.', en: 'Reference check: share(contents met) >= 70% and all(six named contents met)  # group whose targets apply: not found' } },
    { id: 'wardsSpecialZones.tail', text: { vi: "Phần sau 'yêu cầu đối vớ[i …]' của điều kiện (3)", en: 'Remainder of condition (3) after the cut' }, purpose: 'criteria', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không có (chưa tìm thấy nội dung).', en: 'Reference check: n/a (not found)' } },
    { id: 'further', text: { vi: 'Các điều kiện (4) trở đi (vd. hài lòng của người dân, nợ đọng, an ninh trật tự)', en: 'Any further conditions (e.g. satisfaction, debt, security)' }, purpose: 'criteria', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không có (chưa tìm thấy nội dung).', en: 'Reference check: n/a (not found)' } },
  ],
  criteria: [
  ],
});
