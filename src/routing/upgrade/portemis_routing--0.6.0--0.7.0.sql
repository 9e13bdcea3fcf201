-- portemis_routing 0.6.0 -> 0.7.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis_routing UPDATE TO '0.7.0'" to load this file. \quit

-- The route functions call pgRouting's pgr_dijkstra, which pgRouting labels PARALLEL UNSAFE: so are they (a
-- query calling them plans no parallel workers).  COST 10000, PostGIS's label for its costliest functions:
-- a route takes tens of milliseconds, and the planner should call it last and as seldom as it can.
ALTER FUNCTION @extschema@.sea_route_points(geometry, geometry, text[]) PARALLEL UNSAFE COST 10000;
ALTER FUNCTION @extschema@.sea_route(locode, locode, text[]) PARALLEL UNSAFE COST 10000;
ALTER FUNCTION @extschema@.sea_route_nm(locode, locode, text[]) PARALLEL UNSAFE COST 10000;
ALTER FUNCTION @extschema@.sea_routes(locode[], locode[], text[]) PARALLEL UNSAFE COST 10000;
ALTER FUNCTION @extschema@.sea_routes_points(geometry[], geometry[], text[]) PARALLEL UNSAFE COST 10000;

-- (every function keeps its pinned search_path; as at install: src/routing/90_search_path.sql)
DO $$
DECLARE
    f regprocedure;
    pgr_schema name := (SELECT n.nspname FROM pg_catalog.pg_extension x
                        JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) x.extnamespace
                        WHERE x.extname OPERATOR(pg_catalog.=) 'pgrouting');
BEGIN
    IF pg_catalog.has_schema_privilege('public', pgr_schema, 'CREATE') THEN
        RAISE WARNING 'pgRouting is in schema %, where every role may create functions', pgr_schema
            USING HINT = pg_catalog.format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC: a function created there could be called by pgRouting in place of its own (as by any caller of pgRouting).', pgr_schema);
    END IF;
    FOR f IN
        SELECT p.oid FROM pg_catalog.pg_proc p
        JOIN pg_catalog.pg_depend d ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
             AND d.objid OPERATOR(pg_catalog.=) p.oid AND d.deptype OPERATOR(pg_catalog.=) 'e'
        JOIN pg_catalog.pg_extension x ON x.oid OPERATOR(pg_catalog.=) d.refobjid
             AND x.extname OPERATOR(pg_catalog.=) 'portemis_routing'
        WHERE NOT EXISTS (SELECT FROM pg_catalog.unnest(p.proconfig) c WHERE c OPERATOR(pg_catalog.~~) 'search_path=%')
    LOOP
        EXECUTE pg_catalog.format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f, pgr_schema);
    END LOOP;
END $$;
