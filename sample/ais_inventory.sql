-- A port inventory of Los Angeles/Long Beach from real AIS pings (NOAA/BOEM MarineCadastre, 2022-01-03),
-- run by scripts/demo.sh:  psql -v ais_file=... -v marad_file=... -f sample/ais_inventory.sql
-- ais_file: a MarineCadastre CSV (the demo takes the Southern California extract of ../shared/data, else
-- the fixture of its cargo ships and tankers, test/data/ais_socal_cargo.csv); marad_file: the MARAD US-flag fleet list, the ship
-- register's rows (the 42-row fixture test/data/marad_fleet_sample.csv, or the full list with
-- marad_extra=', operator text, msp text, visa text, vta text, jones_act text, military text').
\set ON_ERROR_STOP 1
\pset footer off
SET client_min_messages = warning;

-- 1. Pings in: the MarineCadastre CSV as it comes, then the documented shape (README, "AIS pings").
CREATE TEMP TABLE ais_raw (mmsi integer, basedatetime timestamp, lat float8, lon float8, sog float8, cog float8,
    heading float8, vesselname text, imo text, callsign text, vesseltype integer, status integer, length float8,
    width float8, draft float8, cargo integer, transceiverclass text);
\set load '\\copy ais_raw FROM ' :'ais_file' ' WITH (FORMAT csv, HEADER true)'
:load
CREATE TABLE pings AS
SELECT mmsi, basedatetime AT TIME ZONE 'UTC' AS t, lon, lat, sog AS sog_kn, cog, nullif(heading, 511) AS heading,
       status AS nav_status, ais_imo(imo) AS imo, vesseltype AS ais_type, nullif(length, 0) AS length_m, nullif(width, 0) AS beam_m,
       nullif(draft, 0) AS draught_m, vesselname AS name
FROM ais_raw;

-- 2. The ship register: MARAD's US-flag fleet (IMO, type, GT, DWT, year of build).
-- (the full list has six more columns than the fixture: marad_extra declares them)
\if :{?marad_extra}
\else
\set marad_extra ''
\endif
CREATE TEMP TABLE marad (imo text, name text, ship_type text, gt text, dwt text, year_built text :marad_extra);
\set load '\\copy marad FROM ' :'marad_file' ' WITH (FORMAT csv, HEADER true)'
:load
INSERT INTO portemis.ship_register (imo, name, ship_type, gt, dwt, build_year, source)
SELECT imo::int, name, ship_type, replace(gt, ',', '')::float8, replace(dwt, ',', '')::float8, year_built::int,
       'MARAD US-flag fleet 2023-04-10'
FROM marad;

-- 3. Zones: the harbours as a port area (4 nm around each port of the gazetteer), and an inventory boundary
-- drawn for this demo (40 nm around Long Beach: the ports' own inventories use the South Coast Air Basin's
-- over-water boundary, which portemis does not ship).  No anchorage polygons: the navigational status
-- "at anchor" marks anchor time (33 CFR 110.214's anchorage coordinates are not shipped yet).
INSERT INTO portemis.zone (name, kind, geom, source, locode)
SELECT 'Los Angeles/Long Beach harbours', 'port_area', st_multi(st_union(port_area('USLAX', 4), port_area('USLGB', 4))),
       'demo: 4 nm around the gazetteer positions of USLAX and USLGB', 'USLAX';
INSERT INTO portemis.zone (name, kind, geom, source)
SELECT 'demo inventory boundary (40 nm)', 'inventory', port_area('USLGB', 40),
       'demo: 40 nm around the gazetteer position of USLGB';

-- 4. Tracks, activity and the ships' particulars: the register's by IMO, else what AIS says.
CREATE TABLE activity AS
SELECT s.mmsi, a
FROM (SELECT mmsi, ais_track(t, lon, lat, sog_kn, nav_status, draught_m) AS tr FROM pings GROUP BY mmsi) s,
     ais_activity(s.tr) a;
CREATE TABLE fleet AS
SELECT DISTINCT ON (p.mmsi) p.mmsi,
       coalesce(r.v, vessel(ais_type => p.ais_type, imo => p.imo, mmsi => p.mmsi, name => p.name,
                            length_m => p.length_m, beam_m => p.beam_m)) AS v,
       r.v IS NOT NULL AS in_register
FROM pings p
LEFT JOIN LATERAL (SELECT ship(imo => p.imo) AS v FROM portemis.ship_register s WHERE s.imo = p.imo) r ON true
WHERE p.ais_type BETWEEN 70 AND 89          -- ocean-going cargo ships and tankers (AIS types 7x, 8x)
ORDER BY p.mmsi, p.t;

\echo
\echo '== AIS pings (NOAA/BOEM MarineCadastre, 2022-01-03): how sparse they are'
SELECT date_trunc('hour', t) AS hour, count(*) AS pings, count(DISTINCT mmsi) AS ships,
       min(t)::time AS first, max(t)::time AS last
FROM pings GROUP BY 1 ORDER BY 1;
\echo '   (three bursts, not a day: the hours between are gaps, reported and never counted as activity)'
SELECT count(*) FILTER (WHERE NOT (a).gap) AS pieces, round(sum((a).hours) FILTER (WHERE NOT (a).gap)::numeric, 1) AS hours,
       round(sum((a).hours) FILTER (WHERE (a).gap)::numeric, 1) AS "gap hours",
       sum((a).pings_duplicate) AS "duplicate pings", sum((a).pings_rejected) AS "rejected jumps",
       sum((a).pings_unusable) AS "unusable pings"
FROM activity;

\echo
\echo '== Port inventory, ocean-going cargo ships and tankers inside the demo boundary, by ship type and mode'
\echo '   (t; "unknown h": hours whose emissions need particulars the ship has not got: MCR and speed under way,'
\echo '   size at berth and anchor; the register holds MARAD''s US-flag ships; AIS alone gives no size or power)'
CREATE TABLE ais_inventory AS
SELECT coalesce((f.v).ship_type, 'unknown type') AS ship_type, coalesce(ais_mode(f.v, x.a), 'unknown') AS mode,
       count(DISTINCT x.mmsi) AS ships, sum((x.a).hours) AS hours,
       coalesce(sum((x.a).hours) FILTER (WHERE e IS NULL), 0) AS unknown_hours,
       sum(tonnes(e, 'CO2')) AS co2_t, sum(tonnes(e, 'NOx')) AS nox_t, sum(tonnes(e, 'SOx')) AS sox_t,
       sum(tonnes(e, 'PM2.5')) AS pm2_5_t
FROM activity x
JOIN fleet f USING (mmsi),
     LATERAL (SELECT ais_emissions(f.v, x.a) AS e) em
WHERE (x.a).in_inventory AND NOT (x.a).gap
GROUP BY 1, 2;
SELECT ship_type, mode, ships, round(hours::numeric, 2) AS hours, round(unknown_hours::numeric, 2) AS "unknown h",
       round(co2_t::numeric, 3) AS co2_t, round(nox_t::numeric, 4) AS nox_t, round(sox_t::numeric, 5) AS sox_t,
       round(pm2_5_t::numeric, 5) AS pm2_5_t
FROM ais_inventory ORDER BY 1, 2;

\echo
\echo '== Port calls at the harbours (a call that began before the first report starts at that report)'
CREATE TEMP TABLE calls AS
SELECT f.mmsi, (f.v).name, (f.v).ship_type, c.*
FROM fleet f
JOIN LATERAL (SELECT ais_track(t, lon, lat, sog_kn, nav_status) AS tr FROM pings p WHERE p.mmsi = f.mmsi) s ON true,
     ais_port_calls(s.tr) c;
SELECT port, count(*) AS calls, count(*) FILTER (WHERE berth_hours > 0) AS "at berth",
       count(*) FILTER (WHERE anchorage_hours > 0) AS "at anchor", round(sum(berth_hours)::numeric, 2) AS "berth h",
       round(sum(anchorage_hours)::numeric, 2) AS "anchor h", round(sum(gap_hours)::numeric, 2) AS "silent h"
FROM calls GROUP BY port;
SELECT mmsi, name, ship_type, arrival, departure, round(berth_hours::numeric, 2) AS berth_h,
       round(anchorage_hours::numeric, 2) AS anchor_h, round(gap_hours::numeric, 2) AS silent_h
FROM calls ORDER BY hours DESC, mmsi LIMIT 5;
