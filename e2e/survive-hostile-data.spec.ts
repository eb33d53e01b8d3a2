// A province connects the dashboard to an API that sends broken or hostile data: duplicate stats
// rows, an area list that is not a tree, parts above their whole, names with bidi controls or
// 10,000 characters. Each becomes a clear, translated error in the panel or page concerned
// (naming what is wrong), never a doubled figure, a frozen tab, a blank page or a page thousands
// of pixels wide. The hostile answers are the mock's own, rewritten by routeApi's `transform`.
import type { Page } from '@playwright/test';
import type { Area } from '../src/api/schemas';
import { AS_OF, expect, test } from './support/fixtures';
import { pinnedDataset } from './support/expected';
import { childrenOf } from './support/expected-ranking';
import { routeApi } from './support/routed-api';

const ds = pinnedDataset();
const root = ds.root;
const district = ds.areas.filter((a) => a.level === 'district').sort((a, b) => a.id.localeCompare(b.id))[0];
if (!district) throw new Error('no district');
const ward = childrenOf(ds, district.id)[0];
if (!ward) throw new Error('no ward in the district');

type Items<T> = { items: T[] };
const items = <T>(body: unknown) => (body as Items<T>).items;

/** Serves the API with `/areas` rewritten. */
function withAreas(page: Page, rewrite: (areas: Area[]) => Area[]) {
  return routeApi(page, {
    transform: (req, body) => (req.path === '/areas' ? { items: rewrite(items<Area>(body)) } : body),
  });
}

test.describe('stats rows', () => {
  test('a duplicate incident row is an error naming the area and month, not a doubled figure', async ({
    page,
    openApp,
  }) => {
    await routeApi(page, {
      transform: (req, body) => {
        if (req.path !== '/stats/incidents') return body;
        const rows = items<{ areaId: string; month: string }>(body);
        const row = rows.find((r) => r.areaId === root.id && r.month === AS_OF);
        return row ? { items: [...rows, { ...row }] } : body;
      },
    });
    await openApp('/');
    const panel = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Vụ việc', exact: true }) });
    await expect(panel.getByRole('alert')).toContainText(
      `Máy chủ trả về số liệu không thể đúng (/stats/incidents): có hai dòng cho địa bàn ${root.id}, tháng ${AS_OF}`,
    );
    await expect(page.getByTestId('kpi-incidents-value')).toHaveCount(0);
    // The other panels are not affected.
    await expect(page.getByTestId('kpi-patrols-value')).toBeVisible();
  });

  test('mediation outcomes that do not add up to the cases received are an error, in English', async ({
    page,
    openApp,
  }) => {
    let changed: { areaId: string; month: string; received: number } | undefined;
    await routeApi(page, {
      transform: (req, body) => {
        if (req.path !== '/stats/mediation') return body;
        const rows = items<{ areaId: string; month: string; received: number }>(body);
        return {
          items: rows.map((r, i) => {
            if (i > 0) return r;
            changed = { ...r, received: r.received + 5 };
            return changed;
          }),
        };
      },
    });
    await openApp('/?lang=en');
    const alert = page.getByRole('alert').filter({ hasText: '/stats/mediation' }).first();
    await expect(alert).toBeVisible();
    if (!changed) throw new Error('no mediation row was served');
    await expect(alert).toContainText(
      `area ${changed.areaId}, month ${changed.month}: the outcomes add up to ${changed.received - 5} cases, but ${changed.received} were received.`,
    );
    await expect(page.getByTestId('kpi-mediation-rate-value')).toHaveCount(0);
  });

  test('covered residential areas above the area’s is an error, never a coverage above 100 %', async ({
    page,
    openApp,
  }) => {
    const covered = root.residentialAreas + 3;
    await routeApi(page, {
      transform: (req, body) =>
        req.path === '/stats/groups'
          ? {
              items: items<{ areaId: string }>(body).map((r) =>
                r.areaId === root.id ? { ...r, coveredResidentialAreas: covered } : r,
              ),
            }
          : body,
    });
    await openApp('/?lang=fr');
    const n = new Intl.NumberFormat('fr-FR');
    const alert = page.getByRole('alert').filter({ hasText: '/stats/groups' });
    await expect(alert).toContainText(
      `${root.name} (${root.id}) : les groupes couvrent ${n.format(covered)} zones résidentielles, mais la zone n’en compte que ${n.format(root.residentialAreas)}.`,
    );
    await expect(page.getByTestId('kpi-coverage-value')).toHaveCount(0);
    await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
  });
});

test.describe('the area list', () => {
  const cases: Array<{ name: string; rewrite: (areas: Area[]) => Area[]; text: string; lang: string }> = [
    {
      name: 'a cycle of parents (the tab does not freeze)',
      rewrite: (areas) => areas.map((a) => (a.id === district.id ? { ...a, parentId: ward.id } : a)),
      text: `danh sách địa bàn có vòng lặp cấp trên qua ${district.id} → ${ward.id} → ${district.id}.`,
      lang: 'vi',
    },
    {
      name: 'a second root',
      rewrite: (areas) => areas.map((a) => (a.id === district.id ? { ...a, parentId: null } : a)),
      text: `the area list has a second root, ${district.id} (besides ${root.id}); it must have exactly one.`,
      lang: 'en',
    },
    {
      name: 'a missing parent',
      rewrite: (areas) => areas.map((a) => (a.id === ward.id ? { ...a, parentId: 'nowhere' } : a)),
      text: `le parent nowhere de la zone ${ward.id} manque dans la liste des zones.`,
      lang: 'fr',
    },
    {
      name: 'an id twice',
      rewrite: (areas) => [...areas, { ...ward, name: 'Again' }],
      text: `danh sách địa bàn có mã ${ward.id} hai lần.`,
      lang: 'vi',
    },
  ];
  for (const c of cases) {
    test(`${c.name} is a translated error in the header and the panels, not a blank page`, async ({
      page,
      openApp,
    }) => {
      await withAreas(page, c.rewrite);
      await openApp(`/wards?lang=${c.lang}`);
      const alerts = page.getByRole('alert').filter({ hasText: c.text });
      await expect(alerts.first()).toBeVisible();
      // The header stays, with its navigation: the user can still switch language or view.
      await expect(page.getByRole('navigation').first()).toBeVisible();
      await expect(page.getByTestId('area-input')).toHaveCount(0);
    });
  }
});

test.describe('names', () => {
  test('a right-to-left override cannot reverse a name: "Chí\u202E Công" reads "Chí Công"', async ({
    page,
    openApp,
  }) => {
    await withAreas(page, (areas) =>
      areas.map((a) => (a.id === ward.id ? { ...a, name: 'Chí\u202E Công' } : a)),
    );
    await openApp(`/area?area=${ward.id}`);
    const title = page.getByTestId('page-title');
    await expect(title).toContainText('Chí Công');
    const name = title.locator('bdi');
    await expect(name).toHaveText('Chí Công');
    // Isolated, and nothing left to reorder it.
    expect(await name.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
    expect(await title.textContent()).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
    await expect(page.getByTestId('breadcrumbs')).toContainText('Chí Công');
  });

  test('a 10,000-character name wraps or is cut short: no page grows wider than the screen', async ({
    page,
    openApp,
  }) => {
    // Thirteen page loads with a 20,000-character tree: more than the default time.
    test.setTimeout(480_000);
    const long = (prefix: string) => `${prefix}${'Ư'.repeat(10_000 - prefix.length)}`;
    const names = new Map([
      [district.id, long('Quận ')],
      [ward.id, long('Phường ')],
    ]);
    await withAreas(page, (areas) => areas.map((a) => ({ ...a, name: names.get(a.id) ?? a.name })));
    // Every view showing the names, on a phone and on a wide screen.
    const views = [
      `/?area=${district.id}`,
      `/wards?area=${district.id}`,
      `/area?area=${ward.id}`,
      `/present?area=${district.id}`,
      `/mediation?area=${district.id}`,
      `/patrols?area=${district.id}`,
      `/groups?area=${district.id}`,
      `/incidents?area=${district.id}`,
      `/compare?areas=${district.id},${ward.id}`,
      `/report?area=${district.id}`,
    ];
    await openApp('/');
    for (const [width, paths] of [
      [360, views],
      // Wider screens give every name more room; the widest tables are checked there too.
      [1440, views.filter((v) => /^\/(wards|compare|report)\?/.test(v))],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(path);
        // The long name is on screen (drawn, not missing) before the width is measured. Compare
        // takes ~6 s here on a quiet machine (every request goes through routeApi's transform), so
        // under a loaded CI machine's three-fold slowdown it needs far more than the default wait.
        await expect(page.getByText(/ƯƯƯƯƯ/).first()).toBeVisible({ timeout: 60_000 });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(width + 16);
      }
    }
    // The full name stays available: as the tooltip of a cut-short name, and in full on the detail.
    await page.goto(`/wards?area=${district.id}`);
    // The same generous wait as above: the ranking of these names loads slowly under load.
    await expect(page.locator(`[title="${names.get(ward.id)}"]`).first()).toBeAttached({ timeout: 60_000 });
    await page.goto(`/area?area=${ward.id}`);
    await expect(page.getByTestId('page-title')).toContainText(names.get(ward.id) ?? '');
  });
});
