// Expected Incidents-view figures straight from the generator's per-ward data
// (wardMonthly(w).incidents[m * 7 + c]), independently of the mock handlers and the app's figures.
import { incidentCategories } from '../../src/api/schemas';
import { INCIDENT_CATEGORY_COUNT, type Dataset } from '../../mocks/generator';
import { addMonths, monthsOf } from './expected';

function wardRange(ds: Dataset, areaId: string): [number, number] {
  const i = ds.tree.indexById.get(areaId);
  if (i === undefined) throw new Error(`no area ${areaId}`);
  return [ds.tree.wardStart[i] ?? 0, ds.tree.wardEnd[i] ?? 0];
}

/** Incidents of an area (all its wards) over some months; one category (index) or all. */
export function incidentsOf(ds: Dataset, areaId: string, months: string[], category?: number): number {
  const [start, end] = wardRange(ds, areaId);
  let sum = 0;
  for (const month of months) {
    const m = ds.monthIndex(month);
    if (m < 0) continue;
    for (let w = start; w < end; w++) {
      const incidents = ds.wardMonthly(w).incidents;
      if (category !== undefined) sum += incidents[m * INCIDENT_CATEGORY_COUNT + category] ?? 0;
      else
        for (let c = 0; c < INCIDENT_CATEGORY_COUNT; c++)
          sum += incidents[m * INCIDENT_CATEGORY_COUNT + c] ?? 0;
    }
  }
  return sum;
}

export interface CountChange {
  current: number;
  prior: number;
}

export function expectedCategoryChanges(ds: Dataset, areaId: string, from: string, to: string) {
  const months = monthsOf(from, to);
  const prior = months.map((m) => addMonths(m, -12));
  const categories = incidentCategories.map((category, c) => ({
    category,
    current: incidentsOf(ds, areaId, months, c),
    prior: incidentsOf(ds, areaId, prior, c),
  }));
  const total: CountChange = {
    current: incidentsOf(ds, areaId, months),
    prior: incidentsOf(ds, areaId, prior),
  };
  return { categories, total };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** The child areas whose incidents rose and fell most in count (ties by name), `limit` of each. */
export function expectedMoves(ds: Dataset, areaId: string, from: string, to: string, limit: number) {
  const months = monthsOf(from, to);
  const prior = months.map((m) => addMonths(m, -12));
  const changes = ds.areas
    .filter((a) => a.parentId === areaId)
    .map((a) => {
      const current = incidentsOf(ds, a.id, months);
      const before = incidentsOf(ds, a.id, prior);
      return { id: a.id, name: a.name, current, prior: before, delta: current - before };
    });
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  return {
    rises: changes
      .filter((c) => c.delta > 0)
      .sort((a, b) => b.delta - a.delta || byName(a, b))
      .slice(0, limit),
    falls: changes
      .filter((c) => c.delta < 0)
      .sort((a, b) => a.delta - b.delta || byName(a, b))
      .slice(0, limit),
  };
}
