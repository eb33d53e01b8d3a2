// The HTTP import tests' world: a small seeded database, an app behind sign-in (a local issuer's
// tokens for a province editor, a district editor of that province, a national admin and a
// viewer), the same app without sign-in, and multipart bodies built by FormData exactly as fetch
// sends them.
import type { FastifyInstance } from 'fastify';
import { DEFAULT_AS_OF, DEFAULT_SEED } from '../../../mocks/generator';
import type { Db } from '../../src/db/db';
import { buildApp } from '../../src/http-app';
import { COLUMNS } from '../../src/import/formats';
import { seededTestDb } from './db';
import { must } from './expect';
import type { Table } from './import-files';
import { startLocalIssuer } from './local-issuer';

export const DASHBOARD = 'https://dashboard.example.org';
const AUDIENCE = 'antt-imports-test';

export type Who = 'province' | 'district' | 'admin' | 'viewer';

export interface ImportHttp {
  db: Db;
  /** Behind sign-in, CORS allowing DASHBOARD. */
  app: FastifyInstance;
  /** No sign-in configured: every caller is the anonymous viewer. */
  open: FastifyInstance;
  tokens: Record<Who, string>;
  /** The province editor's province, two of its districts, a ward of each and a group of each ward. */
  ids: Record<
    'province' | 'district' | 'otherDistrict' | 'ward' | 'otherWard' | 'group' | 'otherGroup',
    string
  >;
  close(): Promise<void>;
}

export async function startImportHttp(): Promise<ImportHttp> {
  const db = await seededTestDb({
    seed: DEFAULT_SEED,
    asOf: DEFAULT_AS_OF,
    size: { provinces: 2, districtsPerProvince: 2, wardsPerDistrict: 2 },
    // Districts: a district editor's imports are scoped to their district.
    shape: 'with-districts',
    months: 14,
  });
  const areas = await db.query<{ id: string; level: string; parent_id: string | null }>(
    'SELECT id, level, parent_id FROM areas ORDER BY pre',
  );
  const province = must(areas.find((a) => a.level === 'province')).id;
  const [district, otherDistrict] = areas.filter((a) => a.parent_id === province).map((a) => a.id);
  const wardOf = (parent: string | undefined) => must(areas.find((a) => a.parent_id === parent)).id;
  const groupOf = async (wardId: string) =>
    must(
      (await db.query<{ id: string }>('SELECT id FROM groups WHERE ward_id = $1 ORDER BY id', [wardId]))[0],
    ).id;
  const ward = wardOf(district);
  const otherWard = wardOf(otherDistrict);

  const issuer = await startLocalIssuer();
  const auth = {
    issuer: issuer.issuer,
    audience: AUDIENCE,
    areaClaim: 'area',
    rolesClaim: 'roles',
    clientId: null,
    scope: null,
  };
  const rateLimit = { max: 0, windowMs: 60_000 };
  const app = await buildApp({ db, auth, corsOrigins: [DASHBOARD], rateLimit });
  const open = await buildApp({ db, rateLimit });
  const sign = (sub: string, area: string, roles: string[], name?: string) =>
    issuer.sign({ aud: AUDIENCE, sub, area, roles, ...(name ? { name } : {}) }, { expiresIn: '10m' });
  return {
    db,
    app,
    open,
    tokens: {
      province: await sign('prov-editor', province, ['editor'], 'Province Editor'),
      district: await sign('district-editor', must(district), ['editor']),
      admin: await sign('national-admin', must(areas[0]).id, ['admin'], 'National Admin'),
      viewer: await sign('prov-viewer', province, ['viewer'], 'Province Viewer'),
    },
    ids: {
      province,
      district: must(district),
      otherDistrict: must(otherDistrict),
      ward,
      otherWard,
      group: await groupOf(ward),
      otherGroup: await groupOf(otherWard),
    },
    async close() {
      await app.close();
      await open.close();
      await issuer.close();
      await db.close();
    },
  };
}

export interface PatrolRow {
  id: string;
  group: string;
  ward: string;
  participants: number;
  findings: number;
}

/** A patrols table: night patrols of 120 minutes on the 10th of `month`. */
export function patrols(month: string, rows: readonly PatrolRow[]): Table {
  return [
    COLUMNS.patrols.map((c) => c.name),
    ...rows.map((r) => [
      r.id,
      r.group,
      r.ward,
      `${month}-10`,
      'night',
      120,
      r.participants,
      r.findings,
      null,
    ]),
  ];
}

export type Part = { name: string; bytes: Uint8Array } | { field: string; value: string };

/** A multipart/form-data body exactly as fetch would send it (files as `files` parts), and its content type. */
export async function multipart(parts: readonly Part[]): Promise<{ body: Buffer; type: string }> {
  const form = new FormData();
  for (const p of parts)
    if ('field' in p) form.append(p.field, p.value);
    else form.append('files', new Blob([new Uint8Array(p.bytes)], { type: 'text/csv' }), p.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    body: Buffer.from(await request.arrayBuffer()),
    type: must(request.headers.get('content-type')),
  };
}
