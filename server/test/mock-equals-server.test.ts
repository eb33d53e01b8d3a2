// For the same seed and as-of month, the server's answers equal the browser mock's: every stats
// endpoint over several areas, levels and ranges, and sampled list pages with filters and sorts.
// The mock is the executable reference, so any difference is a server bug (or a mock change the
// server has not followed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import { responseSchemas, type ApiPath } from '../../src/api/schemas';
import type { Db } from '../src/db/db';
import { must } from './support/expect';
import { seededTestDb, TEST_DATA } from './support/db';
import { mockTarget, serverTarget, type Target } from './support/targets';

const ds = generateDataset(TEST_DATA);
const pick = (level: string, nth = 0) => must(ds.areas.filter((a) => a.level === level)[nth]).id;
const AREAS = [ds.root.id, pick('province', 1), pick('district', 2), pick('ward', 5)];
const LEVELS = ['', 'province', 'district', 'ward'];
const RANGES = [
  '',
  `&from=${ds.dataFrom}&to=${ds.asOf}`, // the whole history
  '&from=2019-01&to=2022-02', // starts before the history: clipped
  `&from=${ds.asOf}&to=${ds.asOf}`,
  '&to=2025-06', // from defaults to 11 months before
  '&from=2030-01&to=2030-12', // after the history: no rows
];

const STATS: ApiPath[] = ['/stats/incidents', '/stats/patrols', '/stats/mediation', '/stats/reporting'];

function statsRequests(): string[] {
  const out: string[] = [];
  for (const area of AREAS) {
    const rank = ['country', 'province', 'district', 'ward'].indexOf(must(ds.area(area)).level);
    for (const level of LEVELS) {
      if (level && ['country', 'province', 'district', 'ward'].indexOf(level) < rank) continue;
      const l = level ? `&level=${level}` : '';
      out.push(`/stats/groups?areaId=${area}${l}`);
      for (const range of RANGES) for (const path of STATS) out.push(`${path}?areaId=${area}${l}${range}`);
    }
  }
  return out;
}

const SAMPLE_GROUP = must(ds.wardGroups(3)[2]);

function listRequests(): string[] {
  const out: string[] = [];
  const scopes = [`areaId=${AREAS[1]}`, `areaId=${AREAS[2]}&from=2024-01&to=2024-06`, `from=${ds.asOf}`];
  const sorts = {
    '/patrols': [
      '',
      'date',
      '-id',
      'groupName',
      '-note',
      'participants',
      '-durationMinutes',
      'shift',
      '-wardId',
      'wardName',
    ],
    '/mediation-cases': [
      '',
      'closedOn',
      '-closedOn',
      'groupName',
      '-category',
      'outcome',
      'receivedOn',
      '-wardName',
    ],
    '/groups': [
      '',
      '-name',
      'leader',
      '-residentialArea',
      'members',
      '-establishedOn',
      'recognition',
      'wardId',
      'wardName',
      '-wardName',
    ],
  };
  const filters = {
    '/patrols': ['', 'shift=night', `groupId=${SAMPLE_GROUP.id}`],
    '/mediation-cases': ['', 'category=family', 'outcome=pending', 'category=land&outcome=resolved'],
    '/groups': ['', 'status=inactive', 'type=mediation', 'recognition=district,national', 'q=to dan pho 1'],
  };
  for (const [path, list] of Object.entries(sorts)) {
    for (const scope of scopes) {
      for (const sort of list) {
        for (const filter of filters[path as keyof typeof filters]) {
          const parts = [scope, sort && `sort=${sort}`, filter, 'pageSize=25'].filter(Boolean).join('&');
          out.push(`${path}?${parts}`, `${path}?${parts}&page=3`);
        }
      }
    }
  }
  out.push(
    `/groups?ids=${ds
      .wardGroups(0)
      .slice(0, 9)
      .map((g) => g.id)
      .join(',')},nope&sort=-members`,
  );
  return out;
}

let db: Db | undefined;
let mock: Target;
let server: Target;

beforeAll(async () => {
  mock = mockTarget(ds);
  db = await seededTestDb();
  server = await serverTarget(db);
});
afterAll(async () => {
  mock.close();
  await server?.close();
  await db?.close();
});

async function compare(path: string): Promise<void> {
  const [a, b] = await Promise.all([mock.request(path), server.request(path)]);
  expect(b.status, `${path}: ${JSON.stringify(b.body)}`).toBe(a.status);
  const schema = responseSchemas[path.split('?')[0] as ApiPath];
  expect(schema.parse(b.body), path).toEqual(schema.parse(a.body));
}

describe('the server answers exactly what the mock answers', () => {
  it('/meta and /areas', async () => {
    await compare('/meta');
    await compare('/areas');
  });

  it(`every stats endpoint (${statsRequests().length} requests)`, async () => {
    for (const path of statsRequests()) await compare(path);
  });

  it(`sampled list pages with filters and sorts (${listRequests().length} requests)`, async () => {
    for (const path of listRequests()) await compare(path);
  });
});
