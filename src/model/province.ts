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
  'ha-giang': { name: 'Hà Giang', region: 'northern-midlands-mountains' },
  'cao-bang': { name: 'Cao Bằng', region: 'northern-midlands-mountains' },
  'bac-kan': { name: 'Bắc Kạn', region: 'northern-midlands-mountains' },
  'tuyen-quang': { name: 'Tuyên Quang', region: 'northern-midlands-mountains' },
  'lao-cai': { name: 'Lào Cai', region: 'northern-midlands-mountains' },
  'yen-bai': { name: 'Yên Bái', region: 'northern-midlands-mountains' },
  'thai-nguyen': { name: 'Thái Nguyên', region: 'northern-midlands-mountains' },
  'lang-son': { name: 'Lạng Sơn', region: 'northern-midlands-mountains' },
  'bac-giang': { name: 'Bắc Giang', region: 'northern-midlands-mountains' },
  'phu-tho': { name: 'Phú Thọ', region: 'northern-midlands-mountains' },
  'dien-bien': { name: 'Điện Biên', region: 'northern-midlands-mountains' },
  'lai-chau': { name: 'Lai Châu', region: 'northern-midlands-mountains' },
  'son-la': { name: 'Sơn La', region: 'northern-midlands-mountains' },
  'hoa-binh': { name: 'Hòa Bình', region: 'northern-midlands-mountains' },
  'ha-noi': { name: 'Hà Nội', region: 'red-river-delta' },
  'hai-phong': { name: 'Hải Phòng', region: 'red-river-delta' },
  'quang-ninh': { name: 'Quảng Ninh', region: 'red-river-delta' },
  'vinh-phuc': { name: 'Vĩnh Phúc', region: 'red-river-delta' },
  'bac-ninh': { name: 'Bắc Ninh', region: 'red-river-delta' },
  'hai-duong': { name: 'Hải Dương', region: 'red-river-delta' },
  'hung-yen': { name: 'Hưng Yên', region: 'red-river-delta' },
  'thai-binh': { name: 'Thái Bình', region: 'red-river-delta' },
  'ha-nam': { name: 'Hà Nam', region: 'red-river-delta' },
  'nam-dinh': { name: 'Nam Định', region: 'red-river-delta' },
  'ninh-binh': { name: 'Ninh Bình', region: 'red-river-delta' },
  'thanh-hoa': { name: 'Thanh Hóa', region: 'north-central' },
  'nghe-an': { name: 'Nghệ An', region: 'north-central' },
  'ha-tinh': { name: 'Hà Tĩnh', region: 'north-central' },
  'quang-binh': { name: 'Quảng Bình', region: 'north-central' },
  'quang-tri': { name: 'Quảng Trị', region: 'north-central' },
  'thua-thien-hue': { name: 'Thừa Thiên Huế', region: 'north-central' },
  'da-nang': { name: 'Đà Nẵng', region: 'south-central-coast' },
  'quang-nam': { name: 'Quảng Nam', region: 'south-central-coast' },
  'quang-ngai': { name: 'Quảng Ngãi', region: 'south-central-coast' },
  'binh-dinh': { name: 'Bình Định', region: 'south-central-coast' },
  'phu-yen': { name: 'Phú Yên', region: 'south-central-coast' },
  'khanh-hoa': { name: 'Khánh Hòa', region: 'south-central-coast' },
  'ninh-thuan': { name: 'Ninh Thuận', region: 'south-central-coast' },
  'binh-thuan': { name: 'Bình Thuận', region: 'south-central-coast' },
  'kon-tum': { name: 'Kon Tum', region: 'central-highlands' },
  'gia-lai': { name: 'Gia Lai', region: 'central-highlands' },
  'dak-lak': { name: 'Đắk Lắk', region: 'central-highlands' },
  'dak-nong': { name: 'Đắk Nông', region: 'central-highlands' },
  'lam-dong': { name: 'Lâm Đồng', region: 'central-highlands' },
  'ho-chi-minh': { name: 'Thành phố Hồ Chí Minh', region: 'southeast' },
  'binh-phuoc': { name: 'Bình Phước', region: 'southeast' },
  'tay-ninh': { name: 'Tây Ninh', region: 'southeast' },
  'binh-duong': { name: 'Bình Dương', region: 'southeast' },
  'dong-nai': { name: 'Đồng Nai', region: 'southeast' },
  'ba-ria-vung-tau': { name: 'Bà Rịa – Vũng Tàu', region: 'southeast' },
  'long-an': { name: 'Long An', region: 'mekong-delta' },
  'tien-giang': { name: 'Tiền Giang', region: 'mekong-delta' },
  'ben-tre': { name: 'Bến Tre', region: 'mekong-delta' },
  'tra-vinh': { name: 'Trà Vinh', region: 'mekong-delta' },
  'vinh-long': { name: 'Vĩnh Long', region: 'mekong-delta' },
  'dong-thap': { name: 'Đồng Tháp', region: 'mekong-delta' },
  'an-giang': { name: 'An Giang', region: 'mekong-delta' },
  'kien-giang': { name: 'Kiên Giang', region: 'mekong-delta' },
  'can-tho': { name: 'Cần Thơ', region: 'mekong-delta' },
  'hau-giang': { name: 'Hậu Giang', region: 'mekong-delta' },
  'soc-trang': { name: 'Sóc Trăng', region: 'mekong-delta' },
  'bac-lieu': { name: 'Bạc Liêu', region: 'mekong-delta' },
  'ca-mau': { name: 'Cà Mau', region: 'mekong-delta' },
} as const satisfies Record<string, { readonly name: string; readonly region: RegionId }>);

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
