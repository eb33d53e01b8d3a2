// GET /areas/geometry (v1.1): the generated boundaries (generator/geometry.ts) of the areas at
// `level` inside `areaId`, by default one level below it (the area itself when it has none).
import { areaLevels } from '../../src/api/vocabulary';
import type { AreaLevel } from '../../src/api/schemas';
import type { AreaGeometryResponse } from '../../src/api/geometry-schemas';
import type { Dataset } from '../generator';
import { generateGeometry, type Ring } from '../generator/geometry';
import type { ApiContext } from './context';
import { areaScope, Params } from './params';
import { badRequest } from './problem';

const LEVEL_RANK: Record<AreaLevel, number> = { country: 0, province: 1, district: 2, ward: 3 };

// One geometry per data set: the national tree's ~11,000 cells take a moment to generate.
const cache = new WeakMap<Dataset, Map<string, Ring>>();

export function datasetGeometry(ds: Dataset): Map<string, Ring> {
  let rings = cache.get(ds);
  if (!rings) {
    rings = generateGeometry(ds.seed, ds.tree);
    cache.set(ds, rings);
  }
  return rings;
}

export async function areaGeometry(ctx: ApiContext, url: URL): Promise<AreaGeometryResponse> {
  const { ds } = ctx;
  const params = new Params(url.searchParams);
  const scope = areaScope(ds, params);
  const below = ds.tree.areas[scope.index + 1];
  const fallback = scope.subtreeEnd > scope.index + 1 && below ? below.level : scope.area.level;
  const level = params.oneOf('level', areaLevels) ?? fallback;
  if (LEVEL_RANK[level] < LEVEL_RANK[scope.area.level])
    throw badRequest(
      `Parameter "level" (${level}) is above the level of area "${scope.area.id}" (${scope.area.level})`,
    );
  const rings = datasetGeometry(ds);
  const features: AreaGeometryResponse['features'] = [];
  for (let i = scope.index; i < scope.subtreeEnd; i++) {
    const area = ds.tree.areas[i];
    const ring = area?.level === level ? rings.get(area.id) : undefined;
    if (area && ring)
      features.push({
        type: 'Feature',
        id: area.id,
        properties: { areaId: area.id },
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
  }
  return { type: 'FeatureCollection', features };
}
