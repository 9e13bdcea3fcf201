-- ---------------------------------------------------------------------------
-- Sea routes: the shortest path over the network (pgRouting's Dijkstra,
-- undirected, weights the edges' geodesic lengths) between the nodes nearest
-- to two positions, with the positions as first and last points.
-- ---------------------------------------------------------------------------
CREATE INDEX sea_node_geom ON portemis.sea_node USING gist (geom);
CREATE INDEX sea_edge_passage ON portemis.sea_edge (passage) WHERE passage IS NOT NULL;
GRANT SELECT ON portemis.sea_node, portemis.sea_edge TO PUBLIC;

-- Passages to avoid: every name must be a passage of the network.
CREATE FUNCTION portemis.sea_route_check_avoid(avoid text[]) RETURNS text[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    unknown text;
BEGIN
    SELECT string_agg(coalesce(a, 'NULL'), ', ') INTO unknown FROM unnest(avoid) a
    WHERE a IS NULL OR NOT EXISTS (SELECT 1 FROM portemis.sea_edge e WHERE e.passage = a);
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'unknown passage: %', unknown USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Known: ' || (SELECT string_agg(DISTINCT e.passage, ', ' ORDER BY e.passage) FROM portemis.sea_edge e
                                 WHERE e.passage IS NOT NULL) || '.';
    END IF;
    RETURN coalesce(avoid, '{}');
END $$;
COMMENT ON FUNCTION portemis.sea_route_check_avoid(text[]) IS
    'Support function of sea_route: the passages to avoid, after checking that each is a passage of the network';

-- The network node nearest to a position: the 16 nearest in longitude/latitude to it and to it 360 degrees
-- east and west (a node at +180 is next to a position at -179.9), then the geodesically nearest.
CREATE FUNCTION portemis.sea_route_node(pos geometry) RETURNS integer
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

-- The edges pgRouting reads, as SQL text run by pgr_dijkstra: names schema-qualified, operators from pg_catalog.
CREATE FUNCTION portemis.sea_route_edges_sql(avoid text[]) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN 'SELECT id, source, target, length_nm AS cost, length_nm AS reverse_cost FROM portemis.sea_edge'
       || CASE WHEN cardinality(avoid) > 0
               THEN format(' WHERE passage IS NULL OR NOT (passage OPERATOR(pg_catalog.=) ANY (%L::pg_catalog.text[]))', avoid)
               ELSE '' END;
COMMENT ON FUNCTION portemis.sea_route_edges_sql(text[]) IS
    'Support function of sea_route: the edge query for pgr_dijkstra, without the passages to avoid';

-- A position for sea_route: a point in SRID 4326 (or 0), else a clear error.  The raiser is STABLE so that a
-- constant bad argument is not folded into an error at plan time (the CASE decides).
CREATE FUNCTION portemis.sea_route_bad_position(what text, reason text) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'sea_route: the % is %', what, reason USING ERRCODE = 'invalid_parameter_value',
        HINT = 'Give a POINT in SRID 4326 (longitude, latitude), or a UN/LOCODE of the gazetteer.';
END $$;
COMMENT ON FUNCTION portemis.sea_route_bad_position(text, text) IS
    'Support function of sea_route: raises 22023 naming what is wrong with a position';
CREATE FUNCTION portemis.sea_route_position(g geometry, what text) RETURNS geometry
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE WHEN g IS NULL THEN NULL
            WHEN geometrytype(g) <> 'POINT' THEN portemis.sea_route_bad_position(what, 'a ' || geometrytype(g) || ', not a point')
            WHEN st_srid(g) <> 4326 THEN portemis.sea_route_bad_position(what, 'in SRID ' || st_srid(g) || ', not 4326 (set it with ST_SetSRID(geom, 4326))')
            WHEN st_isempty(g) THEN portemis.sea_route_bad_position(what, 'an empty point')
            WHEN NOT (abs(st_y(g)) <= 90 AND abs(st_x(g)) <= 540)
                THEN portemis.sea_route_bad_position(what, 'not a longitude/latitude: ' || st_astext(g))
            -- longitudes into [-180, 180), where the network's nodes are
            ELSE st_setsrid(st_makepoint(st_x(g) - 360 * floor((st_x(g) + 180) / 360), st_y(g)), 4326) END;
COMMENT ON FUNCTION portemis.sea_route_position(geometry, text) IS
    'Support function of sea_route: a position as a point in SRID 4326, or error 22023 naming what is wrong';

CREATE FUNCTION portemis.sea_route_unknown_port(what text, port locode) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'sea_route: unknown % port %', what, port USING ERRCODE = 'invalid_parameter_value',
        HINT = 'Add it to the table portemis.port, or an alias to portemis.port_alias.';
END $$;
COMMENT ON FUNCTION portemis.sea_route_unknown_port(text, locode) IS
    'Support function of sea_route: raises 22023 naming a port the gazetteer does not have';

-- sea_routes pairs origins[k] with destinations[k]: arrays of different lengths are a mistake, not padding.
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

-- The route functions call pgRouting's pgr_dijkstra, which pgRouting labels PARALLEL UNSAFE: so are they (a
-- query calling them plans no parallel workers).  COST 10000, PostGIS's label for its costliest functions:
-- a route takes tens of milliseconds, and the planner should call it last and as seldom as it can.
CREATE FUNCTION @extschema@.sea_route_points(origin geometry, destination geometry, avoid text[] DEFAULT '{northwest}')
RETURNS geometry
LANGUAGE sql STABLE PARALLEL UNSAFE COST 10000
BEGIN ATOMIC
    WITH ends AS (
        SELECT o, d, portemis.sea_route_node(o) AS a, portemis.sea_route_node(d) AS b,
               portemis.sea_route_check_avoid(avoid) AS avoid
        FROM (SELECT portemis.sea_route_position(origin, 'origin') AS o,
                     portemis.sea_route_position(destination, 'destination') AS d) p
        WHERE o IS NOT NULL AND d IS NOT NULL
    ), path AS (
        SELECT p.seq, CASE WHEN e.source = p.node THEN e.geom ELSE st_reverse(e.geom) END AS g
        FROM ends, pgr_dijkstra(portemis.sea_route_edges_sql(ends.avoid), ends.a, ends.b, directed => false) p
        JOIN portemis.sea_edge e ON e.id = p.edge
    )
    SELECT st_setsrid(st_removerepeatedpoints(st_makeline(
               ARRAY[ends.o] || coalesce((SELECT array_agg(path.g ORDER BY path.seq) FROM path), '{}') || ARRAY[ends.d])), 4326)
    FROM ends
    WHERE ends.a = ends.b OR EXISTS (SELECT 1 FROM path);
END;
COMMENT ON FUNCTION @extschema@.sea_route_points(geometry, geometry, text[]) IS
    'A sea route (LineString, SRID 4326) from one position to another: the shortest path over the MARNET network (pgRouting Dijkstra, edges weighted by geodesic length) between the nodes nearest to them, the positions first and last; avoid lists passages to leave out (suez, panama, malacca, ...; by default the Arctic northwest passage, as searoute-py does); NULL when no path remains; longitudes continue across the antimeridian as the network has them (route_length_nm measures the short way; geometry_for_maps draws it)';

CREATE FUNCTION @extschema@.sea_route(origin locode, destination locode, avoid text[] DEFAULT '{northwest}')
RETURNS geometry
LANGUAGE sql STABLE PARALLEL UNSAFE COST 10000
BEGIN ATOMIC
    SELECT sea_route_points(coalesce(port_geom(origin), portemis.sea_route_unknown_port('origin', origin)),
                     coalesce(port_geom(destination), portemis.sea_route_unknown_port('destination', destination)),
                     avoid)
    WHERE origin IS NOT NULL AND destination IS NOT NULL;
END;
COMMENT ON FUNCTION @extschema@.sea_route(locode, locode, text[]) IS
    'A sea route between two ports of the gazetteer (UN/LOCODE, through port_alias): sea_route_points(port_geom(origin), port_geom(destination), avoid); avoid defaults to the Arctic northwest passage';

CREATE FUNCTION @extschema@.sea_route_nm(origin locode, destination locode, avoid text[] DEFAULT '{northwest}')
RETURNS double precision
LANGUAGE sql STABLE PARALLEL UNSAFE COST 10000
BEGIN ATOMIC
    SELECT route_length_nm(sea_route(origin, destination, avoid));
END;
COMMENT ON FUNCTION @extschema@.sea_route_nm(locode, locode, text[]) IS
    'The geodesic length (nm, WGS 84) of sea_route(origin, destination, avoid)';

-- Many routes at once: pgRouting builds the graph once for all the pairs (sea_route builds it per call).
CREATE FUNCTION portemis.sea_route_pairs_sql(a integer[], b integer[]) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN format('SELECT s AS source, t AS target FROM ROWS FROM (pg_catalog.unnest(%L::pg_catalog.int4[]), pg_catalog.unnest(%L::pg_catalog.int4[])) AS u(s, t)', a, b);
COMMENT ON FUNCTION portemis.sea_route_pairs_sql(integer[], integer[]) IS
    'Support function of sea_routes: the combinations query for pgr_dijkstra';

CREATE FUNCTION @extschema@.sea_routes(origins locode[], destinations locode[], avoid text[] DEFAULT '{northwest}')
RETURNS TABLE (k bigint, origin locode, destination locode, route geometry, length_nm double precision)
LANGUAGE sql STABLE PARALLEL UNSAFE COST 10000 ROWS 100
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
COMMENT ON FUNCTION @extschema@.sea_routes(locode[], locode[], text[]) IS
    'Many sea routes at once, one row per position k of the two arrays (origins[k] to destinations[k]), with their length (nm), NULL where an end is NULL or no path remains: as sea_route, but pgRouting builds the network graph once for all of them';

CREATE FUNCTION @extschema@.sea_routes_points(origins geometry[], destinations geometry[], avoid text[] DEFAULT '{northwest}')
RETURNS TABLE (k bigint, route geometry, length_nm double precision)
LANGUAGE sql STABLE PARALLEL UNSAFE COST 10000 ROWS 100
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
COMMENT ON FUNCTION @extschema@.sea_routes_points(geometry[], geometry[], text[]) IS
    'Many sea routes at once between positions (points, SRID 4326), one per position k of the two arrays, with their length (nm): as sea_route_points, the graph built once';
