-- pgTAP: NaN and infinities in the SQL-language functions.  The rule (README, "Errors"): a non-finite value
-- (NaN, Infinity, -Infinity) is an invalid value, 22023; a finite value outside its range (negative, 0 where a
-- positive number is needed, too large) is out of range, 22003.  The C functions follow it (07_ships and
-- others); here the CII functions (through portemis.cii_line and portemis.bad_argument), eu_ets_allowances
-- (portemis.bad_scope), fueleu_balance_t, fueleu_penalty_eur, fueleu_borrow_limit_t, fueleu_ledger, the pools
-- (portemis.fueleu_pool_values, portemis.fueleu_pool_sum), port_area and ship_subtype.  Valid values keep
-- their results, worked by hand:
--   container ship of 100,000 DWT: reference 1984 x 100000^-0.489 = 7.121011 g CO2 per DWT-nm (MEPC.353(78));
--     required 2025 = (1 - 9/100) x 7.121011 = 6.480120; boundaries x 0.83, 0.94, 1.07, 1.19 (exp(d)):
--     5.378, 6.091, 6.934, 7.711: an attained 5 is A, 7 is D
--   bulk carrier above 279,000 DWT: capacity 279,000
--   FuelEU 2025 target 91.16 x 0.98 = 89.3368 gCO2e/MJ: balance of 91 g/MJ over 1e6 MJ (89.3368 - 91) x 1e6 / 1e6
--     = -1.6632 t; penalty of -100 t at 91 g/MJ 100e6 / (91 x 41,000) x 2,400 = 64,325.92 EUR; borrowing
--     limit of 1e9 MJ 0.02 x 89.3368 x 1e9 / 1e6 = 1,786.736 t
--   EU ETS 2025: 100 t CO2 half in scope 0.5 x 0.70 x 100 = 35 t
--   pool {100, -50}: total 50, surplus 100, each surplus keeps 50/100: {50, 0}
\ir defaults.psql
BEGIN;
SELECT plan(105);

-- ---- the support function: the rule itself
SELECT throws_ok($$SELECT portemis.bad_argument('x', 'NaN', 'finite')$$, '22023', 'x must be finite, got NaN',
                 'bad_argument: NaN is an invalid value');
SELECT throws_ok($$SELECT portemis.bad_argument('x', 'Infinity', 'finite')$$, '22023', NULL, 'bad_argument: Infinity is an invalid value');
SELECT throws_ok($$SELECT portemis.bad_argument('x', '-Infinity', 'finite')$$, '22023', NULL, 'bad_argument: -Infinity is an invalid value');
SELECT throws_ok($$SELECT portemis.bad_argument('x', -1, 'at least 0')$$, '22003', 'x must be at least 0, got -1',
                 'bad_argument: a finite value is out of range');
SELECT throws_ok($$SELECT portemis.bad_argument('x', 1e308, 'below 1')$$, '22003', NULL, 'bad_argument: a large finite value is out of range');

-- ---- CII: the size (DWT, or GT for a GT-based type) through cii_line
SELECT throws_ok($$SELECT cii_capacity('container_ship', 'NaN', NULL)$$, '22023', NULL, 'cii_capacity: a NaN DWT');
SELECT throws_ok($$SELECT cii_capacity('container_ship', 'Infinity', NULL)$$, '22023', NULL, 'cii_capacity: an infinite DWT');
SELECT throws_ok($$SELECT cii_capacity('cruise_passenger', NULL, 'NaN')$$, '22023', NULL, 'cii_capacity: a NaN GT (GT-based type)');
SELECT throws_ok($$SELECT cii_capacity('cruise_passenger', NULL, '-Infinity')$$, '22023', NULL, 'cii_capacity: a GT of -Infinity');
SELECT throws_ok($$SELECT cii_reference('container_ship', 'NaN', NULL)$$, '22023',
                 'the CII of a container_ship needs its DWT (a positive number), got NaN', 'cii_reference: a NaN DWT, named');
SELECT throws_ok($$SELECT cii_reference('bulk_carrier', 'Infinity', NULL)$$, '22023', NULL,
                 'cii_reference: an infinite DWT (even where the capacity is fixed above 279,000)');
SELECT throws_ok($$SELECT cii_reference('ro_ro_passenger', 12000, 'NaN')$$, '22023', NULL, 'cii_reference: a NaN GT');
SELECT throws_ok($$SELECT cii_reference('ro_ro_passenger', 12000, 'Infinity')$$, '22023', NULL, 'cii_reference: an infinite GT');
SELECT throws_ok($$SELECT cii_required('container_ship', 'NaN', NULL, 2025)$$, '22023', NULL, 'cii_required: a NaN DWT');
SELECT throws_ok($$SELECT cii_required('container_ship', '-Infinity', NULL, 2025)$$, '22023', NULL, 'cii_required: a DWT of -Infinity');
SELECT throws_ok($$SELECT cii_required('ro_ro_passenger', NULL, 'NaN', 2025)$$, '22023', NULL, 'cii_required: a NaN GT');
SELECT throws_ok($$SELECT cii_required('ro_ro_passenger', NULL, 'Infinity', 2025)$$, '22023', NULL, 'cii_required: an infinite GT');
SELECT throws_ok($$SELECT cii_rating('container_ship', 'NaN', NULL, 2025, 5)$$, '22023', NULL, 'cii_rating: a NaN DWT');
SELECT throws_ok($$SELECT cii_rating('container_ship', 'Infinity', NULL, 2025, 5)$$, '22023', NULL, 'cii_rating: an infinite DWT');
SELECT throws_ok($$SELECT cii_rating('ro_ro_passenger', NULL, 'NaN', 2025, 5)$$, '22023', NULL, 'cii_rating: a NaN GT');
SELECT throws_ok($$SELECT cii_rating('ro_ro_passenger', NULL, 'Infinity', 2025, 5)$$, '22023', NULL, 'cii_rating: an infinite GT');
SELECT throws_ok($$SELECT cii_rating('container_ship', 100000, NULL, 2025, 'Infinity')$$, '22023',
                 'attained (g CO2 per capacity-nm) must be a finite number >= 0 (NULL or NaN: unknown), got Infinity',
                 'cii_rating: an infinite attained CII is an invalid value');
SELECT throws_ok($$SELECT cii_rating('container_ship', 100000, NULL, 2025, '-Infinity')$$, '22023', NULL,
                 'cii_rating: an attained CII of -Infinity is an invalid value');
SELECT is(cii_rating('container_ship', 100000, NULL, 2025, 'NaN'), NULL, 'cii_rating: a NaN attained CII is unknown: no rating');
-- finite and out of range: 22003
SELECT throws_ok($$SELECT cii_reference('container_ship', -5, NULL)$$, '22003', NULL, 'cii_reference: a negative DWT is out of range');
SELECT throws_ok($$SELECT cii_capacity('container_ship', 0, NULL)$$, '22003', NULL, 'cii_capacity: a DWT of 0 is out of range');
SELECT throws_ok($$SELECT cii_required('cruise_passenger', NULL, 0, 2025)$$, '22003', NULL, 'cii_required: a GT of 0 is out of range');
SELECT throws_ok($$SELECT cii_rating('container_ship', 100000, NULL, 2025, -1)$$, '22003', NULL,
                 'cii_rating: a negative attained CII is out of range');
SELECT throws_ok($$SELECT cii_reference('container_ship', NULL, NULL)$$, '22004', NULL, 'cii_reference: a NULL DWT is still 22004');
-- valid values: the results of 0.10.0
SELECT is(cii_capacity('bulk_carrier', 300000, NULL), 279000::float8, 'cii_capacity: a bulk carrier above 279,000 DWT counts 279,000');
SELECT is(cii_capacity('ro_ro_passenger', 'NaN', 30000), 30000::float8, 'cii_capacity: a GT-based type does not read the DWT');
SELECT is(round(cii_reference('container_ship', 100000, NULL)::numeric, 6), 7.121011::numeric,
          'cii_reference: 1984 x 100000^-0.489 = 7.121011');
SELECT is(round(cii_required('container_ship', 100000, NULL, 2025)::numeric, 6), 6.480120::numeric,
          'cii_required 2025: 0.91 x 7.121011 = 6.480120');
SELECT is(cii_rating('container_ship', 100000, NULL, 2025, 5), 'A', 'cii_rating: 5 < 6.480120 x 0.83 is A');
SELECT is(cii_rating('container_ship', 100000, NULL, 2025, 7), 'D', 'cii_rating: 6.480120 x 1.07 <= 7 < 6.480120 x 1.19 is D');

-- ---- EU ETS: the scope
SELECT throws_ok($$SELECT eu_ets_allowances('CO2=100'::emissions, 'NaN', 2025)$$, '22023',
                 'scope must lie between 0 and 1 (the share of the emissions in scope), got NaN', 'eu_ets_allowances: a NaN scope');
SELECT throws_ok($$SELECT eu_ets_allowances('CO2=100'::emissions, 'Infinity', 2025)$$, '22023', NULL, 'eu_ets_allowances: an infinite scope');
SELECT throws_ok($$SELECT eu_ets_allowances('CO2=100'::emissions, '-Infinity', 2026)$$, '22023', NULL, 'eu_ets_allowances: a scope of -Infinity');
SELECT throws_ok($$SELECT eu_ets_allowances('CO2=100'::emissions, 2, 2025)$$, '22003', NULL, 'eu_ets_allowances: a scope above 1 is out of range');
SELECT throws_ok($$SELECT eu_ets_allowances('CO2=100'::emissions, -0.5, 2025)$$, '22003', NULL, 'eu_ets_allowances: a negative scope is out of range');
SELECT throws_ok($$SELECT portemis.bad_scope('NaN')$$, '22023', NULL, 'bad_scope: NaN is an invalid value');
SELECT throws_ok($$SELECT portemis.bad_scope(1.5)$$, '22003', NULL, 'bad_scope: a finite scope is out of range');
SELECT is(eu_ets_allowances('CO2=100'::emissions, 0.5, 2025), 35::float8, 'eu_ets_allowances 2025, half in scope: 0.5 x 0.70 x 100 = 35 t');
SELECT is(eu_ets_allowances('CO2=100'::emissions, 0, 2025), 0::float8, 'eu_ets_allowances: nothing in scope owes nothing');

-- ---- FuelEU balance and penalty
SELECT throws_ok($$SELECT fueleu_balance_t('NaN', 1e6, 2025)$$, '22023', NULL, 'fueleu_balance_t: a NaN intensity');
SELECT throws_ok($$SELECT fueleu_balance_t('-Infinity', 1e6, 2025)$$, '22023', NULL, 'fueleu_balance_t: an intensity of -Infinity');
SELECT throws_ok($$SELECT fueleu_balance_t(91, 'NaN', 2025)$$, '22023', 'energy_mj must be a finite number >= 0, got NaN',
                 'fueleu_balance_t: a NaN energy');
SELECT throws_ok($$SELECT fueleu_balance_t(91, 'Infinity', 2025)$$, '22023', NULL, 'fueleu_balance_t: an infinite energy');
SELECT throws_ok($$SELECT fueleu_balance_t(91, -5, 2025)$$, '22003', 'energy_mj must be a finite number >= 0, got -5',
                 'fueleu_balance_t: a negative energy is out of range');
SELECT is(round(fueleu_balance_t(91, 1e6, 2025)::numeric, 6), -1.6632::numeric, 'fueleu_balance_t: (89.3368 - 91) x 1e6 / 1e6 = -1.6632 t');
SELECT throws_ok($$SELECT fueleu_penalty_eur('NaN', 91)$$, '22023', 'balance_t must be a finite number, got NaN',
                 'fueleu_penalty_eur: a NaN balance');
SELECT throws_ok($$SELECT fueleu_penalty_eur('-Infinity', 91)$$, '22023', NULL, 'fueleu_penalty_eur: a balance of -Infinity');
SELECT throws_ok($$SELECT fueleu_penalty_eur(-100, 'NaN')$$, '22023', NULL, 'fueleu_penalty_eur: a NaN intensity');
SELECT throws_ok($$SELECT fueleu_penalty_eur(-100, 'Infinity')$$, '22023', NULL, 'fueleu_penalty_eur: an infinite intensity');
SELECT throws_ok($$SELECT fueleu_penalty_eur(-100, 0)$$, '22003', NULL, 'fueleu_penalty_eur: an intensity of 0 with a deficit is out of range');
SELECT throws_ok($$SELECT fueleu_penalty_eur(-100, -5)$$, '22003', NULL, 'fueleu_penalty_eur: a negative intensity with a deficit is out of range');
SELECT throws_ok($$SELECT fueleu_penalty_eur(-100, 91, 0)$$, '22003', 'consecutive_deficit_years must be at least 1, got 0',
                 'fueleu_penalty_eur: 0 consecutive deficit years is out of range');
SELECT is(round(fueleu_penalty_eur(-100, 91)::numeric, 2), 64325.92::numeric,
          'fueleu_penalty_eur: 100e6 / (91 x 41,000) x 2,400 = 64,325.92 EUR');
SELECT is(fueleu_penalty_eur(100, 91), 0::float8, 'fueleu_penalty_eur: no penalty without a deficit');

-- ---- FuelEU borrowing limit and ledger
SELECT throws_ok($$SELECT fueleu_borrow_limit_t('NaN', 2025)$$, '22023',
                 'energy_mj must be a finite non-negative number (MJ), got NaN', 'fueleu_borrow_limit_t: a NaN energy');
SELECT throws_ok($$SELECT fueleu_borrow_limit_t('-Infinity', 2025)$$, '22023', NULL, 'fueleu_borrow_limit_t: an energy of -Infinity');
SELECT throws_ok($$SELECT fueleu_borrow_limit_t(-1, 2025)$$, '22003', NULL, 'fueleu_borrow_limit_t: a negative energy is out of range');
SELECT is(round(fueleu_borrow_limit_t(1e9, 2025)::numeric, 6), 1786.736::numeric,
          'fueleu_borrow_limit_t: 0.02 x 89.3368 x 1e9 / 1e6 = 1,786.736 t');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY['NaN']::float8[], ARRAY[1e8])$$, '22023', NULL,
                 'fueleu_ledger: a NaN balance');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025, 2026], ARRAY[1, 'Infinity']::float8[], ARRAY[1e8, 1e8])$$, '22023',
                 'fueleu_ledger: balance_t[2] (year 2026) must be a finite number (t CO2e), got Infinity', 'fueleu_ledger: an infinite balance');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[1], ARRAY['NaN']::float8[])$$, '22023', NULL,
                 'fueleu_ledger: a NaN energy');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[1], ARRAY['Infinity']::float8[])$$, '22023', NULL,
                 'fueleu_ledger: an infinite energy');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[-10], ARRAY[1e8], borrow_t => ARRAY['NaN']::float8[])$$, '22023', NULL,
                 'fueleu_ledger: a NaN borrow_t');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[-10], ARRAY[1e8], borrow_t => ARRAY['-Infinity']::float8[])$$, '22023',
                 'fueleu_ledger: borrow_t[1] (year 2025) must be a finite non-negative number (t CO2e), got -Infinity',
                 'fueleu_ledger: a borrow_t of -Infinity');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[1], ARRAY[-1])$$, '22003', NULL,
                 'fueleu_ledger: a negative energy is out of range');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[-10], ARRAY[1e8], borrow_t => ARRAY[-5])$$, '22003', NULL,
                 'fueleu_ledger: a negative borrow_t is out of range');
SELECT is((SELECT array_agg(row(year, borrowed_t, repaid_t, final_balance_t, deficit_t)::text ORDER BY year)
           FROM fueleu_ledger(ARRAY[2025, 2026], ARRAY[-10, 50], ARRAY[1e9, 1e9], NULL, ARRAY[5, 0])),
          ARRAY['(2025,5,0,-5,5)', '(2026,0,5.5,44.5,0)'],
          'fueleu_ledger: 5 t borrowed in 2025 (-10 + 5 = -5), 5.5 t repaid in 2026 (50 - 5.5 = 44.5)');

-- ---- FuelEU pools
SELECT throws_ok($$SELECT fueleu_pool_allocate(ARRAY[100, 'NaN']::float8[])$$, '22023',
                 'before_t[2] must be a finite number (t CO2e), got NaN', 'fueleu_pool_allocate: a NaN balance');
SELECT throws_ok($$SELECT fueleu_pool_allocate(ARRAY['Infinity', -50]::float8[])$$, '22023', NULL, 'fueleu_pool_allocate: an infinite balance');
SELECT throws_ok($$SELECT * FROM fueleu_pool_check(ARRAY['NaN', -50]::float8[], ARRAY[50, 0])$$, '22023', NULL,
                 'fueleu_pool_check: a NaN balance before');
SELECT throws_ok($$SELECT * FROM fueleu_pool_check(ARRAY[100, '-Infinity']::float8[], ARRAY[50, 0])$$, '22023', NULL,
                 'fueleu_pool_check: a balance of -Infinity before');
SELECT throws_ok($$SELECT * FROM fueleu_pool_check(ARRAY[100, -50], ARRAY[50, 'NaN']::float8[])$$, '22023', NULL,
                 'fueleu_pool_check: a NaN balance after');
SELECT throws_ok($$SELECT * FROM fueleu_pool_check(ARRAY[100, -50], ARRAY['Infinity', 0]::float8[])$$, '22023', NULL,
                 'fueleu_pool_check: an infinite balance after');
SELECT throws_ok($$SELECT portemis.fueleu_pool_sum(ARRAY[1, 'NaN', 2]::float8[])$$, '22023',
                 'balances_t[2] must be a finite number (t CO2e), got NaN', 'fueleu_pool_sum: a NaN balance, no NaN sum');
SELECT throws_ok($$SELECT portemis.fueleu_pool_sum(ARRAY[1, 'Infinity']::float8[])$$, '22023', NULL, 'fueleu_pool_sum: an infinite balance');
SELECT throws_ok($$SELECT portemis.fueleu_pool_sum(ARRAY['-Infinity', 'Infinity']::float8[])$$, '22023', NULL,
                 'fueleu_pool_sum: infinities of both signs');
SELECT throws_ok($$SELECT portemis.fueleu_pool_sum(ARRAY[1e308, 1e308])$$, '22003', NULL, 'fueleu_pool_sum: finite balances whose sum overflows are out of range');
SELECT is(portemis.fueleu_pool_sum(ARRAY[1e20, 5, -1e20]), 5::float8, 'fueleu_pool_sum: compensated, {1e20, 5, -1e20} sums to 5');
SELECT is(fueleu_pool_allocate(ARRAY[100, -50]), ARRAY[50, 0]::float8[], 'fueleu_pool_allocate: {100, -50} gives {50, 0}');
SELECT is((SELECT row(valid, failed_rule)::text FROM fueleu_pool_check(ARRAY[100, -50], ARRAY[50, 0])), '(t,)',
          'fueleu_pool_check: {100, -50} -> {50, 0} is valid');

-- ---- port_area: the radius
SELECT throws_ok($$SELECT port_area('USLAX', 'NaN')$$, '22023', 'radius_nm must lie in (0, 1000], got NaN', 'port_area: a NaN radius');
SELECT throws_ok($$SELECT port_area('USLAX', 'Infinity')$$, '22023', NULL, 'port_area: an infinite radius');
SELECT throws_ok($$SELECT port_area('USLAX', '-Infinity')$$, '22023', NULL, 'port_area: a radius of -Infinity');
SELECT throws_ok($$SELECT port_area('USLAX', 0)$$, '22003', NULL, 'port_area: a radius of 0 is out of range');
SELECT throws_ok($$SELECT port_area('USLAX', 1001)$$, '22003', NULL, 'port_area: a radius above 1000 nm is out of range');
SELECT is(st_geometrytype(port_area('USLAX', 10)), 'ST_Polygon', 'port_area: 10 nm round Los Angeles is a polygon');

-- ---- ship_subtype: the size the type is binned by
SELECT throws_ok($$SELECT ship_subtype('container_ship', teu => 'NaN')$$, '22023', 'teu must be a finite non-negative number, got NaN',
                 'ship_subtype: a NaN TEU');
SELECT throws_ok($$SELECT ship_subtype('container_ship', teu => 'Infinity')$$, '22023', NULL, 'ship_subtype: an infinite TEU');
SELECT throws_ok($$SELECT ship_subtype('bulk_carrier', dwt => 'NaN')$$, '22023', NULL, 'ship_subtype: a NaN DWT');
SELECT throws_ok($$SELECT ship_subtype('bulk_carrier', dwt => '-Infinity')$$, '22023', NULL, 'ship_subtype: a DWT of -Infinity');
SELECT throws_ok($$SELECT ship_subtype('cruise_passenger', gt => 'NaN')$$, '22023', NULL, 'ship_subtype: a NaN GT');
SELECT throws_ok($$SELECT ship_subtype('cruise_passenger', gt => 'Infinity')$$, '22023', NULL, 'ship_subtype: an infinite GT');
SELECT throws_ok($$SELECT ship_subtype('cruise_passenger_ed', passengers => 'NaN', basis => 'starcrest2016')$$, '22023', NULL,
                 'ship_subtype: a NaN number of passengers');
SELECT throws_ok($$SELECT ship_subtype('cruise_passenger_ed', passengers => 'Infinity', basis => 'starcrest2016')$$, '22023', NULL,
                 'ship_subtype: an infinite number of passengers');
SELECT throws_ok($$SELECT ship_subtype('container_ship', teu => -1)$$, '22003', 'teu must be a finite non-negative number, got -1',
                 'ship_subtype: a negative TEU is out of range');
SELECT is(ship_subtype('container_ship', teu => 10000), 'container.ship.12000', 'ship_subtype: 10,000 TEU');
SELECT is(ship_subtype('container_ship', dwt => 'NaN', teu => 0), 'container.ship.1000',
          'ship_subtype: a TEU of 0 is the smallest bin; the DWT is not read');

-- ---- the internal apportioning behind voyage_emissions(v, route) (C): any role may call it
SELECT throws_ok($$SELECT portemis.voyage_emissions_apportioned(voyage(NULL, 'USLAX', 'JPTYO', '2024-01-01Z', '2024-01-10Z', fuels => '{"HFO": 10}'), 'NaN', '{}', '{}')$$,
                 '22023', NULL, 'voyage_emissions_apportioned: a NaN fraction');
SELECT throws_ok($$SELECT portemis.voyage_emissions_apportioned(voyage(NULL, 'USLAX', 'JPTYO', '2024-01-01Z', '2024-01-10Z', fuels => '{"HFO": 10}'), 1, '{Infinity}', '{0.1}')$$,
                 '22023', NULL, 'voyage_emissions_apportioned: an infinite zone share');
SELECT throws_ok($$SELECT portemis.voyage_emissions_apportioned(voyage(NULL, 'USLAX', 'JPTYO', '2024-01-01Z', '2024-01-10Z', fuels => '{"HFO": 10}'), 1, '{0.5}', '{-1}')$$,
                 '22003', NULL, 'voyage_emissions_apportioned: a negative sulphur limit is out of range');

SELECT * FROM finish();
ROLLBACK;
