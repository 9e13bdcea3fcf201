-- pgTAP: unknown is not zero.  Each method says which masses it computes; the others are
-- unknown (NULL from tonnes, null in jsonb, absent from the text), and stay unknown in sums.
BEGIN;
SELECT plan(32);

-- fuel-based: CO2, CH4, N2O from the carbon factors and SOx from sulphur; NOx, PM, CO, HC, BC need
-- factors per fuel (portemis.fuel_pollutant_factor), and no shipped set has them
SELECT is(tonnes(fuel_emissions('HFO', 100), 'CO2'), 311.4::float8, 'fuel-based CO2: 100 t HFO x 3.114');
SELECT is(tonnes(fuel_emissions('HFO', 100), 'NOx'), NULL, 'fuel-based NOx without a factor is unknown, not 0');
SELECT is(emission_factor('HFO', 'PM2.5'), NULL, 'emission_factor of a pollutant the set has no factor for is NULL');
SELECT is(regexp_replace(fuel_emissions('HFO', 100)::text, '=[^,]*', '', 'g'), 'CO2, CH4, N2O, SOx',
          'the text lists what was computed, and only that');
SELECT is((fuel_emissions('HFO', 100)::jsonb) -> 'nox_t', 'null'::jsonb, 'jsonb says null');
-- a user's NOx factor for HFO only: HFO alone has a NOx mass, HFO + MGO does not
SELECT ok(factor_set_copy('imo', 'with_nox', 'IMO factors and a NOx factor for HFO') > 0, 'a copy of the IMO set');
INSERT INTO portemis.fuel_pollutant_factor (factor_set, fuel, pollutant, t_per_t, source)
VALUES ('with_nox', 'HFO', 'NOx', 0.0759, 'test: a NOx factor for HFO');
SELECT is(tonnes(fuel_emissions('HFO', 100, factor_set => 'with_nox'), 'NOx'), 7.59::float8, 'with a factor: 100 t x 0.0759 = 7.59 t NOx');
SELECT is(tonnes(voyage_emissions('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-15T20:00Z, fuels=[HFO 100 t, MGO 10 t]'::voyage, 'with_nox'), 'NOx'),
          NULL, 'a voyage that also burns MGO (no NOx factor) has no NOx total');
SELECT is(tonnes(voyage_emissions('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-15T20:00Z, fuels=[HFO 100 t, MGO 10 t]'::voyage, 'with_nox'), 'CO2'),
          (100 * 3.114 + 10 * 3.206)::float8, '... while its CO2 is known: 100 x 3.114 + 10 x 3.206');

-- activity-based: every pollutant of the EPA tables, but no black carbon
SELECT is(tonnes(mode_emissions(vessel('container_ship', teu => 10000), 'berth', 48), 'BC'), NULL, 'activity-based BC is unknown');
SELECT ok(tonnes(mode_emissions(vessel('container_ship', teu => 10000), 'berth', 48), 'NOx') > 0, 'activity-based NOx is computed');
SELECT is(tonnes(shore_power_emissions(vessel('container_ship', teu => 10000), 48, 0.2), 'NOx'), NULL,
          'a grid CO2 factor says nothing of the grid''s NOx');

-- sums: an unknown part makes an unknown total; CO2e needs CO2, CH4 and N2O
SELECT is(tonnes(sum(e), 'NOx'), NULL, 'sum over activity and fuel-based rows: NOx unknown')
FROM (VALUES (mode_emissions(vessel('container_ship', teu => 10000), 'berth', 48)), (fuel_emissions('HFO', 10))) v(e);
-- by hand: berth 48 h x (1,000 kW x 217 + 520 kW x 300) g/kWh x 3.206 = 57.400224 t; 10 t HFO x 3.114 = 31.14 t
SELECT is(round(tonnes(sum(e), 'CO2')::numeric, 6), 88.540224::numeric, '... CO2 known: 57.400224 + 31.14 t')
FROM (VALUES (mode_emissions(vessel('container_ship', teu => 10000), 'berth', 48)), (fuel_emissions('HFO', 10))) v(e);
SELECT is(co2e_t(shore_power_emissions(vessel('container_ship', teu => 10000), 48, 0.2)), NULL, 'CO2e of a CO2-only value is unknown');

-- one column per pollutant, NULL where unknown
SELECT is((SELECT row(t.co2_t, t.nox_t, t.sox_t, t.bc_t)::text FROM tonnes('CO2=3, NOx=0'::emissions) t), '(3,0,,)',
          'tonnes(e) as columns: CO2 3, NOx 0, SOx and BC unknown');
SELECT is((SELECT count(*)::int FROM (VALUES (fuel_emissions('HFO', 1)), (fuel_emissions('MGO', 2))) v(e), LATERAL tonnes(e) t
           WHERE t.co2_t > 0 AND t.sox_t > 0 AND t.nox_t IS NULL AND t.pm2_5_t IS NULL), 2,
          'a report is one SELECT: fuel-based rows have CO2 and SOx columns, NOx and PM2.5 NULL');

-- the activity tables lack some factors: those masses are unknown too (review finding)
SELECT is(tonnes(mode_emissions(vessel('container_ship', teu => 10000), 'berth', 48), 'N2O'), NULL,
          'the auxiliary engines have no N2O factor: N2O unknown, and so CO2e');
SELECT is(tonnes(engine_emissions('LNG', 'LNG', 1000, 10, 0.5), 'CH4'), NULL, 'a gas engine has no CH4 factor: unknown, not 0');
SELECT is(co2e_t('CO2=1, CH4=0, N2O=0'::emissions), 1::float8, 'co2e_t of known zeros is known');
SELECT throws_ok($$SELECT co2e_t('CO2=0, CH4=1e307, N2O=-1e306'::emissions)$$, '22003', NULL,
                 'an overflowing CO2e is an error, not an unknown');
-- a voyage without fuel uses: what it burnt is not reported, so its emissions and energy are unknown, and
-- so is every total it is part of (0 would give it an EEOI of 0 and a CII rating of A).  A burns 100 t HFO
-- over 1,000 nm with 1,000 t of cargo between EU ports; B is the same without fuel; C has no fuel and is
-- outside FuelEU (Los Angeles to Shanghai)
CREATE TEMP TABLE nofuel (k text, v voyage);
INSERT INTO nofuel VALUES
 ('A', 'origin=NLRTM, destination=DEHAM, departure=2025-03-01T00:00Z, arrival=2025-03-02T00:00Z, distance_nm=1000, cargo_t=1000, fuels=[HFO 100 t]'),
 ('B', 'origin=NLRTM, destination=DEHAM, departure=2025-03-03T00:00Z, arrival=2025-03-04T00:00Z, distance_nm=1000, cargo_t=1000'),
 ('C', 'origin=USLAX, destination=CNSHA, departure=2025-03-03T00:00Z, arrival=2025-03-17T00:00Z, distance_nm=1000, cargo_t=1000');
SELECT is((SELECT (voyage_emissions(v)::text, energy_mj(v)) FROM nofuel WHERE k = 'B'), ('unknown'::text, NULL::float8),
          'a voyage without fuel: emissions and energy unknown, not 0');
SELECT is((SELECT tonnes(sum(voyage_emissions(v)), 'CO2') FROM nofuel WHERE k IN ('A', 'B')), NULL,
          '... and the CO2 of a sum with it');
SELECT is((SELECT eeoi(v) FROM nofuel WHERE k = 'A'), 311.4::float8, 'EEOI of A: 100 x 3.114 t = 311.4e6 g / (1,000 t x 1,000 nm)');
SELECT is((SELECT eeoi(v) FROM nofuel WHERE k IN ('A', 'B')), NULL, '... with B: unknown (NULL), not 311.4 / 2');
SELECT is((SELECT cii_attained(v, 1000) FROM nofuel WHERE k IN ('A', 'B')), NULL,
          'attained CII with a voyage whose fuel is unknown: NULL (cii_rating gives no A)');
SELECT is((SELECT ghg_intensity_agg(v) FROM nofuel WHERE k IN ('A', 'B')), NULL, 'GHG intensity of the two: NULL');
SELECT is((SELECT (s.voyages, s.distance_nm, s.fuel_t, s.energy_mj, s.eeoi_g_per_tnm, s.ghg_intensity_gco2e_per_mj, s.co2e_wtw_t, tonnes(s.emissions, 'CO2'))
           FROM (SELECT (corridor_summary(v)).* FROM nofuel WHERE k IN ('A', 'B')) s),
          (2::bigint, 2000::float8, NULL::float8, NULL::float8, NULL::float8, NULL::float8, NULL::float8, NULL::float8),
          'corridor_summary: counts and distance known; fuel, energy, CO2, CO2e, EEOI and intensity unknown');
SELECT is((SELECT fueleu_balance_t(v, 2025) FROM nofuel WHERE k IN ('A', 'B')), NULL,
          'FuelEU balance with an in-scope voyage whose fuel is unknown: NULL');
SELECT is((SELECT fueleu_balance_t(v, 2025) FROM nofuel WHERE k IN ('A', 'C')),
          (SELECT fueleu_balance_t(v, 2025) FROM nofuel WHERE k = 'A'),
          '... an out-of-scope one counts for nothing, known or not');
SELECT isnt((SELECT fueleu_balance_t(v, 2025) FROM nofuel WHERE k = 'A'), NULL, '... (A''s balance is known)');

SELECT throws_ok($$SELECT cii_attained(v, 5e-324) FROM nofuel WHERE k = 'A'$$, '22003', NULL,
                 'a capacity so small the CII overflows: an error, not Infinity');
SELECT * FROM finish();
ROLLBACK;
