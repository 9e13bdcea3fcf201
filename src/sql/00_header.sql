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
