-- portemis_routing 0.4.0 -> 0.5.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis_routing UPDATE TO '0.5.0'" to load this file. \quit

-- A position in SRID 0 is refused, as portemis's route functions refuse one.
CREATE OR REPLACE FUNCTION portemis.sea_route_position(g geometry, what text) RETURNS geometry
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE WHEN g IS NULL THEN NULL
            WHEN geometrytype(g) <> 'POINT' THEN portemis.sea_route_bad_position(what, 'a ' || geometrytype(g) || ', not a point')
            WHEN st_srid(g) <> 4326 THEN portemis.sea_route_bad_position(what, 'in SRID ' || st_srid(g) || ', not 4326 (set it with ST_SetSRID(geom, 4326))')
            WHEN NOT (abs(st_y(g)) <= 90 AND abs(st_x(g)) <= 540)
                THEN portemis.sea_route_bad_position(what, 'not a longitude/latitude: ' || st_astext(g))
            -- longitudes into [-180, 180), where the network's nodes are
            ELSE st_setsrid(st_makepoint(st_x(g) - 360 * floor((st_x(g) + 180) / 360), st_y(g)), 4326) END;
COMMENT ON FUNCTION portemis.sea_route_position(geometry, text) IS
    'Support function of sea_route: a position as a point in SRID 4326, or error 22023 naming what is wrong';

-- Every function of portemis_routing runs with its own search_path.  pgRouting's pgr_dijkstra is a SQL
-- function whose body names its helpers (_pgr_get_statement, _pgr_dijkstra) without a schema, and PostGIS
-- looks positions' SRID up with the caller's operators: under the caller's path, a role that can create
-- functions or operators in a schema on it could have them called.  The path is pg_catalog, then
-- pgRouting's schema, then pg_temp (last); the functions' own bodies are bound at creation (BEGIN ATOMIC)
-- or pin pg_catalog, pg_temp already.  This protects only if pgRouting's own schema is not writable by
-- roles you do not trust (a function there with a closer signature would still be chosen): a warning
-- says so when any role may create in it.  Moving pgRouting to another schema afterwards breaks the
-- sea-route functions until portemis_routing is dropped and created again.
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
