// v1.1 GET /areas/geometry: the areas' boundaries as a GeoJSON FeatureCollection (RFC 7946),
// WGS 84 longitude/latitude, simplified by the API for the screen. Validated like every answer:
// a position out of range or a ring that does not close would draw a shape that is not the area.
import { z } from 'zod';

export const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type Position = z.infer<typeof positionSchema>;

/** A linear ring: at least four positions, the last one the first again. */
export const linearRingSchema = z
  .array(positionSchema)
  .min(4)
  .refine(
    (ring) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
    },
    { message: 'ring not closed: its last position must repeat its first' },
  );

export const polygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(linearRingSchema).min(1),
});
export const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(linearRingSchema).min(1)).min(1),
});
export const areaGeometrySchema = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema]);
export type AreaGeometry = z.infer<typeof areaGeometrySchema>;

export const areaFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string().min(1),
  properties: z.object({ areaId: z.string().min(1) }),
  geometry: areaGeometrySchema,
});
export type AreaFeature = z.infer<typeof areaFeatureSchema>;

/** One feature per area, its id the areaId: a second one would be drawn over the first. */
export const areaGeometryResponseSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(areaFeatureSchema) })
  .superRefine(({ features }, ctx) => {
    const seen = new Set<string>();
    features.forEach((f, i) => {
      if (f.id !== f.properties.areaId)
        ctx.addIssue({
          code: 'custom',
          message: 'id must equal properties.areaId',
          path: ['features', i, 'id'],
        });
      if (seen.has(f.id))
        ctx.addIssue({ code: 'custom', message: `area "${f.id}" twice`, path: ['features', i, 'id'] });
      seen.add(f.id);
    });
  });
export type AreaGeometryResponse = z.infer<typeof areaGeometryResponseSchema>;
