// The API as a deployment that requires sign-in runs it, on loopback for the sign-in tests: every
// request must carry a bearer JWT from the test provider (signature by its JWKS, issuer, audience,
// expiry), else 401 problem with WWW-Authenticate: Bearer. The caller sees only their subtree:
// /areas answers it with its top as the root, /me says who they are, and an areaId outside it is a
// 403 problem. Everything else comes from the mock's handlers over the pinned data set. CORS for the
// app's origin (the Authorization header makes every request preflighted).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { getResponse } from 'msw';
import type { Area } from '../../src/api/schemas';
import { createHandlers } from '../../mocks/handlers';
import {
  accountKind,
  accountRootId,
  ACCOUNT_NAMES,
  ACCOUNT_ROLES,
  AUDIENCE,
  authUrls,
} from './auth-accounts';
import { pinnedDataset } from './expected';
import type { TestProvider } from './oidc-test-provider';

export interface LoggedRequest {
  path: string;
  /** The query string as asked (`?…`): one path is asked with several queries at once. */
  query: string;
  /** The token's subject, when it was valid. */
  sub?: string;
  /** The token's issue and expiry times (s since epoch), when it was valid. */
  iat?: number;
  exp?: number;
  /** The token's id: tells a renewed token from the one it replaced, even within one second. */
  jti?: string;
  status: number;
}

export interface TestApi {
  close(): Promise<void>;
}

function subtreeOf(areas: readonly Area[], rootId: string): Area[] {
  const children = new Map<string, Area[]>();
  for (const a of areas) {
    if (a.parentId === null) continue;
    children.set(a.parentId, [...(children.get(a.parentId) ?? []), a]);
  }
  const out: Area[] = [];
  const stack = areas.filter((a) => a.id === rootId);
  while (stack.length > 0) {
    const area = stack.pop() as Area;
    out.push(area.id === rootId ? { ...area, parentId: null } : area);
    stack.push(...(children.get(area.id) ?? []));
  }
  return out;
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function startTestApi(provider: TestProvider, appPort?: number): Promise<TestApi> {
  const urls = authUrls(appPort);
  const dataset = pinnedDataset();
  const areas = dataset.areas as readonly Area[];
  const handlers = createHandlers(dataset, { baseUrl: `${urls.apiBase}` });
  const jwks = createRemoteJWKSet(new URL(`${urls.issuer}/jwks`));
  const log = new Map<string, LoggedRequest[]>();
  const record = (account: string, entry: LoggedRequest) =>
    log.set(account, [...(log.get(account) ?? []), entry]);
  /** Per account: how many of its next requests are refused as if the token had been revoked. */
  const rejectNext = new Map<string, number>();
  /** Per account: API paths it is forbidden to read (a role without access to that data). */
  const forbidden = new Map<string, Set<string>>();

  const cors = {
    'access-control-allow-origin': urls.app,
    'access-control-allow-headers': 'authorization, accept',
    'access-control-allow-methods': 'GET',
    'access-control-expose-headers': 'www-authenticate',
    vary: 'Origin',
  };
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    res.writeHead(status, { ...cors, 'content-type': type, ...headers });
    res.end(JSON.stringify(body));
  };
  const unauthorized = (res: ServerResponse, detail: string) =>
    send(
      res,
      401,
      { title: 'Unauthorized', status: 401, detail },
      {
        'www-authenticate': `Bearer error="invalid_token", error_description="${detail}"`,
      },
    );

  async function control(url: URL, res: ServerResponse) {
    const account = url.searchParams.get('account') ?? '';
    switch (url.pathname) {
      case '/__test/reject':
        rejectNext.set(account, Number(url.searchParams.get('count') ?? '1'));
        return send(res, 200, { ok: true });
      case '/__test/forbid':
        forbidden.set(
          account,
          new Set([...(forbidden.get(account) ?? []), url.searchParams.get('path') ?? '']),
        );
        return send(res, 200, { ok: true });
      case '/__test/requests':
        return send(res, 200, log.get(account) ?? []);
      case '/__test/grants':
        return send(
          res,
          200,
          provider.grants.filter((g) => g.accountId === account),
        );
      default:
        return send(res, 404, { title: 'Not Found', status: 404 });
    }
  }

  async function api(req: IncomingMessage, url: URL, res: ServerResponse) {
    const path = url.pathname.slice('/v1'.length);
    const entry: LoggedRequest = { path, query: url.search, status: 0 };
    const answer = (status: number, body: unknown, headers?: Record<string, string>) => {
      entry.status = status;
      send(res, status, body, headers);
    };
    const header = req.headers.authorization ?? '';
    const token = /^Bearer (\S+)$/.exec(header)?.[1];
    let payload: JWTPayload;
    try {
      if (!token) throw new Error('no bearer token');
      payload = (await jwtVerify(token, jwks, { issuer: urls.issuer, audience: AUDIENCE })).payload;
    } catch (error) {
      entry.status = 401;
      record('', entry);
      unauthorized(res, error instanceof Error ? error.message : 'invalid token');
      return;
    }
    const sub = payload.sub ?? '';
    Object.assign(entry, { sub, iat: payload.iat, exp: payload.exp, jti: payload.jti });
    record(sub, entry);
    const kind = accountKind(sub);
    if (!kind) return answer(403, { title: 'Forbidden', status: 403, detail: `unknown account ${sub}` });
    const pending = rejectNext.get(sub) ?? 0;
    if (pending > 0) {
      rejectNext.set(sub, pending - 1);
      entry.status = 401;
      unauthorized(res, 'token revoked');
      return;
    }
    if (forbidden.get(sub)?.has(path))
      return answer(403, {
        title: 'Forbidden',
        status: 403,
        detail: `Your role may not read ${path}.`,
      });
    const rootId = accountRootId(kind, areas);
    const visible = subtreeOf(areas, rootId);
    const areaId = url.searchParams.get('areaId');
    if (areaId !== null && !visible.some((a) => a.id === areaId))
      return answer(403, { title: 'Forbidden', status: 403, detail: `Area ${areaId} is outside your area.` });
    if (path === '/me')
      return answer(200, {
        subject: sub,
        name: ACCOUNT_NAMES[kind],
        areaId: rootId,
        roles: [...ACCOUNT_ROLES[kind]],
      });
    if (path === '/areas') return answer(200, { items: visible });
    if (areaId === null && path.startsWith('/stats/')) url.searchParams.set('areaId', rootId);
    const response = await getResponse(
      handlers,
      new Request(url, { headers: { accept: 'application/json' } }),
    );
    if (!response) return answer(404, { title: 'Not Found', status: 404 });
    answer(response.status, await response.json());
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', urls.api);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-max-age': '600' });
      res.end();
      return;
    }
    const handle = url.pathname.startsWith('/__test/') ? control(url, res) : api(req, url, res);
    handle.catch((error: unknown) =>
      send(res, 500, { title: 'Internal Server Error', status: 500, detail: String(error) }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(new URL(urls.api).port), 'localhost', () => resolve());
  });
  return { close: () => closeServer(server) };
}
