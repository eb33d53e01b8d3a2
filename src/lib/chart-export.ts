// A chart as a standalone image: `composeChartSvg(container, text)` draws the title, the area and
// period, the chart exactly as shown in `container` (its <svg> elements cloned, HTML legend text
// and swatches redrawn) and a source note into one SVG; `svgFileBlob` and `pngFileBlob` (2×) make
// the files; `chartImage` composes with the app's font loaded and embedded (chart-export-fonts.ts).
// A standalone SVG has no stylesheet, so the cloned <svg> elements carry their computed styles as
// concrete values (chart-export-clone.ts).
import { inlinedClone, SKIP_SELECTOR } from './chart-export-clone';
import { embedFonts, loadFonts } from './chart-export-fonts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Space around the content, in CSS pixels. */
export const IMAGE_PADDING = 16;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 13;
const SOURCE_SIZE = 12;
const LINE_GAP = 1.3;
const SECTION_GAP = 12;

export interface ChartImageText {
  title: string;
  subtitle: string;
  source: string;
}

export interface ChartImageTheme {
  background: string;
  text: string;
  muted: string;
  fontFamily: string;
}

export interface ComposedChart {
  svg: string;
  width: number;
  height: number;
}

/** Width of a text in px at a font; the browser default measures with a canvas. */
export type MeasureText = (text: string, fontSize: number, fontWeight: number, fontFamily: string) => number;

/** The theme's colours for the image: white in the light theme, the dark surface in the dark one. */
export function currentImageTheme(root: HTMLElement = document.documentElement): ChartImageTheme {
  const css = getComputedStyle(root);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const dark = root.dataset.theme === 'dark';
  return {
    background: dark ? v('--surface', '#111a2e') : '#ffffff',
    text: v('--text', dark ? '#f3f4f6' : '#111827'),
    muted: v('--muted', dark ? '#b6bfcc' : '#4b5563'),
    fontFamily: getComputedStyle(document.body).fontFamily || css.fontFamily || 'sans-serif',
  };
}

let measureCanvas: CanvasRenderingContext2D | null | undefined;

const canvasMeasure: MeasureText = (text, fontSize, fontWeight, fontFamily) => {
  if (measureCanvas === undefined) measureCanvas = document.createElement('canvas').getContext('2d');
  if (!measureCanvas) return text.length * fontSize * 0.6;
  measureCanvas.font = `${fontWeight} ${fontSize}px ${fontFamily}`;
  return measureCanvas.measureText(text).width;
};

/** Greedy word wrap; a word longer than the line stays whole rather than being cut. */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function isVisible(node: Element): boolean {
  const css = getComputedStyle(node);
  return css.display !== 'none' && css.visibility !== 'hidden' && Number(css.opacity || '1') > 0;
}

/** Redraws the chart box: its SVGs, and the HTML around them (legend text, coloured swatches). */
function chartLayer(container: HTMLElement, box: DOMRect, fontFamily: string): SVGGElement {
  const layer = el('g', {});
  const skipped = (node: Element) => node.closest(SKIP_SELECTOR) !== null;
  for (const node of Array.from(container.querySelectorAll('*'))) {
    // Only outer <svg> elements and HTML elements; what is inside an <svg> is cloned with it.
    if (node instanceof SVGElement && !(node instanceof SVGSVGElement)) continue;
    if (skipped(node) || !isVisible(node)) continue;
    if (node instanceof SVGSVGElement) {
      if (node.ownerSVGElement) continue; // nested: cloned with its outermost <svg>
      const r = node.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const copy = inlinedClone(node);
      copy.setAttribute('x', String(r.left - box.left));
      copy.setAttribute('y', String(r.top - box.top));
      copy.setAttribute('width', String(r.width));
      copy.setAttribute('height', String(r.height));
      layer.append(copy);
    } else if (node instanceof HTMLElement) {
      const css = getComputedStyle(node);
      const bg = css.backgroundColor;
      if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) {
        const r = node.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) {
          layer.append(
            el('rect', {
              x: r.left - box.left,
              y: r.top - box.top,
              width: r.width,
              height: r.height,
              rx: parseFloat(css.borderTopLeftRadius) || 0,
              fill: bg,
            }),
          );
        }
      }
    }
  }
  // HTML text (a recharts legend is HTML): each text node where the browser laid it out.
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    const text = n.textContent?.trim();
    if (!parent || !text || parent.closest('svg') || skipped(parent) || !isVisible(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const css = getComputedStyle(parent);
    const t = el('text', {
      x: r.left - box.left,
      y: r.top - box.top + r.height / 2,
      'dominant-baseline': 'central',
      'font-family': css.fontFamily || fontFamily,
      'font-size': css.fontSize,
      'font-weight': css.fontWeight,
      fill: css.color,
    });
    t.textContent = text;
    layer.append(t);
  }
  return layer;
}

/**
 * One SVG document: header (title, subtitle), the chart as laid out in `container`, footer
 * (source). Its size is the chart box's plus padding, header and footer, in CSS pixels.
 */
export function composeChartSvg(
  container: HTMLElement,
  text: ChartImageText,
  theme: ChartImageTheme = currentImageTheme(),
  measure: MeasureText = canvasMeasure,
): ComposedChart {
  const box = container.getBoundingClientRect();
  const chartWidth = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  if (chartWidth === 0 || chartHeight === 0 || !container.querySelector('svg')) {
    throw new Error('The chart is not drawn yet.');
  }
  const width = chartWidth + 2 * IMAGE_PADDING;
  const font = theme.fontFamily;
  const wrap = (s: string, size: number, weight: number) =>
    wrapText(s, chartWidth, (line) => measure(line, size, weight, font));
  const title = wrap(text.title, TITLE_SIZE, 700);
  const subtitle = wrap(text.subtitle, SUBTITLE_SIZE, 400);
  const source = wrap(text.source, SOURCE_SIZE, 400);

  const root = el('svg', { width, height: 0, 'font-family': font });
  const background = el('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: theme.background });
  root.append(background);
  let y = IMAGE_PADDING;
  const addLines = (lines: string[], size: number, weight: number, fill: string) => {
    for (const line of lines) {
      const node = el('text', {
        x: IMAGE_PADDING,
        y: y + size,
        'font-size': size,
        'font-weight': weight,
        fill,
      });
      node.textContent = line;
      root.append(node);
      y += size * LINE_GAP;
    }
  };
  addLines(title, TITLE_SIZE, 700, theme.text);
  addLines(subtitle, SUBTITLE_SIZE, 400, theme.muted);
  y = Math.ceil(y + SECTION_GAP);
  const chart = chartLayer(container, box, font);
  chart.setAttribute('transform', `translate(${IMAGE_PADDING} ${y})`);
  root.append(chart);
  y += chartHeight + SECTION_GAP;
  addLines(source, SOURCE_SIZE, 400, theme.muted);
  const height = Math.ceil(y + IMAGE_PADDING);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { svg, width, height };
}

/**
 * The chart in `container` as an image in the app's font: the header's faces loaded first (the
 * title is wrapped by measuring it), then composed, with the faces its text uses embedded.
 */
export async function chartImage(
  container: HTMLElement,
  text: ChartImageText,
  theme: ChartImageTheme = currentImageTheme(),
): Promise<ComposedChart> {
  await loadFonts([
    { font: `700 ${TITLE_SIZE}px ${theme.fontFamily}`, text: text.title },
    { font: `400 ${SUBTITLE_SIZE}px ${theme.fontFamily}`, text: `${text.subtitle} ${text.source}` },
  ]);
  return embedFonts(composeChartSvg(container, text, theme));
}

export function svgFileBlob(chart: ComposedChart): Blob {
  return new Blob([chart.svg], { type: 'image/svg+xml;charset=utf-8' });
}

/** The image drawn at `scale`× its CSS size (2×: sharp on slides and high-density screens). */
export async function pngFileBlob(chart: ComposedChart, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgFileBlob(chart));
  try {
    // The load event, not decode(): Chromium resolves decode() before the SVG's embedded fonts
    // have loaded and would draw the text blank; the load event waits for them.
    const image = await new Promise<HTMLImageElement>((resolve, reject) => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.onerror = () => reject(new Error('The image could not be made.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(chart.width * scale);
    canvas.height = Math.round(chart.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw images.');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
