-- portemis 0.7.0 -> 0.8.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis UPDATE TO '0.8.0'" to load this file. \quit

-- emissions can be hashed: DISTINCT, GROUP BY and UNION on an emissions column.
CREATE FUNCTION @extschema@.emissions_hash(@extschema@.emissions) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.emissions_hash_extended(@extschema@.emissions, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR CLASS @extschema@.emissions_hash_ops
    DEFAULT FOR TYPE @extschema@.emissions USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.emissions_hash(@extschema@.emissions),
        FUNCTION 2 @extschema@.emissions_hash_extended(@extschema@.emissions, bigint);
COMMENT ON FUNCTION @extschema@.emissions_hash(@extschema@.emissions) IS 'Hash support of emissions';
COMMENT ON FUNCTION @extschema@.emissions_hash_extended(@extschema@.emissions, bigint) IS 'Extended hash support of emissions';

-- A zone's valid_from and valid_to are UTC days: compared with a departure at midnight UTC, not in the
-- session's TimeZone (a 03:00Z departure on 2015-01-01 took the 2014 limit under America/Los_Angeles).
CREATE OR REPLACE FUNCTION portemis.eca_shares(route geometry, at timestamptz, within geometry DEFAULT NULL)
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
