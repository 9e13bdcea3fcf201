-- ---------------------------------------------------------------------------
-- Ports, port areas and ECA-aware emissions.
-- ---------------------------------------------------------------------------

-- (SET citus.allow_nested_distributed_execution: it reads the registry on Citus workers, src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.port_geom(code @extschema@.locode) RETURNS geometry
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET citus.allow_nested_distributed_execution = on
BEGIN ATOMIC
    SELECT p.geom FROM portemis.port p
    WHERE p.locode = coalesce((SELECT a.locode FROM portemis.port_alias a WHERE a.alias = $1), $1)
    ORDER BY p.shipped, p.wpi_number, p.id LIMIT 1;
END;
COMMENT ON FUNCTION @extschema@.port_geom(@extschema@.locode) IS
    'Position of a port (Point, SRID 4326) from the gazetteer, through port_alias; NULL if unknown; a row of yours (shipped = false) before the shipped ones, then the lowest WPI number where a code has several entries';

-- Validates a port-area request and returns the port's position.
-- (SET citus.allow_nested_distributed_execution: it reads the registry on Citus workers, src/sql/92_citus.sql)
CREATE FUNCTION portemis.port_area_centre(@extschema@.locode, radius_nm double precision)
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

-- A circle round a pole is no polygon in longitude/latitude (its ring goes once round the globe).
CREATE FUNCTION portemis.port_area_round_pole(@extschema@.locode, radius_nm double precision, north boolean)
RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'a port area of % nm around % would contain the % pole', radius_nm, $1,
                    CASE WHEN north THEN 'north' ELSE 'south' END
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Use a smaller radius, or draw the zone yourself.';
END $$;
COMMENT ON FUNCTION portemis.port_area_round_pole(@extschema@.locode, double precision, boolean) IS
    'Support function of port_area: raises 22023 for a circle that would contain a pole';

-- The search_path is pinned: PostGIS looks up spatial_ref_sys for the
-- geography buffer with a query whose operators resolve through the path.
-- A circle across the antimeridian comes back with longitudes wrapped into
-- [-180, 180], a band round the globe: its negative longitudes then take
-- +360, so it lies in (0, 360) as a zone across the antimeridian may.
CREATE FUNCTION @extschema@.port_area(code @extschema@.locode, radius_nm double precision) RETURNS geometry
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN (SELECT CASE WHEN radius_nm * 1852 >= st_distance(c.centre::geography, c.pole::geography)
                    THEN portemis.port_area_round_pole($1, radius_nm, st_y(c.pole) > 0)
                    ELSE (SELECT CASE WHEN st_xmax(b.g) - st_xmin(b.g) > 180 THEN st_shiftlongitude(b.g) ELSE b.g END
                          FROM (SELECT st_setsrid(st_buffer(c.centre::geography, radius_nm * 1852, 64)::geometry, 4326) AS g) b) END
        FROM (SELECT p.centre, st_setsrid(st_makepoint(0, CASE WHEN st_y(p.centre) >= 0 THEN 90 ELSE -90 END), 4326) AS pole
              FROM (SELECT portemis.port_area_centre($1, radius_nm) AS centre) p) c);
COMMENT ON FUNCTION @extschema@.port_area(@extschema@.locode, double precision) IS
    'A circular port area (Polygon, SRID 4326) of radius_nm nautical miles (geodesic) around a port of the gazetteer; across the antimeridian with longitudes in (0, 360); none round a pole (22023)';

-- A user's zone for an overlay with the ECAs: GEOS cannot intersect an invalid
-- polygon (it raises an internal error), so say what is wrong instead.  The
-- raiser is STABLE so that a constant zone is never folded into an error at
-- plan time (the CASE decides).
CREATE FUNCTION portemis.invalid_zone(reason text) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'zone is not a valid polygon: %', reason
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Repair it with ST_MakeValid(zone).';
END $$;
COMMENT ON FUNCTION portemis.invalid_zone(text) IS
    'Support function of voyage_emissions_in: raises 22023 naming why a zone is not a valid polygon';
CREATE FUNCTION portemis.zone_not_4326(srid integer) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'zone must be in SRID 4326 (WGS 84 longitude/latitude), not SRID %', srid
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Set the SRID with ST_SetSRID(geom, 4326).';
END $$;
COMMENT ON FUNCTION portemis.zone_not_4326(integer) IS
    'Support function of voyage_emissions_in: raises 22023 for a zone not in SRID 4326 (as route_share does)';
-- (the SRID first: PostGIS raises an internal error when it intersects zones of two SRIDs)
CREATE FUNCTION portemis.valid_zone(zone geometry) RETURNS geometry
LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN CASE WHEN st_srid(zone) <> 4326 THEN portemis.zone_not_4326(st_srid(zone))
            WHEN st_isvalid(zone) THEN zone ELSE portemis.invalid_zone(st_isvalidreason(zone)) END;
COMMENT ON FUNCTION portemis.valid_zone(geometry) IS
    'Support function of voyage_emissions_in: the zone if it is a valid polygon in SRID 4326, else error 22023 saying why';

-- Sulphur by zone: the voyage's fuel uses apportioned by distance.
CREATE FUNCTION portemis.voyage_emissions_apportioned(@extschema@.voyage, fraction double precision,
    zone_shares double precision[], zone_sulphur_pct double precision[], factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.voyage_emissions_apportioned(@extschema@.voyage, double precision, double precision[], double precision[], text) IS
    'Emissions (t) of a fraction of a voyage''s fuel uses, whose shares zone_shares were burnt under the sulphur limits zone_sulphur_pct (the rest of the fraction under the global limit); the engine of voyage_emissions(voyage, route) and voyage_emissions_in';

-- A route without length cannot apportion anything by distance: say so (STABLE, so that a constant is not
-- folded into an error at plan time).
CREATE FUNCTION portemis.route_without_length() RETURNS double precision
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'route has no length, so the voyage''s fuel cannot be apportioned by distance'
        USING ERRCODE = 'invalid_parameter_value',
              HINT = 'Pass the route the voyage sailed, or NULL (then the result is NULL), or use voyage_emissions(voyage).';
END $$;
COMMENT ON FUNCTION portemis.route_without_length() IS
    'Support function of the ECA apportioning: raises 22023 for an empty route or one of zero length';

-- The share of a route's length under each sulphur limit of the ECAs in force at a time (within a zone,
-- when one is given).  Where ECAs overlap the strictest limit applies and the stretch counts once: the
-- share under limit L is the share inside the union of the ECAs whose limit is at most L (one
-- MultiPolygon whose parts may overlap, which route_share counts once), less that of the stricter limits.
-- A route without length has NULL shares: its callers raise route_without_length().
CREATE FUNCTION portemis.eca_shares(route geometry, at timestamptz, within geometry DEFAULT NULL)
RETURNS TABLE (sulphur_pct double precision, share double precision)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH eca AS (
        SELECT z.sulphur_pct,
               CASE WHEN within IS NULL THEN z.geom
                    ELSE st_collectionextract(st_intersection(within, z.geom), 3) END AS geom
        FROM portemis.zone z
        WHERE route IS NOT NULL AND z.kind = 'eca' AND z.sulphur_pct IS NOT NULL
          -- a zone's dates are UTC days, whatever the session's TimeZone
          AND (z.valid_from::timestamp AT TIME ZONE 'UTC') <= at
          AND (z.valid_to IS NULL OR at < (z.valid_to::timestamp AT TIME ZONE 'UTC'))
          AND (within IS NULL OR st_intersects(portemis.valid_zone(within), z.geom))),
    cumulative AS (
        SELECT l.sulphur_pct,
               @extschema@.route_share(route, (SELECT st_collectionextract(st_collect(e.geom), 3)
                                               FROM eca e WHERE e.sulphur_pct <= l.sulphur_pct)) AS share
        FROM (SELECT DISTINCT e.sulphur_pct FROM eca e) l)
    SELECT c.sulphur_pct, greatest(0, c.share - coalesce(lag(c.share) OVER (ORDER BY c.sulphur_pct), 0))
    FROM cumulative c;
END;
COMMENT ON FUNCTION portemis.eca_shares(geometry, timestamptz, geometry) IS
    'Support function of voyage_emissions(voyage, route) and voyage_emissions_in: the share of the route''s length under each sulphur limit of the ECAs in force at a time (inside a zone, if given); overlapping ECAs count once, at the strictest limit';

-- PL/pgSQL, not SQL: on a Citus cluster it runs inside the workers' shard queries and reads the ECAs, reference
-- tables there, which Citus plans for a PL/pgSQL query but refuses in a SQL function's; and it allows that read
-- for itself (SET citus.allow_nested_distributed_execution: src/sql/92_citus.sql).  Not on eca_shares, which
-- stays inlined here (a SET would stop that and double the cost).
CREATE FUNCTION @extschema@.voyage_emissions(v @extschema@.voyage, route geometry, factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
SET citus.allow_nested_distributed_execution = on AS $$
BEGIN
    IF route IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT portemis.voyage_emissions_apportioned(v,
                CASE WHEN @extschema@.route_length_nm(route) > 0 THEN 1 ELSE portemis.route_without_length() END,
                coalesce(array_agg(s.share), '{}'), coalesce(array_agg(s.sulphur_pct), '{}'), factor_set)
            FROM portemis.eca_shares(route, @extschema@.departure(v)) s);
END $$;
COMMENT ON FUNCTION @extschema@.voyage_emissions(@extschema@.voyage, geometry, text) IS
    'Emissions (t) of a voyage sailed along route: each fuel use is apportioned by the share of the route''s distance inside the ECAs in force on the departure date (overlapping ECAs once, at the strictest limit); fuel without a stated sulphur burns at the ECA''s limit inside and the global limit outside';

-- (PL/pgSQL with the SET, as voyage_emissions(voyage, route) above)
CREATE FUNCTION @extschema@.voyage_emissions_in(v @extschema@.voyage, route geometry, zone geometry, factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
SET citus.allow_nested_distributed_execution = on AS $$
BEGIN
    IF route IS NULL OR zone IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT portemis.voyage_emissions_apportioned(v,
                coalesce(@extschema@.route_share(route, portemis.valid_zone(zone)), portemis.route_without_length()),
                coalesce(array_agg(s.share), '{}'), coalesce(array_agg(s.sulphur_pct), '{}'), factor_set)
            FROM portemis.eca_shares(route, @extschema@.departure(v), zone) s);
END $$;
COMMENT ON FUNCTION @extschema@.voyage_emissions_in(@extschema@.voyage, geometry, geometry, text) IS
    'The part (t) of a voyage''s emissions emitted inside a zone (a port inventory''s question), apportioned by distance along route; sulphur by the ECAs in force inside the zone (overlapping ECAs once, at the strictest limit)';
