import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Every e2e test runs at this instant, so the as-of month (and so the mock data) is pinned. */
export const FIXED_NOW = new Date('2026-11-15T03:00:00Z');
export const AS_OF = '2026-10';
export const SEED = 2025;
/** The tree a spec runs on unless its scenario names one (see MockScenario.shape). */
export const SPEC_SHAPE = 'with-districts';

export interface MockScenario {
  seed?: number;
  asOf?: string;
  /**
   * 'default': the product's own default data set (today's tree: no district level since the 2025
   * reform, the mock's default). Unset: SPEC_SHAPE, the three-level tree most specs were written
   * on, which stays a scenario.
   */
  shape?: 'default' | 'reformed' | 'with-districts' | 'no-districts';
  /** 'national': the whole country as the root (34 provinces; ~3,300 units today, ~10,300 wards in the older tree). */
  size?: 'province' | 'national';
  failPaths?: string[];
  /** Each fail path fails this many times, then answers (default: always). */
  failTimes?: number;
  corruptPaths?: string[];
  latencyMs?: number;
  /** '1': a v1-only API (no /meta, /me, /stats/reporting, no v1.1 fields). Default '1.1'. */
  apiVersion?: '1' | '1.1';
  /** The data (and /meta's dataTo) ends this many months before asOf. */
  lagMonths?: number;
  /** Ward-months without a submitted report: no incident data, reported=false. */
  unreported?: Array<{ wardId: string; month: string }>;
}

type Fixtures = {
  /**
   * Pin the page's clock to FIXED_NOW (so the as-of month is AS_OF). Timing tests turn it off:
   * Playwright's clock runs due timers together in one task, which would merge separate renders.
   */
  fixedClock: boolean;
  /** Opens a path of the app with the mock pinned to SEED and AS_OF, plus any scenario overrides. */
  openApp: (path?: string, scenario?: MockScenario) => Promise<void>;
  pageErrors: string[];
};

export const test = base.extend<Fixtures>({
  fixedClock: [true, { option: true }],
  pageErrors: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text())) errors.push(msg.text());
    });
    await provide(errors);
    // Every user task ends without an uncaught error in the page.
    expect(errors, 'page errors').toEqual([]);
  },
  openApp: async ({ page, pageErrors, fixedClock }, provide) => {
    void pageErrors;
    if (fixedClock) await page.clock.setFixedTime(FIXED_NOW);
    await provide(async (path = '/', scenario = {}) => {
      const { shape = SPEC_SHAPE, ...rest } = scenario;
      // 'default' leaves the shape out: the mock then builds its own default, as the product does.
      const value = JSON.stringify({
        seed: SEED,
        latencyMs: 0,
        ...rest,
        ...(shape === 'default' ? {} : { shape }),
      });
      await page.addInitScript((v) => window.localStorage.setItem('antt.mock', v), value);
      await page.goto(path);
    });
  },
});

export { expect };

/** The ids (data-row-id) of a table's body rows, in order: what a page of a list shows. */
export function tableRowIds(page: Page, testId: string): Promise<(string | null)[]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')));
}

/** The axe rules whose outcome depends on the colours alone (what a theme changes). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Axe with the rules that matter to us: no serious or critical violation may remain. `coloursOnly`
 * for a second scan of the same page in the other theme: a theme changes colours, never structure,
 * names or roles, so only the colour rules can give another answer (and the scan takes half as long).
 */
export async function expectNoSeriousA11yViolations(page: Page, options: { coloursOnly?: boolean } = {}) {
  const builder = new AxeBuilder({ page });
  const results = await (
    options.coloursOnly
      ? builder.withRules(COLOUR_RULES)
      : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  ).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    'serious or critical accessibility violations',
  ).toEqual([]);
}
