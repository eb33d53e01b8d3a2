// POST /imports and GET /imports over HTTP, with real multipart bodies (FormData, encoded as a
// browser would), tokens of a local issuer and a seeded database (PGlite, or PostgreSQL with
// ANTT_TEST_DATABASE_URL): an editor's import moves the answers by exactly what it imported, a
// check writes nothing, an editor imports and sees only within their area, and every refusal is
// the contract's problem before anything is written.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importLogSchema, importRejectedSchema, importResultSchema } from '../../src/api/import-schemas';
import { DEFAULT_AS_OF } from '../../mocks/generator';
import { readLog } from '../src/import/log';
import { must } from './support/expect';
import { csvFile, fingerprint } from './support/import-files';
import {
  DASHBOARD,
  multipart,
  patrols as patrolTable,
  startImportHttp,
  type ImportHttp,
  type Part,
  type PatrolRow,
  type Who,
} from './support/import-http';

// Small limits, so the 413s need kilobytes, not the real 64 MiB files (the same constants are read
// by the upload and by validation, so these stand for the real ones throughout this file).
vi.mock('../../src/api/import-formats', async (original) => {
  const actual = await original<typeof import('../../src/api/import-formats')>();
  return {
    ...actual,
    LIMITS: { ...actual.LIMITS, fileBytes: 256 * 1024, files: 5, requestBytes: 1024 * 1024 },
  };
});

const MONTH = '2025-12';

let world: ImportHttp;
let province: string;
let district: string;
let ward: string;
let otherWard: string;
let group: string;
let otherGroup: string;

beforeAll(async () => {
  world = await startImportHttp();
  ({ province, district, ward, otherWard, group, otherGroup } = world.ids);
});
afterAll(async () => {
  await world?.close();
});

const patrols = (rows: readonly PatrolRow[]) => patrolTable(MONTH, rows);

const bearer = (who: Who | null): Record<string, string> =>
  who ? { authorization: `Bearer ${world.tokens[who]}` } : {};

/** POST /imports; `who` null: no token, to the app without sign-in. */
async function post(who: Who | null, parts: readonly Part[], query = '') {
  const { body, type } = await multipart(parts);
  return (who ? world.app : world.open).inject({
    method: 'POST',
    url: `/api/v1/imports${query}`,
    headers: { 'content-type': type, ...bearer(who) },
    payload: body,
  });
}

const get = (who: Who | null, url: string) =>
  (who ? world.app : world.open).inject({ url: `/api/v1${url}`, headers: bearer(who) });

async function patrolStat(areaId: string) {
  const res = await get('province', `/stats/patrols?areaId=${areaId}&from=${MONTH}&to=${MONTH}`);
  expect(res.statusCode).toBe(200);
  const [item] = res.json<{ items: { patrols: number; participants: number; findings: number }[] }>().items;
  return must(item, `patrol stats of ${areaId}`);
}

const logLength = async () => (await readLog(world.db)).length;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('POST /imports', () => {
  it('imports an editor’s file: the next answers move by exactly the imported rows', async () => {
    const rows: PatrolRow[] = [
      { id: 'HTTP-P-1', group, ward, participants: 4, findings: 1 },
      { id: 'HTTP-P-2', group, ward, participants: 6, findings: 0 },
    ];
    const file = csvFile('patrols.csv', patrols(rows));
    const [wardBefore, provinceBefore] = [await patrolStat(ward), await patrolStat(province)];
    const metaBefore = (await get('province', '/meta')).json<{ generatedAt: string }>();
    const res = await post('province', [file]);
    expect(res.statusCode, res.body).toBe(200);
    const result = importResultSchema.parse(res.json());
    expect(result).toMatchObject({ checkOnly: false, rows: { patrols: 2 }, dataTo: DEFAULT_AS_OF });
    expect(result.importId).toEqual(expect.any(Number));
    expect(result.files).toEqual([
      { name: 'patrols.csv', sha256: sha(file.bytes), bytes: file.bytes.length, rows: { patrols: 2 } },
    ]);
    for (const [area, before] of [
      [ward, wardBefore],
      [province, provinceBefore],
    ] as const)
      expect(await patrolStat(area)).toMatchObject({
        patrols: before.patrols + 2,
        participants: before.participants + 10,
        findings: before.findings + 1,
      });
    // The data cache is invalidated: /meta shows the import at once, not after its ttl.
    const meta = (await get('province', '/meta')).json<{ generatedAt: string }>();
    expect(meta.generatedAt).not.toBe(metaBefore.generatedAt);
  });

  it('with check=true validates only: 200, and the database and the log stay as they were', async () => {
    const file = csvFile(
      'check.csv',
      patrols([{ id: 'HTTP-C-1', group, ward, participants: 3, findings: 0 }]),
    );
    const [before, entries] = [await fingerprint(world.db), await logLength()];
    const res = await post('province', [file, { field: 'publishThrough', value: '2026-09' }], '?check=true');
    expect(res.statusCode, res.body).toBe(200);
    expect(importResultSchema.parse(res.json())).toEqual({
      checkOnly: true,
      importId: null,
      rows: { patrols: 1 },
      files: [{ name: 'check.csv', sha256: sha(file.bytes), bytes: file.bytes.length, rows: { patrols: 1 } }],
      dataFrom: null,
      dataTo: '2026-09',
    });
    expect(await fingerprint(world.db)).toEqual(before);
    expect(await logLength()).toBe(entries);
  });

  it('refuses a district editor’s rows of another district: 422 naming each row, nothing written', async () => {
    const rows: PatrolRow[] = [
      { id: 'HTTP-O-1', group: otherGroup, ward: otherWard, participants: 2, findings: 0 },
      { id: 'HTTP-O-2', group: otherGroup, ward: otherWard, participants: 2, findings: 0 },
      { id: 'HTTP-O-3', group, ward, participants: 2, findings: 0 },
    ];
    const [before, entries, stat] = [
      await fingerprint(world.db),
      await logLength(),
      await patrolStat(otherWard),
    ];
    const res = await post('district', [csvFile('other.csv', patrols(rows))]);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = importRejectedSchema.parse(res.json());
    expect(body).toMatchObject({
      title: 'Unprocessable Content',
      status: 422,
      detail: '2 problems: nothing was imported',
      moreProblems: 0,
    });
    expect(body.problems).toEqual(
      [2, 3].map((row) =>
        expect.objectContaining({
          file: 'other.csv',
          sheet: null,
          row,
          column: 'ward_id',
          value: otherWard,
          code: 'outsideArea',
          params: { area: district },
        }),
      ),
    );
    expect(await fingerprint(world.db)).toEqual(before);
    expect(await logLength()).toBe(entries);
    expect(await patrolStat(otherWard)).toEqual(stat);
  });

  it('runs concurrent imports one after the other, both written', async () => {
    const one = csvFile('one.csv', patrols([{ id: 'HTTP-Q-1', group, ward, participants: 1, findings: 0 }]));
    const two = csvFile('two.csv', patrols([{ id: 'HTTP-Q-2', group, ward, participants: 1, findings: 0 }]));
    const before = await patrolStat(ward);
    const answers = await Promise.all([post('district', [one]), post('admin', [two])]);
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200]);
    const ids = answers.map((r) => importResultSchema.parse(r.json()).importId);
    expect(new Set(ids).size).toBe(2);
    expect((await patrolStat(ward)).patrols).toBe(before.patrols + 2);
  });

  it('refuses a viewer and an anonymous caller (no sign-in configured) with 403, reading nothing', async () => {
    const file = csvFile('v.csv', patrols([{ id: 'HTTP-V-1', group, ward, participants: 1, findings: 0 }]));
    const entries = await logLength();
    for (const res of [await post('viewer', [file]), await post(null, [file])]) {
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json<{ detail: string }>().detail).toContain('editor role');
    }
    expect((await post(null, [file])).json<{ detail: string }>().detail).toContain('command line');
    expect(await logLength()).toBe(entries);
  });

  it('answers 400 to a bad publishThrough, a bad check and a field it does not know', async () => {
    const file = csvFile('b.csv', patrols([{ id: 'HTTP-B-1', group, ward, participants: 1, findings: 0 }]));
    const entries = await logLength();
    for (const [parts, query, says] of [
      [[file, { field: 'publishThrough', value: '2026-13' }], '', 'publishThrough'],
      [[{ field: 'publishThrough', value: 'June' }, file], '', 'publishThrough'],
      [[file], '?check=yes', 'check'],
      [[file, { field: 'note', value: 'x' }], '', 'note'],
      [[{ field: 'files', value: 'not a file' }], '', 'files'],
      [[file, file], '', 'b.csv'],
    ] as const) {
      const res = await post('province', parts, query);
      expect(res.statusCode, `${query} ${res.body}`).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json<{ detail: string }>().detail).toContain(says);
    }
    expect(await logLength()).toBe(entries);
  });

  it('answers 413 to a file over the limit, too many files and an upload over the limit', async () => {
    const big = { name: 'big.csv', bytes: new Uint8Array(256 * 1024 + 1).fill(0x41) };
    const part = (i: number) => ({ name: `f${i}.csv`, bytes: new Uint8Array(230 * 1024).fill(0x41) });
    const small = (i: number) => ({ name: `s${i}.csv`, bytes: new Uint8Array([0x41]) });
    for (const [parts, says] of [
      [[big], 'A file may have at most 0.25 MiB'],
      [[0, 1, 2, 3, 4, 5].map(small), 'at most 5 files'],
      [[0, 1, 2, 3, 4].map(part), 'An upload may have at most 1 MiB'],
    ] as const) {
      const res = await post('province', parts, '?check=true');
      expect(res.statusCode, res.body).toBe(413);
      expect(res.json<{ detail: string }>().detail).toContain(says);
    }
  });

  it('takes files over the server’s JSON body limit (multipart has its own limits)', async () => {
    const res = await post(
      'province',
      [{ name: 'wide.csv', bytes: new Uint8Array(100 * 1024).fill(0x41) }],
      '?check=true',
    );
    // Read and validated (one header of 100 KiB is no known format), not refused for its size.
    expect(res.statusCode, res.body).toBe(422);
  });

  it('answers 415 to a body that is not multipart, 405 to other methods, and CORS allows the POST', async () => {
    const json = await world.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: bearer('province'),
      payload: { files: [] },
    });
    expect(json.statusCode).toBe(415);
    expect(json.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(json.json<{ detail: string }>().detail).toContain('multipart/form-data');
    const preflight = await world.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/imports',
      headers: {
        origin: DASHBOARD,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    // A dashboard on another origin may upload: CORS lets its POST with Authorization through.
    expect(preflight.headers['access-control-allow-origin']).toBe(DASHBOARD);
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
    expect(preflight.headers['access-control-allow-headers']).toContain('authorization');
    const put = await world.open.inject({ method: 'PUT', url: '/api/v1/imports' });
    expect([put.statusCode, put.headers.allow]).toEqual([405, 'GET, HEAD, POST']);
  });
});

describe('over a socket, as a browser uploads', () => {
  it('answers fetch with FormData: a check passes, a file over the limit is a 413 mid-upload', async () => {
    const base = await world.app.listen({ port: 0, host: '127.0.0.1' });
    const upload = (bytes: Uint8Array, name: string) => {
      const form = new FormData();
      form.append('files', new Blob([new Uint8Array(bytes)]), name);
      return fetch(`${base}/api/v1/imports?check=true`, {
        method: 'POST',
        headers: bearer('province'),
        body: form,
      });
    };
    const file = csvFile('s.csv', patrols([{ id: 'HTTP-S-1', group, ward, participants: 1, findings: 0 }]));
    const ok = await upload(file.bytes, file.name);
    expect(ok.status).toBe(200);
    expect(importResultSchema.parse(await ok.json()).rows).toEqual({ patrols: 1 });
    const big = await upload(new Uint8Array(600 * 1024).fill(0x41), 'big.csv');
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

describe('GET /imports', () => {
  it('lists the editor’s import with its files, newest first, within the caller’s area only', async () => {
    const res = await get('province', '/imports');
    expect(res.statusCode).toBe(200);
    const { items } = importLogSchema.parse(res.json());
    const mine = must(items.find((e) => e.files.some((f) => f.name === 'patrols.csv')));
    expect(mine).toMatchObject({ importedBy: 'Province Editor', areaId: province, rows: { patrols: 2 } });
    expect(mine.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The district editor's import is within the province; the national admin's is not.
    expect(items.map((e) => e.importedBy)).toEqual(['district-editor', 'Province Editor']);
    const ids = items.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    const district = importLogSchema.parse((await get('district', '/imports')).json()).items;
    expect(district.map((e) => e.importedBy)).toEqual(['district-editor']);
    const all = importLogSchema.parse((await get('admin', '/imports')).json()).items;
    expect(all.map((e) => e.areaId).sort()).toEqual([district[0]?.areaId, null, province].sort());
  });

  it('refuses a viewer and an anonymous caller with 403', async () => {
    expect((await get('viewer', '/imports')).statusCode).toBe(403);
    expect((await get(null, '/imports')).statusCode).toBe(403);
  });
});
