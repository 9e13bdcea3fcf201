-- portemis 0.6.0 -> 0.7.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis UPDATE TO '0.7.0'" to load this file. \quit

-- Citus: the change counter was a sequence any role could advance (USAGE to PUBLIC), and so have every
-- distributed query that calls portemis refused.  It is now a log a role may add to only for a registry
-- table it may write (row-level security).  A registry in sync stays in sync; one that was not stays refused.
CREATE TABLE portemis.registry_change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text NOT NULL,
    changed_by name NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE portemis.registry_change IS
    'Citus: one row per statement that wrote a registry table (by its trigger); registry_sync() records the last id it copied';
ALTER TABLE portemis.registry_change ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON portemis.registry_change FOR SELECT TO PUBLIC USING (true);
GRANT SELECT, INSERT ON portemis.registry_change TO PUBLIC;
CREATE POLICY registry_writers ON portemis.registry_change FOR INSERT TO PUBLIC
    WITH CHECK ((has_any_column_privilege(to_regclass(format('portemis.%I', table_name)), 'INSERT, UPDATE')
                 OR has_table_privilege(to_regclass(format('portemis.%I', table_name)), 'DELETE, TRUNCATE'))
                AND table_name IN (SELECT portemis.registry_tables())
                AND changed_by = current_user AND changed_at = now());
UPDATE portemis.registry_sync_state s
SET synced_changes = CASE WHEN s.synced_changes = (SELECT CASE WHEN q.is_called THEN q.last_value ELSE 0 END
                                                   FROM portemis.registry_changes q) THEN 0 ELSE -1 END;
COMMENT ON TABLE portemis.registry_sync_state IS
    'Citus: the last portemis.registry_change whose registry registry_sync() copied to the workers; distributed queries that call portemis are refused while a later change exists';
CREATE OR REPLACE FUNCTION portemis.registry_changes_now() RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT coalesce(max(c.id), 0) FROM portemis.registry_change c;
END;
COMMENT ON FUNCTION portemis.registry_changes_now() IS
    'Citus: the id of the last statement that wrote a registry table (portemis.registry_change; 0 before the first)';
CREATE OR REPLACE FUNCTION portemis.registry_user_rows_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO portemis.registry_change (table_name) VALUES (TG_TABLE_NAME);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION portemis.registry_user_rows_changed() IS
    'Trigger: logs a statement that may have changed the registry''s user rows (portemis.registry_change)';
DROP SEQUENCE portemis.registry_changes;

-- ECA-aware emissions: overlapping ECAs count once, at the strictest limit (a user's national ECA inside an
-- IMO one used to count the stretch twice); a voyage that does not report its fuel is unknown along a
-- route too; a route without length is an error; a zone sharing a border with an ECA no longer fails.
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
          AND z.valid_from <= at AND (z.valid_to IS NULL OR at < z.valid_to)
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

CREATE OR REPLACE FUNCTION @extschema@.voyage_emissions(v @extschema@.voyage, route geometry, factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN route IS NOT NULL THEN
           portemis.voyage_emissions_apportioned(v,
               CASE WHEN @extschema@.route_length_nm(route) > 0 THEN 1 ELSE portemis.route_without_length() END,
               coalesce(array_agg(s.share), '{}'), coalesce(array_agg(s.sulphur_pct), '{}'), factor_set) END
    FROM portemis.eca_shares(route, @extschema@.departure(v)) s;
END;
COMMENT ON FUNCTION @extschema@.voyage_emissions(@extschema@.voyage, geometry, text) IS
    'Emissions (t) of a voyage sailed along route: each fuel use is apportioned by the share of the route''s distance inside the ECAs in force on the departure date (overlapping ECAs once, at the strictest limit); fuel without a stated sulphur burns at the ECA''s limit inside and the global limit outside';

CREATE OR REPLACE FUNCTION @extschema@.voyage_emissions_in(v @extschema@.voyage, route geometry, zone geometry, factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN route IS NOT NULL AND zone IS NOT NULL THEN
           portemis.voyage_emissions_apportioned(v,
               coalesce(@extschema@.route_share(route, portemis.valid_zone(zone)), portemis.route_without_length()),
               coalesce(array_agg(s.share), '{}'), coalesce(array_agg(s.sulphur_pct), '{}'), factor_set) END
    FROM portemis.eca_shares(CASE WHEN zone IS NOT NULL THEN route END, @extschema@.departure(v), zone) s;
END;
COMMENT ON FUNCTION @extschema@.voyage_emissions_in(@extschema@.voyage, geometry, geometry, text) IS
    'The part (t) of a voyage''s emissions emitted inside a zone (a port inventory''s question), apportioned by distance along route; sulphur by the ECAs in force inside the zone (overlapping ECAs once, at the strictest limit)';

-- FuelEU's scalar balance and penalty refuse NaN, infinities, negative energy, a non-positive intensity to
-- divide by and a deficit year count below 1 (they returned numbers for them).
-- An argument out of its range: 22003 naming it.  IMMUTABLE, as its callers are: the CASE that calls it
-- decides, and is folded at plan time only where the branch is taken anyway.
CREATE FUNCTION portemis.bad_argument(name text, value double precision, must text) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '% must be %, got %', name, must, value USING ERRCODE = 'numeric_value_out_of_range';
END $$;
COMMENT ON FUNCTION portemis.bad_argument(text, double precision, text) IS
    'Support function of the metric functions (cii_rating, FuelEU): raises 22003 naming an argument out of its range';

CREATE OR REPLACE FUNCTION @extschema@.fueleu_balance_t(ghg_intensity double precision, energy_mj double precision, year integer)
RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN NOT (ghg_intensity > '-Infinity' AND ghg_intensity < 'Infinity')
            THEN portemis.bad_argument('ghg_intensity (g CO2e/MJ)', ghg_intensity, 'a finite number')
            WHEN NOT (energy_mj >= 0 AND energy_mj < 'Infinity')
            THEN portemis.bad_argument('energy_mj', energy_mj, 'a finite number >= 0')
            ELSE (@extschema@.fueleu_target(year) - ghg_intensity) * energy_mj / 1e6 END;
CREATE OR REPLACE FUNCTION @extschema@.fueleu_penalty_eur(balance_t double precision, ghg_intensity double precision,
    consecutive_deficit_years integer DEFAULT 1)
RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN NOT (balance_t > '-Infinity' AND balance_t < 'Infinity')
            THEN portemis.bad_argument('balance_t', balance_t, 'a finite number')
            WHEN consecutive_deficit_years < 1
            THEN portemis.bad_argument('consecutive_deficit_years', consecutive_deficit_years, 'at least 1')
            WHEN NOT (ghg_intensity > '-Infinity' AND ghg_intensity < 'Infinity')
            THEN portemis.bad_argument('ghg_intensity (g CO2e/MJ)', ghg_intensity, 'a finite number')
            WHEN balance_t >= 0 THEN 0
            -- a deficit: the actual intensity is above the target, so it is > 0 unless the arguments disagree
            WHEN ghg_intensity <= 0
            THEN portemis.bad_argument('ghg_intensity (g CO2e/MJ)', ghg_intensity, '> 0 with a deficit (the penalty divides by it)')
            ELSE abs(balance_t) * 1e6 / (ghg_intensity * 41000) * 2400
                 * (1 + (consecutive_deficit_years - 1) / 10.0) END;

-- corridor_of: a corridor's ports are also known by their aliases (portemis.port_alias: CNSGH is Shanghai),
-- a user's mapping of a port pair overrides a shipped corridor's, two of one kind are an error (it returned
-- the first name in alphabetical order).  The library caches port_alias now: its changes invalidate it.
CREATE TRIGGER registry_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portemis.port_alias
    FOR EACH STATEMENT EXECUTE FUNCTION portemis.factor_registry_changed();
COMMENT ON FUNCTION @extschema@.corridor_of(@extschema@.voyage) IS
    'The corridor (table corridor_port) whose two ends the voyage joins, in either direction, its ports also known by their aliases (port_alias); a pair of ports you map overrides a shipped corridor''s, two of yours (or two shipped) for one pair are an error; NULL if none';

-- Zones: coordinates the C code reads, checked as a row is written (a zone with a latitude of -118, lon and
-- lat swapped, was accepted and then stopped every user's ais_activity).  Rows that break it stop the update,
-- by name.
-- Every vertex of a zone where the C code reads it (src/core/pm_geo.c): latitudes within +-90 degrees,
-- longitudes within +-540, no NaN (which a geometry's bounding box leaves out).
CREATE FUNCTION portemis.zone_coordinates_valid(geom geometry) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT coalesce(bool_and(st_y(d.geom) BETWEEN -90 AND 90 AND st_x(d.geom) BETWEEN -540 AND 540), true)
    FROM st_dumppoints(geom) d;
END;
COMMENT ON FUNCTION portemis.zone_coordinates_valid(geometry) IS
    'Support function of portemis.zone''s check: every vertex within +-90 degrees of latitude and +-540 of longitude, none NaN';

DO $$
DECLARE
    bad text;
BEGIN
    SELECT string_agg(format('%s (from %s)', name, valid_from), ', ') INTO bad FROM portemis.zone
    WHERE NOT portemis.zone_coordinates_valid(geom);
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'portemis.zone has rows with latitudes beyond +-90 or longitudes beyond +-540 degrees: %', bad
            USING ERRCODE = 'check_violation', HINT = 'Correct or delete them (lon/lat swapped?), then update again.';
    END IF;
END $$;
ALTER TABLE portemis.zone ADD CONSTRAINT zone_coordinates CHECK (portemis.zone_coordinates_valid(geom));
COMMENT ON CONSTRAINT zone_coordinates ON portemis.zone IS
    'Latitudes within +-90 degrees, longitudes within +-540 (a zone across the antimeridian may use 0..360 or beyond 180); no NaN';

COMMENT ON FUNCTION @extschema@.fuel_t(@extschema@.voyage, text) IS 'Tonnes (t) of one fuel code (any case) as the voyage writes it, aliases not resolved (IMMUTABLE: portemis.fuel_alias is not read); 0 if the voyage reports fuels and not this one, NULL if it reports none (unknown)';
COMMENT ON FUNCTION @extschema@.voyage_emissions(@extschema@.voyage, text) IS
    'Tank-to-wake emissions (t) of a voyage''s fuel uses; sulphur from the fuel use, else the fuel''s default, else the MARPOL Annex VI regulation 14 global limit on the departure date (4.50 % before 2012, 3.50 % before 2020, 0.50 % since)';

-- The shipped-row trigger's TRUNCATE message names rows, not factors (zones and ports hold it too).
CREATE OR REPLACE FUNCTION portemis.protect_shipped_factor() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'cannot truncate %: it holds rows shipped with portemis', TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Delete your own rows with DELETE ... WHERE NOT shipped.';
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.shipped THEN
        RAISE EXCEPTION 'cannot % a shipped row of %: %', lower(TG_OP), TG_TABLE_NAME,
                        to_jsonb(OLD) - 'geom' - 'source' - 'shipped' - 'unconfirmed'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = CASE WHEN TG_TABLE_NAME IN ('factor_set', 'fuel_factor', 'fuel_pollutant_factor', 'fuel_alias')
                              THEN 'Copy the set with factor_set_copy(''imo'', ''my_set'') and change your copy.'
                              WHEN TG_TABLE_NAME IN ('zone', 'port', 'port_alias')
                              THEN 'Add your own rows (shipped = false) beside the shipped ones.'
                              ELSE 'Insert your own row with the same key (shipped = false): it overrides the shipped one.' END;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.shipped THEN
        RAISE EXCEPTION 'rows of % with shipped = true come only from the portemis install script', TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;

-- ais_imo in C (the SQL form, a regular expression, took 41 us a call; the COPY recipe calls it on every ping)
CREATE OR REPLACE FUNCTION @extschema@.ais_imo(text) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- cii_rating: a negative or infinite attained CII is an error (it was NULL, as an unknown one is).
CREATE OR REPLACE FUNCTION @extschema@.cii_rating(ship_type text, dwt double precision, gt double precision, year integer,
    attained double precision)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN attained IS NULL OR attained = 'NaN'::float8 THEN NULL      -- unknown: no rating
                WHEN NOT (attained >= 0 AND attained < 'Infinity')
                THEN portemis.bad_argument('attained (g CO2 per capacity-nm)', attained, 'a finite number >= 0 (NULL or NaN: unknown)')::text
                WHEN r < l.d1 THEN 'A' WHEN r < l.d2 THEN 'B' WHEN r < l.d3 THEN 'C' WHEN r < l.d4 THEN 'D'
                ELSE 'E' END
    FROM portemis.cii_line(ship_type, dwt, gt) l,
         LATERAL (SELECT attained / ((1 - portemis.cii_reduction_pct(year) / 100)
                  * l.a * power(coalesce(l.capacity_fixed, CASE l.size_unit WHEN 'dwt' THEN dwt ELSE gt END), -l.c)) AS r) q;
END;
COMMENT ON FUNCTION @extschema@.cii_rating(text, double precision, double precision, integer, double precision) IS
    'CII rating A-E of an attained CII: ratio attained/required below exp(d1) A, d2 B, d3 C, d4 D, else E; a ratio exactly on a boundary takes the worse rating; NULL for an unknown (NULL or NaN) attained CII, 22003 for a negative or infinite one';


-- port_geom: a user's row for a port overrides the shipped one (as elsewhere in the registry; it was ignored)
CREATE OR REPLACE FUNCTION @extschema@.port_geom(@extschema@.locode) RETURNS geometry
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT p.geom FROM portemis.port p
    WHERE p.locode = coalesce((SELECT a.locode FROM portemis.port_alias a WHERE a.alias = $1), $1)
    ORDER BY p.shipped, p.wpi_number, p.id LIMIT 1;
END;
COMMENT ON FUNCTION @extschema@.port_geom(@extschema@.locode) IS
    'Position of a port (Point, SRID 4326) from the gazetteer, through port_alias; NULL if unknown; a row of yours (shipped = false) before the shipped ones, then the lowest WPI number where a code has several entries';

-- ais_port_calls: a gap with both ends in one port area belongs to the stay there, so a call reaches a track's
-- first or last report across a silence at the berth (it ended at the last report before the silence); where
-- port areas overlap, the call is the smallest's (it was the first name in alphabetical order).
CREATE OR REPLACE FUNCTION @extschema@.ais_port_calls(track portemis.ais_interval[])
RETURNS TABLE (port text, locode @extschema@.locode, arrival timestamptz, departure timestamptz, hours double precision,
               berth_hours double precision, anchorage_hours double precision, gap_hours double precision)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH pieces AS (
        SELECT a.t_start, a.t_end, a.hours, a.gap, coalesce(pz.name, gz.name) AS port,
               coalesce(pz.locode, gz.locode) AS locode,
               NOT a.gap AND a.speed_kn <= 1 AND (coalesce(a.at_berth, false) OR coalesce(a.nav_status = 5, false))
                   AS at_berth,
               NOT a.gap AND a.speed_kn <= 3 AND (coalesce(a.in_anchorage, false) OR coalesce(a.nav_status = 1, false))
                   AS at_anchor,
               NOT a.gap AND a.speed_kn <= 1 AS stopped
        FROM @extschema@.ais_activity(track, '{port_area,berth,anchorage}') a
        -- where port areas overlap, the smallest (a terminal's area inside a port complex's)
        LEFT JOIN LATERAL (SELECT z.name, z.locode FROM portemis.zone z
                           WHERE NOT a.gap AND z.kind = 'port_area' AND z.name = ANY (a.zones)
                           ORDER BY st_area(z.geom), z.name LIMIT 1) pz ON true
        -- a gap with both ends in one port area belongs to the stay there (whatever the ship did between);
        -- at a track's start or end it is how the stay reaches the track's first or last report
        LEFT JOIN LATERAL (SELECT z.name, z.locode FROM portemis.zone z
                           WHERE a.gap AND z.kind = 'port_area'
                             AND (z.valid_from::timestamp AT TIME ZONE 'UTC') <= a.t_start
                             AND (z.valid_to IS NULL OR a.t_end < (z.valid_to::timestamp AT TIME ZONE 'UTC'))
                             AND st_covers(z.geom, st_setsrid(st_makepoint(a.lon_start, a.lat_start), 4326))
                             AND st_covers(z.geom, st_setsrid(st_makepoint(a.lon_end, a.lat_end), 4326))
                           ORDER BY st_area(z.geom), z.name LIMIT 1) gz ON true
    ), stays AS (
        -- gaps-and-islands over the pieces, but gaps outside a port area: a new stay where the port changes
        SELECT p.*, count(*) FILTER (WHERE p.new_stay) OVER (ORDER BY p.t_start) AS stay
        FROM (SELECT q.*, q.port IS DISTINCT FROM lag(q.port) OVER (ORDER BY q.t_start) AS new_stay
              FROM pieces q WHERE NOT q.gap OR q.port IS NOT NULL) p
    ), calls AS (
        SELECT s.port, min(s.locode::text)::@extschema@.locode AS locode, min(s.t_start) AS arrival,
               max(s.t_end) AS departure,
               sum(s.hours) FILTER (WHERE s.at_berth AND NOT s.at_anchor) AS berth_hours,
               sum(s.hours) FILTER (WHERE s.at_anchor) AS anchorage_hours
        FROM stays s
        WHERE s.port IS NOT NULL
        GROUP BY s.stay, s.port
        HAVING bool_or(s.stopped OR s.at_anchor)
    )
    SELECT c.port, c.locode, c.arrival, c.departure,
           extract(epoch FROM c.departure - c.arrival)::double precision / 3600,
           coalesce(c.berth_hours, 0), coalesce(c.anchorage_hours, 0),
           coalesce((SELECT sum(g.hours) FROM pieces g WHERE g.gap AND g.t_start >= c.arrival AND g.t_end <= c.departure), 0)
    FROM calls c
    ORDER BY c.arrival;
END;
COMMENT ON FUNCTION @extschema@.ais_port_calls(portemis.ais_interval[]) IS
    'The port calls of a track: stays inside a port_area zone (across gaps whose two ends lie in it, at the track''s start and end too) in which the ship stopped (at most 1 kn, or at anchor), with arrival and departure (first entry, last exit), hours, hours at berth (a berth zone or status moored, at most 1 kn) and at anchor (an anchorage zone or status at anchor, at most 3 kn), and the gap hours inside the stay; where port areas overlap, the smallest; port is the zone''s name, locode its port';
