// Plausible, deterministic boundaries for the generated tree (GET /areas/geometry). Top-down: the
// root gets an outline (a province's irregular blob, or a coarse outline of the country), and the
// children of every area are Voronoi cells around seeded centres, relaxed twice (Lloyd) so they
// look like communes, and clipped to their parent. Cells tile the plane, so neighbours share edges
// and each area is the union of the areas below it. Its own Rng stream ('geometry', id), so the
// rest of the generated data does not move; basic arithmetic only (no Math.sin/cos), like random.ts.
import { Delaunay } from 'd3-delaunay';
import type { AreaTree } from './types';
import { Rng } from './random';

/** [longitude, latitude] in degrees (WGS 84). */
export type Position = [number, number];
/** A closed ring: the first position repeated last. */
export type Ring = Position[];

/** A coarse outline of Vietnam (mainland, counter-clockwise), for national trees. */
const COUNTRY: readonly Position[] = [
  [102.2, 22.4],
  [102.9, 21.0],
  [104.0, 20.0],
  [103.9, 19.3],
  [104.8, 18.3],
  [105.6, 17.5],
  [106.6, 16.4],
  [107.2, 15.6],
  [107.5, 14.7],
  [107.6, 13.5],
  [107.5, 12.3],
  [106.1, 11.7],
  [105.1, 10.9],
  [104.5, 10.4],
  [104.8, 9.5],
  [105.1, 8.6],
  [106.6, 9.5],
  [106.8, 10.3],
  [107.9, 10.6],
  [108.8, 11.3],
  [109.2, 12.0],
  [109.3, 13.8],
  [108.9, 15.2],
  [108.2, 16.0],
  [107.2, 16.8],
  [106.5, 17.9],
  [105.7, 18.9],
  [105.9, 19.6],
  [106.8, 20.7],
  [108.0, 21.5],
  [107.4, 22.3],
  [106.0, 22.9],
  [104.8, 23.2],
  [103.5, 22.7],
];

// cos and sin of 2π/32 as literals: rotating by them keeps the outline bit-identical everywhere.
const STEPS = 32;
const COS = 0.9807852804032304;
const SIN = 0.19509032201612825;

/** An irregular province outline around (lon, lat), counter-clockwise. */
function provinceOutline(rng: Rng, lon: number, lat: number, rx: number, ry: number): Position[] {
  const radii: number[] = [];
  for (let k = 0; k < STEPS; k++) radii.push(0.78 + 0.22 * rng.next());
  const out: Position[] = [];
  let c = 1;
  let s = 0;
  for (let k = 0; k < STEPS; k++) {
    // Each radius averaged with its neighbours: a wobbly coast, not spikes.
    const r =
      ((radii[(k + STEPS - 1) % STEPS] ?? 1) + 2 * (radii[k] ?? 1) + (radii[(k + 1) % STEPS] ?? 1)) / 4;
    out.push([lon + rx * r * c, lat + ry * r * s]);
    const nc = c * COS - s * SIN;
    s = c * SIN + s * COS;
    c = nc;
  }
  return out;
}

function signedArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as Position;
    const q = ring[(i + 1) % ring.length] as Position;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

function centroid(ring: readonly Position[]): Position {
  const a = signedArea(ring);
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as Position;
    const q = ring[(i + 1) % ring.length] as Position;
    const f = p[0] * q[1] - q[0] * p[1];
    x += (p[0] + q[0]) * f;
    y += (p[1] + q[1]) * f;
  }
  return a === 0 ? (ring[0] ?? [0, 0]) : [x / (6 * a), y / (6 * a)];
}

function inside(ring: readonly Position[], [x, y]: Position): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** Sutherland–Hodgman: `subject` (any simple ring) clipped to the convex counter-clockwise `clip`. */
function clipToConvex(subject: readonly Position[], clip: readonly Position[]): Position[] {
  let out: Position[] = [...subject];
  for (let i = 0; i < clip.length && out.length > 0; i++) {
    const a = clip[i] as Position;
    const b = clip[(i + 1) % clip.length] as Position;
    const side = (p: Position) => (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
    const input = out;
    out = [];
    for (let k = 0; k < input.length; k++) {
      const p = input[k] as Position;
      const q = input[(k + 1) % input.length] as Position;
      const sp = side(p);
      const sq = side(q);
      if (sp >= 0) out.push(p);
      if (sp >= 0 !== sq >= 0) {
        const t = sp / (sp - sq);
        out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
      }
    }
  }
  return out;
}

function bounds(ring: readonly Position[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

/** `parent` split into `n` cells (counter-clockwise rings, open), one per child in order. */
function split(rng: Rng, parent: readonly Position[], n: number): Position[][] {
  if (n === 1) return [[...parent]];
  const [x0, y0, x1, y1] = bounds(parent);
  const seeds: Position[] = [];
  for (let tries = 0; seeds.length < n && tries < n * 200; tries++) {
    const p: Position = [x0 + (x1 - x0) * rng.next(), y0 + (y1 - y0) * rng.next()];
    if (inside(parent, p)) seeds.push(p);
  }
  while (seeds.length < n) seeds.push(centroid(parent));
  const pad = Math.max(x1 - x0, y1 - y0);
  let cells: Position[][] = [];
  for (let round = 0; round < 3; round++) {
    const voronoi = Delaunay.from(seeds).voronoi([x0 - pad, y0 - pad, x1 + pad, y1 + pad]);
    cells = seeds.map((_, i) => {
      const polygon = (voronoi.cellPolygon(i) ?? []).slice(0, -1).map(([x, y]): Position => [x, y]);
      const cell = signedArea(polygon) < 0 ? polygon.reverse() : polygon;
      return cell.length < 3 ? [] : clipToConvex(parent, cell);
    });
    // Lloyd relaxation: move each centre to its cell's centroid (the last round only clips).
    if (round < 2) cells.forEach((cell, i) => cell.length >= 3 && (seeds[i] = centroid(cell)));
  }
  return cells;
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** Rounded to ~1 m, consecutive repeats dropped, closed; null when nothing of it is left. */
function closedRing(points: readonly Position[]): Ring | null {
  const out: Ring = [];
  for (const [x, y] of points) {
    const p: Position = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  if (out.length < 3 || signedArea(out) <= 0) return null;
  out.push([...(out[0] as Position)]);
  return out;
}

/** Each area's outer ring (counter-clockwise, closed), by id; areas left without one are absent. */
export function generateGeometry(seed: number, tree: AreaTree): Map<string, Ring> {
  const open = new Map<string, Position[]>();
  const root = tree.areas[0];
  if (!root) return new Map();
  const rootRng = Rng.from(seed, 'geometry', root.id);
  open.set(
    root.id,
    root.level === 'country' ? [...COUNTRY] : provinceOutline(rootRng, 106.3, 11.2, 0.62, 0.5),
  );
  tree.areas.forEach((area, i) => {
    const ring = open.get(area.id);
    const end = tree.subtreeEnd[i] ?? i + 1;
    const children: string[] = [];
    for (let j = i + 1; j < end; j = tree.subtreeEnd[j] ?? j + 1) children.push(tree.areas[j]?.id ?? '');
    if (!ring || children.length === 0) return;
    const cells = split(Rng.from(seed, 'geometry', area.id, 'children'), ring, children.length);
    children.forEach((id, k) => {
      const cell = cells[k];
      if (cell && cell.length >= 3) open.set(id, cell);
    });
  });
  const out = new Map<string, Ring>();
  for (const [id, points] of open) {
    const ring = closedRing(points);
    if (ring) out.set(id, ring);
  }
  return out;
}
