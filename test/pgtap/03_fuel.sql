-- pgTAP: fuel-based emissions against real EU MRV reports, and registry rules.
-- The MRV checks run on the fixture test/data/mrv_2023_sample.csv (see its README)
-- and, when ../shared/data is present (has_data), also on the full 2023 file.
-- Files are read by psql (\copy), not by the server.
\ir defaults.psql
BEGIN;
SELECT plan(18);

-- MRV columns as text c1..c36
CREATE TEMP TABLE mrv (c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text, c8 text, c9 text, c10 text,
                       c11 text, c12 text, c13 text, c14 text, c15 text, c16 text, c17 text, c18 text, c19 text, c20 text,
                       c21 text, c22 text, c23 text, c24 text, c25 text, c26 text, c27 text, c28 text, c29 text, c30 text,
                       c31 text, c32 text, c33 text, c34 text, c35 text, c36 text);

-- EU MRV 2023 (column 17 total fuel t, 18 total CO2 t).  Ships whose
-- reported CO2/fuel ratio equals one IMO Cf to 4 decimals burnt (as far as
-- the report shows) that one fuel: HFO 3.114, LFO 3.151, MGO 3.206, LNG 2.750.
-- voyage_emissions must reproduce each such ship's reported CO2 within 0.05 %.
-- pg_temp.single_fuel(src, t) applies these rules to the fixture and to the full file
-- alike: table t holds the single-fuel ships of src, t_check adds voyage_emissions' CO2.
CREATE FUNCTION pg_temp.single_fuel(src regclass, out_tbl text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format($q$
        CREATE TEMP TABLE %I AS
        SELECT c1::int AS imo, c17::float8 AS fuel_t, c18::float8 AS co2_t, cf.fuel
        FROM %s
        JOIN (VALUES ('HFO', 3.114), ('LFO', 3.151), ('MGO', 3.206), ('LNG', 2.750)) AS cf(fuel, cf)
          ON round((c18::numeric / nullif(c17::numeric, 0)), 4) = cf.cf
        WHERE c17::float8 > 0$q$, out_tbl, src);
    EXECUTE format($q$
        CREATE TEMP TABLE %I AS
        SELECT s.*, tonnes(voyage_emissions(voyage(imo, 'NLRTM', 'DEHAM', '2023-01-01', '2024-01-01',
                                                    fuels => jsonb_build_object(fuel, fuel_t))), 'CO2') AS computed_co2_t
        FROM %I s$q$, out_tbl || '_check', out_tbl);
END $$;

-- Fixture: 214 ships of MRV 2023 (test/data/mrv_2023_sample.csv).  facts.py finds
-- 20 single-fuel ships (HFO 4, LFO 4, LNG 3, MGO 9; Cf x fuel within 1.3e-5 of the
-- reported CO2), 7 ships reporting 0 t fuel, and a median CO2/fuel of 3.1335 for
-- the others.
CREATE TEMP TABLE mrv_sample AS SELECT * FROM mrv WITH NO DATA;
\set file :fixture_dir '/mrv_2023_sample.csv'
\set load '\\copy mrv_sample FROM ' :'file' ' WITH (FORMAT csv, HEADER true)'
:load
SELECT is((SELECT count(*)::int FROM mrv_sample), 214, 'MRV 2023 fixture: 214 ships');
SELECT pg_temp.single_fuel('mrv_sample', 'single_fuel_sample');
SELECT is((SELECT count(*)::int FROM single_fuel_sample), 20, 'fixture: 20 single-fuel ships');
SELECT is((SELECT array_agg(n ORDER BY fuel)::text FROM (SELECT fuel, count(*) AS n FROM single_fuel_sample GROUP BY fuel) s),
          '{4,4,3,9}', 'fixture: HFO 4, LFO 4, LNG 3, MGO 9 (in C collation order)');
SELECT is((SELECT count(*)::int FROM single_fuel_sample_check WHERE abs(computed_co2_t - co2_t) <= 0.0005 * co2_t), 20,
    'fixture: voyage_emissions reproduces the reported CO2 of all 20 ships within 0.05 %');
SELECT cmp_ok((SELECT max(abs(computed_co2_t - co2_t) / co2_t) FROM single_fuel_sample_check), '<', 0.0005::float8,
    'fixture: worst relative difference below 0.05 %');
SELECT ok((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY c18::float8 / c17::float8)
           FROM mrv_sample WHERE c17::float8 > 0) BETWEEN emission_factor('HFO', 'CO2') AND emission_factor('MGO', 'CO2'),
    'fixture: median MRV CO2/fuel lies between the HFO and MGO carbon factors');

\if :has_data
-- The full MRV 2023 file: an independent Python pass over the CSV finds 658
-- single-fuel ships (59 HFO, 29 LFO, 561 MGO, 9 LNG).
\set file :data_dir '/mrv/eu_mrv_2023_core.csv'
\set load '\\copy mrv FROM ' :'file' ' WITH (FORMAT csv, HEADER true)'
:load
SELECT is((SELECT count(*)::int FROM mrv), 12820, 'MRV 2023 loads 12820 ships');
SELECT pg_temp.single_fuel('mrv', 'single_fuel');
SELECT is((SELECT count(*)::int FROM single_fuel), 658, '658 single-fuel ships');
SELECT is((SELECT array_agg(n ORDER BY fuel)::text FROM (SELECT fuel, count(*) AS n FROM single_fuel GROUP BY fuel) s),
          '{59,29,9,561}', 'HFO 59, LFO 29, LNG 9, MGO 561 (in C collation order)');
SELECT is((SELECT count(*)::int FROM single_fuel_check WHERE abs(computed_co2_t - co2_t) <= 0.0005 * co2_t), 658,
    'voyage_emissions reproduces the reported CO2 of all 658 ships within 0.05 %');
SELECT cmp_ok((SELECT max(abs(computed_co2_t - co2_t) / co2_t) FROM single_fuel_check), '<', 0.0005::float8,
    'worst relative difference below 0.05 %');

-- MRV 2023 as a whole: CO2/fuel lies between the carbon factors of LNG and MGO
-- (2.750 .. 3.206) for the bulk of the fleet, so our HFO..MGO factors bracket
-- the median reported ratio (3.13 .. 3.15 per the data README)
SELECT ok((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY c18::float8 / c17::float8)
           FROM mrv WHERE c17::float8 > 0) BETWEEN emission_factor('HFO', 'CO2') AND emission_factor('MGO', 'CO2'),
    'median MRV CO2/fuel lies between the HFO and MGO carbon factors');
\else
SELECT skip('../shared/data absent: larger variant skipped (MRV 2023, 12820 ships)', 6);
\endif

-- registry rules
SELECT throws_ok($$UPDATE portemis.fuel_factor SET cf_co2 = 3 WHERE factor_set = 'imo' AND fuel = 'HFO'$$, '42501');
SELECT throws_ok($$DELETE FROM portemis.fuel_alias$$, '42501');
SELECT throws_ok($$SELECT fuel_emissions('NOPE', 1)$$, '22023');
SELECT throws_ok($$SELECT fuel_emissions('HFO', 1, factor_set => 'nope')$$, '22023');
SELECT throws_ok($$SELECT fuel_emissions('HFO', -1)$$, '22003');
SELECT is((SELECT count(*)::int FROM portemis.fuel_factor WHERE shipped AND (source IS NULL OR source = '')), 0,
    'every shipped factor names its source');

SELECT * FROM finish();
ROLLBACK;
