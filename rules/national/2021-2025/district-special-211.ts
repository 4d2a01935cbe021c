// 211/QĐ-TTg: Tiêu chí huyện nông thôn mới đặc thù không có đơn vị hành chính cấp xã giai đoạn 2021–2025.
// Criteria for special NTM districts without commune-level units, 2021–2025.
// A row is one indicator with its one cell. Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { unverified, verified, single } from '../../table.js';
import { E10, E14, S17, S18 } from '../../sources.js';

const { row, criterion, set } = single;

/**
 * Tiêu chí huyện nông thôn mới đặc thù không có đơn vị hành chính cấp xã giai đoạn 2021–2025 (211/QĐ-TTg).
 * Criteria for special NTM districts without commune-level units, 2021–2025.
 * @example
 * districtSpecial211.criteria.length; // 2
 */
export const districtSpecial211 = set({
  id: 'district-special-2024',
  family: 'district-special-2024',
  version: '211/QĐ-TTg',
  level: 'district',
  scope: 'no-commune-units',
  title: { vi: 'Tiêu chí huyện nông thôn mới đặc thù không có đơn vị hành chính cấp xã giai đoạn 2021–2025', en: 'Criteria for special NTM districts without commune-level units, 2021–2025' },
  period: { from: '2024-03-01', to: '2026-02-14' },
  years: { from: 2024, to: 2026 },
  legalBasis: [basis('211/QĐ-TTg', 'base')],
  columnRules: [],
  facts: {
    satisfactionRate: { kind: 'number', text: { vi: 'Tỷ lệ người dân hài lòng (%)', en: 'Share of residents satisfied (%)' } },
  },
  sources: { E10, E14, S18, S17 },
  notes: [
    { vi: 'Phó Thủ tướng Trần Lưu Quang ký ngày 01/3/2024; sửa đổi tiêu chí, chỉ tiêu của 318 (xã NTM, xã NTM nâng cao) và 320 (huyện NTM, huyện NTM nâng cao); bổ sung tiêu chí huyện NTM đặc thù không có ĐVHC cấp xã [đã kiểm chứng trong văn bản công khai: S17, S18]. (Trích yếu nêu trên được soạn theo phạm vi đó; chưa ghi nhận trích yếu chính xác.)', en: 'Signed 01/3/2024 by PTT Trần Lưu Quang; amends criteria/targets of 318 (xã NTM, xã NTM nâng cao) and 320 (huyện NTM, huyện NTM nâng cao); adds criteria for huyện NTM đặc thù không có ĐVHC cấp xã [verified in a public text: S17, S18]. (Title above is composed from that scope; exact title not recorded.)' },
    { vi: 'Chưa tìm thấy những chỉ tiêu cấp xã, cấp huyện nào được sửa đổi (thu nhập 10, nghèo đa chiều 11, môi trường 17.x, các chỉ tiêu khác) và mức mới của chúng.', en: 'Which commune/district indicators were amended (income 10, poverty 11, environment 17.x, others) and their new values: not found.' },
    { vi: 'Hướng dẫn của các bộ được cập nhật sau 211: 1327/QĐ-BCT (03/6/2024) dẫn 211 (điện, thương mại nông thôn) [đã kiểm chứng trong văn bản công khai: E10]; 2251/BTNMT-KSONMT (09/4/2024) hợp nhất các hướng dẫn về môi trường, kể cả huyện NTM đặc thù [đã kiểm chứng trong văn bản công khai: E14].', en: 'Ministry guidance updated after 211: 1327/QĐ-BCT (03/6/2024) cites 211 (điện, thương mại nông thôn) [verified in a public text: E10]; 2251/BTNMT-KSONMT (09/4/2024) consolidates environment guidance incl. huyện NTM đặc thù [verified in a public text: E14].' },
    { vi: 'Được ghi thành bộ amendments-211-2024.', en: 'Encoded as set amendments-211-2024.' },
  ],
  conditions: [
    { id: 'special.satisfaction', text: { vi: 'Huyện NTM đặc thù (không có ĐVHC cấp xã): tỷ lệ hài lòng của người dân trên địa bàn đối với kết quả XD NTM của huyện ≥90%', en: "Special district without commune-level units: residents' satisfaction with the district's NTM results ≥90%" }, purpose: 'criteria', status: 'verified', sources: ['S18'], check: { kind: 'fact', fact: 'satisfactionRate', op: '>=', value: 90 }, note: { vi: 'Cách kiểm tra: tỷ lệ người dân trong huyện hài lòng ≥ 90%.', en: 'Reference check: satisfaction(district) >= 90%' } },
    { id: 'change.guidanceUpdated', text: { vi: 'Hướng dẫn bộ ngành cập nhật theo 211: 1327/QĐ-BCT (03/6/2024) điện, thương mại nông thôn; 2251/BTNMT-KSONMT (09/4/2024) môi trường, gồm huyện NTM đặc thù', en: 'Ministry guidance updated after 211: 1327/QĐ-BCT (electricity, rural commerce) and 2251/BTNMT-KSONMT (environment, incl. special districts)' }, purpose: 'procedure', status: 'verified', sources: ['E10', 'E14'], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không kiểm tra tự động (hồ sơ, văn bản).', en: 'Reference check: n/a (documents)' } },
    { id: 'special.remainingCriteria', text: { vi: 'Các tiêu chí còn lại của huyện NTM đặc thù (sau dòng 2.3, bị cắt)', en: 'The remaining criteria of the special district (after row 2.3, text cut)' }, purpose: 'criteria', status: 'not-found', sources: ['S18'], check: { kind: 'not-checkable' }, note: { vi: 'Tham chiếu: chưa thấy các tiêu chí còn lại của huyện đặc thù.', en: 'Reference: the remaining special-district criteria were not seen.' } },
  ],
  criteria: [
    criterion({ id: '1', number: 1, name: { vi: 'Quy hoạch (huyện đặc thù; tên suy ra từ nội dung)', en: 'Planning (special district; name inferred from the rows)' }, status: 'recalled', sources: ['S18'] }, [
      row({ code: '1.1', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Có quy hoạch xây dựng vùng huyện được phê duyệt còn thời hạn hoặc được rà soát, điều chỉnh theo quy định, trong đó có quy hoạch khu chức năng dịch vụ hỗ trợ phát triển kinh tế nông thôn', en: 'Valid (or reviewed/adjusted) approved district-region construction plan, including service zones supporting the rural economy' },
        note: { vi: 'Câu chữ được dịch ngược từ bản tiếng Anh của LawNet (ở đó ghi là hoàn thành).', en: "Back-translated from LawNet's English ('Completed')." },
      }, verified(true, ['S18'])),
      row({ code: '1.2', measure: 'count', op: '>=', textStatus: 'verified',
        text: { vi: 'Có công trình hạ tầng kỹ thuật hoặc hạ tầng xã hội thiết yếu được đầu tư xây dựng theo quy hoạch xây dựng vùng huyện', en: 'Essential technical or social infrastructure works built under the district-region plan' },
        note: { vi: 'Câu chữ được dịch ngược từ bản tiếng Anh của LawNet.', en: "Back-translated from LawNet's English." },
      }, verified(1, ['S18'], { note: { vi: "Nguyên văn: '≥01 công trình'.", en: "'≥01 công trình' (at least one facility)." } })),
    ]),
    criterion({ id: '2', number: 2, name: { vi: 'Giao thông (huyện đặc thù; tên suy ra từ nội dung)', en: 'Transport (special district; name inferred from the rows)' }, status: 'recalled', sources: ['S18'], incompleteIndicators: { vi: 'Dòng 2.3 bị cắt; các dòng sau chưa thấy.', en: 'Row 2.3 is cut; the rows after it were not seen.' } }, [
      row({ code: '2.1', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ km đường huyện đạt chuẩn theo quy hoạch và được bảo trì hàng năm', en: 'Share of district-road km meeting the plan and maintained annually' },
      }, verified(100, ['S18'])),
      row({ code: '2.2', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ km đường huyện được trồng cây xanh dọc tuyến', en: 'Share of district-road km planted with roadside trees' },
      }, unverified('not-found', ['S18'], { note: { vi: "Mức đạt: 'UBND cấp tỉnh quy định'; không có con số chung toàn quốc.", en: "Target 'UBND cấp tỉnh quy định' (set by the province); no national number." } })),
      row({ code: '2.3', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Đường thủy nội địa do địa phương quản lý (nếu có) … (bị cắt)', en: 'Local inland waterways (if any) … (text cut)' },
        note: { vi: 'Mới thấy một phần câu chữ; chưa thấy các tiêu chí còn lại của huyện đặc thù.', en: 'Wording partial (VERIFIED-PARTIAL); the remaining special-district criteria were not seen.' },
      }, unverified('not-found', ['S18'], { note: { vi: 'Dòng bị cắt; chưa tìm thấy mức đạt và các tiêu chí còn lại.', en: 'Row cut; target and the remaining criteria not found.' } })),
    ]),
  ],
});
