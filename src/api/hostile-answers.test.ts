import { describe, expect, it } from 'vitest';
import { describeError } from '../components/error-message';
import { coverageProblem } from '../figures/consistency';
import { formatters } from '../i18n/format';
import { translate } from '../i18n/locales';
import { ApiError, inconsistentResponse, invalidResponse } from './errors';
import {
  areasResponseSchema,
  groupsPageSchema,
  groupStatsResponseSchema,
  incidentStatsResponseSchema,
  mediationStatsResponseSchema,
  meSchema,
  metaSchema,
  patrolStatsResponseSchema,
  reportingStatsResponseSchema,
  type Area,
} from './schemas';
import type { z } from 'zod';

/** The ApiError apiGet would throw for this body. */
function parseError(path: string, schema: z.ZodType, body: unknown): ApiError {
  const parsed = schema.safeParse(body);
  if (parsed.success) throw new Error(`${path}: expected the body to be refused`);
  return invalidResponse(path, parsed.error);
}

const say = (error: unknown, locale: 'en' | 'vi' | 'fr' = 'en') =>
  describeError(error, (key, values) => translate(locale, key, values), formatters(locale));

const incident = (areaId: string, month: string, total = 3) => ({
  areaId,
  month,
  total,
  byCategory: { fire: total },
});
const mediation = (areaId: string, month: string, counts: Partial<Record<string, number>> = {}) => ({
  areaId,
  month,
  received: 4,
  resolved: 2,
  referred: 1,
  unresolved: 0,
  pending: 1,
  ...counts,
});
const area = (id: string, parentId: string | null, extra: Partial<Area> = {}): Area => ({
  id,
  name: id.toUpperCase(),
  level: parentId === null ? 'province' : 'ward',
  parentId,
  population: 100,
  households: 30,
  residentialAreas: 6,
  cameras: 0,
  ...extra,
});

describe('stats rows are unique per area and month', () => {
  it('refuses a duplicate incident row, naming the area and month in the user’s language', () => {
    const error = parseError('/stats/incidents', incidentStatsResponseSchema, {
      items: [incident('w1', '2026-09'), incident('w1', '2026-10'), incident('w1', '2026-10')],
    });
    expect(error.problem).toEqual({ kind: 'duplicateRow', areaId: 'w1', month: '2026-10' });
    expect(error.field).toBe('items[2]');
    expect(say(error)).toBe(
      'The server sent data that cannot be right (/stats/incidents): a duplicate row for area w1, month 2026-10 (it would be counted twice).',
    );
    expect(say(error, 'vi')).toContain('có hai dòng cho địa bàn w1, tháng 2026-10');
    expect(say(error, 'fr')).toContain('une ligne en double pour la zone w1, mois 2026-10');
  });

  it('accepts the same month for two areas and two months for one area', () => {
    const ok = { items: [incident('w1', '2026-10'), incident('w2', '2026-10'), incident('w1', '2026-09')] };
    expect(incidentStatsResponseSchema.safeParse(ok).success).toBe(true);
  });

  it('refuses duplicates in patrol, mediation and reporting rows, and a second group row for an area', () => {
    const patrol = {
      areaId: 'w1',
      month: '2026-10',
      patrols: 1,
      participants: 2,
      patrolHours: 1,
      findings: 0,
    };
    expect(
      parseError('/stats/patrols', patrolStatsResponseSchema, { items: [patrol, patrol] }).problem?.kind,
    ).toBe('duplicateRow');
    const m = mediation('w1', '2026-10');
    expect(
      parseError('/stats/mediation', mediationStatsResponseSchema, { items: [m, m] }).problem?.kind,
    ).toBe('duplicateRow');
    const r = { areaId: 'w1', month: '2026-10', wards: 1, reported: 1 };
    expect(
      parseError('/stats/reporting', reportingStatsResponseSchema, { items: [r, r] }).problem?.kind,
    ).toBe('duplicateRow');
    const g = {
      areaId: 'w1',
      activeGroups: 1,
      inactiveGroups: 0,
      members: 3,
      byType: {},
      coveredResidentialAreas: 1,
    };
    const error = parseError('/stats/groups', groupStatsResponseSchema, { items: [g, g] });
    expect(error.problem).toEqual({ kind: 'duplicateAreaRow', areaId: 'w1' });
    expect(say(error)).toContain('a duplicate row for area w1 ');
  });
});

describe('parts never exceed their whole', () => {
  it('refuses outcomes that do not add up to the cases received, in total and per category', () => {
    const over = parseError('/stats/mediation', mediationStatsResponseSchema, {
      items: [mediation('w1', '2026-10', { received: 3 })],
    });
    expect(over.problem).toMatchObject({ kind: 'outcomesNotReceived', outcomes: 4, received: 3 });
    expect(say(over)).toContain(
      'area w1, month 2026-10: the outcomes add up to 4 cases, but 3 were received.',
    );
    const byCategory = { land: { received: 2, resolved: 3, referred: 0, unresolved: 0, pending: 0 } };
    const cat = parseError('/stats/mediation', mediationStatsResponseSchema, {
      items: [{ ...mediation('w1', '2026-10'), byCategory }],
    });
    expect(cat.field).toBe('items[0].byCategory.land');
    expect(say(cat)).toContain('category land: the outcomes add up to 3 cases, but 2 were received.');
  });

  it('refuses incidents by category above the total (a category may be unrecorded: below is fine)', () => {
    const row = { areaId: 'w1', month: '2026-10', total: 5, byCategory: { fire: 4, drugs: 2 } };
    const error = parseError('/stats/incidents', incidentStatsResponseSchema, { items: [row] });
    expect(say(error)).toContain('incidents by category add up to 6, more than the total of 5.');
    const below = { ...row, byCategory: { fire: 4 } };
    expect(incidentStatsResponseSchema.safeParse({ items: [below] }).success).toBe(true);
  });

  it('refuses day and night patrols that do not add up to the patrols (a v1 row without them is fine)', () => {
    const row = { areaId: 'w1', month: '2026-10', patrols: 10, participants: 2, patrolHours: 1, findings: 0 };
    const error = parseError('/stats/patrols', patrolStatsResponseSchema, {
      items: [{ ...row, dayPatrols: 8, nightPatrols: 5 }],
    });
    expect(say(error)).toContain('day and night patrols add up to 13, but the month has 10 patrols.');
    expect(patrolStatsResponseSchema.safeParse({ items: [row] }).success).toBe(true);
    expect(
      patrolStatsResponseSchema.safeParse({ items: [{ ...row, dayPatrols: 4, nightPatrols: 6 }] }).success,
    ).toBe(true);
  });

  it('refuses more wards reported than there are', () => {
    const error = parseError('/stats/reporting', reportingStatsResponseSchema, {
      items: [{ areaId: 'd1', month: '2026-10', wards: 6, reported: 9 }],
    });
    expect(say(error, 'en')).toContain('9 wards reported, but there are only 6.');
  });

  it('refuses a coverage above 100 % across /stats/groups and /areas, naming the area and both numbers', () => {
    const areas = [area('p', null, { residentialAreas: 20 }), area('w1', 'p', { name: 'Phường An Lạc' })];
    const stat = (areaId: string, covered: number) => ({
      areaId,
      activeGroups: 1,
      inactiveGroups: 0,
      members: 3,
      byType: {},
      coveredResidentialAreas: covered,
    });
    expect(coverageProblem([stat('p', 20), stat('w1', 6)], areas)).toBeNull();
    const found = coverageProblem([stat('p', 12), stat('w1', 9)], areas);
    expect(found).toEqual({
      index: 1,
      problem: {
        kind: 'coveredAboveResidential',
        areaId: 'w1',
        areaName: 'Phường An Lạc',
        covered: 9,
        residential: 6,
      },
    });
    if (!found) return;
    const error = inconsistentResponse('/stats/groups', 'items[1].coveredResidentialAreas', found.problem);
    expect(say(error, 'vi')).toBe(
      'Máy chủ trả về số liệu không thể đúng (/stats/groups): Phường An Lạc (w1): các tổ phủ 9 khu dân cư, nhưng địa bàn chỉ có 6 khu dân cư.',
    );
  });
});

describe('the area list must be one tree', () => {
  it('names a cycle, a second root, a missing parent and a duplicate id', () => {
    const cycle = parseError('/areas', areasResponseSchema, {
      items: [area('p', null), area('a', 'c'), area('b', 'a'), area('c', 'b')],
    });
    expect(say(cycle)).toBe(
      'The server sent data that cannot be right (/areas): the area list has a cycle of parents through a → c → b → a.',
    );
    const roots = parseError('/areas', areasResponseSchema, { items: [area('p', null), area('q', null)] });
    expect(say(roots, 'fr')).toContain('une seconde racine, q (en plus de p)');
    const orphan = parseError('/areas', areasResponseSchema, { items: [area('p', null), area('w', 'x')] });
    expect(say(orphan, 'vi')).toContain('địa bàn cấp trên x của địa bàn w không có trong danh sách địa bàn.');
    const twice = parseError('/areas', areasResponseSchema, { items: [area('p', null), area('p', null)] });
    expect(say(twice)).toContain('the area list has the code p twice.');
  });

  it('reports the shape issue, not a tree problem, when a row is malformed', () => {
    const error = parseError('/areas', areasResponseSchema, {
      items: [{ ...area('p', null), population: -1 }],
    });
    expect(error.problem).toBeUndefined();
    expect(error.field).toBe('items[0].population');
  });
});

describe('names are cleaned at the boundary', () => {
  it('drops bidi controls and turns other controls into spaces in every name field', () => {
    const rlo = 'Chí\u202E Công';
    const parsed = areasResponseSchema.parse({ items: [area('p', null, { name: rlo })] });
    expect(parsed.items[0]?.name).toBe('Chí Công');
    const group = {
      id: 'g',
      name: '\u2067Tổ\u2069 1',
      type: 'other',
      wardId: 'w',
      residentialArea: 'Khu\u0000 phố\u200f 2',
      establishedOn: '2020-01-01',
      members: 3,
      leader: '\tNguyễn\u0085Văn A\r\n',
      status: 'active',
      recognition: 'none',
    };
    const page = groupsPageSchema.parse({ items: [group], total: 1, page: 1, pageSize: 50 });
    expect(page.items[0]).toMatchObject({
      name: 'Tổ 1',
      residentialArea: 'Khu phố 2',
      leader: 'Nguyễn Văn A',
    });
    const me = meSchema.parse({ subject: 's', name: '\u202dAdmin\u202c', areaId: 'p', roles: [] });
    expect(me.name).toBe('Admin');
    const meta = metaSchema.parse({
      apiVersion: '1.1',
      dataFrom: '2020-01',
      dataTo: '2026-10',
      generatedAt: '2026-11-05T00:00:00Z',
      name: 'Tỉnh\u061c Bình An',
      demo: false,
    });
    expect(meta.name).toBe('Tỉnh Bình An');
  });
});
