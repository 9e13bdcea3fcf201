-- pgTAP: EU ETS allowances for maritime transport (Directive 2003/87/EC as amended by Directive (EU)
-- 2023/959: Article 3ga scope, Article 3gb phase-in).  Values by hand from the fueleu factors of MGO
-- (Regulation (EU) 2023/1805 Annex II: Cf CO2 3.206, CH4 0.00005, N2O 0.00018 t/t): 100 t MGO gives
-- 320.6 t CO2, 0.005 t CH4, 0.018 t N2O; CO2e with GWP100 AR5 (28, 265) = 320.6 + 0.14 + 4.77 = 325.51 t.
BEGIN;
SELECT plan(17);

SELECT is(ARRAY[eu_ets_surrender_share(2024), eu_ets_surrender_share(2025), eu_ets_surrender_share(2026), eu_ets_surrender_share(2035)],
          ARRAY[0.4, 0.7, 1, 1]::float8[], 'surrender share: 40 % for 2024, 70 % for 2025, 100 % from 2026');
SELECT throws_ok($$SELECT eu_ets_surrender_share(2023)$$, '22023', 'the EU ETS covers maritime emissions from 2024, got 2023',
                 'no maritime EU ETS before 2024');

CREATE TEMP TABLE leg (name text, v voyage);
INSERT INTO leg VALUES
 ('intra-EU', 'origin=NLRTM, destination=DEHAM, departure=2024-03-01T08:00Z, arrival=2024-03-02T20:00Z, fuels=[MGO 100 t]'),
 ('to China', 'origin=NLRTM, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-30T20:00Z, fuels=[MGO 100 t]'),
 ('transpacific', 'origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-20T20:00Z, fuels=[MGO 100 t]');

SELECT is((SELECT round(eu_ets_allowances(v, 2024)::numeric, 6) FROM leg WHERE name = 'intra-EU'), 128.24::numeric,
          'intra-EU 2024: 0.40 x 320.6 t CO2');
SELECT is((SELECT round(eu_ets_allowances(v, 2025)::numeric, 6) FROM leg WHERE name = 'intra-EU'), 224.42::numeric,
          'intra-EU 2025: 0.70 x 320.6 t CO2');
SELECT is((SELECT round(eu_ets_allowances(v, 2026)::numeric, 6) FROM leg WHERE name = 'intra-EU'), 325.51::numeric,
          'intra-EU 2026: CH4 and N2O count: 325.51 t CO2e');
SELECT is((SELECT round(eu_ets_allowances(v, 2026)::numeric, 6) FROM leg WHERE name = 'to China'), 162.755::numeric,
          'from an EU port to a third country: half, 162.755 t CO2e');
SELECT is((SELECT eu_ets_allowances(v, 2026) FROM leg WHERE name = 'transpacific'), 0::float8,
          'between two ports outside the EU and EEA: nothing to surrender');
SELECT is((SELECT round(eu_ets_allowances(v, 2026, gwp => 'AR4')::numeric, 6) FROM leg WHERE name = 'intra-EU'), 326.089::numeric,
          'with GWP100 AR4 (25, 298): 320.6 + 0.125 + 5.364 = 326.089');
SELECT is(eu_ets_allowances('CO2=100'::emissions, 1, 2026), NULL,
          'from 2026 emissions whose CH4 and N2O are unknown give no number, not a CO2-only one');
SELECT is(eu_ets_allowances('CO2=100'::emissions, 1, 2025), 70::float8, 'before 2026 CO2 alone counts');
SELECT throws_ok($$SELECT eu_ets_allowances('CO2=100'::emissions, 2, 2025)$$, '22003', NULL, 'a scope above 1 is refused');
SELECT is((SELECT round(sum(eu_ets_allowances(v, 2026))::numeric, 6) FROM leg), 488.265::numeric,
          'a company''s year: the sum over its voyages (325.51 + 162.755 + 0)');

SELECT is(eu_ets_allowances('CO2=1'::emissions, 0, 2026), 0::float8, 'out of scope owes nothing, even with CH4 unknown');
SELECT throws_ok($$SELECT eu_ets_allowances('CO2=1'::emissions, 1, 2025, 'AR9')$$, '22023', NULL, 'an unknown GWP set is refused in any year');
-- FuelEU: a ship outside its reach has no balance (NULL, documented), or one as if in scope on request.
-- Worked by hand in sql/corridors.sql: 1,000 t HFO fully in scope in 2025 give -97.4996 t CO2e.
CREATE TEMP TABLE hfo (v voyage);
INSERT INTO hfo VALUES ('origin=USLAX, destination=CNSHA, departure=2025-03-01T08:00Z, arrival=2025-03-20T20:00Z, fuels=[HFO 1000 t]');
SELECT is((SELECT fueleu_balance_t(v, 2025) FROM hfo), NULL,
          'FuelEU: nothing in scope, no balance (NULL: the regulation does not apply)');
SELECT is((SELECT round(fueleu_balance_t(v, 2025, true)::numeric, 4) FROM hfo), -97.4996::numeric,
          'as if in scope: the balance the same voyage would have between EU ports');
SELECT is((SELECT fueleu_balance_t(v, 2025, false) FROM hfo), NULL, 'as_if_in_scope false is the regulation''s scope');

SELECT * FROM finish();
ROLLBACK;
