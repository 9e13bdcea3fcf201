-- Routes, zones and ports (MARPOL Annex VI reg. 14 and Appendix VII; NGA Pub. 150)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS portemis CASCADE;
RESET client_min_messages;

-- the geodesic from 30N 140W to 30N 100W on WGS 84: 2,072.97 nm (issue check)
SELECT round(route_length_nm(st_geomfromtext('LINESTRING(-140 30, -100 30)', 4326))::numeric, 2) AS nm;
-- one degree of the equator: 60.1077 nm (a = 6378137 m: 111,319.49 m / 1852)
SELECT round(route_length_nm(st_geomfromtext('LINESTRING(0 0, 1 0)', 4326))::numeric, 4) AS equator_degree_nm;
-- the same segment written across the antimeridian, with 0..360 longitudes, and as a MultiLineString
SELECT round(route_length_nm(st_geomfromtext('LINESTRING(179.5 0, -179.5 0)', 4326))::numeric, 4) AS across_180,
       round(route_length_nm(st_geomfromtext('LINESTRING(179.5 0, 180.5 0)', 4326))::numeric, 4) AS lon_0_360,
       round(route_length_nm(st_geomfromtext('MULTILINESTRING((0 0, 0.5 0), (10 0, 10.5 0))', 4326))::numeric, 4) AS multi;
-- agreement with PostGIS's spheroidal geography length
SELECT abs(route_length_nm(g) / (st_length(g::geography) / 1852) - 1) < 1e-9 AS agrees
FROM (SELECT st_geomfromtext('LINESTRING(121.8 29.9, 130 30.5, 138.75 34, 140.58 34.7, -124.65 33.75, -118.27 33.75)', 4326) AS g) s;
-- empty routes have length 0 and no share; NULL in, NULL out
SELECT route_length_nm(st_geomfromtext('LINESTRING EMPTY', 4326)) AS empty_length,
       route_share(st_geomfromtext('LINESTRING EMPTY', 4326), st_geomfromtext('POLYGON((0 0, 1 0, 1 1, 0 0))', 4326)) IS NULL AS empty_share_null,
       route_length_nm(NULL) IS NULL AS null_length;

-- shares: fully inside 1, fully outside 0, half in half out 0.5
CREATE TEMP TABLE box AS SELECT st_geomfromtext('POLYGON((1 -1, 3 -1, 3 1, 1 1, 1 -1))', 4326) AS z;
SELECT route_share(st_geomfromtext('LINESTRING(1.5 0, 2 0.5)', 4326), z) AS inside,
       route_share(st_geomfromtext('LINESTRING(5 0, 6 0)', 4326), z) AS outside,
       route_share(st_geomfromtext('LINESTRING(0 0, 2 0)', 4326), z) AS half,
       route_share(st_geomfromtext('LINESTRING(0 0, 1.5 0, 1.5 0.0001, 4 0.0001)', 4326), z) BETWEEN 0.5 AND 0.51 AS in_out_in
FROM box;
SELECT round(inside_nm::numeric, 4) AS inside_nm, round(outside_nm::numeric, 4) AS outside_nm
FROM box, route_split_nm(st_geomfromtext('LINESTRING(0 0, 2 0)', 4326), z);
-- a zone with a hole, a MultiPolygon, and a zone straddling the antimeridian written both ways
SELECT route_share(st_geomfromtext('LINESTRING(0 0, 4 0)', 4326),
                   st_geomfromtext('POLYGON((0 -1, 4 -1, 4 1, 0 1, 0 -1), (1 -0.5, 2 -0.5, 2 0.5, 1 0.5, 1 -0.5))', 4326)) AS with_hole,
       route_share(st_geomfromtext('LINESTRING(0 0, 4 0)', 4326),
                   st_geomfromtext('MULTIPOLYGON(((0 -1, 1 -1, 1 1, 0 1, 0 -1)), ((3 -1, 4 -1, 4 1, 3 1, 3 -1)))', 4326)) AS multi,
       route_share(st_geomfromtext('LINESTRING(178 0, -178 0)', 4326),
                   st_geomfromtext('POLYGON((179 -1, 181 -1, 181 1, 179 1, 179 -1))', 4326)) AS zone_0_360,
       route_share(st_geomfromtext('LINESTRING(178 0, -178 0)', 4326),
                   st_geomfromtext('MULTIPOLYGON(((179 -1, 180 -1, 180 1, 179 1, 179 -1)), ((-180 -1, -179 -1, -179 1, -180 1, -180 -1)))', 4326)) AS zone_split;

-- bad geometry: clear errors
\set VERBOSITY default
SELECT route_length_nm(st_geomfromtext('POINT(0 0)', 4326));
SELECT route_length_nm(st_geomfromtext('POLYGON((0 0, 1 0, 1 1, 0 0))', 4326));
SELECT route_length_nm(st_geomfromtext('LINESTRING(0 0, 1 1)', 3857));
SELECT route_length_nm(st_geomfromtext('LINESTRING(0 0, 1 1)'));
SELECT route_length_nm(st_geomfromtext('LINESTRING(0 0, 1 91)', 4326));
SELECT route_length_nm(st_geomfromtext('LINESTRING(0 0, 600 1)', 4326));
SELECT route_length_nm(st_setsrid(st_makeline(st_makepoint(0, 0), st_makepoint('NaN', 1)), 4326));
SELECT route_share(st_geomfromtext('LINESTRING(0 0, 1 1)', 4326), st_geomfromtext('LINESTRING(0 0, 1 1)', 4326));
SELECT route_share(st_geomfromtext('GEOMETRYCOLLECTION(LINESTRING(0 0, 1 1))', 4326), (SELECT z FROM box));
\set VERBOSITY default

-- the shipped zones: ECAs with their dated sulphur limits (MARPOL Annex VI reg. 14)
SELECT name, valid_from, valid_to, sulphur_pct, nox_tier3_from, st_isvalid(geom) AS valid FROM portemis.zone ORDER BY name, valid_from;
-- at-sea positions (Los Angeles/Long Beach anchorage, the open Pacific, the Channel, Gotland, Crete, Tokyo Bay)
SELECT place, (SELECT string_agg(DISTINCT name, ', ') FROM portemis.zone WHERE st_contains(geom, st_setsrid(st_makepoint(lon, lat), 4326))) AS zones
FROM (VALUES ('San Pedro Bay anchorage', -118.20, 33.70), ('mid-Pacific', -150.0, 35.0), ('Dover Strait', 1.5, 51.0),
             ('off Gotland', 19.5, 57.0), ('south of Crete', 25.0, 34.5), ('Tokyo Bay', 139.8, 35.5),
             ('off Honolulu', -157.9, 21.2), ('off San Juan', -66.1, 18.6)) p(place, lon, lat)
ORDER BY place;

-- the port gazetteer (World Port Index) with the UN/LOCODE aliases
SELECT count(*) AS ports, count(locode) AS with_locode FROM portemis.port;
SELECT code, st_astext(port_geom(code)) FROM unnest(ARRAY['USLAX', 'USLGB', 'CNSHA', 'CNSGH', 'SGSIN', 'JPTYO', 'JPYOK']::locode[]) code;
SELECT port_geom('ZZZZZ') IS NULL AS unknown_is_null;
-- a row of yours for a port overrides the shipped one (here: a terminal's own position for Los Angeles)
BEGIN;
INSERT INTO portemis.port (locode, name, country, geom) VALUES ('USLAX', 'Our terminal', 'US', 'SRID=4326;POINT(-118.25 33.74)');
SELECT st_astext(port_geom('USLAX')) AS users_row_first;
ROLLBACK;
-- a 20 nm port area: a geodesic circle (its area against pi r^2 on the ellipsoid, within 0.5 %)
SELECT round((st_area(port_area('USLAX', 20)::geography) / (pi() * (20 * 1852) ^ 2))::numeric, 3) AS area_ratio,
       st_contains(port_area('USLAX', 20), port_geom('USLGB')) AS includes_long_beach;
SELECT port_area('ZZZZZ', 20);
SELECT port_area('USLAX', 0);
-- across the antimeridian (Savusavu, Fiji, 179.33 E): a valid circle in (0, 360), not a band round the globe;
-- the sea route to Suva inside it as PostGIS measures it in the same frame (which notes it wraps longitudes)
SET client_min_messages = warning;
SELECT st_isvalid(a) AS valid, round(st_xmin(a)::numeric, 2) AS xmin, round(st_xmax(a)::numeric, 2) AS xmax,
       round(route_share(r, a)::numeric, 6) AS share,
       round((st_length(st_intersection(st_shiftlongitude(r), a)::geography) / st_length(st_shiftlongitude(r)::geography))::numeric, 6) AS postgis
FROM (SELECT port_area('FJSVU', 100) AS a,
             'SRID=4326;LINESTRING(179.333333 -16.766667, 179.9 -17.5, -179.6 -18.2, 179 -18.9, 178.416667 -18.133333)'::geometry AS r) x;
RESET client_min_messages;
-- round a pole there is no polygon: an error (Barentsburg, 78 N: the pole is 720 nm off)
SELECT port_area('SJBAR', 800);

-- ECA-aware emissions along a route: a 2024 voyage, 1,500 t HFO with no stated
-- sulphur and 40 t MGO at 0.08 %, on a synthetic route along 33.6 N from 126 W to
-- the coast at 118.3 W.  The ECA's seaward limit (Appendix VII points 12-13:
-- 32.944 N 124.196 W, 33.67 N 124.454 W) crosses 33.6 N at 124.429 W, so about
-- (124.429 - 118.3) / 7.7 = 0.796 of the route lies inside.
CREATE TEMP TABLE leg AS
SELECT 'origin=CNSHA, destination=USLAX, departure=2024-03-01T00:00:00Z, arrival=2024-03-15T00:00:00Z, fuels=[HFO 1500 t, MGO 40 t S=0.08%]'::voyage AS v,
       st_geomfromtext('LINESTRING(-126 33.6, -118.3 33.6)', 4326) AS route;
SELECT round(route_share(route, (SELECT geom FROM portemis.zone WHERE name = 'North American ECA (Pacific coast)' AND valid_from = '2015-01-01'))::numeric, 6) AS eca_share FROM leg;
-- SOx with the route: 1500 x 2 x 0.97753 x (s x 0.10 + (1 - s) x 0.50) / 100 + 40 x 2 x 0.97753 x 0.08 / 100
SELECT round(tonnes(voyage_emissions(v), 'SOx')::numeric, 6) AS sox_no_route,
       round(tonnes(voyage_emissions(v, route), 'SOx')::numeric, 6) AS sox_on_route,
       round((1500 * 2 * 0.97753 * (s * 0.10 + (1 - s) * 0.50) / 100 + 40 * 2 * 0.97753 * 0.08 / 100)::numeric, 6) AS by_hand,
       voyage_emissions(v, route) - voyage_emissions(v) = emissions(co2_t => 0, ch4_t => 0, n2o_t => 0, sox_t => tonnes(voyage_emissions(v, route) - voyage_emissions(v), 'SOx')) AS only_sox_changes
FROM leg, LATERAL (SELECT route_share(route, geom) AS s FROM portemis.zone WHERE name = 'North American ECA (Pacific coast)' AND valid_from = '2015-01-01') z;
-- in 2014 the ECA limit was 1.00 % and the global limit 3.50 %
SELECT round(tonnes(voyage_emissions(voyage(NULL, 'CNSHA', 'USLAX', '2014-03-01', '2014-03-15', fuels => '{"HFO": 1500}'), route), 'SOx')::numeric, 6) AS sox_2014,
       round((1500 * 2 * 0.97753 * (s * 1.00 + (1 - s) * 3.50) / 100)::numeric, 6) AS by_hand
FROM leg, LATERAL (SELECT route_share(route, geom) AS s FROM portemis.zone WHERE name = 'North American ECA (Pacific coast)' AND valid_from = '2012-08-01') z;
-- the part emitted inside the ECA, and inside a 20 nm port area
SELECT round(tonnes(voyage_emissions_in(v, route, z.geom), 'CO2')::numeric, 6) AS co2_in_eca,
       round((tonnes(voyage_emissions(v), 'CO2') * route_share(route, z.geom))::numeric, 6) AS by_hand,
       round(tonnes(voyage_emissions_in(v, route, z.geom), 'SOx')::numeric, 6) AS sox_in_eca,
       round(((1500 * 0.10 + 40 * 0.08) * 2 * 0.97753 / 100 * route_share(route, z.geom))::numeric, 6) AS sox_by_hand
FROM leg, portemis.zone z WHERE z.name = 'North American ECA (Pacific coast)' AND z.valid_from = '2015-01-01';
SELECT round(tonnes(voyage_emissions_in(v, route, port_area('USLAX', 20)), 'CO2')::numeric, 6) > 0 AS some_in_port_area FROM leg;
-- overlapping ECAs count once, at the strictest limit: a user's national ECA inside the Pacific one (0.10 %)
-- changes nothing; one at 0.50 % over the whole route changes nothing either (the stricter 0.10 % applies
-- inside the Pacific ECA, and 0.50 % is the global limit outside); one at 0.05 % east of 120 W (inside the
-- Pacific ECA) lowers SOx by 1500 x 2 x 0.97753 x (the route's share inside it) x (0.10 - 0.05) / 100.
-- (That route has a vertex at 120 W: route_share measures the pieces between split points geodesically,
-- so a split inside a segment of 7.7 degrees would lengthen it by about 1e-4.)
SELECT round(tonnes(voyage_emissions(v, route), 'SOx')::numeric, 6) AS sox_before FROM leg;
BEGIN;
INSERT INTO portemis.zone (name, kind, valid_from, sulphur_pct, geom, source)
SELECT 'My copy of the Pacific ECA', 'eca', valid_from, sulphur_pct, geom, 'test' FROM portemis.zone
WHERE name = 'North American ECA (Pacific coast)' AND valid_to IS NULL;
INSERT INTO portemis.zone (name, kind, valid_from, sulphur_pct, geom, source)
VALUES ('A wide 0.50 % zone', 'eca', '2020-01-01', 0.50, 'SRID=4326;POLYGON((-130 30, -110 30, -110 40, -130 40, -130 30))', 'test');
SELECT round(tonnes(voyage_emissions(v, route), 'SOx')::numeric, 6) AS sox_with_overlapping_ecas,
       round(tonnes(voyage_emissions_in(v, route, z.geom), 'SOx')::numeric, 6) AS sox_in_eca
FROM leg, portemis.zone z WHERE z.name = 'North American ECA (Pacific coast)' AND z.valid_from = '2015-01-01';
INSERT INTO portemis.zone (name, kind, valid_from, sulphur_pct, geom, source)
VALUES ('A strict zone', 'eca', '2020-01-01', 0.05, 'SRID=4326;POLYGON((-120 33, -110 33, -110 34, -120 34, -120 33))', 'test');
SELECT round(tonnes(voyage_emissions(v, r), 'SOx')::numeric, 9) AS sox_with_strict_zone,
       round((tonnes(voyage_emissions(v, r), 'SOx') + 1500 * 2 * 0.97753 * route_share(r, 'SRID=4326;POLYGON((-120 33, -110 33, -110 34, -120 34, -120 33))')
              * (0.10 - 0.05) / 100)::numeric, 9) AS plus_by_hand
FROM leg, (SELECT 'SRID=4326;LINESTRING(-126 33.6, -120 33.6, -118.3 33.6)'::geometry AS r) r;
ROLLBACK;
SELECT round(tonnes(voyage_emissions(v, 'SRID=4326;LINESTRING(-126 33.6, -120 33.6, -118.3 33.6)'::geometry), 'SOx')::numeric, 9) AS sox_before_strict_zone
FROM leg;
-- a zone's dates are UTC days in every TimeZone: 100 t HFO wholly inside the Pacific ECA is under its
-- 0.10 % from 2015-01-01T00:00Z and under 1.00 % before (the same SOx as the fuel stated at that sulphur)
CREATE TEMP TABLE eca_day (departure text, stated text);
INSERT INTO eca_day VALUES ('2015-01-01T03:00:00Z', 'S=0.1%'), ('2014-12-31T20:00:00Z', 'S=1%');
CREATE TEMP VIEW eca_day_sox AS
SELECT departure, tonnes(voyage_emissions(format('origin=USLAX, destination=USSFO, departure=%s, arrival=2015-01-02T03:00:00Z, fuels=[HFO 100 t]', departure)::voyage,
                                          'SRID=4326;LINESTRING(-118.5 33.5, -122.7 37.6)'::geometry), 'SOx') AS on_route,
       tonnes(voyage_emissions(format('origin=USLAX, destination=USSFO, departure=%s, arrival=2015-01-02T03:00:00Z, fuels=[HFO 100 t %s]', departure, stated)::voyage), 'SOx') AS stated
FROM eca_day;
SET TimeZone = 'America/Los_Angeles';
SELECT departure, round(on_route::numeric, 6) AS sox_t, on_route = stated AS as_stated FROM eca_day_sox ORDER BY 1;
SET TimeZone = 'Asia/Tokyo';
SELECT departure, round(on_route::numeric, 6) AS sox_t, on_route = stated AS as_stated FROM eca_day_sox ORDER BY 1;
RESET TimeZone;
-- a voyage that does not report its fuel: unknown along a route too (not 0)
SELECT voyage_emissions('origin=CNSHA, destination=USLAX, departure=2024-03-01T00:00:00Z, arrival=2024-03-15T00:00:00Z'::voyage, route) AS no_fuel_on_route,
       voyage_emissions_in('origin=CNSHA, destination=USLAX, departure=2024-03-01T00:00:00Z, arrival=2024-03-15T00:00:00Z'::voyage, route, port_area('USLAX', 20)) AS no_fuel_in_zone
FROM leg;
-- a route without length cannot apportion: an error, not a NULL a sum would skip
SELECT voyage_emissions(v, 'SRID=4326;LINESTRING EMPTY'::geometry) FROM leg;
SELECT voyage_emissions(v, 'SRID=4326;LINESTRING(-120 33, -120 33)'::geometry) FROM leg;
SELECT voyage_emissions_in(v, 'SRID=4326;LINESTRING EMPTY'::geometry, port_area('USLAX', 20)) FROM leg;
-- a zone sharing a border with an ECA (the North Sea and Baltic ECAs meet along 57.44 N / the Skagerrak):
-- the intersection's lines are left out, not an error
SELECT round(tonnes(voyage_emissions_in('origin=NLRTM, destination=DEHAM, departure=2024-03-01T08:00:00Z, arrival=2024-03-02T20:00:00Z, fuels=[HFO 10 t]'::voyage,
                                        'SRID=4326;LINESTRING(4 52, 8 54)'::geometry,
                                        (SELECT geom FROM portemis.zone WHERE name = 'North Sea ECA' AND valid_to IS NULL)), 'SOx')::numeric, 6) AS sox_north_sea,
       round((10 * 2 * 0.97753 * 0.10 / 100)::numeric, 6) AS by_hand;

-- user zones: a port area of one's own
INSERT INTO portemis.zone (name, kind, geom, source) VALUES ('Port of Los Angeles 20 nm', 'port_area', port_area('USLAX', 20), 'our inventory boundary');
SELECT name, kind, shipped FROM portemis.zone WHERE NOT shipped;
-- a zone the C code could not read is refused as it is written (here lon and lat swapped), not when every
-- user's ais_activity reads it
INSERT INTO portemis.zone (name, kind, geom, source)
VALUES ('swapped', 'custom', st_geomfromtext('POLYGON((33 -118, 34 -118, 34 -117, 33 -117, 33 -118))', 4326), 'x');
-- ... and a NaN, which a geometry's bounding box leaves out
INSERT INTO portemis.zone (name, kind, geom, source)
SELECT 'nan', 'custom', st_setsrid(st_makepolygon(st_makeline(ARRAY[st_makepoint(0, 0), st_makepoint('NaN', 0), st_makepoint(1, 1), st_makepoint(0, 0)])), 4326), 'x';
INSERT INTO portemis.zone (name, kind, geom, source)
VALUES ('across the antimeridian in 0..360', 'custom', 'SRID=4326;POLYGON((179 10, 181 10, 181 11, 179 11, 179 10))', 'x');
-- ... and an ECA with Z coordinates, or a self-intersecting one, which would stop every user's
-- voyage_emissions(voyage, route) (eca_shares unions them)
INSERT INTO portemis.zone (name, kind, sulphur_pct, geom, source)
VALUES ('with heights', 'eca', 0.1, 'SRID=4326;POLYGON Z((-119 33 0, -118 33 0, -118 34 0, -119 33 0))', 'x');
INSERT INTO portemis.zone (name, kind, sulphur_pct, geom, source)
VALUES ('bowtie', 'eca', 0.1, 'SRID=4326;POLYGON((-120 33, -118 34, -118 33, -120 34, -120 33))', 'x');
INSERT INTO portemis.zone (name, kind, sulphur_pct, geom, source)
SELECT 'bowtie made valid', 'eca', 0.1, st_makevalid('SRID=4326;POLYGON((-120 33, -118 34, -118 33, -120 34, -120 33))'::geometry), 'x';
SELECT name, st_geometrytype(geom) FROM portemis.zone WHERE NOT shipped ORDER BY name;
DELETE FROM portemis.zone WHERE NOT shipped;
UPDATE portemis.zone SET sulphur_pct = 0.5 WHERE shipped;
