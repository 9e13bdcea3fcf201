-- portemis 0.10.0 -> 0.11.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis UPDATE TO '0.11.0'" to load this file. \quit

-- README, "Layout and upgrades", says what changes.

-- ais_activity with the days of a time zone (a port's own calendar), and the flags of kinds not asked for
CREATE FUNCTION @extschema@.ais_activity(track portemis.ais_interval[], zone_kinds text[], time_zone text)
RETURNS SETOF portemis.ais_interval
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION @extschema@.ais_activity(portemis.ais_interval[], text[], text) IS
    'ais_activity(track, zone_kinds) with the intervals split at the midnights of a time zone of the tz database (''America/Los_Angeles'': daylight saving time included, a day may have 23 or 25 hours) instead of UTC''s; NULL: UTC';
COMMENT ON FUNCTION @extschema@.ais_activity(portemis.ais_interval[], text[]) IS
    'A track''s intervals split at UTC midnights and where they cross the boundary of a zone of portemis.zone (of zone_kinds: berth, anchorage, port_area, inventory, eca, custom; NULL: all), each piece with its share of hours and distance, the names of the zones containing it and a flag per kind (NULL for a kind not asked for); a gap is split at midnights only, its zones unknown (NULL)';
