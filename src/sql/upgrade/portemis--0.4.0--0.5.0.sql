-- portemis 0.4.0 -> 0.5.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis UPDATE TO '0.5.0'" to load this file. \quit

-- ais_track: of the two ends of a jump, the one fewer of the next pings reach is dropped (the library's
-- rule; the comment says it).
COMMENT ON AGGREGATE @extschema@.ais_track(timestamptz, double precision, double precision, double precision, integer) IS
    'One ship''s AIS pings (any order) as its intervals between kept pings (portemis.ais_interval[]): duplicates, unusable positions (NULL, 91/181 placeholders) and impossible jumps (above 50 kn from the last kept ping; of the two ends, the one fewer of the next four pings can reach) are dropped and counted; intervals longer than 6 h are gaps; SOG 102.3 and nav_status 15 are "not available"; group by ship: SELECT mmsi, ais_track(t, lon, lat, sog, nav_status) FROM pings GROUP BY mmsi';
