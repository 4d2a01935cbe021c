/**
 * A label reduced for matching: lower case, no diacritics (đ as d), single spaces, no
 * punctuation around. "Mã chỉ tiêu" and "MA CHI TIEU " match.
 * @example
 * normaliseLabel('  Tên  Xã '); // 'ten xa'
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/^[\s:*.()-]+|[\s:*.()-]+$/g, '');
}
