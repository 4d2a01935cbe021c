import type { ProvinceId } from './province.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * The 34 provincial units in force from 1 July 2025 (Nghị quyết 202/2025/QH15 of 12/6/2025;
 * codes of 19/2025/QĐ-TTg), each with the old provinces it took in. An unchanged unit lists
 * itself. Source: `shared/reference/provinces-2025.md`.
 *
 * Why ids repeat the old ones: a merged unit keeps the name of one of the provinces it took in
 * (the new Phú Thọ is `phu-tho`), so an id alone does not say which list it belongs to; the
 * evaluation's date or year does (`resolveProvince`). Only Huế (`hue`, formerly Thừa Thiên Huế)
 * has a new id.
 * @example
 * PROVINCES_2025['phu-tho'].formedFrom; // ['vinh-phuc', 'hoa-binh', 'phu-tho']
 */
export const PROVINCES_2025 = /* @__PURE__ */ deepFreeze({
  'ha-noi': { name: 'Hà Nội', code: '01', kind: 'city', formedFrom: ['ha-noi'] },
  'cao-bang': { name: 'Cao Bằng', code: '04', kind: 'province', formedFrom: ['cao-bang'] },
  'tuyen-quang': { name: 'Tuyên Quang', code: '08', kind: 'province', formedFrom: ['ha-giang', 'tuyen-quang'] },
  'dien-bien': { name: 'Điện Biên', code: '11', kind: 'province', formedFrom: ['dien-bien'] },
  'lai-chau': { name: 'Lai Châu', code: '12', kind: 'province', formedFrom: ['lai-chau'] },
  'son-la': { name: 'Sơn La', code: '14', kind: 'province', formedFrom: ['son-la'] },
  'lao-cai': { name: 'Lào Cai', code: '15', kind: 'province', formedFrom: ['yen-bai', 'lao-cai'] },
  'thai-nguyen': { name: 'Thái Nguyên', code: '19', kind: 'province', formedFrom: ['bac-kan', 'thai-nguyen'] },
  'lang-son': { name: 'Lạng Sơn', code: '20', kind: 'province', formedFrom: ['lang-son'] },
  'quang-ninh': { name: 'Quảng Ninh', code: '22', kind: 'province', formedFrom: ['quang-ninh'] },
  'bac-ninh': { name: 'Bắc Ninh', code: '24', kind: 'province', formedFrom: ['bac-giang', 'bac-ninh'] },
  'phu-tho': { name: 'Phú Thọ', code: '25', kind: 'province', formedFrom: ['vinh-phuc', 'hoa-binh', 'phu-tho'] },
  'hai-phong': { name: 'Hải Phòng', code: '31', kind: 'city', formedFrom: ['hai-duong', 'hai-phong'] },
  'hung-yen': { name: 'Hưng Yên', code: '33', kind: 'province', formedFrom: ['thai-binh', 'hung-yen'] },
  'ninh-binh': { name: 'Ninh Bình', code: '37', kind: 'province', formedFrom: ['ha-nam', 'nam-dinh', 'ninh-binh'] },
  'thanh-hoa': { name: 'Thanh Hóa', code: '38', kind: 'province', formedFrom: ['thanh-hoa'] },
  'nghe-an': { name: 'Nghệ An', code: '40', kind: 'province', formedFrom: ['nghe-an'] },
  'ha-tinh': { name: 'Hà Tĩnh', code: '42', kind: 'province', formedFrom: ['ha-tinh'] },
  'quang-tri': { name: 'Quảng Trị', code: '44', kind: 'province', formedFrom: ['quang-binh', 'quang-tri'] },
  hue: { name: 'Huế', code: '46', kind: 'city', formedFrom: ['thua-thien-hue'] },
  'da-nang': { name: 'Đà Nẵng', code: '48', kind: 'city', formedFrom: ['quang-nam', 'da-nang'] },
  'quang-ngai': { name: 'Quảng Ngãi', code: '51', kind: 'province', formedFrom: ['kon-tum', 'quang-ngai'] },
  'gia-lai': { name: 'Gia Lai', code: '52', kind: 'province', formedFrom: ['binh-dinh', 'gia-lai'] },
  'khanh-hoa': { name: 'Khánh Hòa', code: '56', kind: 'province', formedFrom: ['ninh-thuan', 'khanh-hoa'] },
  'dak-lak': { name: 'Đắk Lắk', code: '66', kind: 'province', formedFrom: ['phu-yen', 'dak-lak'] },
  'lam-dong': { name: 'Lâm Đồng', code: '68', kind: 'province', formedFrom: ['dak-nong', 'binh-thuan', 'lam-dong'] },
  'dong-nai': { name: 'Đồng Nai', code: '75', kind: 'province', formedFrom: ['binh-phuoc', 'dong-nai'] },
  'ho-chi-minh': { name: 'Thành phố Hồ Chí Minh', code: '79', kind: 'city', formedFrom: ['ba-ria-vung-tau', 'binh-duong', 'ho-chi-minh'] },
  'tay-ninh': { name: 'Tây Ninh', code: '80', kind: 'province', formedFrom: ['long-an', 'tay-ninh'] },
  'dong-thap': { name: 'Đồng Tháp', code: '82', kind: 'province', formedFrom: ['tien-giang', 'dong-thap'] },
  'vinh-long': { name: 'Vĩnh Long', code: '86', kind: 'province', formedFrom: ['ben-tre', 'tra-vinh', 'vinh-long'] },
  'an-giang': { name: 'An Giang', code: '91', kind: 'province', formedFrom: ['kien-giang', 'an-giang'] },
  'can-tho': { name: 'Cần Thơ', code: '92', kind: 'city', formedFrom: ['soc-trang', 'hau-giang', 'can-tho'] },
  'ca-mau': { name: 'Cà Mau', code: '96', kind: 'province', formedFrom: ['bac-lieu', 'ca-mau'] },
} as const satisfies Record<
  string,
  { readonly name: string; readonly code: string; readonly kind: 'province' | 'city'; readonly formedFrom: readonly ProvinceId[] }
>);

/**
 * Id of one of the 34 provincial units in force from 1 July 2025, e.g. `'phu-tho'` or `'hue'`.
 * @example
 * const unit: Province2025Id = 'hue';
 */
export type Province2025Id = keyof typeof PROVINCES_2025;

/**
 * The day the 34 units came into force (Nghị quyết 202/2025/QH15).
 * @example
 * PROVINCES_2025_FROM; // '2025-07-01'
 */
export const PROVINCES_2025_FROM = '2025-07-01';
