import { z } from 'zod';

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
  { mode: 'remote'; baseUrl: string; auth?: RuntimeConfig['auth'] } | { mode: 'mock'; baseUrl: string };

/**
 * Where the API lives: config.json beside index.html (so one build deploys anywhere), else the
 * build-time VITE_API_BASE_URL, else the embedded mock on this origin.
 */
export async function resolveApiSource(): Promise<ApiSource> {
  const base = import.meta.env.BASE_URL;
  try {
    const res = await fetch(`${base}config.json`, { cache: 'no-store' });
    if (res.ok) {
      const parsed = runtimeConfigSchema.safeParse(await res.json());
      if (parsed.success && parsed.data.apiBaseUrl)
        return { mode: 'remote', baseUrl: parsed.data.apiBaseUrl, auth: parsed.data.auth };
    }
  } catch {
    // No or unreadable config.json: fall through to the build setting.
  }
  const fromBuild: unknown = import.meta.env.VITE_API_BASE_URL;
  if (typeof fromBuild === 'string' && fromBuild) return { mode: 'remote', baseUrl: fromBuild };
  return { mode: 'mock', baseUrl: `${base}api/v1` };
}
