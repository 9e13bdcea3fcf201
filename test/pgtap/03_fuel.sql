-- pgTAP: fuel-based emissions against real EU MRV reports, and registry rules.
BEGIN;
SELECT plan(12);

CREATE FUNCTION pg_temp.load_csv(tbl text, path text, ncols int) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    loaded bigint;
BEGIN
    EXECUTE format('CREATE TEMP TABLE %I (%s)', tbl,
                   (SELECT string_agg(format('c%s text', i), ', ') FROM generate_series(1, ncols) i));
    EXECUTE format('COPY %I FROM %L WITH (FORMAT csv, HEADER true)', tbl, path);
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RETURN loaded;
END $$;

-- EU MRV 2023 (column 17 total fuel t, 18 total CO2 t).  Ships whose
-- reported CO2/fuel ratio equals one IMO Cf to 4 decimals burnt (as far as
-- the report shows) that one fuel: HFO 3.114, LFO 3.151, MGO 3.206, LNG 2.750.
-- An independent Python pass over the CSV finds 658 such ships (59 HFO,
-- 29 LFO, 561 MGO, 9 LNG).  voyage_emissions must reproduce each ship's
-- reported CO2 within 0.05 %.
\set mrv_file :data_dir '/mrv/eu_mrv_2023_core.csv'
SELECT is(pg_temp.load_csv('mrv', :'mrv_file', 36), 12820::bigint, 'MRV 2023 loads 12820 ships');
CREATE TEMP TABLE single_fuel AS
SELECT c1::int AS imo, c17::float8 AS fuel_t, c18::float8 AS co2_t, cf.fuel
FROM mrv
JOIN (VALUES ('HFO', 3.114), ('LFO', 3.151), ('MGO', 3.206), ('LNG', 2.750)) AS cf(fuel, cf)
  ON round((c18::numeric / nullif(c17::numeric, 0)), 4) = cf.cf
WHERE c17::float8 > 0;
SELECT is((SELECT count(*)::int FROM single_fuel), 658, '658 single-fuel ships');
SELECT is((SELECT array_agg(n ORDER BY fuel)::text FROM (SELECT fuel, count(*) AS n FROM single_fuel GROUP BY fuel) s),
          '{59,29,9,561}', 'HFO 59, LFO 29, LNG 9, MGO 561 (in C collation order)');
CREATE TEMP TABLE mrv_check AS
SELECT s.*, tonnes(voyage_emissions(voyage(imo, 'NLRTM', 'DEHAM', '2023-01-01', '2024-01-01',
                                            fuels => jsonb_build_object(fuel, fuel_t))), 'CO2') AS computed_co2_t
FROM single_fuel s;
SELECT is((SELECT count(*)::int FROM mrv_check WHERE abs(computed_co2_t - co2_t) <= 0.0005 * co2_t), 658,
    'voyage_emissions reproduces the reported CO2 of all 658 ships within 0.05 %');
SELECT cmp_ok((SELECT max(abs(computed_co2_t - co2_t) / co2_t) FROM mrv_check), '<', 0.0005::float8,
    'worst relative difference below 0.05 %');

-- MRV 2023 as a whole: CO2/fuel lies between the carbon factors of LNG and MGO
-- (2.750 .. 3.206) for the bulk of the fleet, so our HFO..MGO factors bracket
-- the median reported ratio (3.13 .. 3.15 per the data README)
SELECT ok((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY c18::float8 / c17::float8)
           FROM mrv WHERE c17::float8 > 0) BETWEEN emission_factor('HFO', 'CO2') AND emission_factor('MGO', 'CO2'),
    'median MRV CO2/fuel lies between the HFO and MGO carbon factors');

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
