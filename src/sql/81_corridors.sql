-- ---------------------------------------------------------------------------
-- Corridors and the corridor aggregates.
-- ---------------------------------------------------------------------------

CREATE TABLE portemis.corridor (
    name        text PRIMARY KEY CHECK (name <> ''),
    description text NOT NULL,
    source      text NOT NULL CHECK (source <> ''),
    shipped     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE portemis.corridor IS 'Named shipping corridors between two port groups, served in both directions';

CREATE TABLE portemis.corridor_port (
    corridor text NOT NULL REFERENCES portemis.corridor (name) ON UPDATE CASCADE,
    side     text NOT NULL CHECK (side IN ('a', 'b')),
    locode   @extschema@.locode NOT NULL,
    shipped  boolean NOT NULL DEFAULT false,
    PRIMARY KEY (corridor, side, locode)
);
COMMENT ON TABLE portemis.corridor_port IS 'The ports of each end (side a, side b) of a corridor';

INSERT INTO portemis.corridor VALUES
 ('LA-Shanghai', 'Los Angeles/Long Beach - Shanghai green shipping corridor', 'Port of Los Angeles and Port of Shanghai green shipping corridor partnership (2022)', true),
 ('LA-Singapore', 'Los Angeles/Long Beach - Singapore green and digital shipping corridor', 'Ports of Los Angeles and Long Beach with the Maritime and Port Authority of Singapore (2022)', true),
 ('LA-Tokyo', 'Los Angeles/Long Beach - Tokyo green shipping corridor', 'Port of Los Angeles and Port of Tokyo green shipping corridor agreement', true),
 ('LA-Yokohama', 'Los Angeles/Long Beach - Yokohama green shipping corridor', 'Port of Los Angeles and Port of Yokohama green shipping corridor agreement', true);
INSERT INTO portemis.corridor_port VALUES
 ('LA-Shanghai', 'a', 'USLAX', true), ('LA-Shanghai', 'a', 'USLGB', true), ('LA-Shanghai', 'b', 'CNSHA', true),
 ('LA-Singapore', 'a', 'USLAX', true), ('LA-Singapore', 'a', 'USLGB', true), ('LA-Singapore', 'b', 'SGSIN', true),
 ('LA-Tokyo', 'a', 'USLAX', true), ('LA-Tokyo', 'a', 'USLGB', true), ('LA-Tokyo', 'b', 'JPTYO', true),
 ('LA-Yokohama', 'a', 'USLAX', true), ('LA-Yokohama', 'a', 'USLGB', true), ('LA-Yokohama', 'b', 'JPYOK', true);

CREATE FUNCTION @extschema@.corridor_of(v @extschema@.voyage) RETURNS text
    AS 'MODULE_PATHNAME', 'voyage_corridor_of' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.corridor_of(@extschema@.voyage) IS
    'The corridor (table corridor_port) whose two ends the voyage joins, in either direction, its ports also known by their aliases (port_alias); a pair of ports you map overrides a shipped corridor''s, two of yours (or two shipped) for one pair are an error; NULL if none';

CREATE TYPE portemis.corridor_summary AS (
    voyages                     bigint,
    distance_nm                 double precision,
    hours_under_way             double precision,
    fuel_t                      double precision,
    energy_mj                   double precision,
    emissions                   @extschema@.emissions,
    co2e_ttw_t                  double precision,
    co2e_wtw_t                  double precision,
    transport_work_tnm          double precision,
    eeoi_g_per_tnm              double precision,
    ghg_intensity_gco2e_per_mj  double precision,
    zero_low_carbon_share       double precision
);
COMMENT ON TYPE portemis.corridor_summary IS
    'Result of corridor_summary(voyage): sums over voyages; CO2e tank-to-wake and well-to-wake per FuelEU Annex I (t); EEOI in g CO2 per t nm; GHG intensity in gCO2e/MJ; share of energy from zero/low-carbon fuels';

CREATE FUNCTION portemis.corridor_state_combine(double precision[], double precision[]) RETURNS double precision[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.corridor_state_combine(double precision[], double precision[]) IS
    'Combine function of the corridor aggregates: element-wise sum of two partial states';
CREATE FUNCTION portemis.corridor_summary_accum(double precision[], @extschema@.voyage) RETURNS double precision[]
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.corridor_summary_accum(double precision[], @extschema@.voyage) IS
    'Transition function of corridor_summary(voyage)';
CREATE FUNCTION portemis.corridor_summary_accum(double precision[], @extschema@.voyage, text) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'corridor_summary_accum_set' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.corridor_summary_accum(double precision[], @extschema@.voyage, text) IS
    'Transition function of corridor_summary(voyage, factor_set)';
CREATE FUNCTION portemis.corridor_summary_final(double precision[]) RETURNS portemis.corridor_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.corridor_summary_final(double precision[]) IS
    'Final function of corridor_summary';

CREATE AGGREGATE @extschema@.corridor_summary(v @extschema@.voyage) (
    SFUNC = portemis.corridor_summary_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}',
    COMBINEFUNC = portemis.corridor_state_combine,
    FINALFUNC = portemis.corridor_summary_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.corridor_summary(@extschema@.voyage) IS
    'Summary of voyages: counts, distance, hours, fuel, energy, emissions (session factor set), CO2e TtW/WtW and intensity (fueleu set), transport work, EEOI, zero/low-carbon share';

CREATE AGGREGATE @extschema@.corridor_summary(v @extschema@.voyage, factor_set text) (
    SFUNC = portemis.corridor_summary_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}',
    COMBINEFUNC = portemis.corridor_state_combine,
    FINALFUNC = portemis.corridor_summary_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.corridor_summary(@extschema@.voyage, text) IS
    'corridor_summary with one factor set for every quantity';

CREATE FUNCTION portemis.eeoi_accum(double precision[], @extschema@.voyage) RETURNS double precision[]
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.eeoi_accum(double precision[], @extschema@.voyage) IS 'Transition function of eeoi';
CREATE FUNCTION portemis.eeoi_final(double precision[]) RETURNS double precision
    AS 'MODULE_PATHNAME', 'ratio_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.eeoi_final(double precision[]) IS 'Final function of eeoi';
CREATE AGGREGATE @extschema@.eeoi(v @extschema@.voyage) (
    SFUNC = portemis.eeoi_accum,
    STYPE = double precision[],
    INITCOND = '{0,0}',
    COMBINEFUNC = portemis.corridor_state_combine,
    FINALFUNC = portemis.eeoi_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.eeoi(@extschema@.voyage) IS
    'EEOI (MEPC.1/Circ.684), g CO2 per t nm: sum of CO2 over sum of cargo x distance of the voyages with known cargo and distance; a ballast leg adds CO2, not work';

CREATE FUNCTION portemis.cii_attained_accum(double precision[], @extschema@.voyage, double precision) RETURNS double precision[]
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.cii_attained_accum(double precision[], @extschema@.voyage, double precision) IS 'Transition function of cii_attained';
CREATE FUNCTION portemis.cii_attained_final(double precision[]) RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.cii_attained_final(double precision[]) IS 'Final function of cii_attained';
CREATE AGGREGATE @extschema@.cii_attained(v @extschema@.voyage, capacity double precision) (
    SFUNC = portemis.cii_attained_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0,0,0}',
    COMBINEFUNC = portemis.corridor_state_combine,
    FINALFUNC = portemis.cii_attained_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cii_attained(@extschema@.voyage, double precision) IS
    'Attained CII (AER form), g CO2 per capacity nm: sum of CO2 / (capacity x sum of distance) over a ship''s voyages; one capacity per group';

-- FuelEU compliance balance of a set of voyages: the in-scope share of each
-- voyage's energy and emissions (fueleu factors), balanced against a year's target.
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
CREATE FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer) RETURNS double precision[]
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
    IF $3 < 2025 THEN
        PERFORM @extschema@.fueleu_target($3);          -- raises: no target before 2025, naming the year
    END IF;
    IF $1[3] <> 0 AND $1[3] <> $3 THEN
        PERFORM portemis.fueleu_balance_state($1);      -- a forged year (NaN, 1e300) is named as such
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
CREATE FUNCTION portemis.fueleu_balance_combine(double precision[], double precision[]) RETURNS double precision[]
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
CREATE FUNCTION portemis.fueleu_balance_final(double precision[]) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (SELECT CASE WHEN c.s[1] > 0 THEN @extschema@.fueleu_balance_t(c.s[2] / c.s[1], c.s[1], c.s[3]::integer) END
        FROM (SELECT portemis.fueleu_balance_state($1) AS s) c);
COMMENT ON FUNCTION portemis.fueleu_balance_final(double precision[]) IS
    'Final function of fueleu_balance_t';
CREATE AGGREGATE @extschema@.fueleu_balance_t(v @extschema@.voyage, year integer) (
    SFUNC = portemis.fueleu_balance_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.fueleu_balance_combine,
    FINALFUNC = portemis.fueleu_balance_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fueleu_balance_t(@extschema@.voyage, integer) IS
    'FuelEU compliance balance (t CO2e) of a ship''s voyages in a reporting year: (target - in-scope intensity) x in-scope energy; 100 % of voyages between EU/EEA ports, 50 % of those from or to one; NULL when nothing is in scope (FuelEU does not apply: see the as_if_in_scope form)';

-- The same as if every voyage were fully in scope (a ship outside FuelEU's reach, or a what-if):
-- fueleu_balance_t(v, year, true) (an aggregate takes no named arguments).  Without it, a group with nothing
-- in scope is NULL.
CREATE FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean) RETURNS double precision[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN portemis.fueleu_balance_accum($1, $2, $3, $4, 'fueleu');
END $$;
COMMENT ON FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean) IS
    'Transition function of fueleu_balance_t(voyage, year, as_if_in_scope): every voyage fully in scope when the flag is true';
-- With a factor set of the user's (a copy of fueleu with certified biofuel batches): its energy and
-- well-to-wake intensity.  (The form without a set, the common case, keeps its own body: a second plpgsql
-- call per row costs 5-15 %.)
CREATE FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean, text)
RETURNS double precision[]
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
    IF $3 < 2025 THEN
        PERFORM @extschema@.fueleu_target($3);          -- raises: no target before 2025, naming the year
    END IF;
    IF $1[3] <> 0 AND $1[3] <> $3 THEN
        PERFORM portemis.fueleu_balance_state($1);      -- a forged year (NaN, 1e300) is named as such
        RAISE EXCEPTION 'fueleu_balance_t needs one reporting year per group: got % and %', $1[3]::integer, $3
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Group by year.';
    END IF;
    scope := CASE WHEN coalesce($4, false) THEN 1 ELSE @extschema@.fueleu_scope($2) END;
    IF scope = 0 THEN
        RETURN ARRAY[$1[1], $1[2], $3::double precision];    -- out of scope, even with its fuel unknown
    END IF;
    -- NULL for a voyage that does not report its fuel: the balance is then unknown (NULL), not 0
    energy := @extschema@.energy_mj($2, coalesce($5, 'fueleu'));
    RETURN ARRAY[$1[1] + scope * energy,
                 $1[2] + scope * energy * coalesce(@extschema@.ghg_intensity($2, coalesce($5, 'fueleu')), 0),
                 $3::double precision];
END $$;
COMMENT ON FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean, text) IS
    'Transition function of fueleu_balance_t(voyage, year, as_if_in_scope, factor_set): energy and intensity with that set (NULL: fueleu)';
CREATE AGGREGATE @extschema@.fueleu_balance_t(v @extschema@.voyage, year integer, as_if_in_scope boolean) (
    SFUNC = portemis.fueleu_balance_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.fueleu_balance_combine,
    FINALFUNC = portemis.fueleu_balance_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fueleu_balance_t(@extschema@.voyage, integer, boolean) IS
    'FuelEU compliance balance (t CO2e) of a ship''s voyages in a reporting year, with every voyage fully in scope when as_if_in_scope (else as fueleu_balance_t(voyage, year))';
CREATE AGGREGATE @extschema@.fueleu_balance_t(v @extschema@.voyage, year integer, as_if_in_scope boolean, factor_set text) (
    SFUNC = portemis.fueleu_balance_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.fueleu_balance_combine,
    FINALFUNC = portemis.fueleu_balance_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fueleu_balance_t(@extschema@.voyage, integer, boolean, text) IS
    'FuelEU compliance balance (t CO2e) with the energy and well-to-wake intensity of a factor set of yours (a copy of fueleu with certified biofuel batches; NULL: fueleu): fueleu_balance_t(v, 2025, false, ''my_set'')';

CREATE FUNCTION @extschema@.voyage_with_fuel(v @extschema@.voyage, from_fuel text, to_fuel text, factor_set text DEFAULT 'fueleu')
RETURNS @extschema@.voyage
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.voyage_with_fuel(@extschema@.voyage, text, text, text) IS
    'What if: the voyage with from_fuel replaced by to_fuel at equal energy (tonnes x LCV ratio of factor_set)';
CREATE FUNCTION @extschema@.voyage_slow_steamed(v @extschema@.voyage, speed_reduction_pct double precision)
RETURNS @extschema@.voyage
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.voyage_slow_steamed(@extschema@.voyage, double precision) IS
    'What if: the voyage x % slower over the same distance; fuel x (1 - x/100)^2 (propeller law: power ~ speed^3, time ~ 1/speed), duration / (1 - x/100)';
