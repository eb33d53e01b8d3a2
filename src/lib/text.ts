/** Folds case and Vietnamese diacritics so "hoa binh" finds "Hòa Bình" (đ has no decomposition, so map it). */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
}

/**
 * Bidi controls (U+061C, U+200E/F, U+202A–E, U+2066–9) reorder the text around them: a
 * right-to-left override turns "Chí Công" into "gnôC íhC" on screen. C0/C1 control characters
 * have no place in a name either (a tab-led name is also a formula trick in spreadsheets).
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** A name from the API as it may be shown: bidi controls removed, other controls made spaces, spaces collapsed. */
export function cleanName(s: string): string {
  return s.replace(BIDI_CONTROLS, '').replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
}
