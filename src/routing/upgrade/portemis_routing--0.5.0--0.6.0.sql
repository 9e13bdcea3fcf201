-- portemis_routing 0.5.0 -> 0.6.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis_routing UPDATE TO '0.6.0'" to load this file. \quit

-- A position just east of the antimeridian (or at 180) snapped to a node on its own side, hundreds of miles
-- away, past the node at +180 a few miles off: candidates are now also sought 360 degrees east and west.
CREATE OR REPLACE FUNCTION portemis.sea_route_node(pos geometry) RETURNS integer
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT c.id
    FROM (SELECT s.shift FROM (VALUES (-360), (0), (360)) s(shift)) s,
         LATERAL (SELECT n.id, n.geom FROM portemis.sea_node n
                  ORDER BY n.geom <-> st_translate(pos, s.shift, 0) LIMIT 16) c
    ORDER BY st_distance(c.geom::geography, pos::geography), c.id LIMIT 1;
END;
COMMENT ON FUNCTION portemis.sea_route_node(geometry) IS
    'Support function of sea_route: the id of the network node geodesically nearest to a position (SRID 4326), across the antimeridian too';

-- An empty point is an error naming it (it gave NULL).
CREATE OR REPLACE FUNCTION portemis.sea_route_position(g geometry, what text) RETURNS geometry
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE WHEN g IS NULL THEN NULL
            WHEN geometrytype(g) <> 'POINT' THEN portemis.sea_route_bad_position(what, 'a ' || geometrytype(g) || ', not a point')
            WHEN st_srid(g) <> 4326 THEN portemis.sea_route_bad_position(what, 'in SRID ' || st_srid(g) || ', not 4326 (set it with ST_SetSRID(geom, 4326))')
            WHEN st_isempty(g) THEN portemis.sea_route_bad_position(what, 'an empty point')
            WHEN NOT (abs(st_y(g)) <= 90 AND abs(st_x(g)) <= 540)
                THEN portemis.sea_route_bad_position(what, 'not a longitude/latitude: ' || st_astext(g))
            -- longitudes into [-180, 180), where the network's nodes are
            ELSE st_setsrid(st_makepoint(st_x(g) - 360 * floor((st_x(g) + 180) / 360), st_y(g)), 4326) END;

-- sea_routes and sea_routes_points refuse arrays of different lengths (they padded with NULL rows).
CREATE FUNCTION portemis.sea_routes_same_length(origins integer, destinations integer) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF coalesce(origins, 0) <> coalesce(destinations, 0) THEN
        RAISE EXCEPTION 'sea_routes: the arrays differ in length (origins %, destinations %)', coalesce(origins, 0), coalesce(destinations, 0)
            USING ERRCODE = 'array_subscript_error', HINT = 'Give one destination per origin: origins[k] goes to destinations[k].';
    END IF;
    RETURN true;
END $$;
COMMENT ON FUNCTION portemis.sea_routes_same_length(integer, integer) IS
    'Support function of sea_routes: raises 2202E unless there are as many destinations as origins';
CREATE OR REPLACE FUNCTION @extschema@.sea_routes(origins locode[], destinations locode[], avoid text[] DEFAULT '{northwest}')
RETURNS TABLE (k bigint, origin locode, destination locode, route geometry, length_nm double precision)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 100
BEGIN ATOMIC
    WITH pairs AS (
        SELECT u.k, u.o, u.d,
               CASE WHEN u.o IS NOT NULL THEN portemis.sea_route_position(
                   coalesce(port_geom(u.o), portemis.sea_route_unknown_port('origin', u.o)), 'origin') END AS op,
               CASE WHEN u.d IS NOT NULL THEN portemis.sea_route_position(
                   coalesce(port_geom(u.d), portemis.sea_route_unknown_port('destination', u.d)), 'destination') END AS dp
        FROM unnest(origins, destinations) WITH ORDINALITY AS u(o, d, k)
        WHERE portemis.sea_routes_same_length(cardinality(origins), cardinality(destinations))
    ), ends AS (
        SELECT p.*, portemis.sea_route_node(p.op) AS a, portemis.sea_route_node(p.dp) AS b FROM pairs p
    ), combos AS (
        SELECT array_agg(c.a) AS a, array_agg(c.b) AS b FROM (SELECT DISTINCT e.a, e.b FROM ends e WHERE e.a <> e.b) c
        -- (a NULL end has no node: its pair is a row without a route)
    ), path AS (
        SELECT p.start_vid, p.end_vid, p.path_seq, CASE WHEN e.source = p.node THEN e.geom ELSE st_reverse(e.geom) END AS g
        FROM combos, pgr_dijkstra(portemis.sea_route_edges_sql(portemis.sea_route_check_avoid(avoid)),
                                  portemis.sea_route_pairs_sql(combos.a, combos.b), directed => false) p
        JOIN portemis.sea_edge e ON e.id = p.edge
        WHERE combos.a IS NOT NULL
    ), routes AS (
        SELECT e.k, e.o, e.d,
               CASE WHEN e.a IS NOT NULL AND e.b IS NOT NULL AND (e.a = e.b OR r.g IS NOT NULL) THEN
                    st_setsrid(st_removerepeatedpoints(st_makeline(ARRAY[e.op] || coalesce(r.g, '{}') || ARRAY[e.dp])), 4326) END AS route
        FROM ends e
        LEFT JOIN (SELECT start_vid, end_vid, array_agg(g ORDER BY path_seq) AS g FROM path GROUP BY start_vid, end_vid) r
               ON r.start_vid = e.a AND r.end_vid = e.b
    )
    SELECT r.k, r.o, r.d, r.route, route_length_nm(r.route) FROM routes r ORDER BY r.k;
END;
CREATE OR REPLACE FUNCTION @extschema@.sea_routes_points(origins geometry[], destinations geometry[], avoid text[] DEFAULT '{northwest}')
RETURNS TABLE (k bigint, route geometry, length_nm double precision)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 100
BEGIN ATOMIC
    WITH pairs AS (
        SELECT u.k, u.o, u.d, portemis.sea_route_position(u.o, 'origin') AS op,
               portemis.sea_route_position(u.d, 'destination') AS dp
        FROM unnest(origins, destinations) WITH ORDINALITY AS u(o, d, k)
        WHERE portemis.sea_routes_same_length(cardinality(origins), cardinality(destinations))
    ), ends AS (
        SELECT p.*, portemis.sea_route_node(p.op) AS a, portemis.sea_route_node(p.dp) AS b FROM pairs p
    ), combos AS (
        SELECT array_agg(c.a) AS a, array_agg(c.b) AS b FROM (SELECT DISTINCT e.a, e.b FROM ends e WHERE e.a <> e.b) c
        -- (a NULL end has no node: its pair is a row without a route)
    ), path AS (
        SELECT p.start_vid, p.end_vid, p.path_seq, CASE WHEN e.source = p.node THEN e.geom ELSE st_reverse(e.geom) END AS g
        FROM combos, pgr_dijkstra(portemis.sea_route_edges_sql(portemis.sea_route_check_avoid(avoid)),
                                  portemis.sea_route_pairs_sql(combos.a, combos.b), directed => false) p
        JOIN portemis.sea_edge e ON e.id = p.edge
        WHERE combos.a IS NOT NULL
    ), routes AS (
        SELECT e.k, e.o, e.d,
               CASE WHEN e.a IS NOT NULL AND e.b IS NOT NULL AND (e.a = e.b OR r.g IS NOT NULL) THEN
                    st_setsrid(st_removerepeatedpoints(st_makeline(ARRAY[e.op] || coalesce(r.g, '{}') || ARRAY[e.dp])), 4326) END AS route
        FROM ends e
        LEFT JOIN (SELECT start_vid, end_vid, array_agg(g ORDER BY path_seq) AS g FROM path GROUP BY start_vid, end_vid) r
               ON r.start_vid = e.a AND r.end_vid = e.b
    )
    SELECT r.k, r.route, route_length_nm(r.route) FROM routes r ORDER BY r.k;
END;

-- The replaced functions pin their search_path again (as at install: src/routing/90_search_path.sql).
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
