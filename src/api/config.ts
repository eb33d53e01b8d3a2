import { z } from 'zod';
import { issuePath } from './errors';

/**
 * config.json beside index.html. `demo: true` runs the embedded mock; otherwise `apiBaseUrl` names
 * the API, `auth` its OpenID Connect provider (sign-in required), `requestTimeoutMs` how long one
 * request may take (default 30 s).
 */
export const runtimeConfigSchema = z.object({
  demo: z.boolean().optional(),
  apiBaseUrl: z.string().min(1).optional(),
  auth: z
    .object({
      issuer: z.url(),
      clientId: z.string().min(1),
      scope: z.string().min(1).optional(),
      audience: z.string().min(1).optional(),
    })
    .optional(),
  requestTimeoutMs: z.number().int().positive().optional(),
});
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export type ApiSource =
  | { mode: 'remote'; baseUrl: string; config: RuntimeConfig }
  | { mode: 'mock'; baseUrl: string; config: RuntimeConfig };

/** What was wrong with config.json, in terms the start-up error page translates. */
export type ConfigProblem =
  | { kind: 'status'; status: number }
  | { kind: 'html' }
  | { kind: 'syntax'; message: string }
  | { kind: 'network' }
  | { kind: 'timeout'; ms: number }
  | { kind: 'invalid'; field: string; message: string }
  | { kind: 'noSource' }
  | { kind: 'noDemo' };

export class ConfigError extends Error {
  readonly problem: ConfigProblem;
  constructor(problem: ConfigProblem) {
    super(`config.json: ${problem.kind}`);
    this.name = 'ConfigError';
    this.problem = problem;
  }
}

/** How long config.json may take: it is a tiny static file, so a slow answer is a broken server. */
export const CONFIG_TIMEOUT_MS = 10_000;

export interface BuildFlags {
  /** The build contains the embedded mock (not `VITE_DEMO=off`, no `VITE_API_BASE_URL`). */
  hasDemo: boolean;
  /** `npm run dev`: a missing config.json means the demo. */
  dev: boolean;
  /** The build-time `VITE_API_BASE_URL`, used when config.json names no API. */
  buildApiBaseUrl: string | undefined;
}

/**
 * Reads config.json and says where the API is. Every failure throws a ConfigError: a deployment
 * whose config.json is missing, a proxy's HTML page or broken must never fall back to demo data.
 */
export async function loadApiSource(flags: BuildFlags, base = import.meta.env.BASE_URL): Promise<ApiSource> {
  const mockBase = `${base}api/v1`;
  let response: Response;
  try {
    response = await fetch(`${base}config.json`, {
      cache: 'no-store',
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(CONFIG_TIMEOUT_MS),
    });
  } catch (cause) {
    const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError';
    throw new ConfigError(timedOut ? { kind: 'timeout', ms: CONFIG_TIMEOUT_MS } : { kind: 'network' });
  }
  if (response.status === 404 && flags.dev && flags.hasDemo)
    return { mode: 'mock', baseUrl: mockBase, config: {} };
  if (!response.ok) throw new ConfigError({ kind: 'status', status: response.status });
  if (/html/i.test(response.headers.get('content-type') ?? '')) throw new ConfigError({ kind: 'html' });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    // A login page or SPA fallback served as text/plain or without a type is still HTML.
    if (/^\s*</.test(text)) throw new ConfigError({ kind: 'html' });
    throw new ConfigError({
      kind: 'syntax',
      message: cause instanceof Error ? cause.message : String(cause),
    });
  }
  const parsed = runtimeConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError({
      kind: 'invalid',
      field: issue ? issuePath(issue.path) : '(root)',
      message: issue?.message ?? 'unexpected shape',
    });
  }
  const config = parsed.data;
  if (config.demo) {
    if (!flags.hasDemo) throw new ConfigError({ kind: 'noDemo' });
    return { mode: 'mock', baseUrl: mockBase, config };
  }
  const baseUrl = config.apiBaseUrl ?? flags.buildApiBaseUrl;
  if (!baseUrl) throw new ConfigError({ kind: 'noSource' });
  return { mode: 'remote', baseUrl, config };
}
