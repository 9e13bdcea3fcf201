-- Names: the extension installs beside an analyst's own tables, into any
-- schema, and every documented call resolves whatever the search_path.
SET client_min_messages = warning;
DROP EXTENSION portemis;

-- tables an analyst is likely to have already
CREATE TABLE public.port (id int, name text);
CREATE TABLE public.zone (id int, name text);
CREATE TABLE public.corridor (id int, name text);
CREATE TABLE public.vessel (imo int, name text);
CREATE TABLE public.ship (imo int, name text);
CREATE TABLE public.voyages (id int);
CREATE TABLE public.legs (id int);
CREATE EXTENSION portemis;
RESET client_min_messages;
SELECT extversion FROM pg_extension WHERE extname = 'portemis';

-- the registry is in schema portemis; the user's tables are untouched
SELECT count(*) > 3000 AS gazetteer_in_portemis FROM portemis.port;
SELECT count(*) AS users_port_rows FROM public.port;

-- a user's \df shows no internal support function
SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'portemis'
WHERE n.nspname = 'public' AND p.proname ~ '(_accum|_combine|_final|_wkb|_centre|_apportioned|^protect_|_changed$|^cii_line$)';

-- Reference answers under the default search_path ...
CREATE TABLE legs_v AS
SELECT 'imo=9811000, origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00:00Z, arrival=2024-03-15T20:00:00Z,
        distance_nm=5712.5, cargo_t=61000, fuels=[HFO 410.2 t S=0.48%, MGO 12.5 t]'::voyage AS v,
       'SRID=4326;LINESTRING(-118.27 33.73, -125 34, -160 40, 160 38, 121.8 31.2)'::geometry AS route;
CREATE TABLE answers_default AS
SELECT voyage_emissions(v)::text AS e, ghg_intensity(v) AS gi, corridor_of(v) AS c, route_length_nm(route) AS len,
       (SELECT route_share(route, z.geom) FROM portemis.zone z
        WHERE z.name = 'North American ECA (Pacific coast)' AND z.valid_to IS NULL) AS share,
       voyage_emissions(v, route)::text AS e_route, fueleu_scope(v) AS scope, co2e_t(voyage_emissions(v)) AS co2e,
       mode_emissions(vessel('container_ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25, keel_laid_year => 2012),
                      'transit', 10, 16)::text AS transit,
       cii_rating('container_ship', 100000, NULL, 2025, 6.0) AS rating, port_geom('CNSHA')::text AS shanghai,
       (voyage_emissions(v) + voyage_emissions(v))::text AS doubled
FROM legs_v;
CREATE TABLE aggregates_default AS
SELECT (corridor_summary(v)).voyages, eeoi(v), ghg_intensity_agg(v), sum(voyage_emissions(v))::text AS total FROM legs_v;

-- ... equal the answers with nothing but pg_catalog on the path (names qualified by the caller)
SET search_path = pg_catalog;
SELECT a.e = public.voyage_emissions(l.v)::text AS emissions,
       a.gi = public.ghg_intensity(l.v) AS intensity,
       a.c = public.corridor_of(l.v) AS corridor,
       a.len = public.route_length_nm(l.route) AS length,
       a.share = (SELECT public.route_share(l.route, z.geom) FROM portemis.zone z
                  WHERE z.name = 'North American ECA (Pacific coast)' AND z.valid_to IS NULL) AS share,
       a.e_route = public.voyage_emissions(l.v, l.route)::text AS by_route,
       a.scope = public.fueleu_scope(l.v) AS scope,
       a.co2e = public.co2e_t(public.voyage_emissions(l.v)) AS co2e,
       a.transit = public.mode_emissions(public.vessel('container_ship', teu => 10000, mcr_kw => 57000,
                       max_speed_kn => 25, keel_laid_year => 2012), 'transit', 10, 16)::text AS transit,
       a.rating = public.cii_rating('container_ship', 100000, NULL, 2025, 6.0) AS rating,
       a.shanghai = public.port_geom('CNSHA')::text AS port,
       a.doubled = (public.voyage_emissions(l.v) OPERATOR(public.+) public.voyage_emissions(l.v))::text AS plus
FROM public.legs_v l, public.answers_default a;
SELECT a.voyages = s.voyages AS summary, a.eeoi = s.eeoi AS eeoi, a.ghg_intensity_agg = s.gi AS intensity_agg,
       a.total = s.total AS sum
FROM public.aggregates_default a,
     (SELECT (public.corridor_summary(v)).voyages, public.eeoi(v), public.ghg_intensity_agg(v) AS gi,
             public.sum(public.voyage_emissions(v))::text AS total FROM public.legs_v) s;
SELECT 'USLAX'::public.locode OPERATOR(public.<) 'USLGB'::public.locode AS locode_order;
RESET search_path;
DROP TABLE legs_v, answers_default, aggregates_default;
DROP TABLE public.port, public.zone, public.corridor, public.vessel, public.ship, public.voyages, public.legs;

-- into a schema of the user's choosing: user-facing objects there, registry in portemis
SET client_min_messages = warning;
DROP EXTENSION portemis;
CREATE SCHEMA analytics;
CREATE EXTENSION portemis SCHEMA analytics;
RESET client_min_messages;
SET search_path = pg_catalog;
SELECT n.nspname, c.relkind, count(*)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'portemis'
GROUP BY 1, 2 ORDER BY 1, 2;
SELECT analytics.tonnes(analytics.fuel_emissions('HFO', 1000), 'CO2') AS co2_of_1000_t_hfo;   -- 3114 (Cf 3.114)
SELECT analytics.corridor_of('origin=USLGB, destination=SGSIN, departure=2024-01-01T00:00Z, arrival=2024-01-20T00:00Z'::analytics.voyage);
RESET search_path;
SET client_min_messages = warning;
DROP EXTENSION portemis;
DROP SCHEMA analytics;
SELECT count(*) AS leftover_portemis_schema FROM pg_namespace WHERE nspname = 'portemis';

-- into the schema portemis itself: one schema for everything
CREATE SCHEMA portemis;
CREATE EXTENSION portemis SCHEMA portemis;
SELECT portemis.tonnes(portemis.fuel_emissions('MGO', 1000), 'CO2') AS co2_of_1000_t_mgo;      -- 3206 (Cf 3.206)
DROP EXTENSION portemis;
DROP SCHEMA portemis;
CREATE EXTENSION portemis;
RESET client_min_messages;
