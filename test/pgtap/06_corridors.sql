-- pgTAP: corridors and intensity metrics: labels, error codes, properties.
BEGIN;
SELECT plan(20);

SELECT has_type('portemis', 'corridor_summary', 'the corridor_summary result type lives in the extension''s schema');
SELECT is((SELECT count(*)::int FROM portemis.corridor WHERE shipped), 4, 'four Los Angeles corridors ship');
SELECT is(corridor_of('origin=SGSIN, destination=USLGB, departure=2024-01-01T00:00Z, arrival=2024-01-20T00:00Z'), 'LA-Singapore', 'either direction, Long Beach with Los Angeles');
SELECT is(corridor_of('origin=SGSIN, destination=CNSHA, departure=2024-01-01T00:00Z, arrival=2024-01-05T00:00Z'), NULL, 'not on a corridor: NULL');
SELECT volatility_is('corridor_of', ARRAY['voyage'], 'stable');
SELECT is((SELECT count(*)::int FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
           WHERE p.proname IN ('corridor_summary', 'eeoi', 'cii_attained', 'fueleu_balance_t', 'ghg_intensity_agg', 'sum')
             AND p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'portemis')
             AND (a.aggcombinefn = 0 OR p.proparallel <> 's')), 0,
          'every portemis aggregate has a combine function and is PARALLEL SAFE');

-- the issue's checks
SELECT is(round(eeoi(v)::numeric, 3), 8.304, 'EEOI of the laden and the ballast leg is 8.304 g/(t nm)')
FROM (VALUES ('origin=USLAX, destination=CNSHA, departure=2024-01-01T00:00Z, arrival=2024-01-15T00:00Z, distance_nm=5000, cargo_t=60000, fuels=[HFO 500 t]'::voyage),
             ('origin=CNSHA, destination=USLAX, departure=2024-01-20T00:00Z, arrival=2024-02-03T00:00Z, distance_nm=5000, cargo_t=0, fuels=[HFO 300 t]'::voyage)) s(v);
SELECT is(round(cii_reference('container_ship', 100000, NULL)::numeric, 5), 7.12101, 'CII reference 7.12101');
SELECT is(round(cii_required('container_ship', 100000, NULL, 2025)::numeric, 5), 6.48012, '2025 required 6.48012');
SELECT is(round(fueleu_target(2025)::numeric, 4), 89.3368, 'FuelEU 2025 target 89.3368');
SELECT is(round(fueleu_penalty_eur(fueleu_balance_t(91.74419753086421, 40.5e6, 2025), 91.74419753086421)::numeric, 2), 62208.77, 'penalty 62,208.77 EUR');

-- properties: a rating only worsens as the attained CII rises; the summary is additive
SELECT is((SELECT count(*)::int FROM generate_series(1, 99) i
           WHERE cii_rating('tanker', 80000, NULL, 2024, i / 10.0) > cii_rating('tanker', 80000, NULL, 2024, (i + 1) / 10.0)), 0,
          'CII rating never improves as the attained value rises');
SELECT is((SELECT count(*)::int FROM portemis.cii_reference_line l
           WHERE cii_reference(l.ship_type, CASE l.size_unit WHEN 'dwt' THEN least(l.size_min + 1000, l.size_max - 1) END,
                               CASE l.size_unit WHEN 'gt' THEN least(l.size_min + 1000, l.size_max - 1) END) IS NULL), 0,
          'every CII size band has a reference value');
SELECT ok(abs((SELECT (corridor_summary(v)).co2e_wtw_t FROM (VALUES
                  ('origin=USLAX, destination=CNSHA, departure=2024-01-01T00:00Z, arrival=2024-01-15T00:00Z, fuels=[HFO 500 t, LNG_OTTO_SS 20 t]'::voyage),
                  ('origin=USLAX, destination=CNSHA, departure=2024-02-01T00:00Z, arrival=2024-02-15T00:00Z, fuels=[MGO 40 t]'::voyage)) s(v))
              - (SELECT sum(ghg_intensity(v) * energy_mj(v, 'fueleu')) / 1e6 FROM (VALUES
                  ('origin=USLAX, destination=CNSHA, departure=2024-01-01T00:00Z, arrival=2024-01-15T00:00Z, fuels=[HFO 500 t, LNG_OTTO_SS 20 t]'::voyage),
                  ('origin=USLAX, destination=CNSHA, departure=2024-02-01T00:00Z, arrival=2024-02-15T00:00Z, fuels=[MGO 40 t]'::voyage)) s(v))) < 1e-9,
          'WtW CO2e of the summary equals the sum of intensity x energy');

-- error codes
SELECT throws_ok($$SELECT cii_required('container_ship', 100000, NULL, 2018)$$, '22023', NULL, 'no CII requirement before the 2019 reference year');
SELECT throws_ok($$SELECT cii_reference('container_ship', NULL, NULL)$$, '22004');
SELECT throws_ok($$SELECT cii_reference('spaceship', 1, 1)$$, '22023');
SELECT throws_ok($$SELECT fueleu_target(2020)$$, '22023');
SELECT throws_ok($$SELECT voyage_slow_steamed('origin=USLAX, destination=CNSHA, departure=2024-01-01T00:00Z, arrival=2024-01-15T00:00Z', -1)$$, '22003');
SELECT throws_ok($$SELECT voyage_with_fuel('origin=USLAX, destination=CNSHA, departure=2024-01-01T00:00Z, arrival=2024-01-15T00:00Z', 'HFO', 'UNOBTAINIUM')$$, '22023');

SELECT * FROM finish();
ROLLBACK;
