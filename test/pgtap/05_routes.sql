-- pgTAP: routes and zones on real public data (../shared/data): liner route
-- plans, NOAA AIS positions off Los Angeles, an independent ECA outline.
BEGIN;
SELECT plan(14);

-- 933 real liner routes as waypoints
\set wp_file :data_dir '/routes/route_references_waypoints.csv'
CREATE TEMP TABLE wp (source_path text, service_group text, vessel_code text, route_name text,
                      origin_code text, destination_code text, seq int, lat float8, lon float8);
COPY wp FROM :'wp_file' WITH (FORMAT csv, HEADER true);
CREATE TEMP TABLE routes AS
SELECT source_path, route_name, st_setsrid(st_makeline(array_agg(st_makepoint(lon, lat) ORDER BY seq)), 4326) AS g,
       bool_or(abs(lon - prev_lon) > 180) AS crosses_180
FROM (SELECT *, lag(lon) OVER (PARTITION BY source_path ORDER BY seq) AS prev_lon FROM wp) w
GROUP BY source_path, route_name
HAVING count(*) > 1;
SELECT is((SELECT count(*)::int FROM routes), 933, '933 real routes');
SELECT ok((SELECT count(*) FROM routes WHERE crosses_180) > 0, 'some cross the antimeridian');

-- geodesic length agrees with PostGIS geography (spheroid) within 1e-6 relative, on every route,
-- also when the route is written with 0..360 longitudes
SELECT is((SELECT count(*)::int FROM routes
           WHERE abs(route_length_nm(g) - st_length(g::geography) / 1852) > 1e-6 * st_length(g::geography) / 1852),
          0, 'route_length_nm agrees with ST_Length(geography) on all 933 routes');
SELECT is((SELECT count(*)::int FROM routes
           WHERE abs(route_length_nm(st_shiftlongitude(g)) - st_length(g::geography) / 1852) > 1e-6 * st_length(g::geography) / 1852),
          0, '... and with the routes written in 0..360 longitudes');

-- LBRL-NBO-LAX (Ningbo - Los Angeles): crosses the antimeridian, waypoints 19-25 lie in the Pacific ECA
CREATE TEMP TABLE nbo AS SELECT g FROM routes WHERE source_path LIKE '%/LBRL-NBO-LAX.csv';
CREATE TEMP TABLE pacific AS SELECT geom FROM portemis.zone WHERE name = 'North American ECA (Pacific coast)' AND valid_from = '2015-01-01';
SELECT ok((SELECT crosses_180 FROM routes WHERE source_path LIKE '%/LBRL-NBO-LAX.csv'), 'LBRL-NBO-LAX crosses the antimeridian');
SELECT is((SELECT array_agg(seq ORDER BY seq) FROM wp, pacific
           WHERE source_path LIKE '%/LBRL-NBO-LAX.csv' AND seq BETWEEN 17 AND 25
             AND st_contains(geom, st_setsrid(st_makepoint(lon, lat), 4326))),
          ARRAY[19, 20, 21, 22, 23, 24, 25], 'waypoints 19-25 (not 17-18) are inside the Pacific ECA');
SELECT ok((SELECT route_share(g, geom) FROM nbo, pacific) > 0 AND (SELECT route_share(g, geom) FROM nbo, pacific) < 0.1,
          'its ECA share lies between 0 and 0.1');
SELECT ok((SELECT tonnes(voyage_emissions(v, g), 'SOx') < tonnes(voyage_emissions(v), 'SOx')
           FROM nbo, (SELECT 'origin=CNNGB, destination=USLAX, departure=2024-03-01T00:00:00Z, arrival=2024-03-15T00:00:00Z, fuels=[HFO 1500 t]'::voyage AS v) s),
          'the SOx of a voyage on it drops against the same voyage with no route');

-- route_share agrees with the plain PostGIS equivalent
-- ST_Length(ST_Intersection(route, zone)::geography) / ST_Length(route::geography)
-- within 1e-6, for every real route touching the North American ECAs; for routes
-- across the antimeridian PostGIS needs both shifted to 0..360 (ST_ShiftLongitude),
-- the planar intersection of the unshifted route goes the long way round.
CREATE TEMP TABLE na AS SELECT name, geom FROM portemis.zone WHERE name LIKE 'North American%' AND valid_from = '2015-01-01';
CREATE TEMP TABLE cmp AS
SELECT r.source_path, na.name, route_share(r.g, na.geom) AS ours,
       CASE WHEN r.crosses_180
            THEN st_length(st_shiftlongitude(st_intersection(st_shiftlongitude(r.g), st_shiftlongitude(na.geom)))::geography)
            ELSE st_length(st_intersection(r.g, na.geom)::geography) END / st_length(r.g::geography) AS postgis
FROM routes r JOIN na ON st_intersects(st_shiftlongitude(r.g), st_shiftlongitude(na.geom)) OR st_intersects(r.g, na.geom);
SELECT ok((SELECT count(*) FROM cmp WHERE ours > 0) >= 50, 'at least 50 real routes enter a North American ECA');
SELECT is((SELECT count(*)::int FROM cmp WHERE abs(ours - postgis) > 1e-6), 0,
          'route_share agrees with PostGIS on every one of them within 1e-6');

-- Real AIS positions off Los Angeles (NOAA MarineCadastre, 2022-01-03; box 32.5-34.5 N,
-- 120.7-117 W): Los Angeles and Long Beach lie inside the North American ECA, so every
-- position north of the Mexican border (32.53 N) is inside; and every position that an
-- independent outline of the ECA (public route-reference repository,
-- eca_polygons_lon180.geojson, whose landward edge is hand-drawn and leaves out most
-- coastal waters) puts inside is inside ours too.
\set ais_file :data_dir '/ais/marinecadastre_ais_2022-01-03_socal.csv'
CREATE TEMP TABLE ais (mmsi text, t timestamp, lat float8, lon float8, sog float8, cog float8, heading float8,
                       name text, imo text, callsign text, vessel_type text, status text, length text, width text,
                       draft text, cargo text, class text);
COPY ais FROM :'ais_file' WITH (FORMAT csv, HEADER true);
\set ecas_file :data_dir '/eca/eca_polygons_lon180.geojson'
CREATE TEMP TABLE outline AS
SELECT st_setsrid(st_geomfromgeojson(f -> 'geometry'), 4326) AS geom
FROM jsonb_array_elements(pg_read_file(:'ecas_file')::jsonb -> 'features') f
WHERE f -> 'properties' ->> 'name' = 'Pacific Coasts';
CREATE TEMP TABLE ais_in AS
SELECT lat, lon, st_contains(p.geom, pt) AS in_ours, st_contains(o.geom, pt) AS in_outline
FROM (SELECT lat, lon, st_setsrid(st_makepoint(lon, lat), 4326) AS pt FROM ais) a, pacific p, outline o;
SELECT is((SELECT count(*)::int FROM ais), 4946, '4946 AIS positions');
SELECT is((SELECT count(*)::int FROM ais_in WHERE lat > 32.6 AND NOT in_ours), 0,
          'every position north of the border is inside the Pacific ECA');
SELECT is((SELECT count(*)::int FROM ais_in WHERE in_outline AND NOT in_ours), 0,
          'every position inside the independent outline is inside ours');
SELECT ok((SELECT count(*) FROM ais_in WHERE in_outline) > 1000, '... and that outline holds over 1000 of them');

SELECT * FROM finish();
ROLLBACK;
