-- Safe in a shared database: what a hostile or careless role can pass.

-- Transition functions called directly with NULL states raise 22004 (they
-- crashed 0.1.0); combine and final functions are STRICT: NULL in, NULL out.
SELECT portemis.ghg_intensity_accum(NULL::float8[], NULL::voyage);
SELECT portemis.ghg_intensity_accum(NULL::float8[], NULL::voyage, 'fueleu');
SELECT portemis.corridor_summary_accum(NULL::float8[], NULL::voyage);
SELECT portemis.corridor_summary_accum(NULL::float8[], NULL::voyage, 'imo');
SELECT portemis.eeoi_accum(NULL::float8[], NULL::voyage);
SELECT portemis.cii_attained_accum(NULL::float8[], NULL::voyage, NULL::float8);
SELECT portemis.corridor_state_combine(NULL::float8[], '{1}');
SELECT portemis.corridor_state_combine('{1}', NULL::float8[]);
SELECT portemis.ghg_intensity_combine('{0,0,0}', NULL::float8[]);
-- and malformed states raise 22023: wrong length, NULL elements, two dimensions, lower bound 0
SELECT portemis.eeoi_final('{1,2,3}');
SELECT portemis.eeoi_accum('{1,NULL}', NULL::voyage);
SELECT portemis.ghg_intensity_final('{{1,2,3}}');
SELECT portemis.ghg_intensity_final('[0:2]={1,2,3}');
SELECT portemis.corridor_state_combine('{1,2}', '{1}');
-- a well-formed state called directly is computed: 2e6 g CO2 over 1e5 t nm = 20 g/(t nm)
SELECT portemis.eeoi_final('{2e6,1e5}');
-- but not one no aggregate could build: NaN or infinite sums (22003), an impossible voyage count (22023)
SELECT portemis.eeoi_final('{1,NaN}');
-- (an unknown CO2 sum is one an aggregate builds: a voyage without fuel; its EEOI is unknown)
SELECT portemis.eeoi_final('{NaN,1}') IS NULL AS eeoi_unknown;
SELECT portemis.ghg_intensity_final('{1,Infinity,0}');
SELECT (portemis.corridor_summary_final(array_fill('NaN'::float8, ARRAY[20]))).voyages;
SELECT (portemis.corridor_summary_final(array_fill(1e300::float8, ARRAY[20]))).voyages;
SELECT (portemis.corridor_summary_final(array_fill(-1::float8, ARRAY[20]))).voyages;
-- hand-made states no aggregate builds: a negative energy, work, distance or count; a FuelEU state of the
-- wrong shape or year; a well-to-tank sum may be negative (a fuel's WtT factor may be)
SELECT portemis.ghg_intensity_final('{-5,-10,0}');
SELECT portemis.ghg_intensity_final('{100,-1000,2000}');
SELECT portemis.eeoi_final('{5,-10}');
SELECT portemis.cii_attained_final('{5,10,-1,1,1}');
SELECT portemis.corridor_state_combine('{1,2}', '{0,-3}');
SELECT (portemis.corridor_summary_final(array_fill(0::float8, ARRAY[20]) || '{}')).voyages;
SELECT portemis.fueleu_balance_final('{100,9000}');
SELECT portemis.fueleu_balance_final('{-100,9000,2025}');
SELECT portemis.fueleu_balance_final('{100,9000,2025.5}');
SELECT portemis.fueleu_balance_combine('{100,9000,2025}', '{{1,2,3}}');
SELECT portemis.fueleu_balance_accum(NULL, NULL, 2025);
SELECT portemis.fueleu_balance_accum('{NaN,NaN,NaN}', 'origin=NLRTM, destination=DEHAM, departure=2025-03-01T00:00Z, arrival=2025-03-02T00:00Z, fuels=[HFO 1 t]', 2025);
-- a ratio that overflows is an error (22003), never Infinity: a cargo of 5e-324 t, a hand-made energy of 5e-324 MJ
SELECT (corridor_summary(v)).eeoi_g_per_tnm
FROM (VALUES ('origin=NLRTM, destination=DEHAM, departure=2025-01-01T00:00Z, arrival=2025-01-02T00:00Z, distance_nm=1, cargo_t=5e-324, fuels=[HFO 1000 t]'::voyage)) t(v);
SELECT portemis.ghg_intensity_final('{5e-324,1e308,1}');
-- a corridor state of a length no corridor aggregate has, or of two dimensions
SELECT portemis.corridor_state_combine('{1,2,3}', '{1,2,3}');
SELECT portemis.corridor_state_combine('{{1,2}}', '{{1,2}}');
-- slowing to almost nothing makes an impossibly long voyage: an error, not an overflow
SELECT voyage_slow_steamed('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-15T20:00Z, fuels=[HFO 10 t]', 99.999999999999);

-- registry names of any length: a corridor whose name is longer than 64 characters
INSERT INTO portemis.corridor (name, description, source)
VALUES (repeat('x', 63) || '-one', 'long name', 'test'), (repeat('x', 63) || '-two', 'long name', 'test');
INSERT INTO portemis.corridor_port (corridor, side, locode)
VALUES (repeat('x', 63) || '-one', 'a', 'USOAK'), (repeat('x', 63) || '-two', 'b', 'KRPUS');
-- USOAK and KRPUS are ends of two different corridors, so no corridor joins them
SELECT corridor_of('origin=USOAK, destination=KRPUS, departure=2024-01-01T00:00Z, arrival=2024-01-14T00:00Z') IS NULL AS none;
INSERT INTO portemis.corridor_port (corridor, side, locode) VALUES (repeat('x', 63) || '-one', 'b', 'KRPUS');
SELECT corridor_of('origin=USOAK, destination=KRPUS, departure=2024-01-01T00:00Z, arrival=2024-01-14T00:00Z') = repeat('x', 63) || '-one' AS whole_name;
DELETE FROM portemis.corridor_port WHERE NOT shipped;
DELETE FROM portemis.corridor WHERE NOT shipped;

-- Every function of the extension with NULL in each argument in turn, with all
-- arguments NULL, and with a plausible value everywhere: no call may crash the
-- server or fail with an internal error (class XX).
CREATE FUNCTION pg_temp.sample(typ regtype, argname text, fn text) RETURNS text LANGUAGE sql AS $$
SELECT CASE typ::text
    WHEN 'voyage' THEN quote_literal('imo=9811000, origin=USLAX, destination=NLRTM, departure=2024-03-01T08:00:00Z, arrival=2024-03-25T20:00:00Z, distance_nm=9000, cargo_t=61000, fuels=[HFO 410.2 t S=0.48%, MGO 12.5 t]') || '::voyage'
    WHEN 'locode' THEN '''USLAX''::locode'
    WHEN 'emissions' THEN '''CO2=3114 t, CH4=0.05 t''::emissions'
    WHEN 'portemis.vessel' THEN 'vessel(''container_ship'', teu => 10000, mcr_kw => 57000, max_speed_kn => 25)'
    WHEN 'geometry' THEN CASE WHEN argname = 'zone' THEN '''SRID=4326;POLYGON((-120 32,-117 32,-117 35,-120 35,-120 32))''::geometry'
                              ELSE '''SRID=4326;LINESTRING(-118.27 33.73,-125 34,-160 40,160 38,121.8 31.2)''::geometry' END
    WHEN 'bytea' THEN CASE WHEN argname = 'zone' THEN 'st_asbinary(''POLYGON((0 -1,5 -1,5 1,0 1,0 -1))''::geometry)'
                           ELSE 'st_asbinary(''LINESTRING(0 0,10 0)''::geometry)' END
    WHEN 'double precision[]' THEN CASE WHEN fn LIKE 'corridor%' THEN 'array_fill(0::float8, ARRAY[20])'
                                        WHEN fn LIKE 'ghg%' THEN '''{0,0,0}''::float8[]'
                                        WHEN fn LIKE 'cii%' THEN '''{0,0,0,0,0}''::float8[]'
                                        WHEN fn LIKE 'fueleu%' THEN '''{0,0}''::float8[]'
                                        ELSE '''{0,0}''::float8[]' END
    WHEN 'double precision' THEN CASE WHEN argname IN ('load', 'fraction') THEN '0.5' WHEN argname LIKE '%pct' THEN '0.5'
                                      WHEN argname = 'ghg_intensity' THEN '91' ELSE '100' END
    WHEN 'integer' THEN CASE WHEN argname = 'imo' THEN '9811000' WHEN argname IN ('tier') THEN '2'
                             WHEN argname LIKE '%srid' THEN '4326' WHEN argname = 'consecutive_deficit_years' THEN '1'
                             ELSE '2025' END
    WHEN 'boolean' THEN 'true'
    WHEN 'jsonb' THEN '''{"HFO": 10}''::jsonb'
    WHEN 'timestamp with time zone' THEN '''2024-03-01 08:00+00''::timestamptz'
    WHEN 'text' THEN quote_literal(CASE
        WHEN argname IN ('fuel', 'from_fuel') THEN 'HFO' WHEN argname = 'to_fuel' THEN 'METHANOL'
        WHEN argname = 'pollutant' THEN 'NOx' WHEN argname = 'factor_set' THEN 'imo' WHEN argname = 'gwp' THEN 'AR5'
        WHEN argname = 'mode' THEN 'berth' WHEN argname IN ('engine', 'main_engine', 'aux_engine') THEN 'MSD'
        WHEN argname = 'engine_group' THEN 'auxiliary' WHEN argname = 'ship_type' AND fn LIKE 'cii%' THEN 'container_ship'
        WHEN argname = 'ship_type' THEN 'container_ship' WHEN argname = 'source' THEN 'imo'
        WHEN argname = 'target' THEN 'copied_by_hardening' WHEN argname = 'reason' THEN 'test'
        ELSE 'x' END) || '::text'
    ELSE 'NULL::' || typ::text END
$$;
CREATE TEMP TABLE null_calls (fn text, call text, sqlstate text);
DO $$
DECLARE
    f record;
    args text[];
    nargs int;
    k int;
    i int;
    call text;
    state text;
BEGIN
    FOR f IN
        SELECT p.oid, p.proname, n.nspname, coalesce(p.proargnames, '{}') AS names,
               ARRAY(SELECT t::regtype FROM unnest(p.proargtypes) t) AS types
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
        JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'portemis'
        WHERE p.prokind = 'f' AND p.prorettype <> 'trigger'::regtype AND p.proname <> 'factor_set_copy'
          -- an internal argument cannot be written in SQL (aggregate support and recv functions: the
          -- aggregates and binary COPY call them, and are tested as such)
          AND NOT 'internal'::regtype = ANY (p.proargtypes)
        ORDER BY p.oid::regprocedure::text
    LOOP
        nargs := coalesce(array_length(f.types, 1), 0);
        -- k = 0: every argument plausible; k = 1..n: NULL in position k; k = n + 1: all NULL
        FOR k IN 0 .. nargs + 1 LOOP
            args := '{}';
            FOR i IN 1 .. nargs LOOP
                args := args || CASE WHEN k = i OR k = nargs + 1 THEN 'NULL::' || f.types[i]::text
                                     ELSE pg_temp.sample(f.types[i], f.names[i], f.proname) END;
            END LOOP;
            call := format('SELECT %I.%I(%s)', f.nspname, f.proname, array_to_string(args, ', '));
            state := 'ok';
            BEGIN
                EXECUTE call;
            EXCEPTION WHEN OTHERS THEN
                GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE;
            END;
            INSERT INTO null_calls VALUES (f.nspname || '.' || f.proname, call, state);
        END LOOP;
    END LOOP;
END $$;
SELECT count(DISTINCT fn) > 100 AS many_functions, count(*) > 300 AS many_calls FROM null_calls;
-- no internal errors (class XX) and no other unexpected class; P0002 (no data found) is ship() of a ship
-- the register does not have
SELECT fn, call, sqlstate FROM null_calls WHERE sqlstate !~ '^(ok|22...|42883|0A000|P0002)$' ORDER BY 1, 2;
-- with plausible arguments most calls succeed
SELECT count(*) FILTER (WHERE sqlstate = 'ok') > 0.5 * count(*) AS mostly_ok
FROM null_calls WHERE call NOT LIKE '%NULL::%';

-- Overlapping MultiPolygon parts count once, as in their union.  Along the
-- equator the geodesic length is proportional to longitude: boxes over 0..5
-- and 3..8 cover 8 of the 10 degrees (0.1.0 gave 0.6).
SELECT round(route_share('SRID=4326;LINESTRING(0 0,10 0)',
                         'SRID=4326;MULTIPOLYGON(((0 -1,5 -1,5 1,0 1,0 -1)),((3 -1,8 -1,8 1,3 1,3 -1)))')::numeric, 12) AS overlapping;
-- PostGIS on the union agrees
SELECT round((st_length(st_intersection(r, st_unaryunion(z))::geography) / st_length(r::geography))::numeric, 12) AS postgis_union
FROM (SELECT 'SRID=4326;LINESTRING(0 0,10 0)'::geometry AS r,
             'SRID=4326;MULTIPOLYGON(((0 -1,5 -1,5 1,0 1,0 -1)),((3 -1,8 -1,8 1,3 1,3 -1)))'::geometry AS z) s;
-- a hole is still a hole (2..4 cut out of 0..8: 6 of 10 degrees), and a part inside another's hole counts (2.5..3.5)
SELECT round(route_share('SRID=4326;LINESTRING(0 0,10 0)',
                         'SRID=4326;POLYGON((0 -1,8 -1,8 1,0 1,0 -1),(2 -0.5,4 -0.5,4 0.5,2 0.5,2 -0.5))')::numeric, 12) AS with_hole,
       round(route_share('SRID=4326;LINESTRING(0 0,10 0)',
                         'SRID=4326;MULTIPOLYGON(((0 -1,8 -1,8 1,0 1,0 -1),(2 -0.5,4 -0.5,4 0.5,2 0.5,2 -0.5)),((2.5 -0.2,3.5 -0.2,3.5 0.2,2.5 0.2,2.5 -0.2)))')::numeric, 12) AS island_in_hole;

-- NULL route or zone: NULL, not an error
SELECT voyage_emissions('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-15T20:00Z, fuels=[HFO 10 t]', NULL::geometry) IS NULL AS null_route,
       voyage_emissions_in('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-15T20:00Z, fuels=[HFO 10 t]',
                           'SRID=4326;LINESTRING(-118 33,-119 33)', NULL::geometry) IS NULL AS null_zone;
-- an untyped route literal is taken as the factor set: the error says so
SELECT voyage_emissions('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-15T20:00Z, fuels=[HFO 10 t]',
                        'SRID=4326;LINESTRING(-118 33,-119 33)');
-- a self-intersecting zone: 22023 with the reason, not a GEOS internal error
SELECT voyage_emissions_in('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-15T20:00Z, fuels=[HFO 10 t]',
                           'SRID=4326;LINESTRING(-121 33.5,-117 33.5)', 'SRID=4326;POLYGON((-120 33,-118 34,-118 33,-120 34,-120 33))');
-- ... and one in SRID 0: 22023 as route_share says it, not PostGIS's internal error on mixed SRIDs
SELECT voyage_emissions_in('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-15T20:00Z, fuels=[HFO 10 t]',
                           'SRID=4326;LINESTRING(-121 33.5,-117 33.5)', 'POLYGON((-120 33,-118 33,-118 34,-120 34,-120 33))');

-- An ordinary role with nothing but CONNECT runs the documented read-only functions.
SET client_min_messages = warning;
DROP ROLE IF EXISTS pm_reader;
DROP ROLE IF EXISTS pm_editor;
RESET client_min_messages;
CREATE ROLE pm_reader;
CREATE ROLE pm_editor;
SET ROLE pm_reader;
SELECT tonnes(voyage_emissions(v), 'CO2') AS co2, round(ghg_intensity(v)::numeric, 4) AS intensity, corridor_of(v),
       round(route_share(r, (SELECT geom FROM portemis.zone WHERE name = 'North American ECA (Pacific coast)' AND valid_to IS NULL))::numeric, 4) > 0 AS in_eca,
       port_geom('CNSHA') IS NOT NULL AS port, cii_rating('container_ship', 100000, NULL, 2025, 6.0) AS rating,
       tonnes(mode_emissions(vessel('container_ship', teu => 10000), 'berth', 48), 'CO2') > 0 AS at_berth,
       (SELECT count(*) FROM portemis.emission_factors) > 0 AS factors_readable
FROM (SELECT 'origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-15T20:00Z, fuels=[HFO 100 t]'::voyage AS v,
             'SRID=4326;LINESTRING(-118.27 33.73,-125 34,-160 40)'::geometry AS r) s;
-- it cannot write the registry, nor advance the Citus change counter (which would have distributed queries refused)
INSERT INTO portemis.factor_set (name, description) VALUES ('mine', 'no');
INSERT INTO portemis.registry_change (table_name) VALUES ('corridor');
INSERT INTO portemis.registry_change DEFAULT VALUES;
SELECT portemis.registry_changes_now() >= 0 AS counter_readable;
RESET ROLE;
SELECT portemis.registry_changes_now() AS changes_before \gset
-- a role the DBA grants writes to adds its own rows; shipped rows stay protected
GRANT INSERT, UPDATE, DELETE ON portemis.factor_set, portemis.fuel_factor TO pm_editor;
SET ROLE pm_editor;
INSERT INTO portemis.factor_set (name, description) VALUES ('editor_set', 'a user set');
INSERT INTO portemis.fuel_factor (factor_set, fuel, lcv_mj_per_g, cf_co2, source)
VALUES ('editor_set', 'HFO', 0.0405, 3.0, 'our measurement');
SELECT tonnes(fuel_emissions('HFO', 10, factor_set => 'editor_set'), 'CO2') AS co2_user_set;   -- 10 t x 3.0
UPDATE portemis.fuel_factor SET cf_co2 = 1 WHERE factor_set = 'imo' AND fuel = 'HFO';
DELETE FROM portemis.fuel_factor WHERE factor_set = 'editor_set';
DELETE FROM portemis.factor_set WHERE name = 'editor_set';
RESET ROLE;
-- its statements advanced the counter (the trigger logs them as pm_editor): 2 inserts, 2 deletes (the
-- refused update logged nothing: its statement rolled back); it may log a table it writes, not another
SET ROLE pm_editor;
INSERT INTO portemis.registry_change (table_name) VALUES ('fuel_factor');
INSERT INTO portemis.registry_change (table_name) VALUES ('corridor');
INSERT INTO portemis.registry_change (table_name, changed_by) VALUES ('fuel_factor', 'postgres');
-- nor choose its row's id: the largest bigint would stop every later change from counting as unsynced, and
-- ids ahead of the sequence would make other roles' registry writes fail on the log's primary key
INSERT INTO portemis.registry_change (id, table_name) OVERRIDING SYSTEM VALUE VALUES (9223372036854775807, 'fuel_factor');
INSERT INTO portemis.registry_change (id, table_name) OVERRIDING SYSTEM VALUE
SELECT portemis.registry_changes_now() + 1, 'fuel_factor';
RESET ROLE;
-- a role granted one column writes it, and is logged
GRANT UPDATE (description) ON portemis.factor_set TO pm_reader;
SET ROLE pm_reader;
UPDATE portemis.factor_set SET description = description WHERE name = 'no such set';
RESET ROLE;
REVOKE UPDATE (description) ON portemis.factor_set FROM pm_reader;
SELECT portemis.registry_changes_now() > :changes_before AS counter_moved,
       (SELECT string_agg(table_name || ' by ' || changed_by, ', ' ORDER BY id) FROM portemis.registry_change
        WHERE id > :changes_before) AS log;
-- the README's grant is enough for factor_set_copy (which also copies fuel_pollutant_factor's rows)
GRANT INSERT, UPDATE, DELETE ON portemis.factor_set, portemis.fuel_factor, portemis.fuel_pollutant_factor, portemis.fuel_alias TO pm_editor;
SET ROLE pm_editor;
SELECT factor_set_copy('fueleu', 'editor_copy') = (SELECT count(*) FROM portemis.fuel_factor WHERE factor_set = 'fueleu') AS copied_every_fuel;
DELETE FROM portemis.fuel_pollutant_factor WHERE factor_set = 'editor_copy';
DELETE FROM portemis.fuel_factor WHERE factor_set = 'editor_copy';
DELETE FROM portemis.factor_set WHERE name = 'editor_copy';
RESET ROLE;
REVOKE ALL ON portemis.factor_set, portemis.fuel_factor, portemis.fuel_pollutant_factor, portemis.fuel_alias FROM pm_editor;
DROP ROLE pm_reader;
DROP ROLE pm_editor;
