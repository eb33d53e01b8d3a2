import { z } from 'zod';

const runtimeConfigSchema = z.object({ apiBaseUrl: z.string().min(1).optional() });

export type ApiSource = { mode: 'remote'; baseUrl: string } | { mode: 'mock'; baseUrl: string };

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
        return { mode: 'remote', baseUrl: parsed.data.apiBaseUrl };
    }
  } catch {
    // No or unreadable config.json: fall through to the build setting.
  }
  const fromBuild: unknown = import.meta.env.VITE_API_BASE_URL;
  if (typeof fromBuild === 'string' && fromBuild) return { mode: 'remote', baseUrl: fromBuild };
  return { mode: 'mock', baseUrl: `${base}api/v1` };
}
