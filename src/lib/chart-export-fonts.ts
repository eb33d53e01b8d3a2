// The app's web font inside an exported chart image. An SVG drawn as an image (the PNG export) or
// opened outside the app cannot see the page's @font-face rules, so its text would fall back to
// another font, wider or narrower than the one the title was measured and wrapped in.
// `embedFonts` adds to the SVG, in a <style>, the page's own @font-face rules for the faces its
// text uses: the families and weights it names, and per character only the face the browser would
// pick from the unicode-range subsets (latin, latin-ext, vietnamese), each woff2 file as a data:
// URL. The files are fetched from the page's own origin, the URL its stylesheet names, once per
// session. Whatever fails, the SVG is returned as it was: its text still names the family.

import type { ComposedChart } from './chart-export';

/** A font file comes from the app's own server (usually its HTTP cache); a hung request must not hang the export. */
const FETCH_TIMEOUT_MS = 5000;

/** One @font-face rule of the page whose file can be embedded. */
export interface PageFontFace {
  family: string;
  style: string;
  /** Lowest and highest weight the face covers (the same for a static face). */
  weight: [number, number];
  unicodeRange: string;
  /** The woff2 file, absolute. */
  url: string;
}

/** `"Be Vietnam Pro", system-ui, sans-serif` → `Be Vietnam Pro`: the family a face must have. */
function firstFamily(value: string): string {
  return (value.split(',')[0] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
}

const sameFamily = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function weightNumber(value: string): number {
  if (value === 'bold') return 700;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : 400;
}

/** The @font-face rules of the page's stylesheets that have a woff2 file on the page's origin. */
export function pageFontFaces(doc: Document = document): PageFontFace[] {
  const faces: PageFontFace[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a stylesheet from another origin cannot be read
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const css = rule.style;
      const src = css.getPropertyValue('src');
      const raw =
        /url\(\s*(["']?)([^"')]+)\1\s*\)\s*format\(\s*["']?woff2["']?\s*\)/i.exec(src)?.[2] ??
        /url\(\s*(["']?)([^"')]+\.woff2)\1\s*\)/i.exec(src)?.[2];
      if (!raw) continue;
      const url = new URL(raw, sheet.href ?? doc.baseURI);
      if (url.origin !== new URL(doc.baseURI).origin) continue; // no network beyond the app's origin
      const weights = css.getPropertyValue('font-weight').trim().split(/\s+/).map(weightNumber);
      faces.push({
        family: firstFamily(css.getPropertyValue('font-family')),
        style: css.getPropertyValue('font-style').trim() || 'normal',
        weight: [weights[0] ?? 400, weights[weights.length - 1] ?? 400],
        unicodeRange: css.getPropertyValue('unicode-range').trim(),
        url: url.href,
      });
    }
  }
  return faces;
}

/** `U+0000-00FF, U+0131, U+4??` as [start, end] code point ranges; empty means every character. */
function parseRange(range: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [, start = '', end] of range.matchAll(/U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/gi)) {
    const from = parseInt(start.replace(/\?/g, '0'), 16);
    out.push([from, end ? parseInt(end, 16) : parseInt(start.replace(/\?/g, 'f'), 16)]);
  }
  return out;
}

/** The weight CSS font matching picks among the available ones for the wanted weight. */
function matchWeight(wanted: number, faces: readonly PageFontFace[]): number | undefined {
  if (faces.some((f) => f.weight[0] <= wanted && wanted <= f.weight[1])) return wanted;
  const below = faces.map((f) => f.weight[1]).filter((w) => w < wanted);
  const above = faces.map((f) => f.weight[0]).filter((w) => w > wanted);
  const lighter = below.length ? Math.max(...below) : undefined;
  const heavier = above.length ? Math.min(...above) : undefined;
  if (wanted >= 400 && wanted <= 500 && heavier !== undefined && heavier <= 500) return heavier;
  return wanted <= 500 ? (lighter ?? heavier) : (heavier ?? lighter);
}

/** The nearest value of an attribute on the element or its ancestors (SVG presentation inherits). */
function inherited(node: Element | null, name: string): string | null {
  for (let n = node; n; n = n.parentElement) {
    const value = n.getAttribute(name);
    if (value) return value;
  }
  return null;
}

/** The faces the text of `root` is drawn in: per character, the face a browser would pick. */
export function facesUsed(root: Element, faces: readonly PageFontFace[]): PageFontFace[] {
  const used = new Set<PageFontFace>();
  const ranges = new Map(faces.map((f) => [f, parseRange(f.unicodeRange)]));
  const covers = (face: PageFontFace, codePoint: number) => {
    const r = ranges.get(face) ?? [];
    return r.length === 0 || r.some(([a, b]) => codePoint >= a && codePoint <= b);
  };
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.localName === 'style' || !n.textContent?.trim()) continue;
    const family = firstFamily(inherited(parent, 'font-family') ?? '');
    const style = inherited(parent, 'font-style') ?? 'normal';
    const ofFamily = faces.filter((f) => sameFamily(f.family, family) && f.style === style);
    const weight = matchWeight(weightNumber(inherited(parent, 'font-weight') ?? '400'), ofFamily);
    if (weight === undefined) continue;
    const candidates = ofFamily.filter((f) => f.weight[0] <= weight && weight <= f.weight[1]);
    for (const char of n.textContent) {
      // Of faces whose ranges overlap, the last one defined is tried first (CSS Fonts 4, 4.5).
      const face = candidates.findLast((f) => covers(f, char.codePointAt(0) ?? 0));
      if (face) used.add(face);
    }
  }
  return faces.filter((f) => used.has(f));
}

/** A fetched font file as a data: URL, or null when the response is not a woff2 file. */
async function fetchFontDataUrl(url: string, fetcher: typeof fetch): Promise<string | null> {
  const response = await fetcher(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) return null;
  const bytes = new Uint8Array(await response.arrayBuffer());
  // An app server answering a missing file with index.html must not end up as a "font".
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== 'wOF2') return null;
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/** Fetched files for the session; a failed fetch is forgotten so that the next export retries it. */
const dataUrls = new Map<string, Promise<string | null>>();

function fontDataUrl(url: string, fetcher: typeof fetch): Promise<string | null> {
  let pending = dataUrls.get(url);
  if (!pending) {
    pending = fetchFontDataUrl(url, fetcher).catch(() => null);
    dataUrls.set(url, pending);
    void pending.then((value) => {
      if (value === null) dataUrls.delete(url);
    });
  }
  return pending;
}

/** Forgets the fetched files (tests). */
export function clearFontCache(): void {
  dataUrls.clear();
}

const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

/**
 * The chart with its fonts embedded. `faces` defaults to the page's @font-face rules; the chart is
 * returned unchanged when no face applies or a file cannot be fetched.
 */
export async function embedFonts(
  chart: ComposedChart,
  faces: readonly PageFontFace[] = pageFontFaces(),
  fetcher: typeof fetch = (input, init) => fetch(input, init),
): Promise<ComposedChart> {
  try {
    const doc = new DOMParser().parseFromString(chart.svg, 'image/svg+xml');
    const root = doc.documentElement;
    if (root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) return chart;
    const used = facesUsed(root, faces);
    if (used.length === 0) return chart;
    const urls = await Promise.all(used.map((f) => fontDataUrl(f.url, fetcher)));
    // All or none: with some faces missing, one line would mix two fonts.
    if (urls.some((u) => u === null)) return chart;
    const rules = used.map((f, i) => {
      const weight = f.weight[0] === f.weight[1] ? `${f.weight[0]}` : `${f.weight[0]} ${f.weight[1]}`;
      const range = f.unicodeRange ? `unicode-range:${f.unicodeRange};` : '';
      return `@font-face{font-family:${cssString(f.family)};font-style:${f.style};font-weight:${weight};src:url(${urls[i] ?? ''}) format("woff2");${range}}`;
    });
    // Written into the text, not as a <style> element of `doc`: a parsed document takes the page's
    // Content-Security-Policy, which refuses inline style (deploy/nginx.conf) and would report it.
    const css = rules.join('\n').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const serialized = new XMLSerializer().serializeToString(root);
    // The serializer escapes ">" in attribute values, so the first one ends the root's start tag.
    const open = serialized.indexOf('>') + 1;
    const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${serialized.slice(0, open)}<defs><style>${css}</style></defs>${serialized.slice(open)}`;
    return { ...chart, svg };
  } catch {
    return chart;
  }
}

/**
 * Waits until the page has loaded the faces for these fonts and texts (CSS `font` shorthands such
 * as `700 18px "Be Vietnam Pro"`), so that a canvas measures text in them; never throws.
 */
export async function loadFonts(fonts: ReadonlyArray<{ font: string; text: string }>): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  try {
    await Promise.all(fonts.map(({ font, text }) => document.fonts.load(font, text)));
    await document.fonts.ready;
  } catch {
    // Measured in a fallback font: the wrapping is less exact, the export still works.
  }
}
