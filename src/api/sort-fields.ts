// What a list's `sort` may name: the item's fields, and (v1.1) `wardName`, the name of the item's
// ward in Vietnamese collation, which the items themselves carry only as `wardId`.

export const WARD_NAME_SORT = 'wardName';

/** The sort fields of a list whose items have these fields (without the `-` prefix). */
export function sortFields(shape: Readonly<Record<string, unknown>>): string[] {
  return [...Object.keys(shape), WARD_NAME_SORT];
}
