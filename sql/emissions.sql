-- emissions: masses in tonnes of ten pollutants
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS portemis CASCADE;
RESET client_min_messages;

-- literal: any order, any case, unit t optional, missing pollutants are zero;
-- output in canonical order, zero pollutants left out
SELECT 'n2o=0.18, CO2 = 3114 t,ch4=0.05t'::emissions;
SELECT 'CO2=1, CH4=2, N2O=3, NOx=4, SOx=5, PM10=6, PM2.5=7, CO=8, HC=9, BC=10'::emissions;
SELECT 'SO2=9.7, pm25=1'::emissions;
SELECT 'CO2=0'::emissions, 'CO2=-0'::emissions, 'CO2=-12.5'::emissions;
SELECT 'CO2=1e-310, NOx=1.7976931348623157e308'::emissions;
SELECT e::text::emissions = e AS round_trips
FROM (VALUES ('CO2=0.1, CH4=0.30000000000000004, BC=5e-324'::emissions)) v(e);

\set VERBOSITY default
SELECT ''::emissions;
SELECT 'CO3=1'::emissions;
SELECT 'CO2=1, co2=2'::emissions;
SELECT 'CO2 1'::emissions;
SELECT 'CO2=one'::emissions;
SELECT 'CO2=NaN'::emissions;
SELECT 'CO2=inf'::emissions;
SELECT 'CO2=1e309'::emissions;
SELECT 'CO2=1 kg'::emissions;
SELECT 'CO2=1;NOx=2'::emissions;
SELECT 'SO2=1, SOx=2'::emissions;
SELECT 'PM25=1, PM2_5=2'::emissions;
\set VERBOSITY sqlstate
SELECT 'CO3=1'::emissions;
SELECT 'CO2=1e309'::emissions;
\set VERBOSITY default

-- constructor by name, in t
SELECT emissions(co2_t => 3114, sox_t => 9.7, pm2_5_t => 0.5);
SELECT emissions();
SELECT emissions(co2_t => 'NaN');
SELECT emissions(nox_t => '-Infinity');
SELECT emissions(co2_t => NULL) = 'unknown'::emissions AS null_is_unknown;

-- arithmetic
SELECT 'CO2=3, NOx=1'::emissions + 'CO2=1, NOx=2'::emissions AS plus,
       'CO2=3, NOx=1'::emissions - 'CO2=1, NOx=2'::emissions AS minus,
       'CO2=3, NOx=1'::emissions * 2.5 AS times,
       0.5 * 'CO2=3, NOx=1'::emissions AS times_commuted,
       'CO2=3, NOx=1'::emissions / 4 AS divided;
SELECT 'CO2=3'::emissions - 'CO2=3'::emissions AS zero;
SELECT 'CO2=3'::emissions * -1 AS negated;
SELECT 'CO2=1e308'::emissions + 'CO2=1e308'::emissions;
SELECT 'CO2=-1e308'::emissions - 'CO2=1e308'::emissions;
SELECT 'CO2=1e308'::emissions * 10;
SELECT 'CO2=1e308'::emissions / 1e-10;
SELECT 'CO2=1'::emissions * 'NaN'::float8;
SELECT 'CO2=1'::emissions * 'Infinity'::float8;
SELECT 'CO2=1'::emissions / 0;
SELECT 'CO2=1'::emissions / 'Infinity'::float8;
SELECT 'CO2=1, NOx=2'::emissions = 'NOx=2, CO2=1'::emissions AS eq,
       'CO2=1'::emissions <> 'CO2=1, BC=1e-300'::emissions AS ne,
       'CO2=0'::emissions = 'CO2=-0'::emissions AS signed_zero;
-- hashing agrees with =: DISTINCT, GROUP BY and UNION (CO2=0 twice, once as -0; unknown twice; CO2=0, NOx=0 once)
SELECT emissions_hash('CO2=0') = emissions_hash('CO2=-0') AS zero_hash,
       emissions_hash_extended('CO2=0', 42) = emissions_hash_extended('CO2=-0', 42) AS zero_hash_extended,
       emissions_hash('unknown') = emissions_hash(emissions(co2_t => NULL)) AS unknown_hash;
SELECT e, count(*) FROM (VALUES ('CO2=0'::emissions), ('CO2=-0'), ('unknown'), (emissions()), ('CO2=0, NOx=0'))
v(e) GROUP BY e ORDER BY count(*) DESC, e::text;
SELECT count(*) AS distinct_values FROM (SELECT DISTINCT e FROM (VALUES ('CO2=1'::emissions), ('CO2=1'), ('CO2=2')) v(e)) d;
SELECT e FROM (SELECT 'CO2=1'::emissions AS e UNION SELECT 'CO2=1, CH4=0' UNION SELECT 'CO2=1') u ORDER BY e::text;

-- accessors
SELECT tonnes(e, 'CO2') AS co2, tonnes(e, 'ch4') AS ch4, tonnes(e, 'SO2') AS so2, tonnes(e, 'SOx') AS sox,
       tonnes(e, 'PM2.5') AS pm25, tonnes(e, 'bc') AS bc
FROM (SELECT 'CO2=3114, CH4=0.05, SOx=9.7, PM2.5=0.5'::emissions) s(e);
SELECT tonnes('CO2=1'::emissions, 'CO3');
-- CO2e over GWP100: AR5 (default) CH4 28, N2O 265; AR4 CH4 25, N2O 298
-- 3114 + 28 * 0.05 + 265 * 0.18 = 3163.1;  3114 + 25 * 0.05 + 298 * 0.18 = 3168.89
SELECT co2e_t(e) AS ar5_default, co2e_t(e, 'AR5') AS ar5, co2e_t(e, 'ar4') AS ar4
FROM (SELECT 'CO2=3114, CH4=0.05, N2O=0.18'::emissions) s(e);
SELECT co2e_t('CO2=1'::emissions, 'AR7');
SELECT co2e_t('CO2=0, CH4=0, N2O=1e306'::emissions);

-- jsonb, every pollutant with its unit in the key
SELECT jsonb('CO2=3114, SOx=9.7, PM2.5=0.5'::emissions);
SELECT ('CO2=3114'::emissions)::jsonb -> 'co2_t' AS co2_t;
SELECT * FROM jsonb_to_record(jsonb('CO2=3114, N2O=0.18'::emissions)) AS r(co2_t float8, n2o_t float8, bc_t float8);

-- unknown is not zero: a pollutant not given is unknown; it stays unknown through sums,
-- differences and products (a total is known only if every part is); tonnes() and
-- co2e_t() give NULL, jsonb null; 'unknown' is the text of nothing known
SELECT 'CO2=3'::emissions AS co2_only, tonnes('CO2=3'::emissions, 'NOx') IS NULL AS nox_unknown,
       tonnes('CO2=3, NOx=0'::emissions, 'NOx') AS nox_zero, co2e_t('CO2=3'::emissions) IS NULL AS co2e_unknown,
       co2e_t('CO2=3, CH4=0, N2O=0'::emissions) AS co2e_known;
SELECT 'CO2=3, NOx=1'::emissions + 'CO2=1'::emissions AS sum_nox_unknown,
       ('CO2=3, NOx=1'::emissions * 0) AS times_zero_keeps_unknowns,
       'unknown'::emissions AS nothing, ' Unknown '::emissions = emissions() AS same_unknown,
       'CO2=1'::emissions = 'CO2=1, NOx=0'::emissions AS unknown_is_not_zero;
SELECT 'unknown, CO2=1'::emissions;
SELECT 'CO2=unknown'::emissions;
SELECT sum(e) FROM (VALUES ('CO2=1, NOx=1'::emissions), ('CO2=2')) v(e);

-- binary round trip and validation
SELECT emissions_send('CO2=1, BC=2');
CREATE TEMP TABLE bin_e (e emissions);
CREATE FUNCTION pg_temp.emissions_from_binary(b bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    TRUNCATE bin_e;
    EXECUTE format('COPY (SELECT %L::bytea) TO %L WITH (FORMAT binary)', b, '/tmp/portemis_emissions_recv.bin');
    COPY bin_e FROM '/tmp/portemis_emissions_recv.bin' WITH (FORMAT binary);
    SELECT e::text INTO result FROM bin_e;
    RETURN result;
END $$;
SELECT pg_temp.emissions_from_binary(emissions_send('CO2=1, PM2.5=-2, BC=5e-324'));
\set VERBOSITY terse
-- NaN is how the binary form writes an unknown mass
SELECT pg_temp.emissions_from_binary(overlay(emissions_send('CO2=1') PLACING float8send('NaN') FROM 9));
SELECT pg_temp.emissions_from_binary(overlay(emissions_send('CO2=1') PLACING float8send('-Infinity') FROM 73));
SELECT pg_temp.emissions_from_binary(substr(emissions_send('CO2=1'), 1, 79));
SELECT pg_temp.emissions_from_binary(emissions_send('CO2=1') || '\x00'::bytea);
\set VERBOSITY default

-- sum(): NULLs skipped, NULL over no rows, overflow is an error
SELECT sum(e) FROM (VALUES ('CO2=1, NOx=0'::emissions), (NULL), ('CO2=2, NOx=0.5')) v(e);
SELECT sum(e) IS NULL AS empty_is_null FROM (SELECT 'CO2=1'::emissions WHERE false) v(e);
SELECT sum(e) FROM (VALUES ('CO2=1e308'::emissions), ('CO2=1e308')) v(e);

-- sum() in a forced parallel plan: Partial Aggregate, and the serial answer.
-- Masses are multiples of 1/4, exact in binary, so any order of addition
-- gives the same bits: 200000 rows of CO2 = (i % 100) / 4 t sum to
-- 2000 * (0 + ... + 99) / 4 = 2475000 t; NOx = 0.5 t each, 100000 t.
CREATE TABLE em (id int, e emissions);
INSERT INTO em SELECT i, emissions(co2_t => (i % 100) / 4.0, nox_t => 0.5) FROM generate_series(1, 200000) i;
ANALYZE em;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2; SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT sum(e) FROM em;
SELECT sum(e) AS parallel_sum FROM em;
SET max_parallel_workers_per_gather = 0;
SELECT sum(e) AS serial_sum FROM em;
RESET ALL;
-- grouped, with the executor's hash aggregate
SELECT id % 3 AS g, sum(e) FROM em GROUP BY 1 ORDER BY 1;
DROP TABLE em;
