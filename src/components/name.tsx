/** Longer than this, a name may be cut short on screen: its full text is then the tooltip. */
const TOOLTIP_FROM = 40;

/**
 * A name from the API, wherever one is shown: bidi-isolated (a right-to-left name cannot reorder
 * the text around it; control characters are already gone, src/lib/text.ts cleanName), breaking
 * anywhere rather than widening the page. `clamp` (table cells, lists) keeps it to two lines of
 * at most 20rem, with the whole name as the tooltip; the area detail shows it in full.
 */
export function Name({ name, clamp = false }: { name: string; clamp?: boolean }) {
  return (
    <bdi className={clamp ? 'name name-clamp' : 'name'} title={name.length > TOOLTIP_FROM ? name : undefined}>
      {name}
    </bdi>
  );
}
