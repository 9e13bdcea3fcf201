-- pgTAP: portemis_routing, sea routes over MARNET with pgRouting.
-- Independent check: test/data/marnet_routes.csv holds 21 routes computed by test/data/extract.py in Python
-- (its own graph of the network's segments, haversine weights, the Arctic northwest passage left out), with
-- the World Port Index positions of the ports first and last.
\ir defaults.psql
BEGIN;
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS portemis_routing CASCADE;
RESET client_min_messages;
SELECT plan(25);

CREATE TEMP TABLE py_wp (route_name text, origin_code text, destination_code text, seq int, lat float8, lon float8);
\set file :fixture_dir '/marnet_routes.csv'
\set load '\\copy py_wp FROM ' :'file' ' WITH (FORMAT csv, HEADER true)'
:load
CREATE TEMP TABLE py AS
SELECT route_name, st_setsrid(st_makeline(array_agg(st_makepoint(lon, lat) ORDER BY seq)), 4326) AS line
FROM py_wp GROUP BY route_name;
CREATE TEMP TABLE ours AS
SELECT py.route_name, route_length_nm(py.line) AS py_nm, r.length_nm AS nm, r.route
FROM (SELECT array_agg(route_name ORDER BY route_name) AS names,
             array_agg(st_startpoint(line) ORDER BY route_name) AS a, array_agg(st_endpoint(line) ORDER BY route_name) AS b
      FROM py) s,
     sea_routes_points(s.a, s.b) r, py
WHERE py.route_name = s.names[r.k];

SELECT is((SELECT count(*)::int FROM ours WHERE nm IS NOT NULL), 21, 'a route for each of the 21 port pairs');
SELECT is((SELECT count(*)::int FROM ours WHERE abs(nm / py_nm - 1) > 0.01), 0,
          'each within 1 % of the independent Python shortest path''s length');
SELECT ok((SELECT abs(sum(nm) / sum(py_nm) - 1) < 0.002 FROM ours), '... and within 0.2 % in total');
SELECT is((SELECT count(*)::int FROM ours o JOIN py USING (route_name)
           WHERE NOT (st_equals(st_startpoint(o.route), st_startpoint(py.line)) AND st_equals(st_endpoint(o.route), st_endpoint(py.line)))),
          0, 'every route starts and ends at the ports'' positions');

-- the Pacific: Los Angeles to Tokyo crosses the antimeridian; lengths take the short way
SELECT ok((SELECT sea_route_nm('USLAX', 'JPTYO') BETWEEN 4800 AND 5100), 'Los Angeles - Tokyo: about 4,900 nm');
SELECT is((SELECT st_geometrytype(geometry_for_maps(sea_route('USLAX', 'JPTYO')))), 'ST_MultiLineString',
          '... across the antimeridian: geometry_for_maps splits it for maps');
SELECT ok((SELECT abs(route_length_nm(geometry_for_maps(r)) - route_length_nm(r)) < 1e-6 * route_length_nm(r)
           FROM (SELECT sea_route('USLAX', 'JPTYO') AS r) s), '... into pieces of the same length');

-- passages: Rotterdam to Shanghai through Suez, or round the Cape without it
SELECT ok((SELECT sea_route_nm('NLRTM', 'CNSHA') BETWEEN 10000 AND 11000), 'Rotterdam - Shanghai through Suez: about 10,500 nm');
SELECT ok((SELECT sea_route_nm('NLRTM', 'CNSHA', '{northwest,suez}') - sea_route_nm('NLRTM', 'CNSHA') > 2500),
          '... avoiding Suez, round the Cape: some 3,000 nm longer');
SELECT is((SELECT count(*)::int FROM portemis.sea_edge e
           WHERE e.passage = 'suez' AND st_intersects(e.geom, sea_route('NLRTM', 'CNSHA', '{northwest,suez}'))), 0,
          '... and using no Suez edge');
SELECT ok((SELECT sea_route_nm('USNYC', 'USLAX', '{northwest,panama}') > 2 * sea_route_nm('USNYC', 'USLAX')),
          'New York - Los Angeles without Panama: more than twice as long');

-- many at once equals one at a time
SELECT is((SELECT count(*)::int FROM sea_routes('{USLAX,USLAX,NLRTM,USLGB}', '{CNSHA,SGSIN,CNSHA,JPYOK}') r
           WHERE r.route IS DISTINCT FROM sea_route(r.origin, r.destination)), 0,
          'sea_routes gives the routes sea_route gives');
SELECT is((SELECT (length_nm, st_npoints(route)) FROM sea_routes('{USLAX}', '{USLAX}')), (0::float8, 2),
          'a route from a port to itself has no length');

-- NULL and longitudes past 180
SELECT is(sea_route(NULL, 'USLAX'), NULL, 'a NULL port: no route (NULL), not an error');
SELECT is((SELECT array_agg(length_nm IS NULL ORDER BY k) FROM sea_routes('{USLAX,NULL}', '{CNSHA,SGSIN}')), ARRAY[false, true],
          'sea_routes keeps a row for a pair with a NULL end, without a route');
SELECT ok(abs(route_length_nm(sea_route_points('SRID=4326;POINT(300 10)', 'SRID=4326;POINT(-50 10)'))
              - route_length_nm(sea_route_points('SRID=4326;POINT(-60 10)', 'SRID=4326;POINT(-50 10)'))) < 1e-9,
          'a longitude of 300 is the same position as -60');

-- bad input
SELECT throws_ok($$SELECT sea_route('USLAX', 'CNSHA', '{atlantis}')$$, '22023', 'unknown passage: atlantis',
                 'an unknown passage is named');
SELECT throws_ok($$SELECT sea_route('USLAX', 'XXZZZ')$$, '22023', 'sea_route: unknown destination port XXZZZ',
                 'an unknown port is named');
SELECT throws_ok($$SELECT sea_route_points('SRID=4326;POINT(0 0)', 'SRID=4326;LINESTRING(0 0, 1 1)')$$, '22023',
                 'sea_route: the destination is a LINESTRING, not a point', 'a position must be a point');
SELECT throws_ok($$SELECT sea_route_points('SRID=3857;POINT(0 0)', 'SRID=4326;POINT(1 1)')$$, '22023',
                 'sea_route: the origin is in SRID 3857, not 4326 (set it with ST_SetSRID(geom, 4326))',
                 '... in longitude/latitude');
SELECT throws_ok($$SELECT sea_route_points('SRID=4326;POINT(0 0)', 'POINT(1 1)')$$, '22023',
                 'sea_route: the destination is in SRID 0, not 4326 (set it with ST_SetSRID(geom, 4326))',
                 '... stated: SRID 0 is refused, as route_length_nm and route_share refuse it');
SELECT throws_ok($$SELECT sea_route_points('SRID=4326;POINT EMPTY', 'SRID=4326;POINT(1 1)')$$, '22023',
                 'sea_route: the origin is an empty point', '... and not empty (it gave NULL)');
SELECT throws_ok($$SELECT * FROM sea_routes('{USLAX,CNSHA}', '{JPTYO}')$$, '2202E',
                 'sea_routes: the arrays differ in length (origins 2, destinations 1)', 'sea_routes pairs the arrays: lengths must agree (it padded with NULL)');
-- snapping across the antimeridian: a position at -179.95 (or at 180) is 3 nm from the node at 180 -20 (the
-- network keeps it as +-180), not 258 nm from the nearest node on its own side (-175.5 -21)
SELECT is((SELECT abs(st_x(st_pointn(r, 2))) || ' ' || st_y(st_pointn(r, 2))
           FROM sea_route_points('SRID=4326;POINT(-179.95 -20)', 'SRID=4326;POINT(-175.2 -21.133333)') r),
          '180 -20', 'a position just east of the antimeridian snaps to the node at 180 across it');
SELECT is((SELECT abs(st_x(st_pointn(r, 2))) || ' ' || st_y(st_pointn(r, 2))
           FROM sea_route_points('SRID=4326;POINT(180 -20.01)', 'SRID=4326;POINT(-175.2 -21.133333)') r),
          '180 -20', '... and so does one at 180');

SELECT * FROM finish();
ROLLBACK;
