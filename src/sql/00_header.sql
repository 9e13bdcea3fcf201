-- portemis install script, assembled by the Makefile from src/sql/*.sql and
-- src/sql/data/*.sql in the order of their NN_ prefixes.
--
-- Two schemas:
--   @extschema@  the user-facing types, operators, functions and aggregates
--                (public unless CREATE EXTENSION ... SCHEMA says otherwise);
--   portemis     the registry tables and views, and the internal support
--                functions (aggregate transition/combine/final functions, WKB
--                helpers, triggers): names an analyst's own tables are likely to
--                have (port, zone, corridor, vessel) never land in their schema.
-- Every reference is schema-qualified, so nothing depends on the caller's
-- search_path.

\echo Use "CREATE EXTENSION portemis CASCADE" to load this file. \quit

-- CREATE EXTENSION portemis SCHEMA portemis puts everything in one schema, the
-- user's own: its comment and privileges stay the user's to set.
DO $$
BEGIN
    IF '@extschema@' <> 'portemis' THEN
        CREATE SCHEMA portemis;
        COMMENT ON SCHEMA portemis IS
            'portemis registry (emission factors, activity tables, zones, ports, corridors, CII lines) and internal support functions';
        -- the registry is public reference data: every role may read it (README, Security)
        GRANT USAGE ON SCHEMA portemis TO PUBLIC;
    END IF;
END $$;

-- The SQLSTATE of an argument a SQL-language check refuses (README, "Errors"): NaN or an infinity is an invalid
-- value (22023), a finite value outside its range is out of range (22003), as in the C checks.
CREATE FUNCTION portemis._refused_errcode(value double precision) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN NOT (value > '-Infinity'::double precision AND value < 'Infinity'::double precision)
            THEN 'invalid_parameter_value' ELSE 'numeric_value_out_of_range' END;
COMMENT ON FUNCTION portemis._refused_errcode(double precision) IS
    'Internal (RAISE ... USING ERRCODE of the SQL-language checks): invalid_parameter_value (22023) for NaN or an infinity, numeric_value_out_of_range (22003) for a finite value out of its range';
