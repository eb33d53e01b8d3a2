// Wall-clock timings of the mock, reported by `npm run bench` (run with jiti, outside Vitest). They
// only report, never gate: the gating suite holds no timing budget (yielding.test.ts checks
// deterministically that long requests keep yielding).
import { generateDataset } from './generator';
import { createMockServer } from './node';

function ms(start: number): string {
  return `${(performance.now() - start).toFixed(1)} ms`;
}

function generation(seed: number): string {
  let t = performance.now();
  const ds = generateDataset({ seed });
  const areas = ms(t);
  t = performance.now();
  ds.groups();
  const groups = ms(t);
  t = performance.now();
  ds.wards.forEach((_, w) => ds.wardMonthly(w));
  const monthly = ms(t);
  t = performance.now();
  for (let w = 0; w < ds.wards.length; w++) for (let m = 48; m < 60; m++) ds.patrols(w, m);
  return `areas ${areas}, groups ${groups}, monthly ${monthly}, patrols (12 months) ${ms(t)}`;
}

async function request(label: string, path: string): Promise<void> {
  const start = performance.now();
  const res = await fetch(`http://localhost/api/v1${path}`);
  const body: unknown = await res.json();
  const size =
    typeof body === 'object' && body !== null && 'total' in body ? ` (${String(body.total)} total)` : '';
  console.log(`${label}: ${ms(start)}${size}`);
}

async function main(): Promise<void> {
  // The first run includes JIT warm-up, like a first page load.
  console.log(`province data set, cold: ${generation(11)}`);
  console.log(`province data set, warm: ${generation(12)}`);
  const server = createMockServer({ seed: 99 });
  server.listen({ onUnhandledFrame: 'error' });
  try {
    await request('/stats/incidents?level=ward, first', '/stats/incidents?level=ward');
    await request('/stats/incidents?level=ward, cached', '/stats/incidents?level=ward');
    await request(
      '/stats/incidents by district, whole history',
      '/stats/incidents?level=district&from=2000-01',
    );
    await request('/patrols whole province, 12 months', '/patrols?from=2025-11&sort=participants');
    await request('/patrols whole province, 60 months', '/patrols?from=2000-01&sort=participants');
  } finally {
    server.close();
  }
}

void main();
