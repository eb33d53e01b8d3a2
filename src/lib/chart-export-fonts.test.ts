// @vitest-environment jsdom
// The faces are given as the page's stylesheet would list them (jsdom's CSSOM drops `src` and
// `unicode-range`, so pageFontFaces reads a stubbed style sheet here); the e2e test embeds the
// real files of the built app in Chromium.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearFontCache,
  embedFonts,
  facesUsed,
  pageFontFaces,
  type PageFontFace,
} from './chart-export-fonts';

const FAMILY = 'Be Vietnam Pro';
/** @fontsource's subsets, in the order its CSS defines them. */
const SUBSETS = {
  vietnamese: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+1EA0-1EF9,U+20AB',
  'latin-ext': 'U+0100-02BA,U+1E00-1E9F,U+1EF2-1EFF,U+20A0-20AB',
  latin: 'U+0000-00FF,U+0131,U+2000-206F',
};
const faces: PageFontFace[] = [400, 600, 700].flatMap((weight) =>
  Object.entries(SUBSETS).map(([subset, unicodeRange]) => ({
    family: FAMILY,
    style: 'normal',
    weight: [weight, weight] as [number, number],
    unicodeRange,
    url: `http://localhost:3000/assets/${subset}-${weight}.woff2`,
  })),
);

/** A woff2 file's bytes: its signature and the file's name, so a data: URL says which it was. */
const woff2 = (url: string) => new TextEncoder().encode(`wOF2${url.split('/').pop() ?? ''}`);
let fetcher: ReturnType<typeof vi.fn<typeof fetch>>;

beforeEach(() => {
  clearFontCache();
  fetcher = vi.fn<typeof fetch>(async (input) => new Response(woff2(String(input))));
});

function chart(body: string) {
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" font-family="&quot;${FAMILY}&quot;, system-ui, sans-serif">${body}</svg>`;
  return { svg, width: 10, height: 10 };
}
const vietnamese = chart(
  '<text font-size="18" font-weight="700">Vụ việc theo tháng</text>' +
    '<text font-size="13" font-weight="400">Tỉnh Bình An</text>' +
    '<g font-weight="400"><text>T11/2025</text></g>',
);

/** The @font-face rules of an SVG: weight, and the file its data: URL holds. */
function embedded(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const css = doc.querySelector('defs > style')?.textContent ?? '';
  return Array.from(css.matchAll(/@font-face\{([^}]*)\}/g), ([, rule = '']) => {
    const base64 = /src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\) format\("woff2"\)/.exec(rule)?.[1];
    return {
      family: /font-family:"([^"]*)"/.exec(rule)?.[1],
      weight: /font-weight:(\d+)/.exec(rule)?.[1],
      file: base64 && atob(base64).slice(4),
    };
  });
}

describe('embedFonts', () => {
  it('embeds a @font-face with a data: URL for each weight and subset the text uses', async () => {
    const result = await embedFonts(vietnamese, faces, fetcher);
    const rules = embedded(result.svg);
    expect(rules.every((r) => r.family === FAMILY)).toBe(true);
    // "ụ ệ ỉ" come from the vietnamese subset, "V … á" from latin; nothing needs latin-ext or 600.
    expect(rules.map((r) => r.file).sort()).toEqual([
      'latin-400.woff2',
      'latin-700.woff2',
      'vietnamese-400.woff2',
      'vietnamese-700.woff2',
    ]);
    expect(result.width).toBe(10);
    expect(
      new DOMParser().parseFromString(result.svg, 'image/svg+xml').querySelectorAll('text'),
    ).toHaveLength(3);
  });

  it('takes a character from the face a browser would: the last defined that covers it', async () => {
    // "ư" is in both the vietnamese and the latin-ext ranges; latin-ext is defined later.
    const rules = embedded((await embedFonts(chart('<text font-weight="600">ư</text>'), faces, fetcher)).svg);
    expect(rules.map((r) => r.file)).toEqual(['latin-ext-600.woff2']);
  });

  it('matches a weight without its own face as CSS does (500 → 400, 800 → 700)', async () => {
    const svg = chart('<text font-weight="500">a</text><text font-weight="800">b</text>');
    const rules = embedded((await embedFonts(svg, faces, fetcher)).svg);
    expect(rules.map((r) => r.file)).toEqual(['latin-400.woff2', 'latin-700.woff2']);
  });

  it('fetches each file once per session', async () => {
    await embedFonts(vietnamese, faces, fetcher);
    await embedFonts(vietnamese, faces, fetcher);
    expect(fetcher).toHaveBeenCalledTimes(4);
  });

  it('returns the SVG unchanged, text naming the family, when a file cannot be fetched', async () => {
    fetcher.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await embedFonts(vietnamese, faces, fetcher)).toEqual(vietnamese);
    // A failure is not cached: the next export tries again.
    expect(embedded((await embedFonts(vietnamese, faces, fetcher)).svg)).toHaveLength(4);
  });

  it('does not embed a response that is not a woff2 file (an error page, the app’s index.html)', async () => {
    fetcher.mockResolvedValueOnce(new Response('<!doctype html>', { status: 200 }));
    expect(await embedFonts(vietnamese, faces, fetcher)).toEqual(vietnamese);
    fetcher.mockResolvedValueOnce(new Response('not found', { status: 404 }));
    expect(await embedFonts(vietnamese, faces, fetcher)).toEqual(vietnamese);
  });

  it('fetches nothing when the page has no face for the family', async () => {
    const other = faces.map((f) => ({ ...f, family: 'Other' }));
    expect(await embedFonts(vietnamese, other, fetcher)).toEqual(vietnamese);
    expect(fetcher).not.toHaveBeenCalled();
  });
});

describe('facesUsed', () => {
  it('follows the family, weight and style that the text inherits', () => {
    const doc = new DOMParser().parseFromString(
      chart('<g font-weight="700"><text>A</text><text font-style="italic">B</text></g>').svg,
      'image/svg+xml',
    );
    expect(facesUsed(doc.documentElement, faces).map((f) => f.url)).toEqual([
      'http://localhost:3000/assets/latin-700.woff2',
    ]);
  });
});

describe('pageFontFaces', () => {
  it('lists the woff2 file of each same-origin @font-face rule, resolved against its stylesheet', () => {
    const rule = (props: Record<string, string>) =>
      Object.create(CSSFontFaceRule.prototype, {
        style: { value: { getPropertyValue: (name: string) => props[name] ?? '' } },
      }) as CSSFontFaceRule;
    const latin = rule({
      'font-family': `"${FAMILY}"`,
      'font-style': 'normal',
      'font-weight': '400',
      src: 'url("../files/latin-400.woff2") format("woff2"), url("../files/latin-400.woff") format("woff")',
      'unicode-range': 'U+0-FF',
    });
    const woffOnly = rule({ 'font-family': 'Old', src: 'url(old.woff) format("woff")' });
    const remote = rule({
      'font-family': 'Remote',
      src: 'url(https://cdn.example.org/r.woff2) format("woff2")',
    });
    const sheet = { href: 'http://localhost:3000/assets/css/index.css', cssRules: [latin, woffOnly, remote] };
    const unreadable = {
      href: 'https://cdn.example.org/x.css',
      get cssRules(): never {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    };
    vi.spyOn(document, 'styleSheets', 'get').mockReturnValue([
      unreadable,
      sheet,
    ] as unknown as StyleSheetList);
    expect(pageFontFaces()).toEqual([
      {
        family: FAMILY,
        style: 'normal',
        weight: [400, 400],
        unicodeRange: 'U+0-FF',
        url: 'http://localhost:3000/assets/files/latin-400.woff2',
      },
    ]);
  });
});
