/** Longer than this, a name may be cut short on screen: its full text is then the tooltip. */
const TOOLTIP_FROM = 40;
/** Inline in a sentence or heading, a name is cut after this many characters (with an ellipsis). */
const INLINE_MAX = 160;

/**
 * A name from the API, wherever one is shown: bidi-isolated (a right-to-left name cannot reorder
 * the text around it; control characters are already gone, src/lib/text.ts cleanName), breaking
 * anywhere rather than widening the page. Inline, a name longer than INLINE_MAX is cut short;
 * `clamp` (table cells, lists) keeps it to two lines of at most 20rem (45 % of a phone screen); either way the whole name
 * is the tooltip. `full` shows it all (the area detail's heading).
 */
export function Name({
  name,
  clamp = false,
  full = false,
}: {
  name: string;
  clamp?: boolean;
  full?: boolean;
}) {
  const chars = Array.from(name);
  const shown =
    full || clamp || chars.length <= INLINE_MAX ? name : `${chars.slice(0, INLINE_MAX).join('')}…`;
  return (
    <bdi className={clamp ? 'name name-clamp' : 'name'} title={name.length > TOOLTIP_FROM ? name : undefined}>
      {shown}
    </bdi>
  );
}
