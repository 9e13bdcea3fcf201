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
    'FuelEU pool check (Regulation (EU) 2023/1805 Article 21(4); text checked only against a secondary verbatim quote, bettersea.tech): the ships'' compliance balances (t CO2e, in the same order) before and after the allocation of the pooled compliance; valid, or false with failed_rule naming every rule broken (the first ship, by position, for each): the total must be positive (more than 1e-6 t: a total of 0 is not positive), the allocation must keep the total (within 1e-6 t, or 1e-15 of the sum of the balances'' magnitudes where that is larger), a ship with a deficit may not end with a higher one, a ship without a deficit (a surplus, or exactly 0) may not end with one. Arrays of different lengths, empty or multi-dimensional: 22023; a NULL balance 22004; a non-finite one 22003';

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

-- fueleu_balance_t: its support functions check the state, which a role may pass by hand.
-- The state {in-scope MJ, in-scope gCO2e, year}, checked: a role may call the support functions by hand.
CREATE FUNCTION portemis.fueleu_balance_state(s double precision[]) RETURNS double precision[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF s IS NULL THEN
        RAISE EXCEPTION 'fueleu_balance_t state must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF array_ndims(s) IS DISTINCT FROM 1 OR array_lower(s, 1) <> 1 OR array_length(s, 1) <> 3 THEN
        RAISE EXCEPTION 'fueleu_balance_t state must be a float8[3] {in-scope MJ, in-scope gCO2e, year}, got %', s
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- energy: NULL once a voyage's fuel is unknown, else a sum of non-negative amounts
    IF s[1] < 0 OR s[1] = 'Infinity' OR s[1] = 'NaN' OR s[2] IN ('Infinity', '-Infinity', 'NaN') THEN
        RAISE EXCEPTION 'fueleu_balance_t state is not one the aggregate builds (in-scope MJ %, gCO2e %)', s[1], s[2]
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF s[3] IS NULL OR s[3] <> trunc(s[3]) OR NOT (s[3] BETWEEN 0 AND 2147483647) THEN
        RAISE EXCEPTION 'fueleu_balance_t state has no valid year: %', s[3] USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN s;
END $$;
COMMENT ON FUNCTION portemis.fueleu_balance_state(double precision[]) IS
    'Support function of fueleu_balance_t: its state {in-scope MJ (NULL: unknown), in-scope gCO2e, year (0: none yet)} checked (22004 NULL, 22023 otherwise) and returned';
CREATE OR REPLACE FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer) RETURNS double precision[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    scope double precision;
    energy double precision;
BEGIN
    IF array_ndims($1) IS DISTINCT FROM 1 OR array_length($1, 1) <> 3 OR array_lower($1, 1) <> 1 THEN
        PERFORM portemis.fueleu_balance_state($1);      -- raises, naming what is wrong (the rest: combine, final)
    END IF;
    IF $2 IS NULL OR $3 IS NULL THEN
        RETURN $1;
    END IF;
    IF $1[3] <> 0 AND $1[3] <> $3 THEN
        RAISE EXCEPTION 'fueleu_balance_t needs one reporting year per group: got % and %', $1[3]::integer, $3
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Group by year.';
    END IF;
    scope := @extschema@.fueleu_scope($2);
    IF scope = 0 THEN
        RETURN ARRAY[$1[1], $1[2], $3::double precision];    -- out of scope, even with its fuel unknown
    END IF;
    -- NULL for a voyage that does not report its fuel: the balance is then unknown (NULL), not 0
    energy := @extschema@.energy_mj($2, 'fueleu');
    RETURN ARRAY[$1[1] + scope * energy,
                 $1[2] + scope * energy * coalesce(@extschema@.ghg_intensity($2, 'fueleu'), 0),
                 $3::double precision];
END $$;
COMMENT ON FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer) IS
    'Transition function of fueleu_balance_t: {in-scope MJ, in-scope gCO2e, year}';
CREATE OR REPLACE FUNCTION portemis.fueleu_balance_combine(double precision[], double precision[]) RETURNS double precision[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM portemis.fueleu_balance_state($1), portemis.fueleu_balance_state($2);
    IF $1[3] <> 0 AND $2[3] <> 0 AND $1[3] <> $2[3] THEN
        RAISE EXCEPTION 'fueleu_balance_t needs one reporting year per group: got % and %', $1[3]::integer, $2[3]::integer
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Group by year.';
    END IF;
    RETURN ARRAY[$1[1] + $2[1], $1[2] + $2[2], greatest($1[3], $2[3])];
END $$;
COMMENT ON FUNCTION portemis.fueleu_balance_combine(double precision[], double precision[]) IS
    'Combine function of fueleu_balance_t';
CREATE OR REPLACE FUNCTION portemis.fueleu_balance_final(double precision[]) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (SELECT CASE WHEN c.s[1] > 0 THEN @extschema@.fueleu_balance_t(c.s[2] / c.s[1], c.s[1], c.s[3]::integer) END
        FROM (SELECT portemis.fueleu_balance_state($1) AS s) c);
COMMENT ON FUNCTION portemis.fueleu_balance_final(double precision[]) IS
    'Final function of fueleu_balance_t';
CREATE OR REPLACE FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean) RETURNS double precision[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    energy double precision;
BEGIN
    IF NOT coalesce($4, false) THEN
        RETURN portemis.fueleu_balance_accum($1, $2, $3);
    END IF;
    IF array_ndims($1) IS DISTINCT FROM 1 OR array_length($1, 1) <> 3 OR array_lower($1, 1) <> 1 THEN
        PERFORM portemis.fueleu_balance_state($1);      -- raises, naming what is wrong (the rest: combine, final)
    END IF;
    IF $2 IS NULL OR $3 IS NULL THEN
        RETURN $1;
    END IF;
    IF $1[3] <> 0 AND $1[3] <> $3 THEN
        RAISE EXCEPTION 'fueleu_balance_t needs one reporting year per group: got % and %', $1[3]::integer, $3
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Group by year.';
    END IF;
    energy := @extschema@.energy_mj($2, 'fueleu');
    RETURN ARRAY[$1[1] + energy, $1[2] + energy * coalesce(@extschema@.ghg_intensity($2, 'fueleu'), 0), $3::double precision];
END $$;
COMMENT ON FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean) IS
    'Transition function of fueleu_balance_t(voyage, year, as_if_in_scope): every voyage fully in scope when the flag is true';

-- a comment for the ship register's trigger function (it had none)
COMMENT ON FUNCTION portemis.ship_register_check() IS
    'Trigger of portemis.ship_register: normalises ship_type (aliases, case; an unknown type is kept with a WARNING, so that a dump restores) and the engine codes, and refuses an estimated key that names no column (22023)';

-- registry_sync: a worker's refusal has an SQLSTATE (55000) and a hint
CREATE OR REPLACE FUNCTION @extschema@.registry_sync() RETURNS TABLE (node text, user_rows bigint)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp SET extra_float_digits = 3 AS $$
DECLARE
    t text;
    rows_json jsonb;
    script text := '';
    total bigint := 0;
    n bigint;
    changes_now bigint;
    r record;
BEGIN
    IF to_regproc('pg_catalog.run_command_on_workers') IS NULL THEN
        RAISE EXCEPTION 'registry_sync() copies the registry to Citus workers, and Citus is not installed here'
            USING ERRCODE = 'feature_not_supported';
    END IF;
    PERFORM FROM portemis.registry_sync_state FOR UPDATE;     -- one sync at a time
    -- no writer between the counter and the copy: a change committed later moves the counter past it
    FOR t IN SELECT * FROM portemis.registry_tables() LOOP
        EXECUTE format('LOCK TABLE portemis.%I IN SHARE MODE', t);
    END LOOP;
    changes_now := portemis.registry_changes_now();
    -- children first out, parents first in
    FOR t IN SELECT x FROM portemis.registry_tables() WITH ORDINALITY AS r(x, k) ORDER BY k DESC LOOP
        script := script || format('DELETE FROM portemis.%I%s; ', t,
                                   CASE WHEN t = 'ship_register' THEN '' ELSE ' WHERE NOT shipped' END);
    END LOOP;
    FOR t IN SELECT * FROM portemis.registry_tables() LOOP
        -- geometries travel as their text form (hex EWKB, with the SRID), not as GeoJSON
        EXECUTE format('SELECT jsonb_agg(to_jsonb(r)%s), count(*) FROM portemis.%I r%s',
                       CASE WHEN t IN ('zone', 'port') THEN ' || jsonb_build_object(''geom'', r.geom::text)' ELSE '' END, t,
                       CASE WHEN t = 'ship_register' THEN '' ELSE ' WHERE NOT r.shipped' END) INTO rows_json, n;
        IF n > 0 THEN
            script := script || format('INSERT INTO portemis.%I SELECT * FROM jsonb_populate_recordset(NULL::portemis.%I, %L); ',
                                       t, t, rows_json);
            total := total + n;
        END IF;
    END LOOP;
    -- a worker's own check (queries issued from a worker) sees the copy as in sync
    script := script || 'UPDATE portemis.registry_sync_state SET synced_changes = portemis.registry_changes_now(), synced_at = now();';
    FOR r IN SELECT w.nodename, w.nodeport, w.success, w.result FROM run_command_on_workers(script) w LOOP
        IF NOT r.success THEN
            RAISE EXCEPTION 'registry_sync: worker %:% refused the copy: %', r.nodename, r.nodeport, r.result
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      HINT = 'The worker keeps its previous registry; distributed queries that call portemis stay refused until a copy succeeds.';
        END IF;
        node := r.nodename || ':' || r.nodeport;
        user_rows := total;
        RETURN NEXT;
    END LOOP;
    UPDATE portemis.registry_sync_state SET synced_changes = changes_now, synced_at = now();
END $$;
COMMENT ON FUNCTION @extschema@.registry_sync() IS
    'Citus: copy the registry''s user rows (your factor sets, corridors, zones, ports, ship types, register, ...) from this coordinator to every worker, replacing theirs; distributed queries that call portemis are refused until the registry is in sync';

-- fuel_t: a voyage without fuel uses has an unknown (NULL) fuel, as its emissions and energy since 0.5.0
COMMENT ON FUNCTION @extschema@.fuel_t(@extschema@.voyage) IS 'Total fuel consumed over all fuel uses, in tonnes (t); NULL for a voyage that reports no fuel uses (unknown, not 0)';
COMMENT ON FUNCTION @extschema@.fuel_t(@extschema@.voyage, text) IS 'Tonnes (t) of one fuel code (any case) consumed on the voyage; 0 if the voyage reports fuels and not this one, NULL if it reports none (unknown)';
