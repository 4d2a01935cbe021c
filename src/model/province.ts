import type { RegionId } from './region.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * The 63 provinces and centrally-run cities before the 2025 merger, with their NTM region.
 *
 * The region of each province follows the country's seven socio-economic regions as the NTM
 * decrees use them (1980/QĐ-TTg, 318/QĐ-TTg print one column per region). The reference
 * (`shared/reference`) does not list this map, so its status is `unverified`; the 2025
 * mergers made provinces that span two regions. The caller may always pass a region
 * explicitly, and the evaluation records which rule chose the column.
 * @example
 * PROVINCES['vinh-phuc'].region; // 'red-river-delta'
 */
export const PROVINCES = /* @__PURE__ */ deepFreeze({
  'ha-giang': { name: 'Hà Giang', code: '02', region: 'northern-midlands-mountains' },
  'cao-bang': { name: 'Cao Bằng', code: '04', region: 'northern-midlands-mountains' },
  'bac-kan': { name: 'Bắc Kạn', code: '06', region: 'northern-midlands-mountains' },
  'tuyen-quang': { name: 'Tuyên Quang', code: '08', region: 'northern-midlands-mountains' },
  'lao-cai': { name: 'Lào Cai', code: '10', region: 'northern-midlands-mountains' },
  'yen-bai': { name: 'Yên Bái', code: '15', region: 'northern-midlands-mountains' },
  'thai-nguyen': { name: 'Thái Nguyên', code: '19', region: 'northern-midlands-mountains' },
  'lang-son': { name: 'Lạng Sơn', code: '20', region: 'northern-midlands-mountains' },
  'bac-giang': { name: 'Bắc Giang', code: '24', region: 'northern-midlands-mountains' },
  'phu-tho': { name: 'Phú Thọ', code: '25', region: 'northern-midlands-mountains' },
  'dien-bien': { name: 'Điện Biên', code: '11', region: 'northern-midlands-mountains' },
  'lai-chau': { name: 'Lai Châu', code: '12', region: 'northern-midlands-mountains' },
  'son-la': { name: 'Sơn La', code: '14', region: 'northern-midlands-mountains' },
  'hoa-binh': { name: 'Hòa Bình', code: '17', region: 'northern-midlands-mountains' },
  'ha-noi': { name: 'Hà Nội', code: '01', region: 'red-river-delta' },
  'hai-phong': { name: 'Hải Phòng', code: '31', region: 'red-river-delta' },
  'quang-ninh': { name: 'Quảng Ninh', code: '22', region: 'red-river-delta' },
  'vinh-phuc': { name: 'Vĩnh Phúc', code: '26', region: 'red-river-delta' },
  'bac-ninh': { name: 'Bắc Ninh', code: '27', region: 'red-river-delta' },
  'hai-duong': { name: 'Hải Dương', code: '30', region: 'red-river-delta' },
  'hung-yen': { name: 'Hưng Yên', code: '33', region: 'red-river-delta' },
  'thai-binh': { name: 'Thái Bình', code: '34', region: 'red-river-delta' },
  'ha-nam': { name: 'Hà Nam', code: '35', region: 'red-river-delta' },
  'nam-dinh': { name: 'Nam Định', code: '36', region: 'red-river-delta' },
  'ninh-binh': { name: 'Ninh Bình', code: '37', region: 'red-river-delta' },
  'thanh-hoa': { name: 'Thanh Hóa', code: '38', region: 'north-central' },
  'nghe-an': { name: 'Nghệ An', code: '40', region: 'north-central' },
  'ha-tinh': { name: 'Hà Tĩnh', code: '42', region: 'north-central' },
  'quang-binh': { name: 'Quảng Bình', code: '44', region: 'north-central' },
  'quang-tri': { name: 'Quảng Trị', code: '45', region: 'north-central' },
  'thua-thien-hue': { name: 'Thừa Thiên Huế', code: '46', region: 'north-central' },
  'da-nang': { name: 'Đà Nẵng', code: '48', region: 'south-central-coast' },
  'quang-nam': { name: 'Quảng Nam', code: '49', region: 'south-central-coast' },
  'quang-ngai': { name: 'Quảng Ngãi', code: '51', region: 'south-central-coast' },
  'binh-dinh': { name: 'Bình Định', code: '52', region: 'south-central-coast' },
  'phu-yen': { name: 'Phú Yên', code: '54', region: 'south-central-coast' },
  'khanh-hoa': { name: 'Khánh Hòa', code: '56', region: 'south-central-coast' },
  'ninh-thuan': { name: 'Ninh Thuận', code: '58', region: 'south-central-coast' },
  'binh-thuan': { name: 'Bình Thuận', code: '60', region: 'south-central-coast' },
  'kon-tum': { name: 'Kon Tum', code: '62', region: 'central-highlands' },
  'gia-lai': { name: 'Gia Lai', code: '64', region: 'central-highlands' },
  'dak-lak': { name: 'Đắk Lắk', code: '66', region: 'central-highlands' },
  'dak-nong': { name: 'Đắk Nông', code: '67', region: 'central-highlands' },
  'lam-dong': { name: 'Lâm Đồng', code: '68', region: 'central-highlands' },
  'ho-chi-minh': { name: 'Thành phố Hồ Chí Minh', code: '79', region: 'southeast' },
  'binh-phuoc': { name: 'Bình Phước', code: '70', region: 'southeast' },
  'tay-ninh': { name: 'Tây Ninh', code: '72', region: 'southeast' },
  'binh-duong': { name: 'Bình Dương', code: '74', region: 'southeast' },
  'dong-nai': { name: 'Đồng Nai', code: '75', region: 'southeast' },
  'ba-ria-vung-tau': { name: 'Bà Rịa – Vũng Tàu', code: '77', region: 'southeast' },
  'long-an': { name: 'Long An', code: '80', region: 'mekong-delta' },
  'tien-giang': { name: 'Tiền Giang', code: '82', region: 'mekong-delta' },
  'ben-tre': { name: 'Bến Tre', code: '83', region: 'mekong-delta' },
  'tra-vinh': { name: 'Trà Vinh', code: '84', region: 'mekong-delta' },
  'vinh-long': { name: 'Vĩnh Long', code: '86', region: 'mekong-delta' },
  'dong-thap': { name: 'Đồng Tháp', code: '87', region: 'mekong-delta' },
  'an-giang': { name: 'An Giang', code: '89', region: 'mekong-delta' },
  'kien-giang': { name: 'Kiên Giang', code: '91', region: 'mekong-delta' },
  'can-tho': { name: 'Cần Thơ', code: '92', region: 'mekong-delta' },
  'hau-giang': { name: 'Hậu Giang', code: '93', region: 'mekong-delta' },
  'soc-trang': { name: 'Sóc Trăng', code: '94', region: 'mekong-delta' },
  'bac-lieu': { name: 'Bạc Liêu', code: '95', region: 'mekong-delta' },
  'ca-mau': { name: 'Cà Mau', code: '96', region: 'mekong-delta' },
} as const satisfies Record<string, { readonly name: string; readonly code: string; readonly region: RegionId }>);

/**
 * Id of one of the 63 provinces before the 2025 merger, e.g. `'vinh-phuc'`.
 * @example
 * const province: ProvinceId = 'vinh-phuc';
 * regionOfProvince(province); // 'red-river-delta'
 */
export type ProvinceId = keyof typeof PROVINCES;

/**
 * Ids of the 63 provinces before the 2025 merger.
 * @example
 * PROVINCE_IDS.length; // 63
 */
export const PROVINCE_IDS = /* @__PURE__ */ deepFreeze(Object.keys(PROVINCES) as readonly ProvinceId[]);

/**
 * Whether a value is a known province id.
 * @example
 * isProvinceId('vinh-phuc'); // true
 */
export function isProvinceId(value: unknown): value is ProvinceId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PROVINCES, value);
}

/**
 * The NTM region of a province (before the 2025 merger).
 * @example
 * regionOfProvince('can-tho'); // 'mekong-delta'
 */
export function regionOfProvince(province: ProvinceId): RegionId {
  return PROVINCES[province].region;
}
