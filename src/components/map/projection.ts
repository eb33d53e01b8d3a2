// Screen geometry for the map: features projected with d3-geo, the projection fitted to whatever
// they cover (a ward, a province, the country), and labels that do not collide.
import { geoMercator, geoPath, type GeoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { AreaFeature, AreaGeometry, Position } from '../../api/geometry-schemas';

function planarArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as Position;
    const q = ring[i + 1] as Position;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

/**
 * d3-geo reads rings on the sphere: an outer ring must run clockwise, or it is taken for the whole
 * globe but the area. GeoJSON (RFC 7946) asks for the opposite and not every server follows it, so
 * every outer ring is made clockwise and every hole counter-clockwise, whatever came in.
 */
function rewind(rings: readonly (readonly Position[])[]): Position[][] {
  return rings.map((ring, i) => {
    const clockwise = planarArea(ring) < 0;
    const wanted = i === 0;
    return clockwise === wanted ? [...ring] : [...ring].reverse();
  });
}

export function d3Geometry(geometry: AreaGeometry): GeoPermissibleObjects {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rewind(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewind) };
}

export type ProjectedArea = { id: string; d: string; area: number; centroid: [number, number] };
export type ProjectedMap = {
  width: number;
  height: number;
  areas: ProjectedArea[];
  outline: string | null;
  path: GeoPath;
};

const PAD = 8;

/** The features in a box `width` wide, as tall as their shape needs (at most `maxHeight`). */
export function projectMap(
  features: readonly AreaFeature[],
  outline: AreaFeature | undefined,
  width: number,
  maxHeight: number,
): ProjectedMap {
  const shapes = features.map((f) => d3Geometry(f.geometry));
  const all = { type: 'GeometryCollection', geometries: shapes } as GeoPermissibleObjects;
  const projection = geoMercator().fitWidth(width - 2 * PAD, all);
  let [[, y0], [, y1]] = geoPath(projection).bounds(all);
  if (y1 - y0 > maxHeight - 2 * PAD) {
    projection.fitHeight(maxHeight - 2 * PAD, all);
    [[, y0], [, y1]] = geoPath(projection).bounds(all);
  }
  const [[x0b], [x1b]] = geoPath(projection).bounds(all);
  const [tx, ty] = projection.translate();
  projection.translate([tx + (width - (x1b - x0b)) / 2 - x0b, ty + PAD - y0]);
  const path = geoPath(projection);
  const height = Math.ceil(y1 - y0 + 2 * PAD);
  const areas = features.map((f, i) => {
    const shape = shapes[i] as GeoPermissibleObjects;
    const c = path.centroid(shape);
    return {
      id: f.id,
      d: path(shape) ?? '',
      area: path.area(shape),
      centroid: [c[0], c[1]] as [number, number],
    };
  });
  return { width, height, areas, outline: outline ? path(d3Geometry(outline.geometry)) : null, path };
}

export type MapLabel = { id: string; x: number; y: number; text: string };

/**
 * Names of the largest areas, biggest first, each kept only if it fits inside its area (roughly)
 * and overlaps no label already placed. `textWidth` estimates a label's width in px.
 */
export function placeLabels(
  areas: readonly ProjectedArea[],
  name: (id: string) => string,
  textWidth: (text: string) => number,
  max = 16,
  lineHeight = 13,
): MapLabel[] {
  const placed: Array<{ x0: number; x1: number; y0: number; y1: number }> = [];
  const out: MapLabel[] = [];
  for (const a of [...areas].sort((p, q) => q.area - p.area || (p.id < q.id ? -1 : 1))) {
    if (out.length >= max) break;
    const text = name(a.id);
    const w = textWidth(text);
    if (w * lineHeight * 2.5 > a.area || !Number.isFinite(a.centroid[0])) continue;
    const [x, y] = a.centroid;
    const box = { x0: x - w / 2 - 2, x1: x + w / 2 + 2, y0: y - lineHeight / 2, y1: y + lineHeight / 2 };
    if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
    placed.push(box);
    out.push({ id: a.id, x, y, text });
  }
  return out;
}
