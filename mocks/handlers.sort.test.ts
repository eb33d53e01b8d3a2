// `sort=wardName`: records by their ward's name in Vietnamese collation (the order
// src/lib/collation.ts gives), ties by id; the server binds the same ranks (server/test).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  groupSchema,
  groupsPageSchema,
  mediationCaseSchema,
  mediationCasesPageSchema,
  patrolSchema,
  patrolsPageSchema,
} from '../src/api/schemas';
import { sortFields } from '../src/api/sort-fields';
import { nameCollator } from '../src/lib/collation';
import { generateDataset } from './generator';
import { createMockServer } from './node';
import { fetchAll, fetchProblem } from './test-helpers';

const ds = generateDataset();
const server = createMockServer({ dataset: ds });
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

const wardName = new Map(ds.wards.map((w) => [w.area.id, w.area.name]));
const district = ds.areas.find((a) => a.level === 'district')?.id ?? '';

function byWardName<T extends { id: string; wardId: string }>(rows: readonly T[], descending: boolean) {
  return [...rows]
    .sort(
      (a, b) =>
        nameCollator.compare(wardName.get(a.wardId) ?? '', wardName.get(b.wardId) ?? '') *
          (descending ? -1 : 1) || (a.id < b.id ? -1 : 1),
    )
    .map((r) => r.id);
}

describe('sort=wardName', () => {
  it('orders the groups by their ward’s name, not by the ward’s id', async () => {
    const rows = await fetchAll('/groups?sort=wardName', groupsPageSchema);
    expect(rows.map((g) => g.id)).toEqual(byWardName(ds.groups(), false));
    const byId = [...ds.groups()].sort((a, b) => (a.wardId < b.wardId ? -1 : a.wardId > b.wardId ? 1 : 0));
    expect(rows.map((g) => g.wardId)).not.toEqual(byId.map((g) => g.wardId));
  });

  it('orders patrols and cases of an area, both directions, ties by id', async () => {
    const range = `from=${ds.asOf}&to=${ds.asOf}`;
    const patrols = await fetchAll(`/patrols?areaId=${district}&${range}&sort=-wardName`, patrolsPageSchema);
    expect(patrols.length).toBeGreaterThan(0);
    expect(patrols.map((p) => p.id)).toEqual(byWardName(patrols, true));
    const cases = await fetchAll(
      `/mediation-cases?areaId=${district}&from=${ds.dataFrom}&to=${ds.asOf}&sort=wardName`,
      mediationCasesPageSchema,
    );
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.map((c) => c.id)).toEqual(byWardName(cases, false));
  });

  it('is offered in the sort error', async () => {
    const { status, problem } = await fetchProblem('/patrols?sort=ward');
    expect(status).toBe(400);
    expect(problem.detail).toContain('wardName');
  });
});

describe('sort', () => {
  it.each([
    ['/groups', groupSchema.shape],
    ['/patrols', patrolSchema.shape],
    ['/mediation-cases', mediationCaseSchema.shape],
  ])('on %s may name every field of the contract’s item, in its order, and wardName', async (path, shape) => {
    const { status, problem } = await fetchProblem(`${path}?sort=colour`);
    expect(status).toBe(400);
    expect(problem.detail).toContain(`must be one of ${sortFields(shape).join(', ')} (`);
  });
});
