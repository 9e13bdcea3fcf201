-- pgTAP: FuelEU Maritime flexibility, Regulation (EU) 2023/1805: banking and borrowing between a ship's
-- reporting periods (Article 20) and pooling (Article 21(4)); the text of both was checked only against a
-- secondary verbatim quote (bettersea.tech).  Balances in t CO2e as fueleu_balance_t returns them (positive:
-- a surplus).  Every value worked by hand:
--   2025 target 91.16 x 0.98 = 89.3368 gCO2e/MJ; 2030 target 91.16 x 0.94 = 85.6904 gCO2e/MJ.
--   borrowing limit (a) = 0.02 x target x energy / 1e6 (gCO2e -> t, as fueleu_balance_t):
--     4.0e8 MJ in 2025: 0.02 x 89.3368 x 4e8 / 1e6 = 714.6944 t
--     1.0e8 MJ in 2025 (or 2029): 0.02 x 89.3368 x 1e8 / 1e6 = 178.6736 t
--     1.0e8 MJ in 2030: 0.02 x 85.6904 x 1e8 / 1e6 = 171.3808 t
--   repayment = 1.1 x the advance surplus borrowed the year before.
-- Bad input: rules broken (borrowing, banking, years, array lengths) 22023; a NULL element 22004; a
-- non-finite (NaN or infinite) balance, energy or borrow_t 22023 (an invalid value), a negative energy or
-- borrow_t 22003 (README: 22003 for negative quantities).
BEGIN;
SELECT plan(85);

-- ---- the borrowing limit
SELECT is(round(fueleu_borrow_limit_t(4.0e8, 2025)::numeric, 6), 714.6944::numeric,
          'borrowing limit 2025, 4.0e8 MJ: 0.02 x 89.3368 x 4e8 / 1e6 = 714.6944 t CO2e');
SELECT is(round(fueleu_borrow_limit_t(1.0e8, 2030)::numeric, 6), 171.3808::numeric,
          'borrowing limit 2030, 1.0e8 MJ: 0.02 x 85.6904 x 1e8 / 1e6 = 171.3808 t CO2e');
SELECT is(fueleu_borrow_limit_t(0, 2025), 0::float8, 'no energy, nothing to borrow');
SELECT is(fueleu_borrow_limit_t(NULL, 2025), NULL, 'NULL energy: NULL (STRICT)');
SELECT throws_ok($$SELECT fueleu_borrow_limit_t(-1, 2025)$$, '22003',
                 'energy_mj must be a finite non-negative number (MJ), got -1', 'a negative energy is refused');
SELECT throws_ok($$SELECT fueleu_borrow_limit_t('NaN', 2025)$$, '22023', NULL, 'a NaN energy is refused');
SELECT throws_ok($$SELECT fueleu_borrow_limit_t('Infinity', 2025)$$, '22023', NULL, 'an infinite energy is refused');
SELECT throws_ok($$SELECT fueleu_borrow_limit_t(1e8, 2024)$$, '22023',
                 'FuelEU Maritime sets no GHG intensity target before 2025, got 2024', 'no limit before 2025');

-- ---- the ledger: borrow, repay x 1.1, bank
-- 2025: -500 + 500 borrowed (<= 714.6944) = 0.
-- 2026: 900 - 1.1 x 500 = 900 - 550 = 350, banked: 0 stays, 350 carried.
-- 2027: -200 + 350 = 150 (not banked: stays with 2027).
SELECT results_eq(
    $$SELECT year, round(balance_t::numeric, 6), round(banked_in_t::numeric, 6), round(repaid_t::numeric, 6),
             round(borrowed_t::numeric, 6), round(borrow_limit_t::numeric, 6), round(banked_t::numeric, 6),
             round(final_balance_t::numeric, 6), round(deficit_t::numeric, 6), consecutive_deficit_years
      FROM fueleu_ledger(ARRAY[2025, 2026, 2027], ARRAY[-500, 900, -200], ARRAY[4e8, 4e8, 4e8],
                         bank => ARRAY[false, true, false], borrow_t => ARRAY[500, 0, 0])$$,
    $$VALUES (2025, -500::numeric, 0::numeric, 0::numeric, 500::numeric, 714.6944::numeric, 0::numeric, 0::numeric, 0::numeric, 0),
             (2026, 900, 0, 550, 0, 714.6944, 350, 0, 0, 0),
             (2027, -200, 350, 0, 0, 714.6944, 0, 150, 0, 0)$$,
    'borrow 500 in 2025, repay 550 in 2026, bank the 350 left to 2027: -200 + 350 = 150');
-- what stays with the years adds up: sum of balances - 0.1 x borrowed and repaid inside the ledger
-- (- banked out of the last year + borrowed in it): -500 + 900 - 200 - 50 = 150 = 0 + 0 + 150
SELECT is((SELECT round(sum(final_balance_t)::numeric, 6)
           FROM fueleu_ledger(ARRAY[2025, 2026, 2027], ARRAY[-500, 900, -200], ARRAY[4e8, 4e8, 4e8],
                              ARRAY[false, true, false], ARRAY[500, 0, 0])), 150::numeric,
          'the final balances add up to the balances less the 10 % of what was borrowed and repaid');

-- The repayment can make the next year a deficit: -700 + 700 = 0 in 2025 (700 <= 714.6944);
-- 2026: 100 - 1.1 x 700 = 100 - 770 = -670, the deficit the penalty is computed on.
SELECT results_eq(
    $$SELECT year, round(repaid_t::numeric, 6), round(final_balance_t::numeric, 6), round(deficit_t::numeric, 6),
             consecutive_deficit_years
      FROM fueleu_ledger(ARRAY[2025, 2026], ARRAY[-700, 100], ARRAY[4e8, 4e8], borrow_t => ARRAY[700, 0])$$,
    $$VALUES (2025, 0::numeric, 0::numeric, 0::numeric, 0), (2026, 770, -670, 670, 1)$$,
    'the repayment of 1.1 x 700 = 770 turns 2026''s surplus of 100 into a deficit of 670');

-- Without choices the ledger is the balances; deficits are not carried; consecutive deficits counted
SELECT results_eq(
    $$SELECT year, round(banked_in_t::numeric, 6), round(borrow_limit_t::numeric, 6), round(final_balance_t::numeric, 6),
             round(deficit_t::numeric, 6), consecutive_deficit_years
      FROM fueleu_ledger(ARRAY[2025, 2026, 2027], ARRAY[-10, -20, 30], ARRAY[1e8, 1e8, 1e8])$$,
    $$VALUES (2025, 0::numeric, 178.6736::numeric, -10::numeric, 10::numeric, 1), (2026, 0, 178.6736, -20, 20, 2),
             (2027, 0, 178.6736, 30, 0, 0)$$,
    'no banking, no borrowing: final = balance; a deficit is settled by its penalty, not carried; n = 1, 2, then 0');

-- Banking accumulates: 100 banked; 50 + 100 = 150 banked; -120 + 150 = 30 stays with 2027
SELECT results_eq(
    $$SELECT year, round(banked_in_t::numeric, 6), round(banked_t::numeric, 6), round(final_balance_t::numeric, 6)
      FROM fueleu_ledger(ARRAY[2025, 2026, 2027], ARRAY[100, 50, -120], ARRAY[1e8, 1e8, 1e8], ARRAY[true, true, false])$$,
    $$VALUES (2025, 0::numeric, 100::numeric, 0::numeric), (2026, 100, 150, 0), (2027, 150, 0, 30)$$,
    'banking: a surplus with what was banked into it goes on to the next year');
SELECT is((SELECT round(final_balance_t::numeric, 6)
           FROM fueleu_ledger(ARRAY[2025, 2026], ARRAY[100, -120], ARRAY[1e8, 1e8], ARRAY[NULL, NULL]::boolean[]) WHERE year = 2026),
          -120::numeric, 'a NULL choice is no choice: nothing banked');
SELECT is((SELECT round(banked_t::numeric, 6)
           FROM fueleu_ledger(ARRAY[2025], ARRAY[0], ARRAY[1e8], ARRAY[true])), 0::numeric,
          'banking a balance of exactly 0 banks nothing (not a deficit)');

-- The limit is the borrowing year's: 2029 178.6736 (target 89.3368), 2030 171.3808 (target 85.6904)
SELECT is((SELECT array_agg(round(borrow_limit_t::numeric, 6) ORDER BY year)
           FROM fueleu_ledger(ARRAY[2029, 2030], ARRAY[0, 0], ARRAY[1e8, 1e8])),
          ARRAY[178.6736, 171.3808]::numeric[], 'the borrowing limit follows the year''s target');
-- Borrowing exactly the limit: -800 + 714.6944 = -85.3056
SELECT is((SELECT round(final_balance_t::numeric, 6) || ' ' || round(deficit_t::numeric, 6)
           FROM fueleu_ledger(ARRAY[2025], ARRAY[-800], ARRAY[4e8], borrow_t => ARRAY[fueleu_borrow_limit_t(4e8, 2025)])),
          '-85.305600 85.305600', 'borrowing the whole limit: -800 + 714.6944 = -85.3056 t CO2e');
SELECT lives_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[-800], ARRAY[4e8], borrow_t => ARRAY[714.6944])$$,
                'the limit written to 4 decimals is accepted (amounts compared within 1e-6 t)');
SELECT is((SELECT round(final_balance_t::numeric, 6)
           FROM fueleu_ledger(ARRAY[2025, 2026], ARRAY[-100, -100], ARRAY[1e8, 1e8], borrow_t => ARRAY[100, 0]) WHERE year = 2026),
          -210::numeric, 'the year after borrowing: -100 - 110 = -210 (no second borrowing)');
SELECT is((SELECT count(*)::int FROM fueleu_ledger(ARRAY[2025, 2026, 2027], ARRAY[-100, 50, -100], ARRAY[1e8, 1e8, 1e8],
                                                    borrow_t => ARRAY[100, 0, 100])), 3,
          'borrowing again after a year without borrowing is allowed');
SELECT is((SELECT count(*)::int FROM fueleu_ledger(NULL, ARRAY[1], ARRAY[1])), 0, 'a NULL year array: no rows (as STRICT)');
SELECT is((SELECT count(*)::int FROM fueleu_ledger('{}', '{}', '{}')), 0, 'empty arrays: no rows');

-- A table of ship-years: one ledger per ship (array_agg ordered by year)
CREATE TEMP TABLE ship_year (ship text, year int, balance_t float8, energy_mj float8, bank boolean, borrow_t float8);
INSERT INTO ship_year VALUES
 ('A', 2026, 900, 4e8, true, NULL), ('A', 2025, -500, 4e8, false, 500), ('A', 2027, -200, 4e8, false, NULL),
 ('B', 2025, 100, 1e8, true, NULL), ('B', 2026, -120, 1e8, NULL, NULL);
SELECT results_eq(
    $$SELECT s.ship, l.year, round(l.final_balance_t::numeric, 6)
      FROM (SELECT ship, array_agg(year ORDER BY year) AS y, array_agg(balance_t ORDER BY year) AS b,
                   array_agg(energy_mj ORDER BY year) AS e, array_agg(bank ORDER BY year) AS k,
                   array_agg(borrow_t ORDER BY year) AS w
            FROM ship_year GROUP BY ship) s, fueleu_ledger(s.y, s.b, s.e, s.k, s.w) l
      ORDER BY 1, 2$$,
    $$VALUES ('A', 2025, 0::numeric), ('A', 2026, 0), ('A', 2027, 150), ('B', 2025, 0), ('B', 2026, -20)$$,
    'one ledger per ship from a table: A as above, B 100 banked then -120 + 100 = -20');

-- ---- the ledger's refusals
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[-800], ARRAY[4e8], borrow_t => ARRAY[714.7])$$, '22023',
                 'fueleu_ledger: 714.7 t CO2e borrowed in 2025 exceeds the limit of 714.6944 t CO2e (Regulation (EU) 2023/1805 Article 20(2)(a): 2 % of the GHG intensity limit x the energy used)',
                 'borrowing above 2 % x target x energy (714.7 > 714.6944) is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[10], ARRAY[4e8], borrow_t => ARRAY[5])$$, '22023',
                 'fueleu_ledger: year 2025 has no compliance deficit (10 t CO2e with what is carried in) to borrow for (Regulation (EU) 2023/1805 Article 20(2): borrowing needs a compliance deficit)',
                 'borrowing in a year with a surplus is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[0], ARRAY[4e8], borrow_t => ARRAY[5])$$, '22023', NULL,
                 'borrowing in a year with a balance of exactly 0 is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025, 2026], ARRAY[100, -50], ARRAY[1e8, 1e8], ARRAY[true, false], ARRAY[0, 10])$$, '22023',
                 'fueleu_ledger: year 2026 has no compliance deficit (50 t CO2e with what is carried in) to borrow for (Regulation (EU) 2023/1805 Article 20(2): borrowing needs a compliance deficit)',
                 'no borrowing when the surplus banked in covers the year (-50 + 100 = 50)');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[-100], ARRAY[4e8], borrow_t => ARRAY[150])$$, '22023',
                 'fueleu_ledger: 150 t CO2e borrowed in 2025 exceeds the compliance deficit of 100 t CO2e (Regulation (EU) 2023/1805 Article 20(2): an advance surplus of the corresponding amount)',
                 'borrowing more than the deficit is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025, 2026], ARRAY[-100, -100], ARRAY[1e8, 1e8], borrow_t => ARRAY[100, 100])$$, '22023',
                 'fueleu_ledger: borrowing in 2025 and 2026 (an advance compliance surplus may not be borrowed for two consecutive reporting periods, Regulation (EU) 2023/1805 Article 20(2)(b))',
                 'borrowing in two consecutive years is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[-5], ARRAY[1e8], ARRAY[true])$$, '22023',
                 'fueleu_ledger: year 2025 has a compliance deficit (-5 t CO2e with what is carried in) and a deficit cannot be banked (Regulation (EU) 2023/1805 Article 20(1): a compliance surplus may be banked)',
                 'banking a deficit is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025, 2026], ARRAY[-100, 50], ARRAY[1e8, 1e8], ARRAY[false, true], ARRAY[100, 0])$$, '22023',
                 'fueleu_ledger: year 2026 has a compliance deficit (-60 t CO2e with what is carried in) and a deficit cannot be banked (Regulation (EU) 2023/1805 Article 20(1): a compliance surplus may be banked)',
                 'banking a year the repayment puts in deficit (50 - 110 = -60) is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025, 2027], ARRAY[1, 1], ARRAY[1e8, 1e8])$$, '22023',
                 'fueleu_ledger needs consecutive reporting years in ascending order: 2027 follows 2025',
                 'a missing year is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2026, 2025], ARRAY[1, 1], ARRAY[1e8, 1e8])$$, '22023',
                 'fueleu_ledger needs consecutive reporting years in ascending order: 2025 follows 2026',
                 'years in descending order are refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025, 2025], ARRAY[1, 1], ARRAY[1e8, 1e8])$$, '22023',
                 'fueleu_ledger: year 2025 appears twice (one balance per ship and reporting period)',
                 'a duplicate year is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025, 2026], ARRAY[1, 1, 1], ARRAY[1e8, 1e8])$$, '22023',
                 'fueleu_ledger needs arrays of one length (one element per reporting year): year has 2, balance_t 3, energy_mj 2, bank NULL, borrow_t NULL',
                 'arrays of different lengths are refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025, 2026], ARRAY[1, 1], ARRAY[1e8, 1e8], ARRAY[true])$$, '22023', NULL,
                 'a bank array of another length is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025, 2026], ARRAY[1, 1], ARRAY[1e8, 1e8], borrow_t => ARRAY[0, 0, 0])$$, '22023', NULL,
                 'a borrow_t array of another length is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger('{{2025}}', '{{1}}', '{{1}}')$$, '22023',
                 'fueleu_ledger needs one-dimensional arrays', 'two-dimensional arrays are refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025, 2026], ARRAY[1, NULL], ARRAY[1e8, 1e8])$$, '22004',
                 'fueleu_ledger: balance_t[2] (year 2026) is NULL', 'a NULL balance is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY['NaN']::float8[], ARRAY[1e8])$$, '22023',
                 'fueleu_ledger: balance_t[1] (year 2025) must be a finite number (t CO2e), got NaN', 'a NaN balance is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY['Infinity']::float8[], ARRAY[1e8])$$, '22023', NULL,
                 'an infinite balance is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY['-Infinity']::float8[], ARRAY[1e8])$$, '22023', NULL,
                 'a balance of -Infinity is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025, NULL], ARRAY[1, 1], ARRAY[1e8, 1e8])$$, '22004',
                 'fueleu_ledger: year[2] is NULL', 'a NULL year is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[1], ARRAY[-1])$$, '22003',
                 'fueleu_ledger: energy_mj[1] (year 2025) must be a finite non-negative number (MJ), got -1', 'a negative energy is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[1], ARRAY[NULL]::float8[])$$, '22004',
                 'fueleu_ledger: energy_mj[1] (year 2025) is NULL', 'a NULL energy is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[1], ARRAY['NaN']::float8[])$$, '22023', NULL,
                 'a NaN energy is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2025], ARRAY[-10], ARRAY[1e8], borrow_t => ARRAY[-5])$$, '22003',
                 'fueleu_ledger: borrow_t[1] (year 2025) must be a finite non-negative number (t CO2e), got -5', 'a negative borrowing is refused');
SELECT throws_ok($$SELECT * FROM fueleu_ledger(ARRAY[2024, 2025], ARRAY[1, 1], ARRAY[1e8, 1e8])$$, '22023',
                 'FuelEU Maritime sets no GHG intensity target before 2025, got 2024', 'a year before 2025 is refused');

-- ---- pools (Article 21(4))
SELECT is((SELECT row(valid, failed_rule)::text FROM fueleu_pool_check(ARRAY[-60, 150, -30, 30], ARRAY[0, 75, 0, 15])), '(t,)',
          'a valid pool: total 90 > 0, kept (0 + 75 + 0 + 15 = 90), deficits covered, surpluses still surpluses');
SELECT is((SELECT valid FROM fueleu_pool_check(ARRAY[-60, 40, 30], ARRAY[-20, 0, 30])), true,
          'a deficit ship may keep a smaller deficit (60 -> 20) and a surplus ship may end at 0');
SELECT is((SELECT valid FROM fueleu_pool_check(ARRAY[-10, 100], ARRAY[5, 85])), true,
          'a deficit ship may end with a surplus');
SELECT is((SELECT row(valid, failed_rule)::text FROM fueleu_pool_check(ARRAY[-60, 50], ARRAY[-10, 0])),
          '(f,"Article 21(4): the total pooled compliance must be positive, got -10 t CO2e")',
          'a pool whose total is negative (-60 + 50 = -10) is invalid');
SELECT is((SELECT failed_rule FROM fueleu_pool_check(ARRAY[-50, 50], ARRAY[0, 0])),
          'Article 21(4): the total pooled compliance must be positive, got 0 t CO2e',
          'a pool whose total is exactly 0 is invalid: 0 is not positive');
SELECT is((SELECT failed_rule FROM fueleu_pool_check(ARRAY[-50, 100], ARRAY[0, 60])),
          'the allocation must keep the pool''s total: 50 t CO2e before, 60 t CO2e after',
          'an allocation that creates compliance (50 -> 60) is invalid');
SELECT is((SELECT failed_rule FROM fueleu_pool_check(ARRAY[-50, 100, -10], ARRAY[-60, 100, 0])),
          'Article 21(4): ship 1 had a compliance deficit of 50 t CO2e and has a higher one after the allocation, 60 t CO2e',
          'a deficit ship with a higher deficit after the allocation (50 -> 60) makes the pool invalid');
SELECT is((SELECT failed_rule FROM fueleu_pool_check(ARRAY[-50, 100, 10], ARRAY[0, 70, -10])),
          'Article 21(4): ship 3 had no compliance deficit (10 t CO2e) and has a deficit of 10 t CO2e after the allocation',
          'a surplus ship in deficit after the allocation (10 -> -10) makes the pool invalid');
SELECT is((SELECT failed_rule FROM fueleu_pool_check(ARRAY[-50, 100, 0], ARRAY[0, 55, -5])),
          'Article 21(4): ship 3 had no compliance deficit (0 t CO2e) and has a deficit of 5 t CO2e after the allocation',
          'a ship at exactly 0 is held like a surplus ship: it may not end in deficit');
SELECT is((SELECT failed_rule FROM fueleu_pool_check(ARRAY[-10, -10, 100], ARRAY[-20, -20, 120])),
          'Article 21(4): ship 1 had a compliance deficit of 10 t CO2e and has a higher one after the allocation, 20 t CO2e, and 1 other ship',
          'the first offending ship is named, the others counted');
SELECT is((SELECT failed_rule FROM fueleu_pool_check(ARRAY[-60, 50], ARRAY[-70, 60])),
          'Article 21(4): the total pooled compliance must be positive, got -10 t CO2e; Article 21(4): ship 1 had a compliance deficit of 60 t CO2e and has a higher one after the allocation, 70 t CO2e',
          'every broken rule is named');
-- tolerance 1e-6 t: 0.1 + 0.2 - 0.15 is 0.15000000000000002 in float8, 0.15 after: kept
SELECT is((SELECT valid FROM fueleu_pool_check(ARRAY[0.1, 0.2, -0.15], ARRAY[0.15, 0, 0])), true,
          'float rounding of the sums is not a change of the total');
SELECT is((SELECT valid FROM fueleu_pool_check(ARRAY[-50, 100], ARRAY[0, 50.0000005])), true,
          'a total changed by 5e-7 t (0.5 g) is kept, within 1e-6 t');
SELECT is((SELECT failed_rule FROM fueleu_pool_check(ARRAY[-50, 100], ARRAY[0, 50.000002])),
          'the allocation must keep the pool''s total: 50 t CO2e before, 50.000002 t CO2e after',
          'a total changed by 2e-6 t is not kept');
SELECT is((SELECT valid FROM fueleu_pool_check(NULL, ARRAY[1])), NULL, 'NULL in, NULL out (STRICT)');
SELECT throws_ok($$SELECT * FROM fueleu_pool_check(ARRAY[-50, 100], ARRAY[0, 25, 25])$$, '22023',
                 'fueleu_pool_check needs one balance per ship before and after the allocation: before_t has 2, after_t 3',
                 'before and after of different lengths are refused');
SELECT throws_ok($$SELECT * FROM fueleu_pool_check('{}', '{}')$$, '22023',
                 'before_t is empty: a pool needs its ships'' balances (t CO2e)', 'an empty pool is refused');
SELECT throws_ok($$SELECT * FROM fueleu_pool_check(ARRAY[-50, NULL], ARRAY[0, 50])$$, '22004',
                 'before_t[2] is NULL', 'a NULL balance is refused');
SELECT throws_ok($$SELECT * FROM fueleu_pool_check(ARRAY[-50, 100], ARRAY['NaN', 50]::float8[])$$, '22023',
                 'after_t[1] must be a finite number (t CO2e), got NaN', 'a NaN balance is refused');
SELECT throws_ok($$SELECT * FROM fueleu_pool_check(ARRAY['Infinity', -50]::float8[], ARRAY[0, 50])$$, '22023', NULL,
                 'an infinite balance is refused');
SELECT throws_ok($$SELECT * FROM fueleu_pool_check('{{1,2}}', '{{1,2}}')$$, '22023', NULL,
                 'a two-dimensional array is refused');

-- ---- an allocation: deficits to 0, surpluses kept in proportion (each keeps total / sum of surpluses)
-- {-60, 150, -30, 30}: total 90, surpluses 180, each keeps 90/180 = 0.5: {0, 75, 0, 15}
SELECT is(fueleu_pool_allocate(ARRAY[-60, 150, -30, 30]), ARRAY[0, 75, 0, 15]::float8[],
          'deficits brought to 0, surpluses halved (total 90 of 180 surplus)');
SELECT is(fueleu_pool_allocate(ARRAY[30, -30, 150, -60]), ARRAY[15, 0, 75, 0]::float8[],
          'the same ships in another order get the same balances: the order does not matter');
-- {-50, 100, -30, 20}: total 40, surpluses 120, each keeps 1/3: {0, 33.333333333, 0, 6.666666667}
SELECT is((SELECT array_agg(round(x::numeric, 9)) FROM unnest(fueleu_pool_allocate(ARRAY[-50, 100, -30, 20])) x),
          ARRAY[0, 33.333333333, 0, 6.666666667]::numeric[], 'a third of each surplus kept (40 of 120)');
SELECT is((SELECT valid FROM fueleu_pool_check(ARRAY[-50, 100, -30, 20], fueleu_pool_allocate(ARRAY[-50, 100, -30, 20]))), true,
          'the allocation passes the check');
SELECT is(fueleu_pool_allocate(ARRAY[10, 20]), ARRAY[10, 20]::float8[], 'no deficit: nothing moves');
-- balances that cancel at very different magnitudes: the total of {1e20, 5, -1e20} is 5 in any order (a
-- plain floating-point sum gives 0 in this order: 1e20 + 5 rounds to 1e20)
SELECT is((SELECT valid FROM fueleu_pool_check(ARRAY[1e20, 5, -1e20], ARRAY[1e20, 5, -1e20])), true,
          'total 5 of {1e20, 5, -1e20} is positive in this order');
SELECT is((SELECT valid FROM fueleu_pool_check(ARRAY[1e20, -1e20, 5], ARRAY[1e20, -1e20, 5])), true,
          'and in this one');
-- total 5, surpluses 1e20 + 5: the 1e20 ship keeps 1e20 x 5 / (1e20 + 5) = 5 (to 1e-12), the deficit goes to 0
SELECT is((SELECT array_agg(round(x::numeric, 12)) FROM unnest(fueleu_pool_allocate(ARRAY[1e20, 5, -1e20])) x),
          ARRAY[5, 0, 0]::numeric[], 'allocated from {1e20, 5, -1e20}: {5, 0, 0} to 1e-12');
SELECT is((SELECT array_agg(round(x::numeric, 12)) FROM unnest(fueleu_pool_allocate(ARRAY[-1e20, 5, 1e20])) x),
          ARRAY[0, 0, 5]::numeric[], 'the same in reverse order');
-- at 1e10 t one rounding step of the total is about 2e-6 t: an allocation of such a pool still passes the check
SELECT is((SELECT valid FROM fueleu_pool_check(b, fueleu_pool_allocate(b))), true,
          'a pool of 1e10 t balances: its allocation keeps the total within its rounding (1e-15 of the gross balances)')
FROM (SELECT '{98516771753.48,82530185802.798,-1297461001.245}'::float8[] AS b) s;
SELECT is((SELECT valid FROM fueleu_pool_check('{1e10,-1e10,5}', '{1e10,-1e10,5.0099}')), false,
          '... but 10 kg made on a net 5 t pool of 1e10 t balances is not rounding (tolerance 2e-5 t)');
SELECT is(fueleu_pool_allocate(NULL), NULL, 'NULL in, NULL out (STRICT)');
SELECT throws_ok($$SELECT fueleu_pool_allocate(ARRAY[-60, 50])$$, '22023',
                 'fueleu_pool_allocate: the total pooled compliance is -10 t CO2e; a pool is valid only if it is positive (Regulation (EU) 2023/1805 Article 21(4))',
                 'a pool whose total is negative has no valid allocation');
SELECT throws_ok($$SELECT fueleu_pool_allocate(ARRAY[-50, 50])$$, '22023', NULL,
                 'a pool whose total is exactly 0 has no valid allocation (0 is not positive)');
SELECT throws_ok($$SELECT fueleu_pool_allocate(ARRAY[-50, NULL])$$, '22004', 'before_t[2] is NULL', 'a NULL balance is refused');
SELECT throws_ok($$SELECT fueleu_pool_allocate('{}')$$, '22023', NULL, 'an empty pool is refused');

SELECT * FROM finish();
ROLLBACK;
