-- Every function of portemis_routing runs with its own search_path.  pgRouting's pgr_dijkstra is a SQL
-- function whose body names its helpers (_pgr_get_statement, _pgr_dijkstra) without a schema, and PostGIS
-- looks positions' SRID up with the caller's operators: under the caller's path, a role that can create
-- functions or operators in a schema on it could have them called.  The path is pg_catalog, then
-- pgRouting's schema, then pg_temp (last); the functions' own bodies are bound at creation (BEGIN ATOMIC)
-- or pin pg_catalog, pg_temp already.
DO $$
DECLARE
    f regprocedure;
    path text := pg_catalog.format('pg_catalog, %I, pg_temp',
        (SELECT n.nspname FROM pg_catalog.pg_extension x JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
         WHERE x.extname OPERATOR(pg_catalog.=) 'pgrouting'));
BEGIN
    FOR f IN
        SELECT p.oid FROM pg_catalog.pg_proc p
        JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid
             AND d.deptype = 'e'
        JOIN pg_catalog.pg_extension x ON x.oid = d.refobjid AND x.extname OPERATOR(pg_catalog.=) 'portemis_routing'
        WHERE p.proconfig IS NULL
    LOOP
        EXECUTE pg_catalog.format('ALTER FUNCTION %s SET search_path = %s', f, path);
    END LOOP;
END $$;
