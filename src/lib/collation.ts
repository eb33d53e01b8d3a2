// The one order of area names the registers' `sort=wardName` follows, shared by the browser mock
// and the reference server (both run this same code) so their pages agree row for row. PostgreSQL
// cannot give it: PGlite has no ICU collations, and a libc or ICU order may differ by version.

/**
 * Vietnamese collation (a < ă < â, d < đ, tones after letters), numbers by value ("Phường 2"
 * before "Phường 10"). Full sensitivity: names differing only in a tone are not ties.
 */
export const nameCollator = new Intl.Collator('vi', { numeric: true });

/**
 * Dense ranks of `names` in Vietnamese collation: equal names share a rank (their records then
 * tie and fall back to id order, as the contract says), ranks[i] belongs to names[i].
 */
export function nameRanks(names: readonly string[]): Int32Array {
  const order = names.map((_, i) => i).sort((a, b) => nameCollator.compare(names[a] ?? '', names[b] ?? ''));
  const ranks = new Int32Array(names.length);
  let rank = -1;
  let previous: string | undefined;
  for (const i of order) {
    const name = names[i] ?? '';
    if (previous === undefined || nameCollator.compare(previous, name) !== 0) rank++;
    ranks[i] = rank;
    previous = name;
  }
  return ranks;
}
