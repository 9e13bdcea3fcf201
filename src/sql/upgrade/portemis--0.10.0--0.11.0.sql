-- portemis 0.10.0 -> 0.11.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis UPDATE TO '0.11.0'" to load this file. \quit

-- README, "Layout and upgrades", says what changes.

-- ais_activity with the days of a time zone (a port's own calendar), and the flags of kinds not asked for
CREATE FUNCTION @extschema@.ais_activity(track portemis.ais_interval[], zone_kinds text[], time_zone text)
RETURNS SETOF portemis.ais_interval
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION @extschema@.ais_activity(portemis.ais_interval[], text[], text) IS
    'ais_activity(track, zone_kinds) with the intervals split at the midnights of a time zone of the tz database (''America/Los_Angeles'': daylight saving time included, a day may have 23 or 25 hours) instead of UTC''s; NULL: UTC';
COMMENT ON FUNCTION @extschema@.ais_activity(portemis.ais_interval[], text[]) IS
    'A track''s intervals split at UTC midnights and where they cross the boundary of a zone of portemis.zone (of zone_kinds: berth, anchorage, port_area, inventory, eca, custom; NULL: all), each piece with its share of hours and distance, the names of the zones containing it and a flag per kind (NULL for a kind not asked for); a gap is split at midnights only, its zones unknown (NULL)';

-- The SQLSTATE of an argument a SQL-language check refuses (README, "Errors"): NaN or an infinity is an invalid
-- value (22023), a finite value outside its range is out of range (22003), as in the C checks.
CREATE FUNCTION portemis._refused_errcode(value double precision) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN NOT (value > '-Infinity'::double precision AND value < 'Infinity'::double precision)
            THEN 'invalid_parameter_value' ELSE 'numeric_value_out_of_range' END;
COMMENT ON FUNCTION portemis._refused_errcode(double precision) IS
    'Internal (RAISE ... USING ERRCODE of the SQL-language checks): invalid_parameter_value (22023) for NaN or an infinity, numeric_value_out_of_range (22003) for a finite value out of its range';

-- NaN and infinities are 22023 (invalid value), a finite value out of its range 22003, in the SQL functions too:
-- bad_argument (cii_rating, fueleu_balance_t, fueleu_penalty_eur), cii_line (cii_capacity, cii_reference, cii_required,
-- cii_rating), bad_scope (eu_ets_allowances), fueleu_borrow_limit_t, fueleu_ledger, fueleu_pool_values and
-- fueleu_pool_sum (fueleu_pool_check, fueleu_pool_allocate), port_area_centre (port_area), ship_subtype.

CREATE OR REPLACE FUNCTION @extschema@.ship_subtype(ship_type text, dwt double precision DEFAULT NULL,
    gt double precision DEFAULT NULL, teu double precision DEFAULT NULL, passengers double precision DEFAULT NULL,
    basis text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
DECLARE
    v_code text := CASE WHEN ship_subtype.ship_type IS NOT NULL THEN @extschema@.ship_type(ship_subtype.ship_type) END;
    b text := coalesce(basis, current_setting('portemis.aux_power_basis', true), 'imo_ghg3');
    unit text;
    size double precision;
    result text;
    depth integer := 0;
BEGIN
    IF v_code IS NULL THEN
        RETURN NULL;
    END IF;
    IF b = '' THEN
        b := 'imo_ghg3';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM portemis.auxiliary_power a WHERE a.basis = b) THEN
        RAISE EXCEPTION 'unknown auxiliary power basis "%"', b
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Known: imo_ghg3, starcrest2016, or a basis of your rows in portemis.auxiliary_power.';
    END IF;
    -- a type without rows of its own uses its parent's (lng_carrier -> gas_carrier -> tanker)
    WHILE v_code IS NOT NULL AND depth < 8 LOOP
        SELECT a.size_unit INTO unit FROM portemis.auxiliary_power a
        WHERE a.basis = b AND a.ship_type = v_code AND a.engine_group = 'auxiliary' LIMIT 1;
        EXIT WHEN FOUND;
        SELECT t.parent INTO v_code FROM portemis.ship_type t WHERE t.code = v_code ORDER BY t.shipped LIMIT 1;
        depth := depth + 1;
    END LOOP;
    IF unit IS NULL THEN
        RAISE EXCEPTION 'ship type % has no size bins in basis %', ship_subtype.ship_type, b
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    size := CASE unit WHEN 'dwt' THEN dwt WHEN 'gt' THEN gt WHEN 'teu' THEN teu ELSE passengers END;
    IF size IS NULL THEN
        IF (SELECT count(*) FROM portemis.auxiliary_power a
            WHERE a.basis = b AND a.ship_type = v_code AND a.engine_group = 'auxiliary') = 1 THEN
            size := 0;			-- one bin for every size: no size needed (as in the EPA tool)
        ELSE
            RAISE EXCEPTION 'the size bins of % in basis % need its %', v_code, b, unit
                USING ERRCODE = 'null_value_not_allowed';
        END IF;
    END IF;
    IF NOT (size >= 0) OR size = 'Infinity' OR size = 'NaN' THEN
        RAISE EXCEPTION '% must be a finite non-negative number, got %', unit, size
            USING ERRCODE = portemis._refused_errcode(size);
    END IF;
    SELECT a.sub_type INTO result FROM portemis.auxiliary_power a
    WHERE a.basis = b AND a.ship_type = v_code AND a.engine_group = 'auxiliary' AND size >= a.size_min AND size < a.size_max
    ORDER BY a.shipped LIMIT 1;
    RETURN result;
END $$;

CREATE OR REPLACE FUNCTION portemis.port_area_centre(@extschema@.locode, radius_nm double precision)
RETURNS geometry
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
DECLARE
    centre portemis.port.geom%TYPE := @extschema@.port_geom($1);
BEGIN
    IF centre IS NULL THEN
        RAISE EXCEPTION 'unknown port %', $1 USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Add it to the table portemis.port, or an alias to portemis.port_alias.';
    END IF;
    IF NOT (radius_nm > 0 AND radius_nm <= 1000) THEN
        RAISE EXCEPTION 'radius_nm must lie in (0, 1000], got %', radius_nm
            USING ERRCODE = portemis._refused_errcode(radius_nm);
    END IF;
    RETURN centre;
END $$;
COMMENT ON FUNCTION portemis.port_area_centre(@extschema@.locode, double precision) IS
    'Support function of port_area: the port''s position, after checking the port (22023 if unknown) and the radius (NaN or infinite: 22023; finite and outside (0, 1000]: 22003)';

CREATE OR REPLACE FUNCTION portemis.cii_line(ship_type text, dwt double precision, gt double precision)
RETURNS portemis.cii_reference_line
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
DECLARE
    line portemis.cii_reference_line;
    v_code text := @extschema@.ship_type(cii_line.ship_type);
    v_cii text;
    known text;
BEGIN
    SELECT t.cii_type INTO v_cii FROM portemis.ship_type t WHERE t.code = v_code ORDER BY t.shipped LIMIT 1;
    IF v_cii IS NULL THEN
        SELECT string_agg(DISTINCT t.code, ', ') INTO known FROM portemis.ship_type t WHERE t.cii_type IS NOT NULL;
        RAISE EXCEPTION 'the CII does not apply to ship type %', v_code
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'MARPOL Annex VI reg. 28 rates: ' || known || '.';
    END IF;
    SELECT l.* INTO line FROM portemis.cii_reference_line l
    WHERE l.ship_type = v_cii
      AND CASE l.size_unit WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END >= l.size_min
      AND CASE l.size_unit WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END > 0
      AND CASE l.size_unit WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END < l.size_max
    ORDER BY l.shipped LIMIT 1;
    IF NOT FOUND THEN
        SELECT l.size_unit INTO known FROM portemis.cii_reference_line l WHERE l.ship_type = v_cii LIMIT 1;
        IF known IS NULL THEN
            RAISE EXCEPTION 'no CII reference line for % in portemis.cii_reference_line', v_cii
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RAISE EXCEPTION 'the CII of a % needs its % (a positive number), got %', v_code, upper(known),
            CASE known WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END
            USING ERRCODE = CASE WHEN (CASE known WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END) IS NULL
                                 THEN 'null_value_not_allowed'
                                 ELSE portemis._refused_errcode(CASE known WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END) END;
    END IF;
    RETURN line;
END $$;
COMMENT ON FUNCTION portemis.cii_line(text, double precision, double precision) IS
    'The CII reference line and rating boundaries (table cii_reference_line) of a ship type and size; its size (DWT or GT by type) NULL: 22004, NaN or infinite: 22023, finite and in no size band (0 or less): 22003';

CREATE OR REPLACE FUNCTION portemis.bad_argument(name text, value double precision, must text) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '% must be %, got %', name, must, value
        USING ERRCODE = portemis._refused_errcode(value);
END $$;
COMMENT ON FUNCTION portemis.bad_argument(text, double precision, text) IS
    'Support function of the metric functions (cii_rating, FuelEU): raises an error naming an argument its caller refuses, 22023 for NaN or an infinity, 22003 for a finite value out of its range';

COMMENT ON FUNCTION @extschema@.cii_rating(text, double precision, double precision, integer, double precision) IS
    'CII rating A-E of an attained CII: below required x exp(d1) A, d2 B, d3 C, d4 D, else E; exactly on a boundary (cii_required(...) x exp(d)) the worse rating; NULL for an unknown (NULL or NaN) attained CII or a NULL year, 22023 for an infinite one, 22003 for a negative one';

CREATE OR REPLACE FUNCTION portemis.bad_scope(scope double precision) RETURNS double precision
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'scope must lie between 0 and 1 (the share of the emissions in scope), got %', scope
        USING ERRCODE = portemis._refused_errcode(scope);
END $$;
COMMENT ON FUNCTION portemis.bad_scope(double precision) IS
    'Support function of eu_ets_allowances: raises 22003 for a scope outside 0..1, 22023 for a NaN or infinite one';

CREATE OR REPLACE FUNCTION @extschema@.fueleu_borrow_limit_t(energy_mj double precision, year integer)
RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT (energy_mj >= 0 AND energy_mj < 'Infinity'::double precision) THEN
        RAISE EXCEPTION 'energy_mj must be a finite non-negative number (MJ), got %', energy_mj
            USING ERRCODE = portemis._refused_errcode(energy_mj);
    END IF;
    RETURN 0.02 * @extschema@.fueleu_target(year) * energy_mj / 1e6;
END $$;

CREATE OR REPLACE FUNCTION @extschema@.fueleu_ledger(year integer[], balance_t double precision[], energy_mj double precision[],
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

CREATE OR REPLACE FUNCTION portemis.fueleu_pool_values(balances_t double precision[], arg text) RETURNS double precision[]
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

CREATE OR REPLACE FUNCTION portemis.fueleu_pool_sum(balances_t double precision[]) RETURNS double precision
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

COMMENT ON FUNCTION @extschema@.fueleu_pool_check(double precision[], double precision[]) IS
    'FuelEU pool check (Regulation (EU) 2023/1805 Article 21(4); text checked only against a secondary verbatim quote, bettersea.tech): the ships'' compliance balances (t CO2e, in the same order) before and after the allocation of the pooled compliance; valid, or false with failed_rule naming every rule broken (the first ship, by position, for each): the total must be positive (more than 1e-6 t: a total of 0 is not positive), the allocation must keep the total (within 1e-6 t, or 1e-15 of the sum of the balances'' magnitudes where that is larger), a ship with a deficit may not end with a higher one, a ship without a deficit (a surplus, or exactly 0) may not end with one. Arrays of different lengths, empty or multi-dimensional: 22023; a NULL balance 22004; a non-finite one (NaN or an infinity) 22023';

-- the comments of the interval type and of ais_track: a kind not asked for, SOG 102.2
COMMENT ON TYPE portemis.ais_interval IS
    'An interval of a ship''s AIS track: from one kept ping to the next (ais_track), or a piece of one split at days and zone boundaries (ais_activity); hours, geodesic distance_nm, speed_kn (mean of the two SOGs, else derived), the first ping''s navigational status and draught, gap (longer than max_gap: hours reported, no activity), the pings dropped inside it (duplicate time, impossible jump, unusable position), and the zones containing it with one flag per zone kind (NULL: not split, a gap, or a kind not asked for)';
COMMENT ON AGGREGATE @extschema@.ais_track(timestamptz, double precision, double precision, double precision, integer) IS
    'One ship''s AIS pings (any order) as its intervals between kept pings (portemis.ais_interval[]): duplicates, unusable positions (NULL, 91/181 placeholders) and impossible jumps (above 50 kn from the last kept ping; of the two ends, the one fewer of the next four pings can reach) are dropped and counted (of pings at one time, the one nearest the track is kept); intervals longer than 6 h are gaps; SOG 102.3, 102.2 ("or more") or above max_speed_kn and nav_status 15 are "not available"; group by ship: SELECT mmsi, ais_track(t, lon, lat, sog, nav_status) FROM pings GROUP BY mmsi';
