-- portemis 0.5.0 -> 0.6.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis UPDATE TO '0.6.0'" to load this file. \quit

-- FuelEU pools: the totals are compensated sums, so a pool's validity does not depend on the ships' order.
-- Neumaier's compensated sum: the pool's total does not depend on the ships' order when balances of very
-- different magnitudes cancel (a plain sum of {1e20, 5, -1e20} is 0, of {1e20, -1e20, 5} is 5).
CREATE FUNCTION portemis.fueleu_pool_sum(balances_t double precision[]) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    x double precision;
    s double precision := 0;
    c double precision := 0;
    t double precision;
BEGIN
    FOREACH x IN ARRAY balances_t LOOP
        t := s + x;
        c := c + CASE WHEN abs(s) >= abs(x) THEN (s - t) + x ELSE (x - t) + s END;
        s := t;
    END LOOP;
    RETURN s + c;
END $$;
COMMENT ON FUNCTION portemis.fueleu_pool_sum(double precision[]) IS
    'Support function of fueleu_pool_check and fueleu_pool_allocate: the sum of balances (t CO2e), compensated (Neumaier) so that it does not depend on their order';

CREATE OR REPLACE FUNCTION @extschema@.fueleu_pool_check(before_t double precision[], after_t double precision[],
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
    IF abs(sum_a - sum_b) > tol THEN
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
    'FuelEU pool check (Regulation (EU) 2023/1805 Article 21(4); text checked only against a secondary verbatim quote, bettersea.tech): the ships'' compliance balances (t CO2e, in the same order) before and after the allocation of the pooled compliance; valid, or false with failed_rule naming every rule broken (the first ship, by position, for each): the total must be positive (more than 1e-6 t: a total of 0 is not positive), the allocation must keep the total (within 1e-6 t), a ship with a deficit may not end with a higher one, a ship without a deficit (a surplus, or exactly 0) may not end with one. Arrays of different lengths, empty or multi-dimensional: 22023; a NULL balance 22004; a non-finite one 22003';

CREATE OR REPLACE FUNCTION @extschema@.fueleu_pool_allocate(before_t double precision[]) RETURNS double precision[]
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
