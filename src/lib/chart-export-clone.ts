// An <svg> of the page as a standalone copy: `inlinedClone` writes every element's computed
// presentation (resolved CSS variables, theme colours, fonts) onto the copy as attributes, since
// the copy has no stylesheet, and leaves out what is hidden or follows the mouse.

/**
 * Presentation properties copied from computed styles onto cloned SVG elements. Inherited ones are
 * written only where they differ from the parent's, the others only where they differ from their
 * initial value, which keeps the file small.
 */
const INHERITED_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;
const OWN_PROPS: Record<string, string> = { opacity: '1', 'stop-color': 'rgb(0, 0, 0)', 'stop-opacity': '1' };
/** Elements that draw nothing themselves. */
const NON_RENDERING = new Set(['title', 'desc', 'metadata']);

/** Parts of a chart that are not the chart: the hover tooltip, cursor and dots follow the mouse. */
export const SKIP_SELECTOR =
  '.recharts-tooltip-wrapper, .recharts-tooltip-cursor, .recharts-active-dot, [data-export-skip]';

/** A copy of an <svg> whose every element carries its computed presentation as attributes. */
export function inlinedClone(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...Array.from(source.querySelectorAll('*'))];
  const to = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const styles = new Map<Element, CSSStyleDeclaration>();
  const remove: Element[] = [];
  from.forEach((orig, i) => {
    const copy = to[i];
    if (!copy) return;
    const css = getComputedStyle(orig);
    styles.set(orig, css);
    if (css.display === 'none' || orig.matches(SKIP_SELECTOR)) {
      remove.push(copy);
      return;
    }
    copy.removeAttribute('style');
    for (const attr of Array.from(copy.attributes)) {
      // Whatever names a CSS variable would resolve to nothing outside the page; namespace
      // declarations set as plain attributes would be written twice by the serializer.
      if (attr.value.includes('var(') || attr.name === 'xmlns' || attr.name.startsWith('xmlns:')) {
        copy.removeAttribute(attr.name);
      }
    }
    if (NON_RENDERING.has(orig.localName)) return;
    const parent = orig === source ? undefined : orig.parentElement && styles.get(orig.parentElement);
    for (const prop of INHERITED_PROPS) {
      const value = css.getPropertyValue(prop);
      if (value && (!parent || copy.hasAttribute(prop) || value !== parent.getPropertyValue(prop))) {
        copy.setAttribute(prop, value);
      }
    }
    for (const [prop, initial] of Object.entries(OWN_PROPS)) {
      const value = css.getPropertyValue(prop);
      if (value && (copy.hasAttribute(prop) || value !== initial)) copy.setAttribute(prop, value);
    }
  });
  for (const node of remove) node.remove();
  return clone;
}
