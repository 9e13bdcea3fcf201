-- ---------------------------------------------------------------------------
-- FuelEU Maritime flexibility (Regulation (EU) 2023/1805): banking and borrowing
-- between a ship's reporting periods (Article 20) and pooling of ships'
-- compliance balances (Article 21(4)), over compliance balances in t CO2e as
-- fueleu_balance_t returns them (positive: a surplus).  The text of Article 20
-- and Article 21(4) was checked only against a secondary verbatim quote
-- (bettersea.tech), not against the Official Journal.  Amounts are compared
-- with a tolerance of 1e-6 t (1 g CO2e).  The method: docs/metrics.md.
-- ---------------------------------------------------------------------------

-- The borrowing limit (a) of Article 20: 2 % of the GHG intensity limit of Article 4(2) times the energy
-- used (Annex I); gCO2e/MJ x MJ / 1e6 = t CO2e, the conversion of fueleu_balance_t.
CREATE FUNCTION @extschema@.fueleu_borrow_limit_t(energy_mj double precision, year integer)
RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT (energy_mj >= 0 AND energy_mj < 'Infinity'::double precision) THEN
        RAISE EXCEPTION 'energy_mj must be a finite non-negative number (MJ), got %', energy_mj
            USING ERRCODE = portemis._refused_errcode(energy_mj);
    END IF;
    RETURN 0.02 * @extschema@.fueleu_target(year) * energy_mj / 1e6;
END $$;
COMMENT ON FUNCTION @extschema@.fueleu_borrow_limit_t(double precision, integer) IS
    'FuelEU borrowing limit, t CO2e: the largest advance compliance surplus a ship may borrow for a year, 2 % x the GHG intensity limit of the year (fueleu_target, gCO2e/MJ) x the ship''s energy in scope (MJ) / 1e6 (Regulation (EU) 2023/1805 Article 20, limit (a); text checked only against a secondary verbatim quote, bettersea.tech)';

-- One reporting period of a ship's FuelEU ledger (fueleu_ledger).
CREATE TYPE portemis.fueleu_period AS (
    year                      integer,
    balance_t                 double precision,
    banked_in_t               double precision,
    repaid_t                  double precision,
    borrowed_t                double precision,
    borrow_limit_t            double precision,
    banked_t                  double precision,
    final_balance_t           double precision,
    deficit_t                 double precision,
    consecutive_deficit_years integer
);
COMMENT ON TYPE portemis.fueleu_period IS
    'A reporting period of a ship''s FuelEU ledger (fueleu_ledger), t CO2e: balance_t as given; banked_in_t the surplus banked from the previous period (added); repaid_t 1.1 x the advance surplus borrowed in the previous period (subtracted); borrowed_t the advance surplus borrowed from the next period (added); borrow_limit_t the Article 20 limit (a) of the period; banked_t the surplus banked to the next period (taken out); final_balance_t = balance + banked_in - repaid + borrowed - banked, what stays with the period; deficit_t its deficit (0 within 1e-6 t), the one the penalty is computed on; consecutive_deficit_years the n of fueleu_penalty_eur, counted from the ledger''s first year';

CREATE FUNCTION @extschema@.fueleu_ledger(year integer[], balance_t double precision[], energy_mj double precision[],
    bank boolean[] DEFAULT NULL, borrow_t double precision[] DEFAULT NULL)
RETURNS SETOF portemis.fueleu_period
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE ROWS 10 SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    tol CONSTANT double precision := 1e-6;     -- t CO2e (1 g): float rounding, never an amount that matters
    n integer;
    k integer;
    y integer;
    b double precision;
    e double precision;
    borrow double precision;
    banking boolean;
    adjusted double precision;
    carried_banked double precision := 0;
    carried_borrowed double precision := 0;
    run integer := 0;
    r portemis.fueleu_period;
BEGIN
    -- NULL arrays give no rows, as a STRICT function would (bank and borrow_t NULL: no choice made)
    IF fueleu_ledger.year IS NULL OR fueleu_ledger.balance_t IS NULL OR fueleu_ledger.energy_mj IS NULL THEN
        RETURN;
    END IF;
    IF array_ndims(fueleu_ledger.year) > 1 OR array_ndims(fueleu_ledger.balance_t) > 1
       OR array_ndims(fueleu_ledger.energy_mj) > 1 OR array_ndims(fueleu_ledger.bank) > 1
       OR array_ndims(fueleu_ledger.borrow_t) > 1 THEN
        RAISE EXCEPTION 'fueleu_ledger needs one-dimensional arrays'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    n := cardinality(fueleu_ledger.year);
    IF cardinality(fueleu_ledger.balance_t) <> n OR cardinality(fueleu_ledger.energy_mj) <> n
       OR cardinality(fueleu_ledger.bank) <> n OR cardinality(fueleu_ledger.borrow_t) <> n THEN
        RAISE EXCEPTION 'fueleu_ledger needs arrays of one length (one element per reporting year): year has %, balance_t %, energy_mj %, bank %, borrow_t %',
            n, cardinality(fueleu_ledger.balance_t), cardinality(fueleu_ledger.energy_mj),
            coalesce(cardinality(fueleu_ledger.bank)::text, 'NULL'), coalesce(cardinality(fueleu_ledger.borrow_t)::text, 'NULL')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR k IN 1 .. n LOOP
        y := fueleu_ledger.year[array_lower(fueleu_ledger.year, 1) + k - 1];
        b := fueleu_ledger.balance_t[array_lower(fueleu_ledger.balance_t, 1) + k - 1];
        e := fueleu_ledger.energy_mj[array_lower(fueleu_ledger.energy_mj, 1) + k - 1];
        banking := coalesce(fueleu_ledger.bank[array_lower(fueleu_ledger.bank, 1) + k - 1], false);
        borrow := coalesce(fueleu_ledger.borrow_t[array_lower(fueleu_ledger.borrow_t, 1) + k - 1], 0);
        IF y IS NULL THEN
            RAISE EXCEPTION 'fueleu_ledger: year[%] is NULL', k USING ERRCODE = 'null_value_not_allowed';
        END IF;
        IF k > 1 AND y = r.year THEN
            RAISE EXCEPTION 'fueleu_ledger: year % appears twice (one balance per ship and reporting period)', y
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Give one ship''s ledger per call: GROUP BY the ship, and sum its balances of a year first.';
        END IF;
        IF k > 1 AND y::bigint <> r.year::bigint + 1 THEN
            RAISE EXCEPTION 'fueleu_ledger needs consecutive reporting years in ascending order: % follows %', y, r.year
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Banking and borrowing move a balance to the following reporting period: order the arrays by year (array_agg(... ORDER BY year)) and give a year without activity in scope a balance and energy of 0.';
        END IF;
        IF b IS NULL THEN
            RAISE EXCEPTION 'fueleu_ledger: balance_t[%] (year %) is NULL', k, y
                USING ERRCODE = 'null_value_not_allowed',
                      HINT = 'fueleu_balance_t is NULL for a year with nothing in scope: give such a year a balance and energy of 0 (coalesce).';
        END IF;
        IF NOT (b > '-Infinity'::double precision AND b < 'Infinity'::double precision) THEN
            RAISE EXCEPTION 'fueleu_ledger: balance_t[%] (year %) must be a finite number (t CO2e), got %', k, y, b
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF e IS NULL THEN
            RAISE EXCEPTION 'fueleu_ledger: energy_mj[%] (year %) is NULL', k, y USING ERRCODE = 'null_value_not_allowed';
        END IF;
        IF NOT (e >= 0 AND e < 'Infinity'::double precision) THEN
            RAISE EXCEPTION 'fueleu_ledger: energy_mj[%] (year %) must be a finite non-negative number (MJ), got %', k, y, e
                USING ERRCODE = portemis._refused_errcode(e);
        END IF;
        IF NOT (borrow >= 0 AND borrow < 'Infinity'::double precision) THEN
            RAISE EXCEPTION 'fueleu_ledger: borrow_t[%] (year %) must be a finite non-negative number (t CO2e), got %', k, y, borrow
                USING ERRCODE = portemis._refused_errcode(borrow);
        END IF;

        r.year := y;
        r.balance_t := b;
        r.banked_in_t := carried_banked;
        r.repaid_t := carried_borrowed * 11 / 10;       -- x 1.1 (x 11 / 10: 500 gives 550, 100 gives 110, exactly)
        r.borrow_limit_t := @extschema@.fueleu_borrow_limit_t(e, y);     -- raises for a year before 2025
        adjusted := b + r.banked_in_t - r.repaid_t;
        IF banking AND adjusted < 0 THEN
            RAISE EXCEPTION 'fueleu_ledger: year % has a compliance deficit (% t CO2e with what is carried in) and a deficit cannot be banked (Regulation (EU) 2023/1805 Article 20(1): a compliance surplus may be banked)',
                y, adjusted USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF borrow > 0 THEN
            IF carried_borrowed > 0 THEN
                RAISE EXCEPTION 'fueleu_ledger: borrowing in % and % (an advance compliance surplus may not be borrowed for two consecutive reporting periods, Regulation (EU) 2023/1805 Article 20(2)(b))',
                    r.year - 1, y USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF adjusted >= 0 THEN
                RAISE EXCEPTION 'fueleu_ledger: year % has no compliance deficit (% t CO2e with what is carried in) to borrow for (Regulation (EU) 2023/1805 Article 20(2): borrowing needs a compliance deficit)',
                    y, adjusted USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF borrow > -adjusted + tol THEN
                RAISE EXCEPTION 'fueleu_ledger: % t CO2e borrowed in % exceeds the compliance deficit of % t CO2e (Regulation (EU) 2023/1805 Article 20(2): an advance surplus of the corresponding amount)',
                    borrow, y, -adjusted USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF borrow > r.borrow_limit_t + tol THEN
                RAISE EXCEPTION 'fueleu_ledger: % t CO2e borrowed in % exceeds the limit of % t CO2e (Regulation (EU) 2023/1805 Article 20(2)(a): 2 %% of the GHG intensity limit x the energy used)',
                    borrow, y, r.borrow_limit_t USING ERRCODE = 'invalid_parameter_value';
            END IF;
        END IF;
        r.borrowed_t := borrow;
        r.banked_t := CASE WHEN banking THEN adjusted ELSE 0 END;
        r.final_balance_t := adjusted + borrow - r.banked_t;
        r.deficit_t := CASE WHEN r.final_balance_t < -tol THEN -r.final_balance_t ELSE 0 END;
        run := CASE WHEN r.deficit_t > 0 THEN run + 1 ELSE 0 END;
        r.consecutive_deficit_years := run;
        carried_banked := r.banked_t;
        carried_borrowed := borrow;
        RETURN NEXT r;
    END LOOP;
    RETURN;
END $$;
COMMENT ON FUNCTION @extschema@.fueleu_ledger(integer[], double precision[], double precision[], boolean[], double precision[]) IS
    'FuelEU banking and borrowing (Regulation (EU) 2023/1805 Article 20; text checked only against a secondary verbatim quote, bettersea.tech) over one ship''s consecutive reporting years, ascending: balance_t (t CO2e, fueleu_balance_t) and energy_mj (MJ in scope) of each year, and the company''s choices: bank (the whole surplus of the year, with what is carried in, goes to the next year) and borrow_t (t CO2e added now, 1.1 x subtracted next year); NULL choices: none. One row a year (portemis.fueleu_period): what is carried in, the final balance that stays with the year (a deficit is not carried: it is settled by the penalty), deficit_t for fueleu_penalty_eur. Refused (22023): banking a deficit, borrowing without a deficit, above it, above 2 % x fueleu_target x energy (limit (a)) or in two consecutive years (limit (b)), duplicate or non-consecutive years, arrays of different lengths, a non-finite (NaN or infinite) balance, energy or borrow_t; a NULL balance or energy (22004); a negative energy or borrow_t (22003); amounts compared within 1e-6 t';

-- The balances of a pool, checked: one dimension, no NULL, finite; returned with lower bound 1.
CREATE FUNCTION portemis.fueleu_pool_values(balances_t double precision[], arg text) RETURNS double precision[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    x double precision;
    k integer := 0;
    result double precision[] := '{}';
BEGIN
    IF array_ndims(balances_t) > 1 THEN
        RAISE EXCEPTION '% must be a one-dimensional array of balances (t CO2e), one per ship', arg
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF cardinality(balances_t) = 0 THEN
        RAISE EXCEPTION '% is empty: a pool needs its ships'' balances (t CO2e)', arg
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOREACH x IN ARRAY balances_t LOOP
        k := k + 1;
        IF x IS NULL THEN
            RAISE EXCEPTION '%[%] is NULL', arg, k USING ERRCODE = 'null_value_not_allowed';
        END IF;
        IF NOT (x > '-Infinity'::double precision AND x < 'Infinity'::double precision) THEN
            RAISE EXCEPTION '%[%] must be a finite number (t CO2e), got %', arg, k, x
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        result := result || x;
    END LOOP;
    RETURN result;
END $$;
COMMENT ON FUNCTION portemis.fueleu_pool_values(double precision[], text) IS
    'Support function of fueleu_pool_check and fueleu_pool_allocate: the balances of a pool (t CO2e) checked (multi-dimensional, empty or with a NaN or infinite balance: 22023; with a NULL: 22004) and returned with lower bound 1';

-- Neumaier's compensated sum: the pool's total does not depend on the ships' order when balances of very
-- different magnitudes cancel (a plain sum of {1e20, 5, -1e20} is 0, of {1e20, -1e20, 5} is 5).
CREATE FUNCTION portemis.fueleu_pool_sum(balances_t double precision[]) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    x double precision;
    s double precision := 0;
    c double precision := 0;
    t double precision;
    k integer := 0;
BEGIN
    FOREACH x IN ARRAY balances_t LOOP
        t := s + x;
        c := c + CASE WHEN abs(s) >= abs(x) THEN (s - t) + x ELSE (x - t) + s END;
        s := t;
    END LOOP;
    t := s + c;
    -- a NaN or infinite balance makes the sum NaN (finite ones whose sum overflows raise 22003 in the additions):
    -- one test a call, not one a balance (its callers have checked the balances with fueleu_pool_values)
    IF NOT (t > '-Infinity'::double precision AND t < 'Infinity'::double precision) THEN
        FOREACH x IN ARRAY balances_t LOOP
            k := k + 1;
            IF NOT (x > '-Infinity'::double precision AND x < 'Infinity'::double precision) THEN
                RAISE EXCEPTION 'balances_t[%] must be a finite number (t CO2e), got %', k, x
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
        END LOOP;
    END IF;
    RETURN t;
END $$;
COMMENT ON FUNCTION portemis.fueleu_pool_sum(double precision[]) IS
    'Support function of fueleu_pool_check and fueleu_pool_allocate: the sum of balances (t CO2e), compensated (Neumaier) so that it does not depend on their order; a NaN or infinite balance: 22023';

CREATE FUNCTION @extschema@.fueleu_pool_check(before_t double precision[], after_t double precision[],
    OUT valid boolean, OUT failed_rule text)
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    tol CONSTANT double precision := 1e-6;     -- t CO2e (1 g): float rounding, never an amount that matters
    b double precision[] := portemis.fueleu_pool_values(before_t, 'before_t');
    a double precision[] := portemis.fueleu_pool_values(after_t, 'after_t');
    n integer := cardinality(b);
    k integer;
    sum_b double precision := portemis.fueleu_pool_sum(b);
    sum_a double precision := portemis.fueleu_pool_sum(a);
    -- the total is kept within 1 g, or where the rounding of an allocation is larger (each share rounds by
    -- up to 2.2e-16 of the balance it scales: about 2e-6 t at 1e10 t), within 1e-15 of the gross balances
    tol_total double precision := greatest(tol, 1e-15 * (SELECT sum(abs(x)) FROM unnest(b) x));
    worse integer := 0;
    worse_first integer;
    lost integer := 0;
    lost_first integer;
    rules text[] := '{}';
BEGIN
    IF cardinality(a) <> n THEN
        RAISE EXCEPTION 'fueleu_pool_check needs one balance per ship before and after the allocation: before_t has %, after_t %',
            n, cardinality(a) USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR k IN 1 .. n LOOP
        IF b[k] < 0 AND a[k] < b[k] - tol THEN
            worse := worse + 1;
            worse_first := coalesce(worse_first, k);
        ELSIF b[k] >= 0 AND a[k] < -tol THEN
            lost := lost + 1;
            lost_first := coalesce(lost_first, k);
        END IF;
    END LOOP;
    IF NOT (sum_b > tol) THEN
        rules := rules || format('Article 21(4): the total pooled compliance must be positive, got %s t CO2e', sum_b);
    END IF;
    IF abs(sum_a - sum_b) > tol_total THEN
        rules := rules || format('the allocation must keep the pool''s total: %s t CO2e before, %s t CO2e after', sum_b, sum_a);
    END IF;
    IF worse > 0 THEN
        rules := rules || format('Article 21(4): ship %s had a compliance deficit of %s t CO2e and has a higher one after the allocation, %s t CO2e%s',
                                 worse_first, -b[worse_first], -a[worse_first],
                                 CASE WHEN worse = 2 THEN ', and 1 other ship' WHEN worse > 2 THEN format(', and %s other ships', worse - 1) ELSE '' END);
    END IF;
    IF lost > 0 THEN
        rules := rules || format('Article 21(4): ship %s had no compliance deficit (%s t CO2e) and has a deficit of %s t CO2e after the allocation%s',
                                 lost_first, b[lost_first], -a[lost_first],
                                 CASE WHEN lost = 2 THEN ', and 1 other ship' WHEN lost > 2 THEN format(', and %s other ships', lost - 1) ELSE '' END);
    END IF;
    valid := cardinality(rules) = 0;
    failed_rule := CASE WHEN NOT valid THEN array_to_string(rules, '; ') END;
END $$;
COMMENT ON FUNCTION @extschema@.fueleu_pool_check(double precision[], double precision[]) IS
    'FuelEU pool check (Regulation (EU) 2023/1805 Article 21(4); text checked only against a secondary verbatim quote, bettersea.tech): the ships'' compliance balances (t CO2e, in the same order) before and after the allocation of the pooled compliance; valid, or false with failed_rule naming every rule broken (the first ship, by position, for each): the total must be positive (more than 1e-6 t: a total of 0 is not positive), the allocation must keep the total (within 1e-6 t, or 1e-15 of the sum of the balances'' magnitudes where that is larger), a ship with a deficit may not end with a higher one, a ship without a deficit (a surplus, or exactly 0) may not end with one. Arrays of different lengths, empty or multi-dimensional: 22023; a NULL balance 22004; a non-finite one (NaN or an infinity) 22023';

CREATE FUNCTION @extschema@.fueleu_pool_allocate(before_t double precision[]) RETURNS double precision[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    tol CONSTANT double precision := 1e-6;     -- t CO2e (1 g), as fueleu_pool_check
    b double precision[] := portemis.fueleu_pool_values(before_t, 'before_t');
    x double precision;
    total double precision := portemis.fueleu_pool_sum(b);
    surplus double precision := portemis.fueleu_pool_sum(ARRAY(SELECT y FROM unnest(b) y WHERE y > 0));
    share double precision;
    result double precision[] := '{}';
BEGIN
    IF NOT (total > tol) THEN
        RAISE EXCEPTION 'fueleu_pool_allocate: the total pooled compliance is % t CO2e; a pool is valid only if it is positive (Regulation (EU) 2023/1805 Article 21(4))',
            total USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- every deficit brought to 0; every surplus keeps the same share of itself, total / surplus
    share := total / surplus;
    FOREACH x IN ARRAY b LOOP
        result := result || CASE WHEN x > 0 THEN x * share ELSE 0 END;
    END LOOP;
    RETURN result;
END $$;
COMMENT ON FUNCTION @extschema@.fueleu_pool_allocate(double precision[]) IS
    'A valid allocation of a FuelEU pool (Regulation (EU) 2023/1805 Article 21(4); text checked only against a secondary verbatim quote, bettersea.tech): the ships'' compliance balances (t CO2e) after pooling, in the order given: every deficit brought to 0, every surplus reduced in proportion (each ship keeps total / sum of surpluses of its own), so the total is kept and the result does not depend on the order of the ships; a pool whose total is not positive (0 or less, within 1e-6 t) is refused (22023)';
