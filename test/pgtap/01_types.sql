-- pgTAP: catalog shape, error codes, round-trip properties of the base types.
BEGIN;
SELECT plan(54);

-- the types and their storage
SELECT has_type('locode');
SELECT has_type('voyage');
SELECT has_type('emissions');
SELECT is((SELECT typlen::int FROM pg_type WHERE typname = 'locode'), 4, 'locode is 4 bytes');
SELECT ok((SELECT typbyval FROM pg_type WHERE typname = 'locode'), 'locode is passed by value');
SELECT is((SELECT typlen::int FROM pg_type WHERE typname = 'emissions'), 80, 'emissions is 80 bytes: ten float8');

-- labels tell the truth
SELECT volatility_is('voyage', ARRAY['integer','locode','locode','timestamp with time zone','timestamp with time zone','double precision','double precision','jsonb'], 'immutable');
SELECT isnt_strict('voyage', ARRAY['integer','locode','locode','timestamp with time zone','timestamp with time zone','double precision','double precision','jsonb'],
    'voyage() is not strict: imo, distance, cargo and fuels may be NULL');
SELECT is_strict('fuel_t', ARRAY['voyage', 'text']);
SELECT is_strict('co2e_t', ARRAY['emissions', 'text']);
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid
           JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'portemis'
           WHERE d.deptype = 'e' AND p.proparallel <> 's'
             AND p.proname NOT IN ('factor_set_copy', 'protect_shipped_factor', 'factor_registry_changed', 'ship_register_check',
                                   'registry_user_rows_changed', 'registry_sync', 'registry_to_reference_tables', 'fuel_name_unique',
                                   'port_alias_check', '_fuel_code_set', '_fuel_alias_of', '_port_with_code',
                                   '_port_alias_to')), 0,
    'every function is PARALLEL SAFE but the nine that write the registry or its layout (or run as triggers on it) and the four lookups of those triggers (they wait for other transactions'' writes)');
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid
           JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'portemis'
           WHERE d.deptype = 'e' AND p.prosecdef), 0, 'no SECURITY DEFINER function');
SELECT ok((SELECT aggcombinefn <> 0 FROM pg_aggregate WHERE aggfnoid = 'sum(emissions)'::regprocedure),
    'sum(emissions) has a combine function');
SELECT has_opclass('locode_ops');
SELECT has_opclass('locode_hash_ops');
SELECT has_opclass('voyage_ops');
SELECT has_opclass('voyage_hash_ops');
SELECT has_opclass('emissions_hash_ops');

-- SQLSTATEs of bad input
SELECT throws_ok($$SELECT 'US1AX'::locode$$, '22P02');
SELECT throws_ok($$SELECT 'origin=USLAX'::voyage$$, '22P02');
SELECT throws_ok($$SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, bogus=1'::voyage$$, '22P02');
SELECT throws_ok($$SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, cargo_t=-1'::voyage$$, '22003');
SELECT throws_ok($$SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, cargo_t=1e400'::voyage$$, '22003');
SELECT throws_ok($$SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-02T00:00Z, arrival=2024-01-01T00:00Z'::voyage$$, '22023');
SELECT throws_ok($$SELECT 'imo=9811001, origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z'::voyage$$, '22023');
SELECT throws_ok($$SELECT voyage(NULL, NULL, 'JPTYO', now(), now())$$, '22004');
SELECT throws_ok($$SELECT voyage(NULL, 'USLAX', NULL, now(), now())$$, '22004');
SELECT throws_ok($$SELECT voyage(NULL, 'USLAX', 'JPTYO', now(), NULL)$$, '22004');
SELECT throws_ok($$SELECT voyage(NULL, 'USLAX', 'JPTYO', now(), now(), 'NaN')$$, '22023');
SELECT throws_ok($$SELECT voyage(NULL, 'USLAX', 'JPTYO', now(), now(), fuels => '{"HFO": -2}')$$, '22003');
SELECT throws_ok($$SELECT voyage(NULL, 'USLAX', 'JPTYO', now(), now(), fuels => '{"HFO": {"t": 1, "sulphur_pct": "high"}}')$$, '22023');
SELECT throws_ok($$SELECT 'CO2=x'::emissions$$, '22P02');
SELECT throws_ok($$SELECT 'CO2=1e999'::emissions$$, '22003');
SELECT throws_ok($$SELECT tonnes('CO2=1'::emissions, 'XYZ')$$, '22023');
SELECT throws_ok($$SELECT co2e_t('CO2=1'::emissions, 'SAR')$$, '22023');
SELECT throws_ok($$SELECT 'CO2=1'::emissions / 0$$, '22012');
SELECT throws_ok($$SELECT 'CO2=1e308'::emissions * 2$$, '22003');

-- IMO check digit: 9811000 is valid, 9811001 is not
SELECT is(imo('imo=9811000, origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z'::voyage), 9811000);

-- property: 5,000 pseudo-random voyages survive text and binary round trips,
-- and equal values hash equally
CREATE TEMP TABLE rnd AS
SELECT i, voyage(
    CASE WHEN i % 3 = 0 THEN NULL ELSE 9811000 END,
    (ARRAY['USLAX','USLGB','CNSHA','SGSIN','JPTYO','JPYOK','NL2AB'])[1 + i % 7]::locode,
    (ARRAY['JPYOK','SGSIN','USLAX','CNSHA'])[1 + i % 4]::locode,
    timestamptz '2019-12-31 23:59:59.999999+00' + i * interval '7 hours 13 minutes 0.000017 seconds',
    timestamptz '2019-12-31 23:59:59.999999+00' + i * interval '7 hours 13 minutes 0.000017 seconds' + (i % 500) * interval '1 hour',
    CASE WHEN i % 5 = 0 THEN NULL ELSE random() * 12000 END,
    CASE WHEN i % 4 = 0 THEN NULL ELSE random() * 1e5 END,
    CASE WHEN i % 6 = 0 THEN NULL
         ELSE jsonb_build_object('HFO', jsonb_build_object('t', random() * 3000, 'sulphur_pct', random() * 3.5),
                                 'MGO', random() * 100, 'LNG_DIESEL_SS', (i % 7) * 1e-7) END) AS v
FROM generate_series(1, 5000) i;
SELECT is((SELECT count(*)::int FROM rnd WHERE v::text::voyage = v), 5000, 'text round trip is exact for 5000 random voyages');
-- the server writes and reads the file; one per cluster port, so that test runs on
-- two clusters of the same machine do not overwrite each other's file
SELECT format('/tmp/portemis_tap_rnd_%s.bin', current_setting('port')) AS rnd_file \gset
COPY (SELECT v FROM rnd ORDER BY i) TO :'rnd_file' WITH (FORMAT binary);
CREATE TEMP TABLE rnd_bin (v voyage);
COPY rnd_bin FROM :'rnd_file' WITH (FORMAT binary);
SELECT is((SELECT count(*)::int FROM rnd JOIN rnd_bin USING (v)), 5000, 'binary round trip is exact for 5000 random voyages');
SELECT is((SELECT count(*)::int FROM rnd WHERE voyage_hash(v) <> voyage_hash(v::text::voyage)), 0, 'equal voyages hash equally');
SELECT is((SELECT count(*)::int FROM rnd a JOIN rnd b ON a.v < b.v AND b.v < a.v), 0, 'ordering is antisymmetric');
SELECT is((SELECT count(DISTINCT v)::int FROM rnd), 5000, 'the 5000 voyages are distinct');
SELECT is((SELECT count(*)::int FROM rnd WHERE fuel_t(v) IS DISTINCT FROM (SELECT sum(tonnes) FROM fuel_uses(v))),
    0, 'fuel_t equals the sum of fuel_uses (NULL, unknown, for a voyage that reports none)');

-- property: emissions text round trip over random magnitudes, including subnormals
SELECT is((SELECT count(*)::int FROM (
    SELECT emissions(co2_t => random() * 10 ^ (random() * 600 - 300) * sign(random() - 0.5),
                     ch4_t => random() * 1e-300, bc_t => 5e-324 * (i % 9)) AS e
    FROM generate_series(1, 5000) i) s WHERE e::text::emissions = e), 5000, 'emissions text round trip is exact');

-- sum() is associative on exact values whatever the grouping
SELECT is((SELECT sum(e) FROM (SELECT emissions(co2_t => i / 8.0, nox_t => 1) e FROM generate_series(1, 1000) i) s),
          emissions(co2_t => 1000 * 1001 / 16.0, nox_t => 1000), 'sum of 1..1000 eighths is 62562.5 t');

-- locode order is text order, over every country letter pair and a few locations
SELECT is((SELECT count(*)::int FROM (
    SELECT c, lag(c) OVER (ORDER BY c) AS prev, lag(c::text) OVER (ORDER BY c) AS prev_text
    FROM (SELECT (chr(65 + a) || chr(65 + b) || l)::locode AS c
          FROM generate_series(0, 25) a, generate_series(0, 25) b,
               unnest(ARRAY['222', '29Z', 'A2A', 'LAX', 'ZZZ', '9AA']) l) x) y
    WHERE prev_text >= c::text), 0, 'locode ordering matches text ordering');
SELECT is(('ZZZZZ'::locode)::text, 'ZZZZZ', 'the largest code round-trips');
SELECT is(('AA222'::locode)::text, 'AA222', 'the smallest code round-trips');

-- Citus support, on a server without Citus: the registry is local, its tables are themselves, nothing converts
SELECT is(portemis.registry_citus_state(), 'local', 'registry_citus_state(): local without Citus');
SELECT is(portemis._registry_table('portemis.fuel_factor'::regclass), 'fuel_factor', '_registry_table of a registry table is its name');
SELECT is(portemis._registry_table('pg_catalog.pg_class'::regclass), 'pg_class', '... and of any other relation its own name (no shard without Citus)');
SELECT is(portemis._shipped_row_installed('portemis.factor_set'::regclass, (SELECT f FROM portemis.factor_set f WHERE f.name = 'imo')),
          false, '_shipped_row_installed: no shard without Citus, so no copy of a shipped row is let in');
SELECT throws_ok('SELECT * FROM registry_to_reference_tables()', '0A000', NULL,
                 'registry_to_reference_tables() without Citus: 0A000 (feature not supported)');
SELECT * FROM finish();
ROLLBACK;
