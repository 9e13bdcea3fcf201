-- The factor registry and fuel-based emissions (MEPC.364(79); Regulation (EU) 2023/1805 Annexes I and II)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS portemis CASCADE;
RESET client_min_messages;

-- the registry, with a source on every row
SELECT factor_set, count(*) AS fuels, count(*) FILTER (WHERE unconfirmed IS NOT NULL) AS unconfirmed,
       bool_and(source <> '') AS all_sourced
FROM portemis.fuel_factor GROUP BY factor_set ORDER BY 1;
SELECT alias, fuel FROM portemis.fuel_alias;
SELECT factor_set, fuel, pollutant, t_per_t_fuel, source FROM portemis.emission_factors
WHERE fuel = 'HFO' ORDER BY factor_set, pollutant;

-- 1,000 t HFO gives 3,114 t CO2 (Cf 3.114), 0.05 t CH4, 0.18 t N2O and, at
-- the 0.50 % global limit, 1000 x 2 x 0.97753 x 0.005 = 9.7753 t SO2
SELECT round(tonnes(e, 'CO2')::numeric, 9) AS co2, round(tonnes(e, 'CH4')::numeric, 9) AS ch4,
       round(tonnes(e, 'N2O')::numeric, 9) AS n2o, round(tonnes(e, 'SOx')::numeric, 9) AS sox
FROM fuel_emissions('HFO', 1000) e;
-- a stated sulphur content; MGO 200 t at 0.08 %: SO2 = 200 x 2 x 0.97753 x 0.0008 = 0.31280960 t
SELECT round(tonnes(fuel_emissions('mgo', 200, 0.08), 'SO2')::numeric, 9) AS so2,
       round(tonnes(fuel_emissions('MGO', 200, 0.08), 'CO2')::numeric, 9) AS co2_641_2;
-- methane slip (fueleu, LNG Otto MS, 3.1 %): of 100 t, 3.1 t slip as CH4 and
-- 96.9 t burn: CO2 = 96.9 x 2.75 = 266.475 t, N2O = 96.9 x 0.00011 = 0.010659 t
SELECT round(tonnes(e, 'CO2')::numeric, 9) AS co2, round(tonnes(e, 'CH4')::numeric, 9) AS ch4,
       round(tonnes(e, 'N2O')::numeric, 9) AS n2o, tonnes(e, 'SOx') AS sox
FROM fuel_emissions('LNG_OTTO_MS', 100, factor_set => 'fueleu') e;
-- plain LNG is LNG_OTTO_MS; the imo set has no slip (CO2 = 100 x 2.75)
SELECT fuel_emissions('LNG', 100, factor_set => 'fueleu') = fuel_emissions('LNG_OTTO_MS', 100, factor_set => 'fueleu') AS lng_is_otto_ms,
       round(tonnes(fuel_emissions('LNG', 100, factor_set => 'imo'), 'CO2')::numeric, 9) AS imo_lng_co2;
-- emission_factor is fuel_emissions of 1 t
SELECT fuel, round(emission_factor(fuel, 'CO2')::numeric, 6) AS co2, round(emission_factor(fuel, 'CH4', 'fueleu')::numeric, 6) AS ch4_fueleu,
       round(emission_factor(fuel, 'SOx')::numeric, 7) AS sox
FROM unnest(ARRAY['HFO', 'LFO', 'MGO', 'LNG_DIESEL_SS', 'METHANOL', 'AMMONIA']) fuel;

-- voyages: sulphur from the fuel use, else the fuel default, else the global
-- limit on the departure date: 4.50 % before 2012, 3.50 % before 2020, 0.50 % since
SELECT d AS departure, round(tonnes(voyage_emissions(voyage(NULL, 'USLAX', 'CNSHA', d, d + interval '14 days',
           fuels => '{"HFO": 100}')), 'SOx')::numeric, 6) AS sox_t
FROM unnest(ARRAY[timestamptz '2011-12-31 23:00+00', '2012-01-01 00:00+00', '2019-12-31 23:59:59+00', '2020-01-01 00:00+00']) d;
SELECT round(tonnes(voyage_emissions(v), 'SOx')::numeric, 6) AS sox_t, round(tonnes(voyage_emissions(v), 'CO2')::numeric, 6) AS co2_t
FROM (SELECT 'origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00:00Z, arrival=2024-03-15T20:00:00Z, fuels=[HFO 410.2 t S=0.48%, MGO 12.5 t S=0.08%, METHANOL 30 t]'::voyage) s(v);
-- by hand: SOx = 2 x 0.97753 x (410.2 x 0.0048 + 12.5 x 0.0008 + 0) = 1.95506 x 1.97896 = 3.868986 t;
--          CO2 = 410.2 x 3.114 + 12.5 x 3.206 + 30 x 1.375 = 1277.3628 + 40.075 + 41.25 = 1358.6878 t
-- a voyage without fuel uses (what it burnt not reported): unknown emissions and energy, not 0; NULL intensity
SELECT voyage_emissions(v), energy_mj(v), ghg_intensity(v) IS NULL AS intensity_null
FROM (SELECT 'origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00:00Z, arrival=2024-03-15T20:00:00Z'::voyage) s(v);

-- FuelEU well-to-wake intensity of a single-fuel voyage (Annex I formula with the Annex II factors, worked by hand):
-- HFO 91.744, LFO 91.392, MDO/MGO 90.767, LNG Otto MS 89.203,
-- Otto SS 82.868, Diesel SS 76.081, LBSI 86.940 gCO2e/MJ
SELECT fuel, round(ghg_intensity(voyage(NULL, 'USLAX', 'CNSHA', '2025-01-01', '2025-01-14', fuels => jsonb_build_object(fuel, 1000)))::numeric, 3) AS gco2e_per_mj
FROM unnest(ARRAY['HFO', 'LFO', 'MDO', 'MGO', 'LNG_OTTO_MS', 'LNG_OTTO_SS', 'LNG_DIESEL_SS', 'LNG_LBSI']) fuel;
-- energy: 1000 t HFO x 0.0405 MJ/g (fueleu) = 40,500,000 MJ; x 0.0402 (imo) = 40,200,000 MJ
SELECT round(energy_mj(v, 'fueleu')::numeric, 3) AS fueleu_mj, round(energy_mj(v)::numeric, 3) AS imo_mj
FROM (SELECT 'origin=USLAX, destination=CNSHA, departure=2025-01-01T00:00Z, arrival=2025-01-14T00:00Z, fuels=[HFO 1000 t]'::voyage) s(v);
-- the aggregate is the ratio of sums: 1000 t HFO and 1000 t LNG Diesel SS give
-- (91.744198 x 40.5 + 76.080742 x 49.1) / 89.6 = 83.1608, not the mean 83.9125
SELECT round(ghg_intensity_agg(v)::numeric, 4) AS energy_weighted, round(avg(ghg_intensity(v))::numeric, 4) AS mean_of_ratios
FROM (VALUES ('origin=USLAX, destination=CNSHA, departure=2025-01-01T00:00Z, arrival=2025-01-14T00:00Z, fuels=[HFO 1000 t]'::voyage),
             ('origin=USLAX, destination=CNSHA, departure=2025-01-01T00:00Z, arrival=2025-01-14T00:00Z, fuels=[LNG_DIESEL_SS 1000 t]'::voyage),
             (NULL)) s(v);
SELECT ghg_intensity_agg(v) IS NULL AS no_energy_is_null
FROM (VALUES ('origin=USLAX, destination=CNSHA, departure=2025-01-01T00:00Z, arrival=2025-01-14T00:00Z'::voyage)) s(v);

-- errors name the value and list what is known
\set VERBOSITY default
SELECT fuel_emissions('DIESEL', 1);
SELECT fuel_emissions('HFO', 1, factor_set => 'epa');
SELECT fuel_emissions('HFO', -1);
SELECT fuel_emissions('HFO', 'NaN');
SELECT fuel_emissions('HFO', 1, 101);
SELECT fuel_emissions('H F O', 1);
-- the message quotes the code only, never the bytes after it in memory (the next column of a row here)
CREATE TEMP TABLE codes (code text, secret text);
INSERT INTO codes VALUES ('HFO ', 'SECRETSECRETSECRET');
SELECT fuel_emissions(code, 1) FROM codes;
SELECT emission_factor(code, 'CO2') FROM codes;
SELECT fuel_t('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00:00Z, arrival=2024-03-15T20:00:00Z, fuels=[HFO 1 t]'::voyage, code) FROM codes;
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01T08:00:00Z', '2024-03-15T20:00:00Z', fuels => jsonb_build_object('HF O', 1, 'SECRETSECRET', 2));
SELECT emission_factor('HFO', 'CO3');
SELECT ghg_intensity('origin=USLAX, destination=CNSHA, departure=2025-01-01T00:00Z, arrival=2025-01-14T00:00Z, fuels=[ETHANOL 10 t]');
SELECT ghg_intensity('origin=USLAX, destination=CNSHA, departure=2025-01-01T00:00Z, arrival=2025-01-14T00:00Z, fuels=[HFO 10 t]', 'imo');
SELECT fuel_emissions(NULL, 1) IS NULL AS null_fuel, fuel_emissions('HFO', NULL) IS NULL AS null_tonnes;

-- the session default set
SHOW portemis.factor_set;
SET portemis.factor_set = 'fueleu';
SELECT round(tonnes(fuel_emissions('LNG', 100), 'CH4')::numeric, 9) AS ch4_with_slip;
SET portemis.factor_set = 'Not A Name';
SET portemis.factor_set = 'nosuchset';
SELECT fuel_emissions('HFO', 1);
RESET portemis.factor_set;

-- shipped rows are protected; users add their own sets
UPDATE portemis.fuel_factor SET cf_co2 = 3.2 WHERE factor_set = 'imo' AND fuel = 'HFO';
DELETE FROM portemis.fuel_factor WHERE factor_set = 'imo';
TRUNCATE portemis.fuel_alias;
INSERT INTO portemis.factor_set VALUES ('fake', 'pretends to be shipped', true);
SELECT factor_set_copy('imo', 'my_imo');
SELECT factor_set_copy('nosuch', 'x');
-- a target that is NULL, not a set name, or taken: errors that say so (not a constraint's)
SELECT factor_set_copy('fueleu', NULL);
SELECT factor_set_copy('fueleu', '');
SELECT factor_set_copy('fueleu', 'My Set');
SELECT factor_set_copy('fueleu', 'my_imo');
-- one name, one fuel: ETHANOL (a fuel of imo) cannot become an alias of METHANOL for every set, nor a
-- set take the alias LNG as a fuel code; a new name may be an alias
INSERT INTO portemis.fuel_alias (alias, fuel, note) VALUES ('ETHANOL', 'METHANOL', 'x');
INSERT INTO portemis.fuel_factor (factor_set, fuel, lcv_mj_per_g, cf_co2, source) VALUES ('my_imo', 'LNG', 0.048, 2.75, 'x');
INSERT INTO portemis.fuel_alias (alias, fuel, note) VALUES ('MEOH', 'METHANOL', 'our code');
SELECT round(tonnes(fuel_emissions('MEOH', 10), 'CO2')::numeric, 3) AS meoh_co2;   -- 10 t x 1.375
DELETE FROM portemis.fuel_alias WHERE alias = 'MEOH';
-- a certified bio-methanol batch, and a changed HFO factor, in the user's set:
-- the next query uses them (the cache notices the change)
SELECT round(tonnes(fuel_emissions('HFO', 1000, factor_set => 'my_imo'), 'CO2')::numeric, 6) AS before_change;
UPDATE portemis.fuel_factor SET cf_co2 = 3.2, source = 'company measurement 2025' WHERE factor_set = 'my_imo' AND fuel = 'HFO';
SELECT round(tonnes(fuel_emissions('HFO', 1000, factor_set => 'my_imo'), 'CO2')::numeric, 6) AS after_change;
INSERT INTO portemis.fuel_factor (factor_set, fuel, lcv_mj_per_g, cf_co2, wtt_gco2e_per_mj, sulphur_pct, source)
VALUES ('my_imo', 'BIO_METHANOL', 0.0199, 1.375, -55.6, 0, 'certificate PoS-2025-0042 (E = 13.5 gCO2e/MJ)');
SELECT round(tonnes(fuel_emissions('bio_methanol', 10, factor_set => 'my_imo'), 'CO2')::numeric, 6) AS bio_co2;
-- WtW = (-55.6 x 0.0199 + 1.375) / 0.0199 = 13.495 gCO2e/MJ (TtW CO2 only, no CH4/N2O row)
SELECT round(ghg_intensity('origin=USLAX, destination=CNSHA, departure=2025-01-01T00:00Z, arrival=2025-01-14T00:00Z, fuels=[BIO_METHANOL 10 t]', 'my_imo')::numeric, 3) AS bio_wtw;
-- a fuel-based NOx factor of the user's
INSERT INTO portemis.fuel_pollutant_factor (factor_set, fuel, pollutant, t_per_t, source) VALUES ('my_imo', 'HFO', 'NOx', 0.0903, 'user: 4th IMO GHG Study, SSD Tier I');
SELECT round(tonnes(fuel_emissions('HFO', 1000, factor_set => 'my_imo'), 'NOx')::numeric, 6) AS nox;
-- changes inside a rolled-back transaction do not stick
BEGIN;
UPDATE portemis.fuel_factor SET cf_co2 = 1 WHERE factor_set = 'my_imo' AND fuel = 'HFO';
SELECT round(tonnes(fuel_emissions('HFO', 1000, factor_set => 'my_imo'), 'CO2')::numeric, 6) AS in_transaction;
ROLLBACK;
SELECT round(tonnes(fuel_emissions('HFO', 1000, factor_set => 'my_imo'), 'CO2')::numeric, 6) AS after_rollback;

-- another session sees a committed change on its next query
CREATE EXTENSION IF NOT EXISTS dblink;
-- to this server wherever it listens (its own port and first socket directory), not libpq's defaults
SELECT dblink_connect('other', format('dbname=%s port=%s host=%s', current_database(), current_setting('port'),
                                      split_part(current_setting('unix_socket_directories'), ',', 1)));
SELECT * FROM dblink('other', $$SELECT round(portemis_co2::numeric, 6) FROM (SELECT tonnes(fuel_emissions('HFO', 1000, factor_set => 'my_imo'), 'CO2') AS portemis_co2) s$$) AS t(co2 numeric);
UPDATE portemis.fuel_factor SET cf_co2 = 3.15 WHERE factor_set = 'my_imo' AND fuel = 'HFO';
SELECT * FROM dblink('other', $$SELECT round(portemis_co2::numeric, 6) FROM (SELECT tonnes(fuel_emissions('HFO', 1000, factor_set => 'my_imo'), 'CO2') AS portemis_co2) s$$) AS t(co2 numeric);
SELECT dblink_disconnect('other');
DROP EXTENSION dblink;

-- parallel aggregate: Partial Aggregate and the serial answer
CREATE TABLE fleet (id int, v voyage);
INSERT INTO fleet SELECT i, voyage(NULL, 'USLAX', 'CNSHA', timestamptz '2025-01-01' + i * interval '1 hour', timestamptz '2025-01-15' + i * interval '1 hour',
    fuels => jsonb_build_object('HFO', 100 + i % 50, (ARRAY['MGO', 'LNG_DIESEL_SS', 'METHANOL'])[1 + i % 3], 10 + i % 7))
FROM generate_series(1, 30000) i;
ANALYZE fleet;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2; SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT ghg_intensity_agg(v), sum(voyage_emissions(v)) FROM fleet;
CREATE TEMP TABLE par AS SELECT ghg_intensity_agg(v) AS i, sum(voyage_emissions(v)) AS e FROM fleet;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE ser AS SELECT ghg_intensity_agg(v) AS i, sum(voyage_emissions(v)) AS e FROM fleet;
RESET ALL;
-- the same sums in plain SQL over the factor table, as an independent check
CREATE TEMP TABLE plain AS
SELECT (sum(u.tonnes * 1e6 * f.lcv_mj_per_g * f.wtt_gco2e_per_mj)
        + sum(u.tonnes * 1e6 * ((1 - f.slip_pct / 100) * (f.cf_co2 + 25 * f.cf_ch4 + 298 * f.cf_n2o) + f.slip_pct / 100 * 25)))
       / sum(u.tonnes * 1e6 * f.lcv_mj_per_g) AS i,
       (SELECT sum(u2.tonnes * f2.cf_co2) FROM fleet, fuel_uses(v) u2
        JOIN portemis.fuel_factor f2 ON f2.factor_set = 'imo' AND f2.fuel = u2.fuel) AS co2
FROM fleet, fuel_uses(v) u JOIN portemis.fuel_factor f ON f.factor_set = 'fueleu' AND f.fuel = u.fuel;
SELECT abs(par.i - ser.i) < 1e-9 * ser.i AS parallel_equals_serial_intensity,
       abs(tonnes(par.e, 'CO2') - tonnes(ser.e, 'CO2')) < 1e-9 * tonnes(ser.e, 'CO2') AS parallel_equals_serial_co2,
       abs(ser.i - plain.i) < 1e-9 * plain.i AS equals_plain_sql_intensity,
       abs(tonnes(ser.e, 'CO2') - plain.co2) < 1e-9 * plain.co2 AS equals_plain_sql_co2
FROM par, ser, plain;
DROP TABLE fleet;
DELETE FROM portemis.fuel_pollutant_factor WHERE factor_set = 'my_imo';
DELETE FROM portemis.fuel_factor WHERE factor_set = 'my_imo';
DELETE FROM portemis.factor_set WHERE name = 'my_imo';

-- sums of fuel uses that overflow a double are an error, as in energy_mj (0.8.0: fuel_t Infinity, ghg_intensity NaN)
SELECT fuel_t(v) FROM (SELECT voyage(NULL, 'NLRTM', 'DEHAM', '2025-03-01 08:00+00', '2025-03-02 20:00+00', NULL, NULL,
                                     '{"HFO": 1e308, "MGO": 1e308}') AS v) s;
SELECT fuel_t('origin=NLRTM, destination=DEHAM, departure=2025-03-01T08:00Z, arrival=2025-03-02T20:00Z, fuels=[HFO 1e308 t, HFO 1e308 t S=1%]'::voyage, 'HFO');
SELECT ghg_intensity(voyage(NULL, 'NLRTM', 'DEHAM', '2025-03-01 08:00+00', '2025-03-02 20:00+00', NULL, NULL,
                            '{"HFO": 1e308, "MGO": 1e308}'));

-- a NULL factor set takes the documented default (fueleu for the GHG intensity; corridor_summary's one-argument
-- form), not the session's set, whose imo rows have no well-to-tank factor (0.8.0: an error)
SELECT ghg_intensity(v, NULL) = ghg_intensity(v) AS scalar_default,
       (SELECT ghg_intensity_agg(w, NULL) = ghg_intensity_agg(w) FROM (VALUES (v)) x(w)) AS aggregate_default,
       (SELECT corridor_summary(w, NULL)::text = corridor_summary(w)::text FROM (VALUES (v)) x(w)) AS summary_default
FROM (SELECT 'origin=NLRTM, destination=DEHAM, departure=2025-03-01T08:00Z, arrival=2025-03-02T20:00Z, fuels=[HFO 40 t, LNG 5 t]'::voyage AS v) s;
