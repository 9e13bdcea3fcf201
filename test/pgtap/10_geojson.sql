-- pgTAP: geometries and GeoJSON for maps, across the antimeridian.
\ir defaults.psql
BEGIN;
SELECT plan(20);

-- Yokohama-ish to Oakland-ish: the geodesic crosses 180 at 48.436442249016594 N (pyproj's Geod on
-- WGS 84, bisection on the distance; computed while writing this test), 4,354.326112 nm long
SELECT is(st_astext(geometry_for_maps('SRID=4326;LINESTRING(140 35, -124 40)')),
          'MULTILINESTRING((140 35,180 48.43644224901659),(-180 48.43644224901659,-124 40))',
          'a route across the antimeridian splits where its geodesic crosses it');
SELECT is(round(st_y(st_pointn(st_geometryn(geometry_for_maps('SRID=4326;LINESTRING(140 35, -124 40)'), 1), 2))::numeric, 12),
          48.436442249017::numeric, '... at the latitude pyproj finds');
SELECT ok(abs(route_length_nm(geometry_for_maps('SRID=4326;LINESTRING(140 35, -124 40)')) - 4354.326112108297) < 1e-9 * 4354,
          '... and the two pieces add up to the route''s length');
SELECT is(geometry_for_maps('SRID=4326;LINESTRING(140 35, 236 40)'), geometry_for_maps('SRID=4326;LINESTRING(140 35, -124 40)'),
          'longitudes in 0..360 give the same pieces');
SELECT is(st_astext(geometry_for_maps('SRID=4326;LINESTRING(-10 50, 10 50)')), 'MULTILINESTRING((-10 50,10 50))',
          'a route that does not cross is unchanged');
SELECT is(st_astext(geometry_for_maps('SRID=4326;POLYGON((170 10, 190 10, 190 20, 170 20, 170 10))')),
          'MULTIPOLYGON(((-170 20,-170 10,-180 10,-180 20,-170 20)),((170 10,170 20,180 20,180 10,170 10)))',
          'a zone stored past 180 splits at the antimeridian in the longitude/latitude plane');
SELECT is(st_astext(geometry_for_maps('SRID=4326;POINT(190 10)')), 'POINT(-170 10)', 'a point past 180 comes back to -170');

-- the 9 transpacific MARNET routes of the fixture
CREATE TEMP TABLE fx_wp (route_name text, origin_code text, destination_code text, seq int, lat float8, lon float8);
\set file :fixture_dir '/marnet_routes.csv'
\set load '\\copy fx_wp FROM ' :'file' ' WITH (FORMAT csv, HEADER true)'
:load
CREATE TEMP TABLE fx AS
SELECT route_name, g, geometry_for_maps(g) AS m
FROM (SELECT route_name, st_setsrid(st_makeline(array_agg(st_makepoint(lon, lat) ORDER BY seq)), 4326) AS g,
             bool_or(abs(lon - prev_lon) > 180) AS crosses
      FROM (SELECT *, lag(lon) OVER (PARTITION BY route_name ORDER BY seq) AS prev_lon FROM fx_wp) w
      GROUP BY route_name HAVING count(*) > 1) r
WHERE crosses;
SELECT is((SELECT count(*)::int FROM fx), 9, 'fixture: 9 routes cross the antimeridian');
SELECT is((SELECT count(*)::int FROM fx WHERE abs(route_length_nm(m) - route_length_nm(g)) > 1e-9 * route_length_nm(g)), 0,
          'each keeps its geodesic length to 1e-9');
SELECT is((SELECT count(*)::int FROM fx WHERE st_xmin(m) < -180 OR st_xmax(m) > 180), 0, 'longitudes stay in [-180, 180]');
SELECT is((SELECT count(*)::int FROM fx, LATERAL st_dump(m) d,
                  LATERAL generate_series(2, st_npoints(d.geom)) i
           WHERE abs(st_x(st_pointn(d.geom, i)) - st_x(st_pointn(d.geom, i - 1))) >= 180), 0,
          'no segment of a piece jumps across the map');
SELECT is((SELECT count(*)::int FROM fx, LATERAL generate_series(1, st_numgeometries(m) - 1) k
           WHERE abs(st_x(st_endpoint(st_geometryn(m, k)))) <> 180
              OR st_x(st_startpoint(st_geometryn(m, k + 1))) <> -st_x(st_endpoint(st_geometryn(m, k)))
              OR st_y(st_startpoint(st_geometryn(m, k + 1))) <> st_y(st_endpoint(st_geometryn(m, k)))), 0,
          'consecutive pieces meet at +-180 on the same latitude');

-- GeoJSON
SELECT is(geojson_feature('SRID=4326;LINESTRING(170 0, -170 0)', '{"name": "x"}'),
          '{"type": "Feature", "geometry": {"type": "MultiLineString", "coordinates": [[[170, 0], [180, 0]], [[-180, 0], [-170, 0]]]}, "properties": {"name": "x"}}'::jsonb,
          'a GeoJSON Feature with its pieces and properties (the equator: the crossing is at 0)');
SELECT is((SELECT jsonb_array_length(geojson_collection(m, jsonb_build_object('route', route_name)) -> 'features') FROM fx), 9,
          'a FeatureCollection of the routes');
SELECT throws_ok($$SELECT geojson_feature('SRID=3857;POINT(1 1)')$$, '22023', NULL, 'a geometry in another SRID is refused');
SELECT throws_ok($$SELECT geojson_feature('SRID=4326;POINT(1 1)', '[1]')$$, '22023', NULL, 'properties must be a JSON object');

SELECT is(geojson_feature('SRID=4326;POINT(1 1)', 'null') -> 'properties', 'null'::jsonb, 'JSON null properties are allowed');
SELECT throws_ok($$SELECT geojson_feature('SRID=4326;POINT(900 0)')$$, '22023', NULL, 'longitudes beyond 540 are refused');
SELECT throws_ok($$SELECT geometry_for_maps('SRID=4326;CIRCULARSTRING(0 0,1 1,2 0)')$$, '22023',
                 'a geometry for maps cannot have arcs (CIRCULARSTRING)', 'arcs are refused by name (not an internal error)');
SELECT is(st_numgeometries(geometry_for_maps('SRID=4326;LINESTRINGM(170 0 1, -170 0 2)')), 2, 'a route with measures is split too');
SELECT * FROM finish();
ROLLBACK;
