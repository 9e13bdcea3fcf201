-- portemis 0.8.0 -> 0.9.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis UPDATE TO '0.9.0'" to load this file. \quit

-- The name triggers run after the row is written, and their lookups (src/pg/registry_names.c) read the other
-- table's latest rows, waiting for a transaction that is writing one: under REPEATABLE READ a transaction's own
-- snapshot missed a clash committed after it was taken, and both sides of it committed; and the advisory lock
-- that made writers wait for one another could be taken by any role, stalling every registry writer.
-- (indexes for the lookups: a write of many rows stays linear)
CREATE INDEX fuel_factor_fuel ON portemis.fuel_factor (fuel);
CREATE INDEX port_alias_locode ON portemis.port_alias (locode);
CREATE FUNCTION portemis._fuel_code_set(fuel text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_fuel_code_set' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._fuel_code_set(text) IS
    'Internal (trigger fuel_name_unique): the first factor set, by name, with this fuel code in the latest state (not the transaction''s snapshot; waits for a transaction writing such a row); NULL if none';
CREATE FUNCTION portemis._fuel_alias_of(alias text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_fuel_alias_of' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._fuel_alias_of(text) IS
    'Internal (trigger fuel_name_unique): the fuel this alias names in the latest state (not the transaction''s snapshot; waits for a transaction writing such a row); NULL if none';

CREATE OR REPLACE FUNCTION portemis.fuel_name_unique() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    other text;
BEGIN
    IF TG_TABLE_NAME = 'fuel_alias' THEN
        other := portemis._fuel_code_set(NEW.alias);
        IF other IS NOT NULL THEN
            RAISE EXCEPTION 'fuel alias % is a fuel code of factor set %', NEW.alias, other
                USING ERRCODE = 'unique_violation',
                      HINT = 'An alias names a fuel in every set: choose a name no set uses as a fuel code.';
        END IF;
    ELSE
        other := portemis._fuel_alias_of(NEW.fuel);
        IF other IS NOT NULL THEN
            RAISE EXCEPTION 'fuel code % is an alias of %', NEW.fuel, other
                USING ERRCODE = 'unique_violation',
                      HINT = 'Aliases name a fuel in every set: give your fuel another code.';
        END IF;
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION portemis.fuel_name_unique() IS
    'Trigger: a fuel alias is no fuel code of any set, and a fuel code no alias';
DROP TRIGGER fuel_name_unique ON portemis.fuel_alias;
DROP TRIGGER fuel_name_unique ON portemis.fuel_factor;
CREATE TRIGGER fuel_name_unique AFTER INSERT OR UPDATE OF alias ON portemis.fuel_alias
    FOR EACH ROW EXECUTE FUNCTION portemis.fuel_name_unique();
CREATE TRIGGER fuel_name_unique AFTER INSERT OR UPDATE OF fuel ON portemis.fuel_factor
    FOR EACH ROW EXECUTE FUNCTION portemis.fuel_name_unique();

CREATE FUNCTION portemis._port_with_code(code text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_port_with_code' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._port_with_code(text) IS
    'Internal (trigger port_alias_check): the code, if a port of the gazetteer has it in the latest state (not the transaction''s snapshot; waits for a transaction writing such a row); NULL if none';
CREATE FUNCTION portemis._port_alias_to(code text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_port_alias_to' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._port_alias_to(text) IS
    'Internal (trigger port_alias_check): the first port alias, by code, that leads to this code in the latest state (not the transaction''s snapshot; waits for a transaction writing such a row); NULL if none';

CREATE OR REPLACE FUNCTION portemis.port_alias_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    orphan text;
BEGIN
    IF TG_TABLE_NAME = 'port_alias' THEN
        IF portemis._port_with_code(NEW.locode::text) IS NULL THEN
            RAISE EXCEPTION 'port alias % leads to %, which is not a port of portemis.port', NEW.alias, NEW.locode
                USING ERRCODE = 'foreign_key_violation', HINT = 'Point the alias at the code the gazetteer uses (not at another alias).';
        END IF;
        RETURN NULL;
    END IF;
    IF portemis._port_with_code(OLD.locode::text) IS NULL THEN
        orphan := portemis._port_alias_to(OLD.locode::text);
        IF orphan IS NOT NULL THEN
            RAISE EXCEPTION 'port % is the last of its code, and port alias % leads to it', OLD.locode, orphan
                USING ERRCODE = 'foreign_key_violation', HINT = 'Delete or re-point the alias first.';
        END IF;
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION portemis.port_alias_check() IS
    'Trigger: a port alias leads to a port of the gazetteer (checked on port_alias, and on port when a code goes)';
DROP TRIGGER port_alias_check ON portemis.port_alias;
CREATE TRIGGER port_alias_check AFTER INSERT OR UPDATE ON portemis.port_alias
    FOR EACH ROW EXECUTE FUNCTION portemis.port_alias_check();

-- ship(): vessel()'s ais_type as NULL::integer (an untyped NULL could pick a text overload of a role with CREATE
-- on the extension's schema, run as the caller); an IMO number with a wrong check digit is named as such.
CREATE OR REPLACE FUNCTION @extschema@.ship(imo integer DEFAULT NULL, mmsi integer DEFAULT NULL)
RETURNS portemis.vessel
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r portemis.ship_register;
    est jsonb;
BEGIN
    IF ship.imo IS NULL AND ship.mmsi IS NULL THEN
        RAISE EXCEPTION 'ship() needs an imo or an mmsi' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT portemis.imo_number_valid(ship.imo) THEN
        RAISE EXCEPTION 'IMO number % is not valid', ship.imo
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'An IMO number is seven digits, the last a check digit (IMO Resolution A.1117(30)).';
    END IF;
    SELECT * INTO r FROM portemis.ship_register s
    WHERE (ship.imo IS NULL OR s.imo = ship.imo) AND (ship.mmsi IS NULL OR s.mmsi = ship.mmsi);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no ship with % in portemis.ship_register',
            concat_ws(' and ', 'IMO ' || ship.imo, 'MMSI ' || ship.mmsi)
            USING ERRCODE = 'no_data_found';
    END IF;
    est := r.estimated;
    IF r.keel_laid_year IS NULL AND r.build_year IS NOT NULL THEN
        r.keel_laid_year := r.build_year;
        est := est || '{"keel_laid_year": "the year of build (the keel is laid earlier: near 2000, 2011 and 2016 the tier may be one too new)"}';
    END IF;
    RETURN @extschema@.vessel(r.ship_type, r.imo, r.dwt, r.gt, r.teu, r.passengers, r.main_engine, r.mcr_kw,
                              r.max_speed_kn, r.service_speed_kn, r.keel_laid_year, r.aux_engine, r.aux_kw,
                              r.boiler_kw, r.shore_power, r.mmsi, r.name, r.length_m, r.beam_m,
                              r.design_draught_m, r.engine_category, NULL::integer, est);
END $$;

-- ais_emissions: NOx Tier III by the ECA's own date (portemis.zone.nox_tier3_from) and the keel year; it and ais_fuel
-- are one expression each now, which PostgreSQL inlines (nine times faster over an inventory).
-- Of the ECAs named in zones and in force at a time, the first keel year of NOx Tier III (C: ais_emissions is
-- inlined only without a subquery).
CREATE FUNCTION portemis._eca_tier3_year(zones text[], at timestamptz) RETURNS integer
    AS 'MODULE_PATHNAME', 'ais_eca_tier3_year' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis._eca_tier3_year(text[], timestamptz) IS
    'Support function of ais_emissions: of the ECAs named (portemis.zone) in force at the time, the first keel year of NOx Tier III (the keel year wholly on or after nox_tier3_from; the earliest of several); NULL if none sets one';

CREATE OR REPLACE FUNCTION @extschema@.ais_emissions(v portemis.vessel, a portemis.ais_interval,
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
CREATE OR REPLACE FUNCTION @extschema@.ais_fuel(v portemis.vessel, a portemis.ais_interval,
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

-- The Citus change log: a row's id must be the one the sequence just gave it (OVERRIDING SYSTEM VALUE needs only
-- INSERT: an id of one's own could take the ids others' rows will get, or the largest bigint, after which no
-- change would count as unsynced).  currval needs SELECT on the sequence.
GRANT SELECT ON SEQUENCE portemis.registry_change_id_seq TO PUBLIC;
ALTER POLICY registry_writers ON portemis.registry_change
    WITH CHECK (CASE WHEN table_name IN (SELECT portemis.registry_tables())      -- first: then it names a table
                     THEN has_any_column_privilege(to_regclass(format('portemis.%I', table_name)), 'INSERT, UPDATE')
                          OR has_table_privilege(to_regclass(format('portemis.%I', table_name)), 'DELETE, TRUNCATE')
                     ELSE false END
                AND changed_by = current_user AND changed_at = now()
                AND id = currval('portemis.registry_change_id_seq'::regclass));

-- ais_track (the library): of pings at one time the one nearest the track is kept, whatever the rows' order; a SOG
-- above max_speed_kn is no speed.
COMMENT ON AGGREGATE @extschema@.ais_track(timestamptz, double precision, double precision, double precision, integer) IS
    'One ship''s AIS pings (any order) as its intervals between kept pings (portemis.ais_interval[]): duplicates, unusable positions (NULL, 91/181 placeholders) and impossible jumps (above 50 kn from the last kept ping; of the two ends, the one fewer of the next four pings can reach) are dropped and counted (of pings at one time, the one nearest the track is kept); intervals longer than 6 h are gaps; SOG 102.3 (or above max_speed_kn) and nav_status 15 are "not available"; group by ship: SELECT mmsi, ais_track(t, lon, lat, sog, nav_status) FROM pings GROUP BY mmsi';

-- llaf (the library): a running engine below the method's 2 % minimum load takes the 2 % factor.
COMMENT ON FUNCTION @extschema@.llaf(text, double precision, double precision, text) IS
    'EPA low-load adjustment factor of a propulsion engine at fractional load [0, 1]: 1 above 0.20, at 0 (engine off), the 0.02 factor below 0.02 (the method''s minimum load) and for electric drive (MSD_ED, GT_ED); SOx needs sulphur_pct (% m/m), except for a gas engine (LNG), whose SO2 follows its fuel (the CO2 factor); CH4, N2O: 1';

-- ais_port_calls: a gap's ends are the whole gap's (a piece cut at midnight stretched a call to it); port areas of one
-- port (locode) make one call, named after the area where the ship stopped longest.  ais_voyages: no leg between
-- calls that adjoin; a leg states the sulphur the activity method burnt each fuel at.
CREATE OR REPLACE FUNCTION @extschema@.ais_port_calls(track portemis.ais_interval[])
RETURNS TABLE (port text, locode @extschema@.locode, arrival timestamptz, departure timestamptz, hours double precision,
               berth_hours double precision, anchorage_hours double precision, gap_hours double precision)
LANGUAGE sql STABLE PARALLEL SAFE
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
CREATE OR REPLACE FUNCTION @extschema@.ais_voyages(track portemis.ais_interval[], v portemis.vessel,
    sea_margin_pct double precision DEFAULT 0)
RETURNS TABLE (leg @extschema@.voyage, origin @extschema@.locode, destination @extschema@.locode,
               departure timestamptz, arrival timestamptz, distance_nm double precision, hours double precision,
               gap_hours double precision, fuel jsonb, fuel_complete boolean)
LANGUAGE sql STABLE PARALLEL SAFE
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

-- Comments on the operators, the cast and the sequences (src/sql/95_comments.sql).
COMMENT ON OPERATOR @extschema@.= (@extschema@.locode, @extschema@.locode) IS 'Same UN/LOCODE';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.locode, @extschema@.locode) IS 'Different UN/LOCODEs';
COMMENT ON OPERATOR @extschema@.< (@extschema@.locode, @extschema@.locode) IS 'Before, in the alphabetical order of the codes';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.locode, @extschema@.locode) IS 'Before or equal, in the alphabetical order of the codes';
COMMENT ON OPERATOR @extschema@.> (@extschema@.locode, @extschema@.locode) IS 'After, in the alphabetical order of the codes';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.locode, @extschema@.locode) IS 'After or equal, in the alphabetical order of the codes';

COMMENT ON OPERATOR @extschema@.= (@extschema@.voyage, @extschema@.voyage) IS 'The same voyage: every field and fuel use equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.voyage, @extschema@.voyage) IS 'Not the same voyage';
COMMENT ON OPERATOR @extschema@.< (@extschema@.voyage, @extschema@.voyage) IS 'Before: by departure, then arrival, origin, destination and the other fields (a total order for indexes and sorting)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.voyage, @extschema@.voyage) IS 'Before or the same (by departure first)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.voyage, @extschema@.voyage) IS 'After (by departure first)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.voyage, @extschema@.voyage) IS 'After or the same (by departure first)';

COMMENT ON OPERATOR @extschema@.+ (@extschema@.emissions, @extschema@.emissions) IS 'Sum of the masses (t), pollutant by pollutant; unknown where either is unknown';
COMMENT ON OPERATOR @extschema@.- (@extschema@.emissions, @extschema@.emissions) IS 'Difference of the masses (t), pollutant by pollutant (a negative mass is a reduction); unknown where either is unknown';
COMMENT ON OPERATOR @extschema@.* (@extschema@.emissions, double precision) IS 'Every mass times a factor';
COMMENT ON OPERATOR @extschema@.* (double precision, @extschema@.emissions) IS 'Every mass times a factor';
COMMENT ON OPERATOR @extschema@./ (@extschema@.emissions, double precision) IS 'Every mass divided by a factor';
COMMENT ON OPERATOR @extschema@.= (@extschema@.emissions, @extschema@.emissions) IS 'The same masses: equal where known, unknown in the same pollutants';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.emissions, @extschema@.emissions) IS 'Not the same masses';

COMMENT ON CAST (@extschema@.emissions AS jsonb) IS 'The masses as a JSON object of tonnes by pollutant, {"co2_t": 3.114, ..., "nox_t": null}: null where unknown';

COMMENT ON SEQUENCE portemis.port_id_seq IS 'Ids of portemis.port rows (the shipped ports below 1,000,000, yours from it)';
COMMENT ON SEQUENCE portemis.registry_change_id_seq IS 'Ids of portemis.registry_change: the Citus change log''s order';

-- Columns whose names do not say it all (\d+).
COMMENT ON COLUMN portemis.cii_reference_line.capacity_fixed IS 'The capacity used for every ship of this row instead of its own size, if any (bulk carriers from 279,000 DWT: 279,000; MEPC.353(78))';
COMMENT ON COLUMN portemis.cii_reference_line.a IS 'Reference line CII_ref = a x capacity^(-c), g CO2 per capacity-nm (MEPC.353(78))';
COMMENT ON COLUMN portemis.cii_reference_line.c IS 'Exponent of the reference line CII_ref = a x capacity^(-c) (MEPC.353(78))';
COMMENT ON COLUMN portemis.cii_reference_line.d1 IS 'Rating boundary exp(d1): attained / required below it is A (MEPC.354(78))';
COMMENT ON COLUMN portemis.cii_reference_line.d2 IS 'Rating boundary exp(d2): below it B (MEPC.354(78))';
COMMENT ON COLUMN portemis.cii_reference_line.d3 IS 'Rating boundary exp(d3): below it C (MEPC.354(78))';
COMMENT ON COLUMN portemis.cii_reference_line.d4 IS 'Rating boundary exp(d4): below it D, from it E (MEPC.354(78))';
COMMENT ON COLUMN portemis.cii_reference_line.size_unit IS 'What size_min and size_max (and the capacity) count: dwt or gt';
COMMENT ON COLUMN portemis.cii_reduction.z_pct IS 'Reduction factor Z, % below the 2019 reference line: required CII = (1 - Z/100) x CII_ref (MEPC.338(76))';
COMMENT ON COLUMN portemis.llaf_coefficient.a IS 'Low-load adjustment LLAF(load) = (a x load^-x + b) / (a x 0.2^-x + b) (EPA-420-B-22-011 Table 3.10; SOx: its own form)';
COMMENT ON COLUMN portemis.llaf_coefficient.x IS 'Exponent of the low-load adjustment (unused for SOx)';
COMMENT ON COLUMN portemis.llaf_coefficient.b IS 'Constant of the low-load adjustment';
COMMENT ON COLUMN portemis.energy_fuel.cf_co2 IS 'CO2 per fuel burnt, t/t (the activity method''s fuel x carbon factor)';
COMMENT ON COLUMN portemis.energy_fuel.sulphur_pct IS 'Sulphur the activity method burns the fuel at, % m/m (SO2 = BSFC x 2 x 0.97753 x S/100)';
COMMENT ON COLUMN portemis.energy_fuel.so2_g_per_g_fuel IS 'A fixed SO2 per g of fuel instead (gas engines: their pilot oil), g/g';
COMMENT ON COLUMN portemis.energy_fuel.pm_nom_g_per_kwh IS 'Nominal PM10, g/kWh: PM10 = pm_nom + S x BSFC x pm_fsc x pm_mwr x 1e-4';
COMMENT ON COLUMN portemis.energy_fuel.pm_mwr IS 'Molecular weight ratio of sulphate PM to sulphur (7) in the PM10 formula';
COMMENT ON COLUMN portemis.energy_fuel.pm_fsc IS 'Fraction of sulphur converted to sulphate PM (2.247, %) in the PM10 formula';
COMMENT ON COLUMN portemis.transit_speed_ratio.ratio IS 'Transit speed as a fraction of maximum speed, when the voyage gives none (mode_emissions)';
COMMENT ON COLUMN portemis.zone.kind IS 'eca, port_area, berth, anchorage, inventory or custom';
COMMENT ON COLUMN portemis.zone.nox_tier3_from IS 'An ECA''s NOx Tier III start: ships whose keel is laid from this date (MARPOL Annex VI reg. 13.5.1: 2016-01-01 North America and US Caribbean, 2021-01-01 Baltic and North Sea); NULL: no Tier III (Mediterranean)';
COMMENT ON COLUMN portemis.zone.sulphur_pct IS 'An ECA''s fuel sulphur limit in the period, % m/m';

COMMENT ON COLUMN portemis.corridor_summary.voyages IS 'Voyages counted';
COMMENT ON COLUMN portemis.corridor_summary.distance_nm IS 'Sum of the voyages'' distances, nm; NULL if a voyage has none';
COMMENT ON COLUMN portemis.corridor_summary.hours_under_way IS 'Sum of departure-to-arrival hours';
COMMENT ON COLUMN portemis.corridor_summary.fuel_t IS 'Fuel burnt, t; NULL if a voyage reports no fuel';
COMMENT ON COLUMN portemis.corridor_summary.energy_mj IS 'Energy of the fuels, MJ (fueleu LCVs, or the set given)';
COMMENT ON COLUMN portemis.corridor_summary.emissions IS 'Masses, t, with the session''s factor set (or the set given)';
COMMENT ON COLUMN portemis.corridor_summary.co2e_ttw_t IS 'Tank-to-wake CO2e, t (GWP100: CH4 25, N2O 298; slip included)';
COMMENT ON COLUMN portemis.corridor_summary.co2e_wtw_t IS 'Well-to-wake CO2e, t (well-to-tank + tank-to-wake)';
COMMENT ON COLUMN portemis.corridor_summary.transport_work_tnm IS 'Cargo t x distance nm of the voyages with both known';
COMMENT ON COLUMN portemis.corridor_summary.eeoi_g_per_tnm IS 'EEOI: g CO2 per t nm over the voyages with cargo and distance (MEPC.1/Circ.684)';
COMMENT ON COLUMN portemis.corridor_summary.ghg_intensity_gco2e_per_mj IS 'Well-to-wake GHG intensity, g CO2e/MJ, energy-weighted (FuelEU Annex I)';
COMMENT ON COLUMN portemis.corridor_summary.zero_low_carbon_share IS 'Share of the energy from fuels marked zero_or_low_carbon (0..1)';

COMMENT ON COLUMN portemis.ais_interval.hours IS 'Hours of the interval (or piece)';
COMMENT ON COLUMN portemis.ais_interval.distance_nm IS 'Geodesic distance, nm (WGS 84, the short way across the antimeridian)';
COMMENT ON COLUMN portemis.ais_interval.speed_kn IS 'Speed, kn: the mean of the two reports'' SOG, else distance / hours';
COMMENT ON COLUMN portemis.ais_interval.speed_source IS 'sog (the reports''), derived (distance / hours) or none (zero hours)';
COMMENT ON COLUMN portemis.ais_interval.nav_status IS 'AIS navigational status of the first report (0 under way, 1 at anchor, 5 moored; NULL: not available)';
COMMENT ON COLUMN portemis.ais_interval.draught_m IS 'Reported draught of the first report, m; NULL if not available';
COMMENT ON COLUMN portemis.ais_interval.gap IS 'Longer than max_gap: hours reported, no activity';
COMMENT ON COLUMN portemis.ais_interval.pings_duplicate IS 'Reports dropped inside it for a time already kept';
COMMENT ON COLUMN portemis.ais_interval.pings_rejected IS 'Reports dropped inside it as impossible jumps';
COMMENT ON COLUMN portemis.ais_interval.pings_unusable IS 'Reports dropped inside it for want of a usable position or time';
COMMENT ON COLUMN portemis.ais_interval.zones IS 'Names of the zones containing the piece (ais_activity); NULL: not split, or a gap';
COMMENT ON COLUMN portemis.ais_interval.in_eca IS 'Inside an ECA in force (ais_activity); NULL: not split, or a gap';
