-- 005: each area's boundary (issue 12: GET /areas/geometry), a GeoJSON Polygon or MultiPolygon in
-- WGS 84 longitude/latitude, already simplified for the screen. Null for an area without one (an
-- imported tree has none until boundaries are loaded): the endpoint leaves it out.
ALTER TABLE areas ADD COLUMN geometry jsonb;
