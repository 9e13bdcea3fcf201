-- ---------------------------------------------------------------------------
-- AIS: pings to intervals (ais_track), intervals split at days (UTC's or a
-- time zone's) and at
-- the zones of portemis.zone (ais_activity), operating mode and emissions
-- of an interval (ais_mode, ais_emissions).  The method: docs/ais.md.
-- ---------------------------------------------------------------------------

CREATE TYPE portemis.ais_interval AS (
    t_start          timestamptz,
    t_end            timestamptz,
    hours            double precision,
    distance_nm      double precision,
    speed_kn         double precision,
    speed_source     text,
    nav_status       integer,
    draught_m        double precision,
    gap              boolean,
    lon_start        double precision,
    lat_start        double precision,
    lon_end          double precision,
    lat_end          double precision,
    pings_duplicate  integer,
    pings_rejected   integer,
    pings_unusable   integer,
    zones            text[],
    at_berth         boolean,
    in_anchorage     boolean,
    in_port_area     boolean,
    in_inventory     boolean,
    in_eca           boolean
);
COMMENT ON TYPE portemis.ais_interval IS
    'An interval of a ship''s AIS track: from one kept ping to the next (ais_track), or a piece of one split at days and zone boundaries (ais_activity); hours, geodesic distance_nm, speed_kn (mean of the two SOGs, else derived), the first ping''s navigational status and draught, gap (longer than max_gap: hours reported, no activity), the pings dropped inside it (duplicate time, impossible jump, unusable position), and the zones containing it with one flag per zone kind (NULL: not split, a gap, or a kind not asked for)';

-- The transition function, declared once per form of the aggregate (one C function reads PG_NARGS).
CREATE FUNCTION portemis.ais_track_accum(internal, timestamptz, double precision, double precision,
    double precision, integer)
RETURNS internal AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION portemis.ais_track_accum(internal, timestamptz, double precision, double precision,
    double precision, integer, double precision)
RETURNS internal AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION portemis.ais_track_accum(internal, timestamptz, double precision, double precision,
    double precision, integer, double precision, interval, double precision)
RETURNS internal AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION portemis.ais_track_final(internal) RETURNS portemis.ais_interval[]
    AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
COMMENT ON FUNCTION portemis.ais_track_accum(internal, timestamptz, double precision, double precision, double precision, integer) IS
    'Support function of ais_track: collects a ping';
COMMENT ON FUNCTION portemis.ais_track_accum(internal, timestamptz, double precision, double precision, double precision, integer, double precision) IS
    'Support function of ais_track: collects a ping';
COMMENT ON FUNCTION portemis.ais_track_accum(internal, timestamptz, double precision, double precision, double precision, integer, double precision, interval, double precision) IS
    'Support function of ais_track: collects a ping';
COMMENT ON FUNCTION portemis.ais_track_final(internal) IS
    'Support function of ais_track: sorts the pings and builds the intervals';

-- The final function sorts the collected pings in place (READ_WRITE: not shared, not a window aggregate).
CREATE AGGREGATE @extschema@.ais_track(t timestamptz, lon double precision, lat double precision,
    sog_kn double precision, nav_status integer) (
    SFUNC = portemis.ais_track_accum, STYPE = internal,
    FINALFUNC = portemis.ais_track_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.ais_track(t timestamptz, lon double precision, lat double precision,
    sog_kn double precision, nav_status integer, draught_m double precision) (
    SFUNC = portemis.ais_track_accum, STYPE = internal,
    FINALFUNC = portemis.ais_track_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.ais_track(t timestamptz, lon double precision, lat double precision,
    sog_kn double precision, nav_status integer, draught_m double precision, max_gap interval,
    max_speed_kn double precision) (
    SFUNC = portemis.ais_track_accum, STYPE = internal,
    FINALFUNC = portemis.ais_track_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ais_track(timestamptz, double precision, double precision, double precision, integer) IS
    'One ship''s AIS pings (any order) as its intervals between kept pings (portemis.ais_interval[]): duplicates, unusable positions (NULL, 91/181 placeholders) and impossible jumps (above 50 kn from the last kept ping; of the two ends, the one fewer of the next four pings can reach) are dropped and counted (of pings at one time, the one nearest the track is kept); intervals longer than 6 h are gaps; SOG 102.3, 102.2 ("or more") or above max_speed_kn and nav_status 15 are "not available"; group by ship: SELECT mmsi, ais_track(t, lon, lat, sog, nav_status) FROM pings GROUP BY mmsi';
COMMENT ON AGGREGATE @extschema@.ais_track(timestamptz, double precision, double precision, double precision, integer, double precision) IS
    'ais_track with the reported draught (m; 0 is "not available"), for the Admiralty formula in ais_emissions';
COMMENT ON AGGREGATE @extschema@.ais_track(timestamptz, double precision, double precision, double precision, integer, double precision, interval, double precision) IS
    'ais_track with the rules given: max_gap (a longer interval is a gap; default 6 hours) and max_speed_kn (a ping implying a faster move from the last kept ping is rejected; default 50 kn); NULL takes the default';

CREATE FUNCTION @extschema@.ais_activity(track portemis.ais_interval[], zone_kinds text[] DEFAULT NULL)
RETURNS SETOF portemis.ais_interval
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION @extschema@.ais_activity(portemis.ais_interval[], text[]) IS
    'A track''s intervals split at UTC midnights and where they cross the boundary of a zone of portemis.zone (of zone_kinds: berth, anchorage, port_area, inventory, eca, custom; NULL: all), each piece with its share of hours and distance, the names of the zones containing it and a flag per kind (NULL for a kind not asked for); a gap is split at midnights only, its zones unknown (NULL)';
-- The same, with the days of a time zone: a port's inventory of its own calendar year or day.  No default (it
-- would make a call with two arguments ambiguous); NULL is UTC.
CREATE FUNCTION @extschema@.ais_activity(track portemis.ais_interval[], zone_kinds text[], time_zone text)
RETURNS SETOF portemis.ais_interval
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION @extschema@.ais_activity(portemis.ais_interval[], text[], text) IS
    'ais_activity(track, zone_kinds) with the intervals split at the midnights of a time zone of the tz database (''America/Los_Angeles'': daylight saving time included, a day may have 23 or 25 hours) instead of UTC''s; NULL: UTC';

-- The reported draught for the Admiralty formula, when the vessel's design draught is known and the ratio
-- is one propulsion_load accepts (0, 1.5]; else NULL (the propeller law): a bad AIS draught does not stop
-- an inventory.
CREATE FUNCTION portemis.ais_draught(v portemis.vessel, a portemis.ais_interval) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN (a).draught_m / (v).design_draught_m > 0 AND (a).draught_m / (v).design_draught_m <= 1.5
            THEN (a).draught_m END;
COMMENT ON FUNCTION portemis.ais_draught(portemis.vessel, portemis.ais_interval) IS
    'Support function of ais_mode, ais_emissions and ais_fuel: the reported draught (m) when the vessel''s design draught is known and their ratio lies in (0, 1.5], else NULL (propeller law)';

-- The mode of an interval: the zones say berth or anchorage, so does the AIS navigational status
-- (5 moored, 1 at anchor), so that a port without drawn berths still has berth hours.
CREATE FUNCTION @extschema@.ais_mode(v portemis.vessel, a portemis.ais_interval, sea_margin_pct double precision DEFAULT 0)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN NOT (a).gap THEN
           @extschema@.operating_mode((a).speed_kn,
               coalesce(@extschema@.propulsion_load((a).speed_kn, coalesce((v).max_speed_kn, (v).service_speed_kn),
                            coalesce(sea_margin_pct, 0),
                            portemis.ais_draught(v, a),
                            CASE WHEN portemis.ais_draught(v, a) IS NOT NULL THEN (v).design_draught_m END,
                            CASE WHEN (v).max_speed_kn IS NULL THEN 'service' ELSE 'maximum' END),
                        -- without the ship's speed the load is unknown, but at these speeds no load decides
                        CASE WHEN (a).speed_kn <= 1 OR (s.anchorage AND (a).speed_kn <= 3) THEN 0 END),
               s.berth, s.anchorage) END
    FROM (SELECT coalesce((a).at_berth, false) OR coalesce((a).nav_status = 5, false) AS berth,
                 coalesce((a).in_anchorage, false) OR coalesce((a).nav_status = 1, false) AS anchorage) s;
END;
COMMENT ON FUNCTION @extschema@.ais_mode(portemis.vessel, portemis.ais_interval, double precision) IS
    'EPA operating mode of an AIS interval (operating_mode): load from its speed by the propeller law (Admiralty formula with the reported and design draughts); at berth in a berth zone or with navigational status 5 (moored), in an anchorage zone or with status 1 (at anchor); NULL for a gap, or when the load would decide and the vessel has no maximum or service speed';

-- mode_emissions with an eleventh argument: a particular the mode needs that the vessel lacks gives NULL.
CREATE FUNCTION portemis.mode_emissions_or_unknown(portemis.vessel, mode text, hours double precision,
    speed_kn double precision, in_eca boolean, shore_power boolean, location text, sea_margin_pct double precision,
    draught_m double precision, tier3_area boolean, unknown_if_missing boolean)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME', 'mode_emissions' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.mode_emissions_or_unknown(portemis.vessel, text, double precision, double precision, boolean, boolean, text, double precision, double precision, boolean, boolean) IS
    'Support function of ais_emissions: mode_emissions, but NULL (unknown) when unknown_if_missing and the vessel lacks a particular the mode needs (type, size, MCR, maximum or service speed) or its engines are not category 3';

-- Of the ECAs named in zones and in force at a time, the first keel year of NOx Tier III (C: ais_emissions is
-- inlined only without a subquery).
CREATE FUNCTION portemis._eca_tier3_year(zones text[], at timestamptz) RETURNS integer
    AS 'MODULE_PATHNAME', 'ais_eca_tier3_year' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis._eca_tier3_year(text[], timestamptz) IS
    'Support function of ais_emissions: of the ECAs named (portemis.zone) in force at the time, the first keel year of NOx Tier III (the keel year wholly on or after nox_tier3_from; the earliest of several); NULL if none sets one';

CREATE FUNCTION @extschema@.ais_emissions(v portemis.vessel, a portemis.ais_interval,
    sea_margin_pct double precision DEFAULT 0, shore_power boolean DEFAULT false)
RETURNS @extschema@.emissions
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- one expression, no FROM and no subquery, so that PostgreSQL inlines it (a call of a SQL function that is
    -- not inlined costs about twenty times the arithmetic)
    SELECT CASE WHEN @extschema@.ais_mode(v, a, sea_margin_pct) IS NOT NULL THEN
        portemis.mode_emissions_or_unknown(v, @extschema@.ais_mode(v, a, sea_margin_pct), (a).hours, (a).speed_kn,
            coalesce((a).in_eca, true),
            coalesce(shore_power AND @extschema@.ais_mode(v, a, sea_margin_pct) = 'berth' AND (v).shore_power, false),
            NULL, coalesce(sea_margin_pct, 0), portemis.ais_draught(v, a),
            -- NOx Tier III: inside an ECA in force whose row gives a Tier III date the keel year reaches (MARPOL
            -- Annex VI regulation 13.5.1: 1 January 2016 in the North American and US Caribbean ECAs, 1 January
            -- 2021 in the Baltic and North Sea ECAs; the Mediterranean ECA has none).  The vessel has a keel
            -- year only: in the year of a date after 1 January the ship counts as laid before it.  A piece not
            -- split by ais_activity (in_eca NULL) takes mode_emissions' default (Tier III in an ECA from 2016).
            CASE WHEN (a).in_eca IS NULL THEN NULL
                 WHEN NOT (a).in_eca OR (v).keel_laid_year IS NULL THEN false
                 ELSE coalesce((v).keel_laid_year >= portemis._eca_tier3_year((a).zones, (a).t_start), false) END,
            true) END;
END;
COMMENT ON FUNCTION @extschema@.ais_emissions(portemis.vessel, portemis.ais_interval, double precision, boolean) IS
    'Ship-side emissions (t) of an AIS interval: mode_emissions in its ais_mode for its hours at its speed, in or outside an ECA by its in_eca flag (an interval not split by ais_activity counts as inside), NOx Tier III where its ECA sets a date the keel year reaches (portemis.zone.nox_tier3_from), the Admiralty formula when the reported and design draughts are known, shore power at berth when the berth has it (shore_power) and the vessel can take it; NULL (unknown) for a gap, an unknown mode, a vessel without a particular the mode needs (type, size, MCR, speed) or with category 1/2 engines: an inventory over a mixed fleet reports them apart, never as 0';

-- AIS placeholders for the IMO number: "IMO0000000", empty, or a number whose check digit fails.
CREATE FUNCTION @extschema@.ais_imo(reported text) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ais_imo(text) IS
    'The IMO number of an AIS report (''IMO9321483'' or ''9321483''), NULL for a placeholder (IMO0000000), an empty field or a number whose check digit fails';

-- Port calls: a stay in a port area (consecutive pieces inside one, across gaps) during which the ship
-- stopped: at most 1 kn, or at anchor.  A ship passing through a port area makes no call.
-- (SET citus.allow_nested_distributed_execution: it reads the registry on Citus workers, src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.ais_port_calls(track portemis.ais_interval[])
RETURNS TABLE (port text, locode @extschema@.locode, arrival timestamptz, departure timestamptz, hours double precision,
               berth_hours double precision, anchorage_hours double precision, gap_hours double precision)
LANGUAGE sql STABLE PARALLEL SAFE SET citus.allow_nested_distributed_execution = on
BEGIN ATOMIC
    WITH gaps AS MATERIALIZED (
        -- the track's gaps whole, unpacked once (not once per piece: that grew with gaps x intervals)
        SELECT i.t_start, i.t_end, i.lon_start, i.lat_start, i.lon_end, i.lat_end FROM unnest(track) i WHERE i.gap
    ), pieces AS (
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
        -- at a track's start or end it is how the stay reaches the track's first or last report.  The ends
        -- are the whole gap's (of the track), not its pieces': a piece cut at midnight ends where the line
        -- between the two reports crosses midnight, which may still lie in the port area.
        LEFT JOIN LATERAL (SELECT g.lon_start, g.lat_start, g.lon_end, g.lat_end FROM gaps g
                           WHERE a.gap AND g.t_start <= a.t_start AND a.t_end <= g.t_end
                           ORDER BY g.t_start LIMIT 1) whole ON true
        LEFT JOIN LATERAL (SELECT z.name, z.locode FROM portemis.zone z
                           WHERE a.gap AND z.kind = 'port_area'
                             AND (z.valid_from::timestamp AT TIME ZONE 'UTC') <= a.t_start
                             AND (z.valid_to IS NULL OR a.t_end < (z.valid_to::timestamp AT TIME ZONE 'UTC'))
                             AND st_covers(z.geom, st_setsrid(st_makepoint(coalesce(whole.lon_start, a.lon_start),
                                                                           coalesce(whole.lat_start, a.lat_start)), 4326))
                             AND st_covers(z.geom, st_setsrid(st_makepoint(coalesce(whole.lon_end, a.lon_end),
                                                                           coalesce(whole.lat_end, a.lat_end)), 4326))
                           ORDER BY st_area(z.geom), z.name LIMIT 1) gz ON true
    ), stays AS (
        -- gaps-and-islands over the pieces, but gaps outside a port area: a new stay where the port changes
        -- (its locode: a terminal's area inside a port complex's is the same port, one call)
        SELECT p.*, count(*) FILTER (WHERE p.new_stay) OVER (ORDER BY p.t_start) AS stay
        FROM (SELECT q.*, q.port_key IS DISTINCT FROM lag(q.port_key) OVER (ORDER BY q.t_start) AS new_stay
              FROM (SELECT r.*, coalesce('locode ' || r.locode::text, 'zone ' || r.port) AS port_key FROM pieces r) q
              WHERE NOT q.gap OR q.port IS NOT NULL) p
    ), stop_areas AS (
        SELECT s.stay, s.port, sum(s.hours) FILTER (WHERE s.stopped OR s.at_anchor) AS stop_hours
        FROM stays s WHERE s.port IS NOT NULL GROUP BY s.stay, s.port
    ), calls AS (
        -- named after the port area where the ship stopped longest
        SELECT (SELECT a.port FROM stop_areas a WHERE a.stay = s.stay
                ORDER BY a.stop_hours DESC NULLS LAST, a.port LIMIT 1) AS port,
               min(s.locode::text)::@extschema@.locode AS locode, min(s.t_start) AS arrival,
               max(s.t_end) AS departure,
               sum(s.hours) FILTER (WHERE s.at_berth AND NOT s.at_anchor) AS berth_hours,
               sum(s.hours) FILTER (WHERE s.at_anchor) AS anchorage_hours
        FROM stays s
        WHERE s.port IS NOT NULL
        GROUP BY s.stay
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
    'The port calls of a track: stays inside the port_area zones of one port (its locode; across gaps whose two ends lie in it, at the track''s start and end too) in which the ship stopped (at most 1 kn, or at anchor), with arrival and departure (first entry, last exit), hours, hours at berth (a berth zone or status moored, at most 1 kn) and at anchor (an anchorage zone or status at anchor, at most 3 kn), and the gap hours inside the stay; where port areas overlap, the smallest; port is the name of the area where the ship stopped longest, locode its port';

-- The fuel of an interval (t by fuel), the same engine runs as ais_emissions.
CREATE FUNCTION portemis.mode_fuel_or_unknown(portemis.vessel, mode text, hours double precision,
    speed_kn double precision, in_eca boolean, shore_power boolean, location text, sea_margin_pct double precision,
    draught_m double precision, tier3_area boolean, unknown_if_missing boolean)
RETURNS jsonb
    AS 'MODULE_PATHNAME', 'mode_fuel' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.mode_fuel_or_unknown(portemis.vessel, text, double precision, double precision, boolean, boolean, text, double precision, double precision, boolean, boolean) IS
    'Support function of ais_fuel: the fuel (t by fuel code) of the engine runs of mode_emissions_or_unknown: energy x BSFC x the CO2 low-load adjustment';

CREATE FUNCTION @extschema@.ais_fuel(v portemis.vessel, a portemis.ais_interval,
    sea_margin_pct double precision DEFAULT 0, shore_power boolean DEFAULT false)
RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- one expression, so that PostgreSQL inlines it (as ais_emissions); the NOx tier does not change the fuel
    SELECT CASE WHEN @extschema@.ais_mode(v, a, sea_margin_pct) IS NOT NULL THEN
        portemis.mode_fuel_or_unknown(v, @extschema@.ais_mode(v, a, sea_margin_pct), (a).hours, (a).speed_kn,
            coalesce((a).in_eca, true),
            coalesce(shore_power AND @extschema@.ais_mode(v, a, sea_margin_pct) = 'berth' AND (v).shore_power, false),
            NULL, coalesce(sea_margin_pct, 0), portemis.ais_draught(v, a), NULL, true) END;
END;
COMMENT ON FUNCTION @extschema@.ais_fuel(portemis.vessel, portemis.ais_interval, double precision, boolean) IS
    'The fuel (t by fuel code, {"HFO": ..., "MGO": ...}) of the engine runs behind ais_emissions: energy x BSFC (EPA guidance, energy_factor) x the CO2 low-load adjustment; distillate inside an ECA, residual outside (the method''s fuel rule); NULL where ais_emissions is NULL';

-- Voyages: the legs between consecutive port calls, with the fuel of the activity between them.
-- (SET citus.allow_nested_distributed_execution: it reads the registry on Citus workers, src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.ais_voyages(track portemis.ais_interval[], v portemis.vessel,
    sea_margin_pct double precision DEFAULT 0)
RETURNS TABLE (leg @extschema@.voyage, origin @extschema@.locode, destination @extschema@.locode,
               departure timestamptz, arrival timestamptz, distance_nm double precision, hours double precision,
               gap_hours double precision, fuel jsonb, fuel_complete boolean)
LANGUAGE sql STABLE PARALLEL SAFE SET citus.allow_nested_distributed_execution = on
BEGIN ATOMIC
    WITH calls AS (
        SELECT c.locode, c.arrival, c.departure, row_number() OVER (ORDER BY c.arrival) AS k
        FROM @extschema@.ais_port_calls(track) c
    ), pieces AS (
        SELECT a.t_start, a.t_end, a.hours, a.distance_nm, a.gap,
               CASE WHEN NOT a.gap THEN @extschema@.ais_fuel(v, a, sea_margin_pct) END AS fuel
        FROM @extschema@.ais_activity(track) a
    ), legs AS (
        SELECT o.locode AS origin, d.locode AS destination, o.departure, d.arrival,
               s.distance_nm, s.gap_hours, s.fuel_complete,
               (SELECT jsonb_object_agg(f.key, f.t)
                FROM (SELECT e.key, sum(e.value::text::double precision) AS t
                      FROM pieces p, jsonb_each(p.fuel) e
                      WHERE p.t_start >= o.departure AND p.t_end <= d.arrival
                      GROUP BY e.key) f) AS fuel
        FROM calls o
        JOIN calls d ON d.k = o.k + 1
        CROSS JOIN LATERAL (
            SELECT coalesce(sum(p.distance_nm), 0) AS distance_nm,
                   coalesce(sum(p.hours) FILTER (WHERE p.gap), 0) AS gap_hours,
                   coalesce(bool_and(NOT p.gap AND p.fuel IS NOT NULL), true) AS fuel_complete
            FROM pieces p
            WHERE p.t_start >= o.departure AND p.t_end <= d.arrival) s
    )
    SELECT CASE WHEN l.fuel_complete AND l.origin IS NOT NULL AND l.destination IS NOT NULL
                THEN @extschema@.voyage((v).imo, l.origin, l.destination, l.departure, l.arrival,
                                        distance_nm => l.distance_nm, fuels => coalesce(
                    -- each fuel with the sulphur the activity method burnt it at (portemis.energy_fuel: 0.1 %
                    -- distillate, 0.5 % residual), not the fuel-based default (the global limit on the date)
                    -- (a gas engine's SO2 is a fixed share of its fuel, its pilot oil, which the fuel-based
                    -- method does not have: LNG keeps the fuel-based default)
                    (SELECT jsonb_object_agg(e.key, CASE WHEN s.sulphur_pct IS NOT NULL AND s.so2_g_per_g_fuel IS NULL
                                                         THEN jsonb_build_object('t', e.value, 'sulphur_pct', s.sulphur_pct)
                                                         ELSE e.value END)
                     FROM jsonb_each(l.fuel) e
                     LEFT JOIN LATERAL (SELECT f.sulphur_pct, f.so2_g_per_g_fuel FROM portemis.energy_fuel f
                                        WHERE f.fuel = e.key ORDER BY f.shipped LIMIT 1) s ON true), '{}')) END,
           l.origin, l.destination, l.departure, l.arrival, l.distance_nm,
           extract(epoch FROM l.arrival - l.departure)::double precision / 3600, l.gap_hours,
           CASE WHEN l.fuel_complete THEN l.fuel END, l.fuel_complete
    FROM legs l
    WHERE l.arrival > l.departure       -- calls that adjoin (port areas that touch) have no leg between them
    ORDER BY l.departure;
END;
COMMENT ON FUNCTION @extschema@.ais_voyages(portemis.ais_interval[], portemis.vessel, double precision) IS
    'The legs of a track between consecutive port calls (ais_port_calls) as voyage values: origin and destination (the port zones'' locode), departure and arrival at the port areas'' boundaries, distance along the track (nm), and the fuel of the activity between them by ais_fuel; a leg with a gap or a piece of unknown fuel has fuel_complete false and no voyage value (its fuel is not wholly known, and a voyage with part of its fuel would undercount)';
