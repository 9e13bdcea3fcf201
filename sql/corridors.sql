-- Corridors, corridor aggregates and intensity metrics (FuelEU Annexes I, II and IV; MEPC.338(76), MEPC.352-354(78); MEPC.1/Circ.684)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS portemis CASCADE;
RESET client_min_messages;

-- the corridor registry, both directions, Los Angeles and Long Beach together
SELECT c.name, string_agg(p.side || ':' || p.locode::text, ' ' ORDER BY p.side, p.locode) AS ports
FROM portemis.corridor c JOIN portemis.corridor_port p ON p.corridor = c.name GROUP BY c.name ORDER BY c.name;
SELECT o, d, corridor_of(voyage(NULL, o, d, '2024-01-01', '2024-01-15'))
FROM (VALUES ('USLAX'::locode, 'CNSHA'::locode), ('CNSHA', 'USLGB'), ('SGSIN', 'USLAX'), ('USLGB', 'JPTYO'),
             ('JPYOK', 'USLAX'), ('CNSHA', 'SGSIN'), ('USLAX', 'USLGB'), ('USOAK', 'CNSHA')) v(o, d);
-- a user corridor is seen by the next query
INSERT INTO portemis.corridor (name, description, source) VALUES ('Oakland-Shanghai', 'test corridor', 'test');
INSERT INTO portemis.corridor_port (corridor, side, locode) VALUES ('Oakland-Shanghai', 'a', 'USOAK'), ('Oakland-Shanghai', 'b', 'CNSHA');
SELECT corridor_of(voyage(NULL, 'CNSHA', 'USOAK', '2024-01-01', '2024-01-15')) AS user_corridor;
-- a port by its alias (CNSGH, the World Port Index code of Shanghai; CNSHA in the corridor)
SELECT corridor_of(voyage(NULL, 'USLAX', 'CNSGH', '2024-01-01', '2024-01-15')) AS by_alias;
-- a pair of ports the user maps overrides the shipped corridor's, whatever the names' order ...
INSERT INTO portemis.corridor (name, description, source) VALUES ('A Transpacific', 'umbrella', 'test');
INSERT INTO portemis.corridor_port (corridor, side, locode) VALUES ('A Transpacific', 'a', 'USLAX'), ('A Transpacific', 'b', 'CNSHA');
SELECT corridor_of(voyage(NULL, 'CNSHA', 'USLAX', '2024-01-01', '2024-01-15')) AS user_mapping_wins,
       corridor_of(voyage(NULL, 'CNSHA', 'USLGB', '2024-01-01', '2024-01-15')) AS other_pairs_unchanged;
-- ... and two of the user's for one pair are an error, not the first name in alphabetical order
INSERT INTO portemis.corridor_port (corridor, side, locode) VALUES ('Oakland-Shanghai', 'a', 'USLAX');
SELECT corridor_of(voyage(NULL, 'USLAX', 'CNSHA', '2024-01-01', '2024-01-15'));
DELETE FROM portemis.corridor_port WHERE NOT shipped;
-- an alias of yours is a mapping of yours: Yokohama written as Tokyo takes a voyage to JPYOK to LA-Tokyo, over
-- the shipped LA-Yokohama, whatever the names' order
INSERT INTO portemis.port_alias (alias, locode, note) VALUES ('JPYOK', 'JPTYO', 'Yokohama under Tokyo');
SELECT corridor_of(voyage(NULL, 'USLAX', 'JPYOK', '2024-01-01', '2024-01-15')) AS through_users_alias;
-- an alias leads to a port of the gazetteer: not to another alias (CNSGH is one), which would lose the port
INSERT INTO portemis.port_alias (alias, locode, note) VALUES ('JPZZZ', 'CNSGH', 'a chain');
-- ... and the port it leads to cannot go while the alias stays
INSERT INTO portemis.port (locode, name, country, geom) VALUES ('ZZAAA', 'our terminal', 'ZZ', 'SRID=4326;POINT(1 1)');
INSERT INTO portemis.port_alias (alias, locode, note) VALUES ('ZZBBB', 'ZZAAA', 'our code for it');
DELETE FROM portemis.port WHERE locode = 'ZZAAA';
UPDATE portemis.port SET locode = 'ZZCCC' WHERE locode = 'ZZAAA';
DELETE FROM portemis.port_alias WHERE alias = 'ZZBBB';
DELETE FROM portemis.port WHERE locode = 'ZZAAA';
DELETE FROM portemis.port_alias WHERE NOT shipped;
DELETE FROM portemis.corridor WHERE NOT shipped;

-- EEOI of two voyages: 500 t HFO with 60,000 t over 5,000 nm, and 300 t HFO in
-- ballast over 5,000 nm: (800 x 3.114) t CO2 / (60,000 x 5,000) t nm = 8.304 g/(t nm)
CREATE TEMP TABLE two AS
SELECT * FROM (VALUES
 ('origin=USLAX, destination=CNSHA, departure=2024-01-01T00:00Z, arrival=2024-01-15T00:00Z, distance_nm=5000, cargo_t=60000, fuels=[HFO 500 t]'::voyage),
 ('origin=CNSHA, destination=USLAX, departure=2024-01-20T00:00Z, arrival=2024-02-03T00:00Z, distance_nm=5000, cargo_t=0, fuels=[HFO 300 t]'::voyage)) s(v);
SELECT round(eeoi(v)::numeric, 6) AS eeoi_g_per_tnm, round(avg(tonnes(voyage_emissions(v), 'CO2') * 1e6 / nullif(cargo_t(v) * distance_nm(v), 0))::numeric, 6) AS mean_of_ratios_is_wrong
FROM two;
-- without cargo there is no transport work: NULL
SELECT eeoi(v) IS NULL AS no_work FROM (VALUES ('origin=USLAX, destination=CNSHA, departure=2024-01-01T00:00Z, arrival=2024-01-15T00:00Z, distance_nm=5000, fuels=[HFO 500 t]'::voyage)) s(v);

-- the summary of the two: 800 t HFO = 2491.2 t CO2, 32,400,000 MJ (fueleu LCV 0.0405),
-- TtW 800 x 3.16889 = 2535.112 t CO2e, WtW 91.744198 x 32.4e6 / 1e6 = 2972.5120 t
SELECT voyages, distance_nm, hours_under_way, fuel_t, energy_mj, round(tonnes(emissions, 'CO2')::numeric, 6) AS co2_t,
       round(co2e_ttw_t::numeric, 6) AS co2e_ttw_t, round(co2e_wtw_t::numeric, 4) AS co2e_wtw_t, transport_work_tnm,
       round(eeoi_g_per_tnm::numeric, 6) AS eeoi, round(ghg_intensity_gco2e_per_mj::numeric, 3) AS ghg_intensity,
       zero_low_carbon_share
FROM (SELECT (corridor_summary(v)).* FROM two) s;

-- CII: container ship of 100,000 DWT: reference 1984 x 100,000^-0.489 = 7.12101,
-- 2025 required (1 - 0.09) x 7.12101 = 6.48012
SELECT round(cii_reference('container_ship', 100000, NULL)::numeric, 5) AS reference,
       round(cii_required('container_ship', 100000, NULL, 2025)::numeric, 5) AS required_2025,
       round(cii_required('CONTAINER_SHIP', 100000, NULL, 2023)::numeric, 5) AS required_2023;
-- rating boundaries: required x exp(d) = 6.48012 x 0.83, 0.94, 1.07, 1.19; a ratio exactly on a
-- boundary takes the worse rating
SELECT a, cii_rating('container_ship', 100000, NULL, 2025, a) AS rating
FROM (SELECT cii_required('container_ship', 100000, NULL, 2025) AS req) r,
     LATERAL unnest(ARRAY[req * 0.5, req * 0.83 * 0.999, req * 0.83, req * 0.94, req * 1.0, req * 1.07, req * 1.19, req * 2]) a
ORDER BY a;
-- on the boundary for every size: cii_required x 1.07 (container ships' exp(d3)) is D, never C
SELECT string_agg(DISTINCT cii_rating('container_ship', dwt, NULL, 2024, cii_required('container_ship', dwt, NULL, 2024) * 1.07), ',') AS at_d3
FROM generate_series(10000, 250000, 1000) dwt;
-- a year not known: no rating (not E); a DWT of 0 is an error naming it
SELECT cii_rating('container_ship', 100000, NULL, NULL, 5) AS null_year;
SELECT cii_reference('container_ship', 0, NULL);
-- an unknown attained CII has no rating; a negative or infinite one is an error
SELECT cii_rating('container_ship', 100000, NULL, 2025, NULL) AS of_null, cii_rating('container_ship', 100000, NULL, 2025, 'NaN') AS of_nan;
SELECT cii_rating('container_ship', 100000, NULL, 2025, -1);
SELECT cii_rating('container_ship', 100000, NULL, 2025, 'Infinity');
-- capacity rules: bulk carriers above 279,000 DWT use 279,000; LNG carriers below 65,000 use 65,000;
-- vehicle carriers above 57,700 GT use 57,700; cruise ships use GT
SELECT cii_capacity('bulk_carrier', 300000, NULL) AS bulk, cii_capacity('lng_carrier', 50000, NULL) AS small_lng,
       cii_capacity('ro_ro_vehicle', NULL, 70000) AS vehicle, cii_capacity('cruise_passenger', 90000, 150000) AS cruise;
SELECT ship_type, size_min, size_max, size_unit, capacity_fixed, a, c, unconfirmed FROM portemis.cii_reference_line ORDER BY ship_type, size_min;
-- the attained CII of a ship (AER): 1557 t CO2 / (100,000 DWT x 5,000 nm) = 3.114 g per DWT nm
SELECT round(cii_attained(v, 100000)::numeric, 6) AS attained FROM two WHERE cargo_t(v) > 0;
\set VERBOSITY default
-- back years (MEPC.338(76) Table 1): 2019 is the reference line itself, 2022 lies 3 % below it
SELECT cii_required('container_ship', 100000, NULL, 2019) = cii_reference('container_ship', 100000, NULL) AS y2019_is_reference,
       round((cii_required('container_ship', 100000, NULL, 2022) / cii_reference('container_ship', 100000, NULL))::numeric, 12) AS y2022_ratio;
SELECT cii_required('container_ship', 100000, NULL, 2018);
SELECT cii_required('container_ship', 100000, NULL, 2031);
SELECT cii_reference('submarine', 1000, NULL);
SELECT cii_reference('container_ship', NULL, 1000);
SELECT cii_reference('container_ship', -5, NULL);
SELECT cii_attained(v, c) FROM (VALUES (1, 100000.0), (2, 50000.0)) x(i, c), two;
SELECT cii_attained(v, 0) FROM two;

-- FuelEU: the 2025 target is 91.16 x 0.98 = 89.3368 gCO2e/MJ; 1,000 t HFO fully in scope
-- (Rotterdam - Hamburg): balance (89.3368 - 91.744198) x 40.5e6 MJ = -97.4996 t CO2e,
-- penalty 97.4996e6 / (91.744198 x 41,000) x 2,400 = 62,208.77 EUR
SELECT y, fueleu_target(y) FROM unnest(ARRAY[2025, 2029, 2030, 2035, 2040, 2045, 2050, 2060]) y;
SELECT round(b::numeric, 4) AS balance_t, round(fueleu_penalty_eur(b, 91.74419753086421)::numeric, 2) AS penalty_eur,
       round(fueleu_penalty_eur(b, 91.74419753086421, 3)::numeric, 2) AS third_year_eur
FROM (SELECT fueleu_balance_t(v, 2025) AS b FROM (VALUES ('origin=NLRTM, destination=DEHAM, departure=2025-03-01T00:00Z, arrival=2025-03-02T00:00Z, fuels=[HFO 1000 t]'::voyage)) s(v)) x;
-- scope: 100 % between EU/EEA ports, 50 % from or to one, 0 otherwise; Fort-de-France (Martinique, MQ) and
-- Pointe-a-Pitre (Guadeloupe, GP) are French ports in outermost regions (TFEU Art. 349), Mariehamn (AX) Finnish
SELECT o, d, fueleu_scope(voyage(NULL, o, d, '2025-01-01', '2025-01-15'))
FROM (VALUES ('NLRTM'::locode, 'DEHAM'::locode), ('NOOSL', 'NLRTM'), ('USLAX', 'NLRTM'), ('USLAX', 'CNSHA'),
             ('MQFDF', 'FRMRS'), ('GPPTP', 'MQFDF'), ('AXMHQ', 'SESTO'), ('USMIA', 'GPPTP')) v(o, d);
SELECT round(fueleu_balance_t(v, 2025)::numeric, 4) AS half_in_scope FROM (VALUES ('origin=USNYC, destination=NLRTM, departure=2025-03-01T00:00Z, arrival=2025-03-10T00:00Z, fuels=[HFO 1000 t]'::voyage)) s(v);
SELECT fueleu_target(2024);
-- the scalar forms refuse what has no balance or penalty: NaN, infinities, negative energy, a non-positive
-- intensity to divide by, a deficit year count below 1
SELECT fueleu_balance_t(91, 'NaN', 2025);
SELECT fueleu_balance_t(91, -5, 2025);
SELECT fueleu_balance_t('Infinity', 1e6, 2025);
SELECT fueleu_balance_t(-5, 1e6, 2025) AS negative_intensity_is_a_surplus;   -- (89.3368 + 5) x 1e6 / 1e6
SELECT fueleu_penalty_eur(-100, 0);
SELECT fueleu_penalty_eur(-100, -5);
SELECT fueleu_penalty_eur('NaN', 91);
SELECT fueleu_penalty_eur(-100, 91, 0);
SELECT fueleu_penalty_eur(-100, 91, -3);
SELECT round(fueleu_penalty_eur(-100, 91)::numeric, 2) AS penalty_eur;      -- 100e6 / (91 x 41000) x 2400
SELECT fueleu_penalty_eur(100, 91) AS surplus_no_penalty,
       fueleu_penalty_eur(100, -3) AS surplus_of_negative_intensity;   -- a fuel's well-to-tank may be negative
SELECT fueleu_balance_t(v, y) FROM (VALUES (2025), (2026)) x(y), two;
-- a year before FuelEU is an error naming it, also when no voyage is in scope (not NULL)
SELECT fueleu_balance_t(v, -5) FROM two;
SELECT fueleu_balance_t(voyage(NULL, 'USLAX', 'CNSHA', '2024-01-01', '2024-01-20'), 2024);
-- with a set of one's own (a copy of fueleu with a certified biofuel batch): 100 t B100 of LCV 0.037 MJ/g,
-- WtT -60, Cf 2.834 / 0.00005 / 0.00018: TtW (2.834 + 25 x 0.00005 + 298 x 0.00018) / 0.037 = 78.0781 g/MJ,
-- WtW 18.0781; (89.3368 - 18.0781) x 3.7e6 MJ / 1e6 = 263.6572 t fully in scope, half of it from Rotterdam to New York
BEGIN;
SELECT factor_set_copy('fueleu', 'bio_batches') > 0 AS copied;
INSERT INTO portemis.fuel_factor (factor_set, fuel, lcv_mj_per_g, cf_co2, cf_ch4, cf_n2o, wtt_gco2e_per_mj, source)
VALUES ('bio_batches', 'B100', 0.037, 2.834, 0.00005, 0.00018, -60, 'proof of sustainability 42');
SELECT round(fueleu_balance_t(v, 2025, false, 'bio_batches')::numeric, 4) AS half_in_scope,
       round(fueleu_balance_t(v, 2025, true, 'bio_batches')::numeric, 4) AS as_if_in_scope
FROM (VALUES ('origin=NLRTM, destination=USNYC, departure=2025-03-01T00:00Z, arrival=2025-03-02T00:00Z, fuels=[B100 100 t]'::voyage)) s(v);
SELECT fueleu_balance_t(v, 2025)
FROM (VALUES ('origin=NLRTM, destination=USNYC, departure=2025-03-01T00:00Z, arrival=2025-03-02T00:00Z, fuels=[B100 100 t]'::voyage)) s(v);
ROLLBACK;

-- what if: LNG (Diesel slow speed) instead of HFO at equal energy: 500 t HFO x 0.0405 / 0.0491 =
-- 412.4236 t LNG; and 10 % slower: fuel x 0.81, 14 days become 15.556
SELECT voyage_with_fuel(v, 'HFO', 'LNG_DIESEL_SS') FROM two WHERE cargo_t(v) > 0;
SELECT round(energy_mj(voyage_with_fuel(v, 'HFO', 'LNG_DIESEL_SS'), 'fueleu')::numeric, 3) = round(energy_mj(v, 'fueleu')::numeric, 3) AS same_energy,
       round(ghg_intensity(voyage_with_fuel(v, 'HFO', 'LNG_DIESEL_SS'))::numeric, 3) AS lng_intensity
FROM two WHERE cargo_t(v) > 0;
-- from_fuel by another of its names: the alias LNG (= LNG_OTTO_MS) replaces LNG_OTTO_MS, and the reverse;
-- 100 t x 0.0491 / 0.0405 = 121.2345679 t HFO
SELECT voyage_with_fuel('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-15T20:00Z, fuels=[LNG_OTTO_MS 100 t, MGO 10 t]', 'LNG', 'HFO') AS by_alias,
       voyage_with_fuel('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-15T20:00Z, fuels=[LNG 100 t, MGO 10 t]', 'LNG_OTTO_MS', 'HFO') AS alias_in_voyage;
SELECT voyage_slow_steamed(v, 10), round(duration_h(voyage_slow_steamed(v, 10))::numeric, 3) AS hours FROM two WHERE cargo_t(v) > 0;
SELECT round((corridor_summary(voyage_slow_steamed(v, 10))).co2e_wtw_t::numeric, 4) AS slower_wtw,
       round((corridor_summary(v)).co2e_wtw_t::numeric * 0.81, 4) AS by_hand FROM two;
SELECT voyage_slow_steamed(v, 100) FROM two;

-- parallel and partition-wise aggregation give the serial answer
CREATE TABLE trip (id int, year int, corridor text, v voyage) PARTITION BY LIST (year);
CREATE TABLE trip_2023 PARTITION OF trip FOR VALUES IN (2023);
CREATE TABLE trip_2024 PARTITION OF trip FOR VALUES IN (2024);
INSERT INTO trip (id, year, v)
SELECT i, 2023 + i % 2, voyage(NULL, (ARRAY['USLAX', 'USLGB', 'CNSHA', 'SGSIN', 'JPTYO', 'JPYOK'])[1 + i % 6]::locode,
              (ARRAY['CNSHA', 'SGSIN', 'USLAX', 'USLGB', 'USLAX', 'USLGB'])[1 + i % 6]::locode,
              make_timestamptz(2023 + i % 2, 1 + i % 12, 1 + i % 28, 0, 0, 0, 'UTC'),
              make_timestamptz(2023 + i % 2, 1 + i % 12, 1 + i % 28, 0, 0, 0, 'UTC') + interval '14 days',
              4000 + i % 4000, (i % 5) * 20000,
              jsonb_build_object('HFO', 300 + i % 700, (ARRAY['MGO', 'LNG_DIESEL_SS', 'METHANOL'])[1 + i % 3], 5 + i % 50))
FROM generate_series(1, 40000) i;
-- membership usable in joins and GROUP BY: stored once, as an analyst would
UPDATE trip SET corridor = corridor_of(v);
ANALYZE trip;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2; SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT corridor, corridor_summary(v), eeoi(v) FROM trip GROUP BY 1;
CREATE TEMP TABLE par AS SELECT corridor AS c, corridor_summary(v) AS s, eeoi(v) AS e FROM trip GROUP BY 1;
SET enable_partitionwise_aggregate = on; SET max_parallel_workers_per_gather = 0;
EXPLAIN (COSTS OFF) SELECT year, corridor_summary(v) FROM trip GROUP BY year;
CREATE TEMP TABLE pwa AS SELECT year, corridor_summary(v) AS s FROM trip GROUP BY year;
EXPLAIN (COSTS OFF) SELECT corridor_summary(v) FROM trip;
CREATE TEMP TABLE pwa_all AS SELECT corridor_summary(v) AS s FROM trip;
RESET ALL;
CREATE TEMP TABLE ser AS SELECT corridor_of(v) AS c, corridor_summary(v) AS s, eeoi(v) AS e FROM trip GROUP BY 1;
SELECT count(*) AS corridor_column_matches FROM trip WHERE corridor IS DISTINCT FROM corridor_of(v);
CREATE TEMP TABLE ser_year AS SELECT year, corridor_summary(v) AS s FROM trip GROUP BY year;
SELECT p.c, (p.s).voyages,
       abs((p.s).co2e_wtw_t / (s.s).co2e_wtw_t - 1) < 1e-12 AS same_wtw,
       abs(tonnes((p.s).emissions, 'CO2') / tonnes((s.s).emissions, 'CO2') - 1) < 1e-12 AS same_co2,
       abs(p.e / s.e - 1) < 1e-12 AS same_eeoi, (p.s).voyages = (s.s).voyages AS same_count
FROM par p JOIN ser s USING (c) ORDER BY p.c;
SELECT y.year, abs((p.s).co2e_wtw_t / (y.s).co2e_wtw_t - 1) < 1e-12 AS same_wtw, (p.s).voyages = (y.s).voyages AS same_count
FROM pwa p JOIN ser_year y USING (year) ORDER BY 1;
SELECT abs((SELECT (s).co2e_wtw_t FROM pwa_all) / (SELECT sum((s).co2e_wtw_t) FROM ser_year) - 1) < 1e-12 AS all_equals_sum_of_years;
-- and plain SQL over the same voyages, as an independent check of the sums
SELECT abs(sum(fuel_t(v)) / (SELECT sum((s).fuel_t) FROM ser) - 1) < 1e-12 AS fuel_matches,
       abs(sum(cargo_t(v) * distance_nm(v)) / (SELECT sum((s).transport_work_tnm) FROM ser) - 1) < 1e-12 AS work_matches,
       abs(sum(tonnes(voyage_emissions(v), 'CO2')) / (SELECT sum(tonnes((s).emissions, 'CO2')) FROM ser) - 1) < 1e-12 AS co2_matches
FROM trip;
DROP TABLE trip;

-- a voyage without a distance makes the group's distance unknown, not the others' sum (0.8.0: 300 nm for two
-- voyages, one of them of unknown length); the counts and hours stay known
SELECT (s).voyages, (s).distance_nm, (s).hours_under_way, (s).transport_work_tnm
FROM (SELECT corridor_summary(v) AS s
      FROM (VALUES (voyage(9811000, 'NLRTM', 'DEHAM', '2025-03-01 00:00+00', '2025-03-02 00:00+00', NULL, 20000, '{"HFO": 40}')),
                   (voyage(9811000, 'NLRTM', 'DEHAM', '2025-03-01 00:00+00', '2025-03-02 00:00+00', 300, 20000, '{"HFO": 40}'))) x(v)) t;
