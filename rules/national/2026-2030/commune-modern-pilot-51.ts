// 51/2025/QĐ-TTg, Phụ lục II: Quy định khung thí điểm xây dựng xã nông thôn mới hiện đại giai đoạn 2026–2030 (Phụ lục II).
// Pilot framework for modern NTM communes, 2026–2030 (Annex II).
// A row is one indicator with its one cell. Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { DECREE_51_NOTES } from './decree-51.js';
import { single } from '../../table.js';
import { H3, H9, R7, S20, S24 } from '../../sources.js';

const { set } = single;

/**
 * Quy định khung thí điểm xây dựng xã nông thôn mới hiện đại giai đoạn 2026–2030 (Phụ lục II) (51/2025/QĐ-TTg).
 * Pilot framework for modern NTM communes, 2026–2030 (Annex II).
 * @example
 * communeModernPilot51.criteria.length; // 0
 */
export const communeModernPilot51 = set({
  id: 'commune-modern-pilot-2026-2030',
  family: 'commune-modern-pilot-2026-2030',
  version: '51/2025/QĐ-TTg',
  level: 'commune-advanced',
  title: { vi: 'Quy định khung thí điểm xây dựng xã nông thôn mới hiện đại giai đoạn 2026–2030 (Phụ lục II)', en: 'Pilot framework for modern NTM communes, 2026–2030 (Annex II)' },
  period: { from: '2026-02-15', to: '2030-12-31' },
  years: { from: 2026, to: 2030 },
  legalBasis: [basis('51/2025/QĐ-TTg', 'base', { annex: 'Phụ lục II' })],
  columnRules: [
    { id: 'commune-modern-pilot-2026-2030.r1', text: { vi: 'Quy định khung thí điểm (khung) - lần đầu tiên trong giai đoạn này.', en: "A framework ('khung') for a pilot, new in this period; whether it varies by commune group: not found." }, status: 'verified', sources: ['S24', 'S20'] },
  ],
  sources: { R7, S20, S24, H3, H9 },
  notes: DECREE_51_NOTES,
  conditions: [
    { id: 'meetsPilotFramework', text: { vi: "Xã được tính là 'đạt nông thôn mới hiện đại' khi đáp ứng đầy đủ các yêu cầu của Quy định khung thí điểm xây dựng xã nông thôn mới hiện đại giai đoạn 2026 - 2030", en: "A commune counts as 'modern NTM' when it fully meets the pilot framework (test used in PL III)" }, purpose: 'criteria', status: 'verified', sources: ['R7'], check: { kind: 'criteria-met' }, note: { vi: 'Cách kiểm tra: đạt mọi yêu cầu của khung thí điểm.', en: 'Reference check: allPilotRequirementsMet == true' } },
    { id: 'prerequisiteNTM', text: { vi: 'Xã phải đạt chuẩn NTM trước?', en: 'Must the commune already be NTM?' }, purpose: 'criteria', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không có (chưa tìm thấy nội dung).', en: 'Reference check: n/a (not found)' } },
    { id: 'incomePremium', text: { vi: 'Yêu cầu thu nhập cao hơn?', en: 'Income premium?' }, purpose: 'criteria', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không có (chưa tìm thấy nội dung).', en: 'Reference check: n/a (not found)' } },
    { id: 'smartVillage', text: { vi: 'Mô hình thôn thông minh?', en: 'Smart-village model?' }, purpose: 'criteria', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không có (chưa tìm thấy nội dung).', en: 'Reference check: n/a (not found)' } },
    { id: 'issuer', text: { vi: 'Ai ban hành tiêu chí chi tiết (tỉnh?)', en: 'Who issues the detailed criteria (province?)' }, purpose: 'procedure', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không có (chưa tìm thấy nội dung).', en: 'Reference check: n/a (not found)' } },
  ],
  criteria: [
  ],
});
