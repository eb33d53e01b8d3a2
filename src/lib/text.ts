/** Folds case and Vietnamese diacritics so "hoa binh" finds "Hòa Bình" (đ has no decomposition, so map it). */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
}
