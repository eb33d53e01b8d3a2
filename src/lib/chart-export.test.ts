// @vitest-environment jsdom
// jsdom lays nothing out and resolves no CSS variables, so the boxes and computed styles a browser
// would give are stubbed; the e2e test exports the real chart in Chromium.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearFontCache } from './chart-export-fonts';
import {
  chartImage,
  composeChartSvg,
  currentImageTheme,
  IMAGE_PADDING,
  pngFileBlob,
  svgFileBlob,
  wrapText,
  type ChartImageTheme,
} from './chart-export';

/** The value, or a failed test naming what was missing. */
function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

const light: ChartImageTheme = {
  background: '#ffffff',
  text: '#111827',
  muted: '#4b5563',
  fontFamily: 'Be Vietnam Pro',
};
const text = {
  title: 'Incidents by month',
  subtitle: 'Tỉnh <Bình> & An · 2025',
  source: 'Source: ANTT dashboard',
};
/** Every character 8 px wide: predictable wrapping. */
const measure = (s: string) => s.length * 8;

/** Computed values per element, as a browser would resolve them (CSS variables → colours). */
const computed = new Map<Element, Record<string, string>>();
const defaults: Record<string, string> = { display: 'block', visibility: 'visible', opacity: '1' };

function rect(x: number, y: number, width: number, height: number): DOMRect {
  return { x, y, left: x, top: y, width, height, right: x + width, bottom: y + height, toJSON: () => ({}) };
}

function chartContainer(): HTMLElement {
  // One chart in the document at a time: jsdom's querySelector misses ids that occur twice.
  document.body.innerHTML = '';
  const box = document.createElement('div');
  box.innerHTML = `
    <div class="recharts-wrapper">
      <svg class="recharts-surface" width="600" height="260">
        <g class="recharts-bar"><rect id="bar" fill="var(--series-current)" width="10" height="50" style="fill: var(--series-current)"></rect></g>
        <text id="tick" fill="var(--axis)">T11/25</text>
        <g id="gone" style="display:none"><text>hidden</text></g>
      </svg>
      <ul class="recharts-default-legend">
        <li><svg id="icon" width="12" height="12"><path id="icon-path" fill="var(--series-prior)" d="M0 0h12v12H0z"></path></svg><span id="legend-text">Same months a year earlier</span></li>
      </ul>
      <span id="swatch" style="display:inline-block"></span>
      <div class="recharts-tooltip-wrapper"><p id="tooltip">Tooltip text</p></div>
    </div>`;
  document.body.append(box);
  const q = (sel: string) => must(box.querySelector(sel), sel);
  box.getBoundingClientRect = () => rect(100, 200, 600, 288);
  (q('svg.recharts-surface') as Element).getBoundingClientRect = () => rect(100, 200, 600, 260);
  q('#icon').getBoundingClientRect = () => rect(300, 470, 12, 12);
  q('#swatch').getBoundingClientRect = () => rect(400, 470, 10, 10);
  computed.set(q('#bar'), { fill: 'rgb(185, 28, 28)', stroke: 'none' });
  computed.set(q('#tick'), { fill: 'rgb(75, 85, 99)', 'font-size': '13px', 'text-anchor': 'middle' });
  computed.set(q('#gone'), { display: 'none' });
  computed.set(q('#icon-path'), { fill: 'rgb(156, 163, 175)' });
  computed.set(q('#legend-text'), { color: 'rgb(17, 24, 39)', fontSize: '13px', fontWeight: '400' });
  computed.set(q('#swatch'), { backgroundColor: 'rgb(1, 2, 3)', borderTopLeftRadius: '2px' });
  return box;
}

beforeEach(() => {
  vi.spyOn(window, 'getComputedStyle').mockImplementation((node: Element) => {
    const values = { ...defaults, ...computed.get(node) };
    return {
      ...values,
      getPropertyValue: (name: string) => values[name] ?? '',
    } as unknown as CSSStyleDeclaration;
  });
  Range.prototype.getBoundingClientRect = function (this: Range) {
    const parent = this.startContainer.parentElement ?? (this.startContainer as Element);
    return parent.id === 'legend-text' ? rect(316, 468, 180, 16) : rect(0, 0, 0, 0);
  };
});
afterEach(() => {
  clearFontCache();
  vi.unstubAllGlobals();
  computed.clear();
  document.body.innerHTML = '';
  delete document.documentElement.dataset.theme;
});

/** Images "load" (or fail) as soon as their source is set; jsdom loads none. */
function imagesLoad(outcome: 'load' | 'error') {
  vi.spyOn(HTMLImageElement.prototype, 'src', 'set').mockImplementation(function (this: HTMLImageElement) {
    queueMicrotask(() => this.dispatchEvent(new Event(outcome)));
  });
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('composeChartSvg', () => {
  it('frames the chart box with a header and a footer, in CSS pixels', () => {
    const chart = composeChartSvg(chartContainer(), text, light, measure);
    expect(chart.width).toBe(600 + 2 * IMAGE_PADDING);
    expect(chart.height).toBeGreaterThan(288 + 2 * IMAGE_PADDING + 18 + 13 + 12);
    const root = parse(chart.svg).documentElement;
    expect(root.getAttribute('width')).toBe(String(chart.width));
    expect(root.getAttribute('height')).toBe(String(chart.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${chart.width} ${chart.height}`);
  });

  it('draws the title, the subtitle (escaped) and the source note as text', () => {
    const doc = parse(composeChartSvg(chartContainer(), text, light, measure).svg);
    const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).toContain('Incidents by month');
    expect(texts).toContain('Tỉnh <Bình> & An · 2025');
    expect(texts).toContain('Source: ANTT dashboard');
    expect(texts).toContain('T11/25');
  });

  it('carries hostile names as escaped text only: no element or attribute can be injected', () => {
    const hostile = `Tổ "1" & <script>alert(1)</script><text onload='x'>]]><![CDATA[<g/>`;
    const box = chartContainer();
    must(box.querySelector('#tick')).textContent = hostile;
    must(box.querySelector('#legend-text')).textContent = hostile;
    // No wrapping: each line is the whole name.
    const { svg } = composeChartSvg(box, { title: hostile, subtitle: hostile, source: 'S' }, light, () => 1);
    const doc = parse(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('g').length).toBe(svg.split('<g').length - 1);
    for (const node of Array.from(doc.querySelectorAll('*'))) {
      expect(['svg', 'rect', 'text', 'g', 'path', 'defs', 'style']).toContain(node.localName);
      for (const attr of Array.from(node.attributes)) expect(attr.name).not.toMatch(/^on/i);
    }
    const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent);
    // Title, subtitle, the SVG tick and the HTML legend: all four read back exactly.
    expect(texts.filter((t) => t === hostile)).toHaveLength(4);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain(']]>');
    expect(svg).not.toContain('<![CDATA[');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&amp;');
  });

  it('writes computed colours instead of CSS variables, and leaves out hidden parts and the tooltip', () => {
    const chart = composeChartSvg(chartContainer(), text, light, measure);
    expect(chart.svg).not.toContain('var(');
    const doc = parse(chart.svg);
    expect(doc.getElementById('bar')?.getAttribute('fill')).toBe('rgb(185, 28, 28)');
    expect(doc.getElementById('bar')?.hasAttribute('style')).toBe(false);
    expect(doc.getElementById('tick')?.getAttribute('text-anchor')).toBe('middle');
    expect(doc.getElementById('gone')).toBeNull();
    expect(chart.svg).not.toContain('Tooltip text');
  });

  it('redraws the HTML legend: icons at their place, text and coloured swatches', () => {
    const doc = parse(composeChartSvg(chartContainer(), text, light, measure).svg);
    const icon = doc.getElementById('icon');
    expect(icon?.getAttribute('x')).toBe('200');
    expect(icon?.getAttribute('y')).toBe('270');
    expect(doc.getElementById('icon-path')?.getAttribute('fill')).toBe('rgb(156, 163, 175)');
    const legend = Array.from(doc.querySelectorAll('text')).find(
      (t) => t.textContent === 'Same months a year earlier',
    );
    expect(legend?.getAttribute('x')).toBe('216');
    expect(legend?.getAttribute('fill')).toBe('rgb(17, 24, 39)');
    const swatch = Array.from(doc.querySelectorAll('rect')).find(
      (r) => r.getAttribute('fill') === 'rgb(1, 2, 3)',
    );
    expect(swatch?.getAttribute('x')).toBe('300');
  });

  it('paints the background of the theme', () => {
    const dark = { ...light, background: '#111a2e' };
    const doc = parse(composeChartSvg(chartContainer(), text, dark, measure).svg);
    expect(doc.querySelector('rect')?.getAttribute('fill')).toBe('#111a2e');
  });

  it('wraps a long title to the chart width', () => {
    const long = { ...text, title: 'word '.repeat(40).trim() };
    const one = composeChartSvg(chartContainer(), text, light, measure);
    const wrapped = composeChartSvg(chartContainer(), long, light, measure);
    expect(wrapped.height).toBeGreaterThan(one.height);
  });

  it('refuses a box without a drawn chart', () => {
    const empty = document.createElement('div');
    empty.getBoundingClientRect = () => rect(0, 0, 600, 288);
    expect(() => composeChartSvg(empty, text, light, measure)).toThrow();
  });
});

describe('currentImageTheme', () => {
  it('is white in the light theme and the dark surface in the dark theme', () => {
    computed.set(document.documentElement, {
      '--surface': '#111a2e',
      '--text': '#f3f4f6',
      '--muted': '#b6bfcc',
    });
    computed.set(document.body, { fontFamily: '"Be Vietnam Pro", sans-serif' });
    expect(currentImageTheme()).toMatchObject({
      background: '#ffffff',
      fontFamily: '"Be Vietnam Pro", sans-serif',
    });
    document.documentElement.dataset.theme = 'dark';
    expect(currentImageTheme()).toMatchObject({ background: '#111a2e', text: '#f3f4f6', muted: '#b6bfcc' });
  });
});

describe('wrapText', () => {
  it('breaks between words and keeps a too-long word whole', () => {
    expect(wrapText('aa bb cc', 40, measure)).toEqual(['aa bb', 'cc']);
    expect(wrapText('abcdefghij', 40, measure)).toEqual(['abcdefghij']);
    expect(wrapText('  ', 40, measure)).toEqual([]);
  });
});

describe('files', () => {
  it('makes an SVG file', async () => {
    const blob = svgFileBlob({ svg: '<svg/>', width: 1, height: 1 });
    expect(blob.type).toBe('image/svg+xml;charset=utf-8');
    expect(await blob.text()).toBe('<svg/>');
  });

  it('draws the PNG at twice the size of the SVG', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:svg'), revokeObjectURL: vi.fn() });
    imagesLoad('load');
    const drawImage = vi.fn();
    const png = new Blob(['png'], { type: 'image/png' });
    const canvases: HTMLCanvasElement[] = [];
    // Only the 2D context's drawImage is used; the overloaded getContext type cannot be met exactly.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
      this: HTMLCanvasElement,
    ) {
      canvases.push(this);
      return { drawImage } as unknown as CanvasRenderingContext2D;
    } as unknown as HTMLCanvasElement['getContext']);
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((cb) => cb(png));

    const result = await pngFileBlob({ svg: '<svg/>', width: 632, height: 380 }, 2);
    expect(result).toBe(png);
    expect(canvases[0]?.width).toBe(1264);
    expect(canvases[0]?.height).toBe(760);
    expect(drawImage).toHaveBeenCalledWith(expect.any(HTMLImageElement), 0, 0, 1264, 760);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:svg');
  });

  it('fails the PNG, not the page, when the SVG cannot be loaded as an image', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:svg'), revokeObjectURL: vi.fn() });
    imagesLoad('error');
    await expect(pngFileBlob({ svg: '<svg/>', width: 1, height: 1 })).rejects.toThrow();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:svg');
  });
});

describe('chartImage', () => {
  /** The page's stylesheet: one latin and one vietnamese face per weight (jsdom's CSSOM drops `src`). */
  function pageFaces() {
    const rules = [400, 600, 700].flatMap((weight) =>
      ['latin', 'vietnamese'].map(
        (subset) =>
          Object.create(CSSFontFaceRule.prototype, {
            style: {
              value: {
                getPropertyValue: (name: string) =>
                  ({
                    'font-family': '"Be Vietnam Pro"',
                    'font-weight': String(weight),
                    src: `url(/assets/${subset}-${weight}.woff2) format("woff2")`,
                    'unicode-range': subset === 'latin' ? 'U+0-FF' : 'U+1EA0-1EF9',
                  })[name] ?? '',
              },
            },
          }) as CSSFontFaceRule,
      ),
    );
    vi.spyOn(document, 'styleSheets', 'get').mockReturnValue([
      { href: null, cssRules: rules },
    ] as unknown as StyleSheetList);
  }
  const faces = (svg: string) =>
    Array.from(
      svg.matchAll(/@font-face\{[^}]*font-weight:(\d+);src:url\(data:font\/woff2;base64,/g),
      (m) => m[1],
    );

  it('embeds a @font-face with a data: URL for each weight the image uses', async () => {
    pageFaces();
    const fetch = vi.fn(async () => new Response('wOF2…'));
    vi.stubGlobal('fetch', fetch);
    const chart = await chartImage(chartContainer(), text, light);
    // The title is bold, the rest regular; no text of the image is semibold.
    // Regular: latin and vietnamese ("Tỉnh"); bold: latin ("Incidents by month").
    expect(faces(chart.svg)).toEqual(['400', '400', '700']);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(parse(chart.svg).querySelector('defs > style')).not.toBeNull();
  });

  it('exports with the family name alone when the font files cannot be fetched', async () => {
    pageFaces();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const chart = await chartImage(chartContainer(), text, light);
    expect(faces(chart.svg)).toEqual([]);
    expect(chart.svg).toBe(composeChartSvg(chartContainer(), text, light).svg);
    expect(parse(chart.svg).documentElement.getAttribute('font-family')).toBe('Be Vietnam Pro');
  });
});
