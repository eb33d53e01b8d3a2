// The accounts, client and ports of the sign-in tests' OpenID Connect provider and token-checking
// API (e2e/support/auth-servers.ts), shared by the servers and the specs.

/**
 * Ports beside the app's E2E_PORT, so several checkouts can run their suites side by side; `server`
 * is the reference API server (server/) serving the build and its API with sign-in.
 */
export function authPorts(appPort = Number(process.env.E2E_PORT ?? 4173)) {
  return { app: appPort, provider: appPort + 1100, api: appPort + 1200, server: appPort + 1300 };
}

export function authUrls(appPort?: number) {
  const ports = authPorts(appPort);
  return {
    app: `http://localhost:${ports.app}`,
    issuer: `http://localhost:${ports.provider}`,
    api: `http://localhost:${ports.api}`,
    apiBase: `http://localhost:${ports.api}/v1`,
    server: `http://localhost:${ports.server}`,
  };
}

export const CLIENT_ID = 'antt-dashboard';
/** The API's resource indicator: config.json's `audience`, the access token's `aud`. */
export const AUDIENCE = 'urn:antt:dashboard-api';
/**
 * Short, so the renewal test sees a token expire; longer than the app's 30 s early-renewal margin,
 * so each token is renewed once, ~15 s after it was issued.
 */
export const ACCESS_TOKEN_TTL_S = 45;

/** Accounts that may only read. */
export type ViewerKind = 'province-viewer' | 'district-viewer';
/** Accounts that may also import data (POST /imports): the `editor` role in the token's roles claim. */
export type EditorKind = 'province-editor';
export type AccountKind = ViewerKind | EditorKind;

const KINDS: readonly AccountKind[] = ['province-viewer', 'district-viewer', 'province-editor'];

/** Display names (the ID token's `name` claim and /me's name). */
export const ACCOUNT_NAMES: Record<AccountKind, string> = {
  'province-viewer': 'Nguyễn Thị Lan',
  'district-viewer': 'Trần Văn Hùng',
  'province-editor': 'Phạm Minh Tuấn',
};

/** The access token's `roles` claim. */
export const ACCOUNT_ROLES: Record<AccountKind, readonly string[]> = {
  'province-viewer': ['viewer'],
  'district-viewer': ['viewer'],
  'province-editor': ['editor'],
};

/** An editor sees the tree of the viewer it stands beside (its `area` claim is that viewer's). */
const AREA_OF_EDITOR: Record<EditorKind, ViewerKind> = { 'province-editor': 'province-viewer' };

/** The viewer whose area an account has: itself, or the viewer an editor stands beside. */
export function areaKind(kind: AccountKind): ViewerKind {
  return kind === 'province-editor' ? AREA_OF_EDITOR[kind] : kind;
}

/**
 * An account id is a kind, optionally tagged ("district-viewer+a1b2"): each test signs in as an
 * account of its own, so what the shared servers log and the failures a test asks for are its own
 * even when tests run in parallel.
 */
export function accountKind(accountId: string): AccountKind | undefined {
  const kind = accountId.split('+')[0];
  return KINDS.find((k) => k === kind);
}

interface AreaLike {
  id: string;
  parentId: string | null;
  level: string;
}

/** The root of the tree an account may see: the whole data set, or its first district. */
export function accountRootId(kind: AccountKind, areas: readonly AreaLike[]): string {
  const area =
    areaKind(kind) === 'district-viewer'
      ? areas.find((a) => a.level === 'district')
      : areas.find((a) => !a.parentId);
  if (!area) throw new Error(`no root area for ${kind} in the data set`);
  return area.id;
}
