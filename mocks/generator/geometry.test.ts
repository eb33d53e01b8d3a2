import { describe, expect, it } from 'vitest';
import { Dataset } from './dataset';
import { generateGeometry, type Ring } from './geometry';

function area(ring: Ring): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] ?? [0, 0];
    const [x1, y1] = ring[i + 1] ?? [0, 0];
    a += x0 * y1 - x1 * y0;
  }
  return a / 2;
}

describe.each(['reformed', 'with-districts', 'no-districts'] as const)(
  'generated boundaries (%s)',
  (shape) => {
    const ds = new Dataset({ shape });
    const rings = generateGeometry(ds.seed, ds.tree);

    it('gives every area a closed counter-clockwise ring', () => {
      expect(rings.size).toBe(ds.areas.length);
      for (const ring of rings.values()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
        expect(area(ring)).toBeGreaterThan(0);
      }
    });

    it('tiles each area with the areas below it (their areas add up to its own)', () => {
      ds.areas.forEach((a) => {
        const children = ds.areas.filter((c) => c.parentId === a.id);
        if (children.length === 0) return;
        const sum = children.reduce((s, c) => s + area(rings.get(c.id) ?? []), 0);
        expect(sum / area(rings.get(a.id) ?? [])).toBeCloseTo(1, 4);
      });
    });

    it('is the same every time, and leaves the rest of the data set alone', () => {
      const again = new Dataset({ shape });
      expect(generateGeometry(again.seed, again.tree)).toEqual(rings);
      expect(again.areas).toEqual(ds.areas);
    });
  },
);
