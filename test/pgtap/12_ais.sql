-- pgTAP: AIS pings to intervals (ais_track), split at days and zones (ais_activity), modes and emissions.
-- Distances by hand: along the equator a degree of longitude is a * pi / 180 on WGS 84
-- (a = 6,378,137 m), so 0.5 deg = 55,659.745397 m = 30.053858205527 nm.
\ir defaults.psql
BEGIN;
SELECT plan(113);

CREATE TEMP TABLE p (mmsi int, t timestamptz, lon float8, lat float8, sog float8, st int, draught float8);
-- ship 1, deliberately out of order, with a duplicate time, a jump, a placeholder position and SOG
INSERT INTO p VALUES
 (1, '2024-01-02 12:00Z', 0.75, 0, 0, 5, 12),           -- moored
 (1, '2024-01-02 01:00Z', 0.6, 0, 15, 0, 12),            -- same time as the next: the first one read is kept
 (1, '2024-01-01 23:00Z', 0, 0, 15, 0, 12),
 (1, '2024-01-02 01:30Z', 5, 0, 15, 0, 12),              -- 4.5 deg from the 01:00 fix (moved to 0.5 E below) in 30 min: ~541 kn, rejected
 (1, '2024-01-02 02:00Z', 181, 91, 15, 0, 12),           -- AIS "position not available"
 (1, '2024-01-02 03:00Z', 0.75, 0, 102.3, 0, 12);        -- SOG not available: speed derived
UPDATE p SET lon = 0.5 WHERE t = '2024-01-02 01:00Z';
INSERT INTO p VALUES (1, '2024-01-02 01:00Z', 0.6, 0, 15, 0, 12);   -- read after the first: the duplicate

CREATE TEMP TABLE tr AS SELECT mmsi, ais_track(t, lon, lat, sog, st, draught) AS track FROM p GROUP BY mmsi;
CREATE TEMP TABLE iv AS SELECT i.* FROM tr, unnest(tr.track) WITH ORDINALITY i ORDER BY ordinality;

SELECT is((SELECT count(*)::int FROM iv), 3, 'six distinct times, one jump, one unusable: three intervals');
SELECT is((SELECT array_agg(t_start ORDER BY t_start) FROM iv),
          ARRAY['2024-01-01 23:00Z', '2024-01-02 01:00Z', '2024-01-02 03:00Z']::timestamptz[],
          'pings in any order are sorted by time');
SELECT ok((SELECT abs(distance_nm - 30.053858205527) < 1e-9 FROM iv WHERE t_start = '2024-01-01 23:00Z'),
          '0.5 deg along the equator: 30.053858205527 nm (a pi / 360 / 1852)');
SELECT is((SELECT (lon_end, hours, speed_kn, speed_source) FROM iv WHERE t_start = '2024-01-01 23:00Z'),
          (0.5::float8, 2::float8, 15::float8, 'sog'::text),
          'of two times alike the first read is kept; speed is the mean SOG');
SELECT is((SELECT (pings_duplicate, pings_rejected, pings_unusable) FROM iv WHERE t_start = '2024-01-02 01:00Z'),
          (1, 1, 1), 'the duplicate, the jump and the unusable report are counted in the interval that spans them');
SELECT ok((SELECT speed_source = 'derived' AND abs(speed_kn - 15.026929102764 / 2) < 1e-9
           FROM iv WHERE t_start = '2024-01-02 01:00Z'),
          'SOG 102.3 is not available: the speed is derived, 15.026929 nm in 2 h');
SELECT is((SELECT (gap, hours, distance_nm, nav_status, draught_m) FROM iv WHERE t_start = '2024-01-02 03:00Z'),
          (true, 9::float8, 0::float8, 0, 12::float8), 'nine hours without a report: a gap, its hours kept');
SELECT is((SELECT count(*)::int FROM iv WHERE zones IS NOT NULL OR at_berth IS NOT NULL), 0,
          'intervals of a track have no zones yet (NULL, not false)');
SELECT is((SELECT (sum(hours), sum(pings_duplicate + pings_rejected + pings_unusable) + count(*) + 1) FROM iv),
          (13::float8, 7::bigint), 'every hour and every ping is accounted for');

-- the same with the options given: a 10-hour gap rule and a 600-knot jump rule
SELECT is((SELECT array_agg(i.gap ORDER BY i.t_start)
           FROM (SELECT ais_track(t, lon, lat, sog, st, draught, '10 hours', 600) AS tr FROM p) s, unnest(s.tr) i),
          ARRAY[false, false, false, false], 'max_gap 10 h: no gap; max_speed_kn 600: the jump is kept (4 intervals)');
SELECT is((SELECT count(*)::int FROM (SELECT ais_track(t, lon, lat, sog, st, draught, NULL, NULL) AS tr FROM p) s,
                                     unnest(s.tr) i), 3, 'NULL options take the defaults');

-- ---- ais_activity: split at UTC midnight and at zone boundaries
INSERT INTO portemis.zone (name, kind, geom, source)
VALUES ('test anchorage', 'anchorage', 'SRID=4326;POLYGON((0.1 -1, 0.3 -1, 0.3 1, 0.1 1, 0.1 -1))', 'pgTAP'),
       ('test berth', 'berth', 'SRID=4326;POLYGON((0.7 -1, 0.8 -1, 0.8 1, 0.7 1, 0.7 -1))', 'pgTAP'),
       ('test date line', 'custom', 'SRID=4326;POLYGON((179.95 -1, 180.05 -1, 180.05 1, 179.95 1, 179.95 -1))', 'pgTAP');
CREATE TEMP TABLE pc AS SELECT a.* FROM tr, ais_activity(tr.track) a;

-- 23:00 -> 01:00 from 0 to 0.5 deg: crosses 0.1 at 23:24, midnight at 0.25, 0.3 at 00:12
SELECT is((SELECT array_agg(t_start::time ORDER BY t_start) FROM pc WHERE t_start < '2024-01-02 01:00Z'),
          ARRAY['23:00', '23:24', '00:00', '00:12']::time[], 'split where the zone''s edges and midnight fall');
SELECT is((SELECT array_agg(coalesce(in_anchorage::text, 'NULL') ORDER BY t_start) FROM pc WHERE t_start < '2024-01-02 01:00Z'),
          ARRAY['false', 'true', 'true', 'false'], 'the pieces inside the anchorage say so');
SELECT is((SELECT zones FROM pc WHERE t_start = '2024-01-01 23:24Z'), ARRAY['test anchorage'], '... and name it');
SELECT ok((SELECT abs(distance_nm - 30.053858205527 * 0.3) < 1e-9 AND hours = 0.6 AND lon_start = 0.1 AND lon_end = 0.25
           FROM pc WHERE t_start = '2024-01-01 23:24Z'),
          'a piece takes its share of hours and distance: 0.15 of 0.5 deg, 0.6 h');
SELECT ok((SELECT sum(hours) = 13 AND abs(sum(distance_nm) - (SELECT sum(distance_nm) FROM iv)) < 1e-12 FROM pc),
          'pieces add up to the intervals: hours exactly, distance to 1e-12');
SELECT is((SELECT sum(pings_duplicate + pings_rejected + pings_unusable)::int FROM pc), 3,
          'dropped pings are counted once, in the first piece');
SELECT is((SELECT count(*)::int FROM pc WHERE t_start >= '2024-01-02 01:00Z' AND t_start < '2024-01-02 03:00Z'), 2,
          '0.5 -> 0.75 deg enters the berth zone at 0.7 deg');
SELECT is((SELECT (at_berth, zones) FROM pc WHERE t_start = '2024-01-02 02:36Z'), (true, ARRAY['test berth']),
          '... at 02:36, 0.2 / 0.25 of the way');
SELECT is((SELECT (zones, at_berth, hours) FROM pc WHERE gap), (NULL::text[], NULL::boolean, 9::float8),
          'a gap is not split at zones: where the ship was is unknown (NULL)');
SELECT is((SELECT count(*)::int FROM tr, ais_activity(tr.track, '{berth}') a WHERE a.in_anchorage IS NOT NULL), 0,
          'zone_kinds chooses the zones: berths only, the anchorage unknown');
SELECT is((SELECT count(*)::int FROM tr, ais_activity(tr.track, '{}') a), 4,
          'no kinds: the day split only (the first interval in two, the others whole)');

-- a gap over several days is split at each midnight, so excluded hours fall in their days
SELECT is((SELECT array_agg(a.hours ORDER BY a.t_start)
           FROM (SELECT ais_track(t, lon, lat, sog, st) tr FROM (VALUES
                   ('2024-02-28 18:00Z'::timestamptz, 10::float8), ('2024-03-01 06:00Z', 10.1)) v(t, lon),
                 LATERAL (SELECT 0::float8 AS lat, 0::float8 AS sog, 0 AS st) c) s, ais_activity(s.tr) a),
          ARRAY[6, 24, 6]::float8[], 'a 36-hour gap over a leap day: 6 + 24 + 6 hours');

-- across the antimeridian: 179.9 E -> 179.9 W is 0.2 deg the short way; half of it in the zone past 180
CREATE TEMP TABLE am AS
SELECT a.* FROM (SELECT ais_track(t, lon, 0, 12, 0) tr
                 FROM (VALUES ('2024-05-01 10:00Z'::timestamptz, 179.9::float8), ('2024-05-01 11:00Z', -179.9)) v(t, lon)) s,
                ais_activity(s.tr) a;
SELECT ok((SELECT abs(sum(distance_nm) - 12.021543282211) < 1e-9 FROM am),
          'across the antimeridian the short way: 0.2 deg = 12.021543 nm');
SELECT is((SELECT array_agg(array_to_string(zones, ',') ORDER BY t_start) FROM am),
          ARRAY['', 'test date line', ''],
          'a zone stored past 180 splits the track at 179.95 E and 179.95 W');
SELECT is((SELECT (sum(hours) FILTER (WHERE zones <> '{}'), min(lon_start), max(lon_end)) FROM am),
          (0.5::float8, -179.95::float8, 179.95::float8), '... half an hour inside; positions stay in [-180, 180]');

-- ---- modes and emissions
CREATE TEMP TABLE ship AS
SELECT vessel('container_ship', teu => 8000, mcr_kw => 40000, max_speed_kn => 24, keel_laid_year => 2012) AS v;
-- (the activity is read from ais_activity in FROM, whose rows are of type portemis.ais_interval)
-- 15 kn of 24: load (15/24)^3 = 0.244 > 0.20: transit
SELECT is((SELECT ais_mode(v, a) FROM ship, tr, ais_activity(tr.track) a WHERE a.t_start = '2024-01-01 23:00Z'), 'transit', '15 of 24 kn: transit');
SELECT is((SELECT ais_mode(v, a) FROM ship, tr, ais_activity(tr.track) a WHERE a.t_start = '2024-01-02 02:36Z'), 'maneuvering',
          '7.5 of 24 kn (load 0.03) in a berth zone: maneuvering (a berth needs at most 1 kn)');
SELECT is((SELECT ais_mode(v, (a.t_start, a.t_end, a.hours, a.distance_nm, 0.5, 'sog', 5, NULL, false,
                               0, 0, 0, 0, 0, 0, 0, '{}', false, false, false, false, false)::portemis.ais_interval)
           FROM ship, tr, ais_activity(tr.track) a WHERE a.t_start = '2024-01-01 23:00Z'),
          'berth', 'navigational status 5 (moored) at 0.5 kn: berth, without a berth zone');
SELECT is((SELECT ais_mode(v, a) FROM ship, tr, ais_activity(tr.track) a WHERE a.t_start = '2024-01-01 23:24Z'), 'transit',
          '15 kn in an anchorage zone: not at anchor (anchorage needs at most 3 kn)');
SELECT is((SELECT ais_mode(v, a) FROM ship, tr, ais_activity(tr.track) a WHERE a.gap), NULL, 'a gap has no mode');
SELECT is((SELECT ais_mode(vessel('container_ship', teu => 8000), a) FROM tr, ais_activity(tr.track) a WHERE a.t_start = '2024-01-01 23:00Z'),
          NULL, 'without the ship''s speed, the mode of 15 kn is unknown (NULL), not a guess');
SELECT is((SELECT ais_mode(vessel('container_ship', teu => 8000), (a.t_start, a.t_end, a.hours, a.distance_nm, 2,
                               'sog', NULL, NULL, false, 0, 0, 0, 0, 0, 0, 0, '{}', false, true, false, false, false)::portemis.ais_interval)
           FROM tr, ais_activity(tr.track) a WHERE a.t_start = '2024-01-01 23:00Z'),
          'anchorage', '... but 2 kn in an anchorage is at anchor whatever the load');
SELECT is((SELECT ais_emissions(v, a)::text FROM ship, tr, ais_activity(tr.track) a WHERE a.t_start = '2024-01-01 23:00Z'),
          (SELECT mode_emissions(v, 'transit', 0.4, 15, false)::text FROM ship),
          'ais_emissions is mode_emissions in the interval''s mode, hours, speed and ECA flag');
SELECT is((SELECT ais_emissions(v, a) FROM ship, tr, ais_activity(tr.track) a WHERE a.gap), NULL, 'a gap''s emissions are unknown (NULL), not 0');
SELECT ok((SELECT abs(sum(tonnes(ais_emissions(v, a), 'CO2')) - min(whole)) < 1e-12 * min(whole)
           FROM ship, tr, ais_activity(tr.track) a,
                LATERAL (SELECT tonnes(mode_emissions(v, 'transit', 2, 15, false), 'CO2') AS whole) w
           WHERE a.t_start < '2024-01-02 01:00Z'),
          'the pieces of an interval emit what the whole interval does (same mode, ECA flag)');
SELECT is((SELECT ais_emissions(vessel('container_ship', max_speed_kn => 24, teu => 8000), a)
           FROM tr, ais_activity(tr.track) a WHERE a.t_start = '2024-01-01 23:00Z'),
          NULL, 'transit without the MCR: unknown (NULL), where mode_emissions raises');
SELECT is((SELECT ais_emissions(vessel('container_ship'), (a.t_start, a.t_end, a.hours, 0, 0, 'sog', 5, NULL, false,
                       0, 0, 0, 0, 0, 0, 0, '{}', false, false, false, false, false)::portemis.ais_interval)
           FROM tr, ais_activity(tr.track) a WHERE a.t_start = '2024-01-01 23:00Z'),
          NULL, 'at berth without the size the power defaults need: unknown (NULL)');
-- a basis of the user's whose container rows stop at 1,000 TEU: at berth, an 8,000 TEU ship has no default
-- power, so its emissions are unknown (NULL) in ais_emissions, where mode_emissions raises
INSERT INTO portemis.auxiliary_power (basis, ship_type, size_min, size_max, size_unit, engine_group,
    transit_kw, maneuvering_kw, berth_kw, anchorage_kw, source)
VALUES ('gappy', 'container_ship', 0, 1000, 'teu', 'auxiliary', 100, 100, 100, 100, 'test: rows with a gap'),
       ('gappy', 'container_ship', 0, 1000, 'teu', 'boiler', 0, 0, 0, 0, 'test: rows with a gap');
SET LOCAL portemis.aux_power_basis = 'gappy';
SELECT is((SELECT ais_emissions(vessel('container_ship', teu => 8000), (a.t_start, a.t_end, a.hours, 0, 0, 'sog', 5,
                       NULL, false, 0, 0, 0, 0, 0, 0, 0, '{}', false, false, false, false, false)::portemis.ais_interval)
           FROM tr, ais_activity(tr.track) a WHERE a.t_start = '2024-01-01 23:00Z'),
          NULL, 'at berth with a size outside every row of the basis: unknown (NULL)');
SELECT throws_ok($$SELECT mode_emissions(vessel('container_ship', teu => 8000), 'berth', 1)$$, '22003',
                 'no auxiliary power default for a container_ship of that size', '... where mode_emissions says why');
RESET portemis.aux_power_basis;
SELECT is((SELECT ais_emissions(vessel('tug', aux_kw => 100, boiler_kw => 0, engine_category => 2),
                                (a.t_start, a.t_end, a.hours, 0, 0, 'sog', 5, NULL, false,
                       0, 0, 0, 0, 0, 0, 0, '{}', false, false, false, false, false)::portemis.ais_interval)
           FROM tr, ais_activity(tr.track) a WHERE a.t_start = '2024-01-01 23:00Z'),
          NULL, 'category 2 engines: the method does not apply (NULL), never 0');

-- ---- port calls: a port area 1.0 - 1.2 E with a berth at 1.10 - 1.12 E; the ship comes in at 12 kn,
-- lies moored 01:00 - 10:00 with its AIS silent 02:00 - 09:00, and leaves
INSERT INTO portemis.zone (name, kind, geom, source, locode)
VALUES ('test port', 'port_area', 'SRID=4326;POLYGON((1 -1, 1.2 -1, 1.2 1, 1 1, 1 -1))', 'pgTAP', 'USLAX'),
       ('test port berth', 'berth', 'SRID=4326;POLYGON((1.1 -1, 1.12 -1, 1.12 1, 1.1 1, 1.1 -1))', 'pgTAP', 'USLAX');
CREATE TEMP TABLE call_track AS
SELECT ais_track(t, lon, 0, sog, st) AS tr
FROM (VALUES ('2024-03-01 00:00Z'::timestamptz, 0.91::float8, 12::float8, 0), ('2024-03-01 01:00Z', 1.11, 0, 5),
             ('2024-03-01 02:00Z', 1.11, 0, 5), ('2024-03-01 09:00Z', 1.11, 0, 5), ('2024-03-01 10:00Z', 1.11, 0, 5),
             ('2024-03-01 11:00Z', 1.31, 12, 0)) v(t, lon, sog, st);
-- in at 1.0 E: 0.09 of 0.2 deg after 00:00 = 00:27; out at 1.2 E: 0.09 of 0.2 deg after 10:00 = 10:27
SELECT is((SELECT (port, locode::text, arrival, departure, hours) FROM call_track, ais_port_calls(call_track.tr)),
          ('test port'::text, 'USLAX'::text, '2024-03-01 00:27Z'::timestamptz, '2024-03-01 10:27Z'::timestamptz, 10::float8),
          'one call: from crossing into the port area to crossing out, across the silent hours');
SELECT is((SELECT (berth_hours, anchorage_hours, gap_hours) FROM call_track, ais_port_calls(call_track.tr)),
          (2::float8, 0::float8, 7::float8), '... 2 hours moored at berth on record, 7 hours silent');
SELECT is((SELECT count(*)::int FROM (SELECT ais_track(t, lon, 0, 12, 0) AS tr
                                      FROM (VALUES ('2024-03-01 00:00Z'::timestamptz, 0.91::float8),
                                                   ('2024-03-01 01:00Z', 1.11), ('2024-03-01 02:00Z', 1.31)) v(t, lon)) s,
                                     ais_port_calls(s.tr)),
          0, 'a ship passing through a port area at 12 kn makes no call');
-- a track that ends (or starts) with a silence at the berth: the call reaches its last (first) report
SELECT is((SELECT (arrival, departure, hours, gap_hours) FROM (SELECT ais_track(t, 1.11, 0, 0, 5) AS tr
               FROM unnest('{2024-03-02 00:00Z, 2024-03-02 00:10Z, 2024-03-02 20:00Z}'::timestamptz[]) t) s,
               ais_port_calls(s.tr)),
          ('2024-03-02 00:00Z'::timestamptz, '2024-03-02 20:00Z'::timestamptz, 20::float8, 19 + 5 / 6.0::float8),
          'a silence at the berth at the end of the track: the call lasts to the last report (20 h, 19 h 50 min silent)');
SELECT is((SELECT (arrival, departure, hours) FROM (SELECT ais_track(t, 1.11, 0, 0, 5) AS tr
               FROM unnest('{2024-03-02 00:00Z, 2024-03-02 19:50Z, 2024-03-02 20:00Z}'::timestamptz[]) t) s,
               ais_port_calls(s.tr)),
          ('2024-03-02 00:00Z'::timestamptz, '2024-03-02 20:00Z'::timestamptz, 20::float8),
          '... and at its start: the call begins at the first report');
-- where port areas overlap, the call is the smallest's (a terminal inside the port), whatever the names
INSERT INTO portemis.zone (name, kind, geom, source, locode)
VALUES ('A terminal', 'port_area', 'SRID=4326;POLYGON((1.1 -1, 1.15 -1, 1.15 1, 1.1 1, 1.1 -1))', 'pgTAP', 'USLGB');
SELECT is((SELECT string_agg(port || ' ' || locode::text, ', ') FROM call_track, ais_port_calls(call_track.tr)),
          'A terminal USLGB', 'overlapping port areas: the call at berth is the smallest area''s (the ship moves through the rest)');
DELETE FROM portemis.zone WHERE name = 'A terminal';
-- areas of one port (a terminal inside the port's area, both USLAX): one call, named after the area where the
-- ship stopped longest.  At anchor in the port's area 00:00 - 03:00 (1.02 E), in at 3 kn, moored in the terminal
-- 05:00 - 12:00 (1.12 E): one call of 12 h, 7 h at berth, 3 h 10 min at anchor (the first step under way starts
-- from a report at anchor, at (0.1 + 3) / 2 = 1.55 kn: still at anchor) (0.8.0: two calls, and a leg between them of
-- no time and no fuel, whose emissions were unknown)
INSERT INTO portemis.zone (name, kind, geom, source, locode)
VALUES ('test terminal', 'port_area', 'SRID=4326;POLYGON((1.1 -1, 1.15 -1, 1.15 1, 1.1 1, 1.1 -1))', 'pgTAP', 'USLAX');
CREATE TEMP TABLE two_area_track AS
SELECT ais_track(t, lon, 0, sog, st) AS tr
FROM (SELECT '2024-03-05 00:00Z'::timestamptz + k * interval '30 min', 1.02::float8, 0.1::float8, 1 FROM generate_series(0, 6) k
      UNION ALL SELECT '2024-03-05 03:00Z'::timestamptz + k * interval '10 min', 1.02 + k * 0.1 / 12, 3, 0 FROM generate_series(1, 11) k
      UNION ALL SELECT '2024-03-05 05:00Z'::timestamptz + k * interval '30 min', 1.12, 0, 5 FROM generate_series(0, 14) k) v(t, lon, sog, st);
SELECT is((SELECT array_agg((port, locode::text, arrival, departure, hours, berth_hours, anchorage_hours, gap_hours)::text)
           FROM two_area_track, ais_port_calls(two_area_track.tr)),
          ARRAY[('test terminal'::text, 'USLAX'::text, '2024-03-05 00:00Z'::timestamptz, '2024-03-05 12:00Z'::timestamptz,
                 12::float8, 7::float8, (3 + 1 / 6.0)::float8, 0::float8)::text],
          'port areas of one port: one call, named after the area where the ship stopped longest');
SELECT is((SELECT count(*)::int FROM two_area_track, ais_voyages(two_area_track.tr, vessel('container_ship', teu => 8000, mcr_kw => 40000, max_speed_kn => 24))),
          0, '... and no leg inside it');
DELETE FROM portemis.zone WHERE name = 'test terminal';
-- a silence that starts at the berth and ends at sea the next day is no part of the call, although its piece
-- up to midnight ends inside the port area (1.11 E + 1/23 of the way to 2.5 E = 1.17 E): the call ends at the
-- last report in port (0.8.0 stretched it to midnight)
SELECT is((SELECT (departure, hours, gap_hours) FROM (SELECT ais_track(t, lon, 0, sog, st) AS tr
               FROM (VALUES ('2024-05-01 20:00Z'::timestamptz, 1.11::float8, 0::float8, 5), ('2024-05-01 21:00Z', 1.11, 0, 5),
                            ('2024-05-01 23:00Z', 1.11, 0, 5), ('2024-05-02 22:00Z', 2.5, 12, 0),
                            ('2024-05-02 22:30Z', 2.6, 12, 0)) v(t, lon, sog, st)) s, ais_port_calls(s.tr)),
          ('2024-05-01 23:00Z'::timestamptz, 3::float8, 0::float8),
          'a silence from the berth to the open sea across midnight: the call ends at the last report in port');
SELECT is((SELECT round(((a).lon_end)::numeric, 2) FROM (SELECT ais_activity(ais_track(t, lon, 0, sog, st)) AS a
               FROM (VALUES ('2024-05-01 20:00Z'::timestamptz, 1.11::float8, 0::float8, 5), ('2024-05-01 21:00Z', 1.11, 0, 5),
                            ('2024-05-01 23:00Z', 1.11, 0, 5), ('2024-05-02 22:00Z', 2.5, 12, 0),
                            ('2024-05-02 22:30Z', 2.6, 12, 0)) v(t, lon, sog, st)) s
           WHERE (a).gap AND (a).t_end = '2024-05-02 00:00Z'), 1.17,
          '... (its first piece does end inside the port area)');

-- ---- voyages: port A (2.0 - 2.2 E, USLAX) to port B (3.0 - 3.2 E, CNSHA) along the equator.  Moored at A
-- 00:00 - 01:00, under way 02:00 - 06:00 at 18 kn, moored at B 07:00 - 08:00: out of A at 2.2 E (01:30),
-- into B at 3.0 E (06:30); 0.8 deg between them = 1.6 x 30.053858205527 = 48.086173128844 nm
INSERT INTO portemis.zone (name, kind, geom, source, locode)
VALUES ('port A', 'port_area', 'SRID=4326;POLYGON((2 -1, 2.2 -1, 2.2 1, 2 1, 2 -1))', 'pgTAP', 'USLAX'),
       ('port B', 'port_area', 'SRID=4326;POLYGON((3.0 -1, 3.2 -1, 3.2 1, 3.0 1, 3.0 -1))', 'pgTAP', 'CNSHA');
CREATE TEMP TABLE voy_track AS
SELECT ais_track(t, lon, 0, sog, st) AS tr
FROM (VALUES ('2024-04-01 00:00Z'::timestamptz, 2.1::float8, 0::float8, 5), ('2024-04-01 01:00Z', 2.1, 0, 5),
             ('2024-04-01 02:00Z', 2.3, 18, 0), ('2024-04-01 06:00Z', 2.9, 18, 0), ('2024-04-01 07:00Z', 3.1, 0, 5),
             ('2024-04-01 08:00Z', 3.1, 0, 5)) v(t, lon, sog, st);
CREATE TEMP TABLE voy_ship AS
SELECT vessel('container_ship', imo => 9321483, teu => 8000, mcr_kw => 40000, max_speed_kn => 24, keel_laid_year => 2012) AS v;
CREATE TEMP TABLE voy AS SELECT l.* FROM voy_track, voy_ship, ais_voyages(voy_track.tr, voy_ship.v) l;
SELECT is((SELECT (origin::text, destination::text, departure, arrival, hours, gap_hours, fuel_complete) FROM voy),
          ('USLAX'::text, 'CNSHA'::text, '2024-04-01 01:30Z'::timestamptz, '2024-04-01 06:30Z'::timestamptz,
           5::float8, 0::float8, true), 'one leg, from leaving port A to reaching port B');
SELECT ok((SELECT abs(distance_nm - 48.086173128844) < 1e-9 FROM voy), '... 0.8 deg of the equator long');
SELECT is((SELECT (imo(leg), origin(leg)::text, destination(leg)::text) FROM voy), (9321483, 'USLAX'::text, 'CNSHA'::text),
          '... as a voyage value of the ship');
-- the 4 hours 02:00 - 06:00 at 18 kn: load (18/24)^3 = 0.421875, 16,875 kW main engine (SSD, 195 g/kWh of HFO
-- outside an ECA: EPA guidance, energy_factor) = 13.1625 t, plus the auxiliary engines and boiler
SELECT ok((SELECT abs((ais_fuel(vessel('container_ship', teu => 8000, mcr_kw => 40000, max_speed_kn => 24,
                                       keel_laid_year => 2012, aux_kw => 0, boiler_kw => 0), a) ->> 'HFO')::float8
                      - 40000 * 0.421875 * 4 * 195e-6) < 1e-9
           FROM voy_track, ais_activity(voy_track.tr) a WHERE a.t_start = '2024-04-01 02:00Z'),
          'ais_fuel: 40,000 kW x 0.421875 x 4 h x 195 g/kWh = 13.1625 t HFO for the main engine');
SELECT ok((SELECT abs((fuel ->> 'HFO')::float8 - (SELECT sum((ais_fuel(v, a) ->> 'HFO')::float8)
                                                 FROM voy_track, voy_ship, ais_activity(voy_track.tr) a
                                                 WHERE a.t_start >= '2024-04-01 01:30Z' AND a.t_end <= '2024-04-01 06:30Z')) < 1e-12
           FROM voy), 'the leg''s fuel is the fuel of its pieces');
SELECT ok((SELECT abs(tonnes(voyage_emissions(leg), 'CO2') - (SELECT sum(tonnes(ais_emissions(v, a), 'CO2'))
                                                            FROM voy_track, voy_ship, ais_activity(voy_track.tr) a
                                                            WHERE a.t_start >= '2024-04-01 01:30Z' AND a.t_end <= '2024-04-01 06:30Z'))
                  < 1e-9 * tonnes(voyage_emissions(leg), 'CO2') FROM voy),
          'the voyage''s fuel-based CO2 equals the activity CO2 of the leg (HFO 3.114 t/t in both methods)');
-- SOx too: a leg states the sulphur the activity method burnt each fuel at.  Inside the Pacific ECA off California
-- (two ports 0.9 degree of longitude apart at 33 N) the ship burns distillate at 0.1 % (portemis.energy_fuel);
-- 0.8.0 left the leg's MGO to the fuel-based default, the global limit of 0.5 %: five times the SOx.  The two
-- methods then agree but for the low-load form of SOx while maneuvering (below 20 % load): within 0.1 %.
INSERT INTO portemis.zone (name, kind, geom, source, locode)
VALUES ('port C', 'port_area', 'SRID=4326;POLYGON((-120.2 32.5, -120 32.5, -120 33.5, -120.2 33.5, -120.2 32.5))', 'pgTAP', 'USLAX'),
       ('port D', 'port_area', 'SRID=4326;POLYGON((-119.2 32.5, -119 32.5, -119 33.5, -119.2 33.5, -119.2 32.5))', 'pgTAP', 'USLGB');
CREATE TEMP TABLE eca_voy AS
SELECT l.* FROM voy_ship, (SELECT ais_track(t, lon, 33, sog, st) AS tr
                           FROM (VALUES ('2024-04-02 00:00Z'::timestamptz, -120.1::float8, 0::float8, 5), ('2024-04-02 01:00Z', -120.1, 0, 5),
                                        ('2024-04-02 02:00Z', -119.95, 18, 0), ('2024-04-02 04:00Z', -119.25, 18, 0),
                                        ('2024-04-02 05:00Z', -119.1, 0, 5), ('2024-04-02 06:00Z', -119.1, 0, 5)) v(t, lon, sog, st)) s,
     ais_voyages(s.tr, voy_ship.v) l;
SELECT is((SELECT string_agg(format('%s %s', u.fuel, u.sulphur_pct), ', ' ORDER BY u.fuel) FROM eca_voy, fuel_uses(leg) u),
          'MGO 0.1', 'a leg inside an ECA burns distillate at the method''s 0.1 % sulphur (portemis.energy_fuel)');
SELECT ok((SELECT abs(tonnes(voyage_emissions(leg), 'SOx') / (SELECT sum(tonnes(ais_emissions(voy_ship.v, a), 'SOx'))
                      FROM voy_ship, ais_activity((SELECT ais_track(t, lon, 33, sog, st)
                           FROM (VALUES ('2024-04-02 00:00Z'::timestamptz, -120.1::float8, 0::float8, 5), ('2024-04-02 01:00Z', -120.1, 0, 5),
                                        ('2024-04-02 02:00Z', -119.95, 18, 0), ('2024-04-02 04:00Z', -119.25, 18, 0),
                                        ('2024-04-02 05:00Z', -119.1, 0, 5), ('2024-04-02 06:00Z', -119.1, 0, 5)) v(t, lon, sog, st))) a
                      WHERE a.t_start >= e.departure AND a.t_end <= e.arrival) - 1) < 1e-3
           FROM eca_voy e), 'its fuel-based SOx is the activity SOx of the leg within 0.1 % (0.8.0: five times it)');
DELETE FROM portemis.zone WHERE name IN ('port C', 'port D');
SELECT is((SELECT (leg IS NULL, fuel IS NULL, fuel_complete)
           FROM voy_track, ais_voyages(voy_track.tr, vessel('container_ship', teu => 8000)) l),
          (true, true, false), 'without MCR and speed the leg''s fuel is unknown: no voyage value, never a voyage of 0 t');

-- ---- input checks
SELECT throws_ok($$SELECT ais_track(t, lon, lat, sog, st, draught, '0 hours', 50) FROM p$$, '22003', NULL,
                 'max_gap must be positive');
SELECT throws_ok($$SELECT ais_track(t, lon, lat, sog, st, draught, '1 month', 50) FROM p$$, '22023',
                 'max_gap must be given in days, hours or minutes, not months', 'max_gap in months is ambiguous');
SELECT throws_ok($$SELECT ais_track(t, lon, lat, sog, st, draught, '6 hours', 'NaN') FROM p$$, '22023', NULL,
                 'max_speed_kn NaN is refused');
SELECT throws_ok($$SELECT ais_track(t, lon, lat, sog, st, draught, '6 hours', 40 + st) FROM p$$, '22023', NULL,
                 'options that change from row to row are refused');
SELECT throws_ok($$SELECT * FROM ais_activity(ARRAY[('2024-01-02', '2024-01-01', 1, 1, 1, 'sog', 0, NULL, false,
                     0, 0, 0, 0, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL)::portemis.ais_interval])$$, '22023', NULL,
                 'a hand-made interval that ends before it starts is refused');
SELECT throws_ok($$SELECT * FROM ais_activity(ARRAY[('2024-01-01', '2024-01-02', 1, 1, 1, 'sog', 0, NULL, false,
                     0, 95, 0, 0, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL)::portemis.ais_interval])$$, '22023', NULL,
                 '... and one at latitude 95');
SELECT throws_ok($$SELECT * FROM ais_activity(ARRAY[('2024-01-01', '2024-01-02', 1, 'NaN', 1, 'sog', 0, NULL, false,
                     0, 0, 0, 0, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL)::portemis.ais_interval])$$, '22023', NULL,
                 '... and one with a NaN distance');
-- a track from the first to the last time PostgreSQL has: its gap is longer than int64 microseconds hold;
-- ais_activity says it spans too long (it said the track was not one ais_track makes)
SELECT throws_ok($$SELECT ais_activity(ais_track(t, lon, lat, 1, 0))
                   FROM (VALUES ('294276-12-31 23:59:59+00'::timestamptz, 180::float8, 90::float8),
                                ('4713-01-01 00:00:00+00 BC', -180, -90)) v(t, lon, lat)$$, '54000',
                 'ais_activity: interval 1 of the track spans more than 36600 days',
                 'an interval across the whole timestamp range is too long to split, not malformed');
SELECT throws_ok($$SELECT count(*) FROM (SELECT ais_track(t, 0, 0, 0, 0) AS tr
                                        FROM (VALUES ('1900-01-01Z'::timestamptz), ('2024-01-01Z')) v(t)) s,
                                       ais_activity(s.tr)$$, '54000', NULL,
                 'an interval of 124 years is not split into 45,000 days: the times are wrong');
SELECT throws_ok($$SELECT * FROM ais_activity(NULL::portemis.ais_interval[], '{harbour}')$$, '22023',
                 'unknown zone kind "harbour"', 'an unknown zone kind is named');
SELECT throws_ok($$SELECT * FROM ais_activity(NULL::portemis.ais_interval[], ARRAY[NULL, 'eca'])$$, '22004',
                 'zone_kinds must not contain NULL', 'a NULL zone kind is refused as such (0.8.0: unknown zone kind "NULL")');
SELECT is((SELECT count(*)::int FROM ais_activity(NULL)), 0, 'a NULL track has no activity');
SELECT is((SELECT speed_source FROM ais_activity(ARRAY[('2024-01-01', '2024-01-01 01:00', 1, 1, 1, NULL, NULL, NULL, false,
              0, 0, 0.01, 0, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL)::portemis.ais_interval])),
          'none', 'a hand-made interval without a speed source is read as none (0.4.0 under review crashed here)');
-- a receiver's default position first (0 N 0 E), then a ship off Los Angeles every hour: the first ping is
-- the jump, not the four after it
CREATE TEMP TABLE island AS
SELECT i.* FROM (SELECT ais_track(t, lon, lat, 10, 0) AS tr FROM (VALUES
    ('2024-01-01 00:00Z'::timestamptz, 0::float8, 0::float8), ('2024-01-01 00:01Z', -118.3, 33.7),
    ('2024-01-01 01:01Z', -118.5, 33.6), ('2024-01-01 02:01Z', -118.7, 33.5), ('2024-01-01 03:01Z', -118.9, 33.4)) v(t, lon, lat)) s,
    unnest(s.tr) i;
SELECT is((SELECT (count(*), sum(hours), sum(pings_rejected)) FROM island), (3::bigint, 3::float8, 1::bigint),
          'a bad first ping is rejected and the track starts at the next two that agree');
SELECT is((SELECT min(t_start) FROM island), '2024-01-01 00:01Z'::timestamptz, '... at the second ping');
-- a bad fix just after a gap: along the equator at 15 kn (0.25 deg an hour), silent from 01:00 to 10:00; at
-- 09:00 a report at 6 E, 5.75 deg (345.6 nm) from the last, 43 kn over the 8 hours: a jump the gap lets
-- through. The good reports after it (2.5 E at 10:00, then 0.25 deg an hour) are 210, 97 and 60 kn from it:
-- only one of the next four is within 50 kn of 6 E, all three of 2.5 E, so the bad fix is taken back and the
-- gap runs from 01:00 to 10:00, 2.25 deg (135.242361925 nm)
CREATE TEMP TABLE aftergap AS
SELECT i.* FROM (SELECT ais_track(t, lon, 0, 15, 0) AS tr FROM (VALUES
    ('2024-01-01 00:00Z'::timestamptz, 0::float8), ('2024-01-01 01:00Z', 0.25), ('2024-01-01 09:00Z', 6),
    ('2024-01-01 10:00Z', 2.5), ('2024-01-01 11:00Z', 2.75), ('2024-01-01 12:00Z', 3), ('2024-01-01 13:00Z', 3.25)) v(t, lon)) s,
    unnest(s.tr) i;
SELECT is((SELECT array_agg(hours ORDER BY t_start) FROM aftergap), '{1,9,1,1,1}'::float8[],
          'a bad fix after a gap is taken back: the good reports after it are kept');
SELECT is((SELECT (gap, lon_end, pings_rejected, round(distance_nm::numeric, 9)) FROM aftergap WHERE t_start = '2024-01-01 01:00Z'),
          (true, 2.5::float8, 1, 135.242361925), '... the gap ends at the first good report and counts the bad one');
-- two reports at a receiver's default position (0 N 0 E) between good ones: each is a jump, and the good
-- reports after them agree with the track, not with 0 N 0 E: both rejected, the track kept
CREATE TEMP TABLE twobad AS
SELECT i.* FROM (SELECT ais_track(t, lon, lat, 10, 0) AS tr FROM (VALUES
    ('2024-01-01 00:00Z'::timestamptz, -118.3::float8, 33.7::float8), ('2024-01-01 00:10Z', 0, 0), ('2024-01-01 00:20Z', 0, 0),
    ('2024-01-01 01:00Z', -118.5, 33.6), ('2024-01-01 02:00Z', -118.7, 33.5), ('2024-01-01 03:00Z', -118.9, 33.4)) v(t, lon, lat)) s,
    unnest(s.tr) i;
SELECT is((SELECT (array_agg(lon_start ORDER BY t_start), sum(hours), sum(pings_rejected)) FROM twobad),
          ('{-118.3,-118.5,-118.7}'::float8[], 3::float8, 2::bigint), 'two bad fixes that agree with each other do not take the track over');
SELECT is((SELECT ais_track(t, lon, lat, sog, st) FROM p WHERE false), NULL, 'no pings: NULL track');
SELECT is((SELECT (tr[1]).hours FROM (SELECT ais_track(t, lon, lat, 10, 0) AS tr FROM (VALUES
               ('294276-12-31 23:59:58.999999+00'::timestamptz, 0::float8, 0::float8),
               ('294276-12-31 23:59:59.999999+00', 0.0001, 0)) v(t, lon, lat)) s),
          1 / 3600.0::float8, 'one second at the end of the timestamp range is 1/3600 h exactly (microseconds subtracted in 64 bits)');
SELECT is((SELECT ais_track(t, lon, lat, sog, st) = '{}' FROM p WHERE t = '2024-01-01 23:00Z'), true,
          'one ping: an empty track, the standard empty array');
-- a report, then 200,000 reports at one later time 6,000 nm away: each is a jump with nothing after it at
-- another time to decide; deciding must not rescan the run each time (0.5.0 under review took 51 s)
SET LOCAL statement_timeout = '10s';
SELECT is((SELECT (i.hours, i.pings_rejected) FROM (SELECT ais_track(t, lon, lat, 12, 0) AS tr FROM (
               SELECT '2024-01-01 00:00Z'::timestamptz AS t, 0::float8 AS lon, 0::float8 AS lat
               UNION ALL SELECT '2024-01-01 00:01Z', 90, 45 FROM generate_series(1, 200000)) v) s, unnest(s.tr) i),
          (0::float8, 200000), 'a long run of jumps at one time: all rejected, in linear time');
RESET statement_timeout;

-- ---- identifiers and the real NOAA fixture (MarineCadastre, 2022-01-03, off Los Angeles/Long Beach)
SELECT is(ARRAY[ais_imo('IMO9321483'), ais_imo(' 9321483 '), ais_imo('IMO0000000'), ais_imo('IMO9321484'), ais_imo('')],
          ARRAY[9321483, 9321483, NULL, NULL, NULL], 'ais_imo: placeholders and bad check digits are NULL');
-- the C ais_imo against its definition as a regular expression (0.6.0's SQL form), on 20,000 strings:
-- valid and invalid numbers, with and without IMO, blanks, tabs, 6 and 8 digits, lower case, junk
SELECT is((SELECT count(*)::int FROM (
               SELECT s, CASE WHEN portemis.imo_number_valid(m) THEN m END AS by_regex
               FROM (SELECT s, substring(s FROM '^\s*(?:IMO)?\s*([0-9]{7})\s*$')::integer AS m
                     FROM (SELECT (ARRAY['', ' ', E'\t', 'IMO', 'imo', 'IMO ', 'IM0', 'x'])[1 + (k % 8)]
                                  || substr((9000000 + k * 37)::text, 1, 6 + (k / 8) % 3)
                                  || (ARRAY['', ' ', E'\t ', 'x', '0'])[1 + (k / 24) % 5] AS s
                           FROM generate_series(0, 19999) k) g) r) x
           WHERE ais_imo(s) IS DISTINCT FROM by_regex), 0,
          'ais_imo equals its regular-expression definition on 20,000 strings');
SELECT is((SELECT count(ais_imo(s)) > 500 AND count(*) - count(ais_imo(s)) > 500
           FROM (SELECT (ARRAY['', ' ', E'\t', 'IMO', 'imo', 'IMO ', 'IM0', 'x'])[1 + (k % 8)]
                        || substr((9000000 + k * 37)::text, 1, 6 + (k / 8) % 3)
                        || (ARRAY['', ' ', E'\t ', 'x', '0'])[1 + (k / 24) % 5] AS s
                 FROM generate_series(0, 19999) k) g), true,
          '... strings of which hundreds are IMO numbers and hundreds are not');
CREATE TEMP TABLE raw (mmsi int, basedatetime timestamp, lat float8, lon float8, sog float8, cog float8, heading float8,
    vesselname text, imo text, callsign text, vesseltype int, status int, length float8, width float8, draft float8,
    cargo int, transceiverclass text);
\set file :fixture_dir '/ais_socal_sample.csv'
\set load '\\copy raw FROM ' :'file' ' WITH (FORMAT csv, HEADER true)'
:load
SELECT is((SELECT sum(1 + coalesce((SELECT count(*) FILTER (WHERE i.hours > 0)
                                           + sum(i.pings_duplicate + i.pings_rejected + i.pings_unusable) FROM unnest(s.tr) i), 0))::int
           FROM (SELECT mmsi, ais_track(basedatetime AT TIME ZONE 'UTC', lon, lat, sog, status) tr FROM raw GROUP BY mmsi) s),
          (SELECT count(*)::int FROM raw),
          'real pings: every one is an interval''s end, a track''s first, or counted as dropped');

-- Several reports of one ship at one time (9 ships of the README's fixture have them, at 00:00:00 and miles apart,
-- at the MarineCadastre file's start): the track does not depend on the order the rows are read in (0.8.0 kept
-- the first read: the README's inventory had 43 or 81 nm by the rows' order alone)
CREATE TEMP TABLE cargo_raw (LIKE raw);
\set file :fixture_dir '/ais_socal_cargo.csv'
\set load '\\copy cargo_raw FROM ' :'file' ' WITH (FORMAT csv, HEADER true)'
:load
SELECT is((SELECT count(DISTINCT mmsi)::int FROM (SELECT mmsi, basedatetime FROM cargo_raw GROUP BY mmsi, basedatetime
                                                  HAVING count(DISTINCT (lon, lat)) > 1) d), 9,
          'the README''s fixture has 9 ships with reports at one time and different positions');
SELECT is((SELECT count(*)::int FROM (
               SELECT mmsi, ais_track(basedatetime AT TIME ZONE 'UTC', lon, lat, sog, status ORDER BY lon, lat, sog)::text AS a,
                      ais_track(basedatetime AT TIME ZONE 'UTC', lon, lat, sog, status ORDER BY lon DESC, lat DESC, sog DESC)::text AS b
               FROM cargo_raw GROUP BY mmsi) s WHERE a IS DISTINCT FROM b), 0,
          'every ship''s track is the same whatever the order of its rows');
-- Of reports at one time the one nearer the track is kept: the last interval's start (0 E: 0.1 E, not 0.5 E),
-- or at the track's start the next report (0.95 E: 1 E, not 0 E); 0.05 degree on the equator is 3.0053858 nm
SELECT is((SELECT string_agg(format('%s %s', ord, (tr[2]).lon_start), ', ' ORDER BY ord)
           FROM (SELECT 'up' AS ord, ais_track(t, lon, 0, 10, 0 ORDER BY lon) AS tr FROM (VALUES ('2024-01-01 00:00Z'::timestamptz, 0.0),
                     ('2024-01-01 01:00Z', 0.5), ('2024-01-01 01:00Z', 0.1), ('2024-01-01 02:00Z', 0.3)) v(t, lon)
                 UNION ALL
                 SELECT 'down', ais_track(t, lon, 0, 10, 0 ORDER BY lon DESC) FROM (VALUES ('2024-01-01 00:00Z'::timestamptz, 0.0),
                     ('2024-01-01 01:00Z', 0.5), ('2024-01-01 01:00Z', 0.1), ('2024-01-01 02:00Z', 0.3)) v(t, lon)) s),
          'down 0.1, up 0.1', 'of two reports at one time, the one nearer the last interval''s start is kept, read in either order');
SELECT is((SELECT string_agg(format('%s %s %s', ord, (tr[1]).lon_start, round((tr[1]).distance_nm::numeric, 6)), ', ' ORDER BY ord)
           FROM (SELECT 'up' AS ord, ais_track(t, lon, 0, 10, 0 ORDER BY lon) AS tr FROM (VALUES ('2024-01-01 00:00Z'::timestamptz, 0.0),
                     ('2024-01-01 00:00Z', 1.0), ('2024-01-01 01:00Z', 0.95)) v(t, lon)
                 UNION ALL
                 SELECT 'down', ais_track(t, lon, 0, 10, 0 ORDER BY lon DESC) FROM (VALUES ('2024-01-01 00:00Z'::timestamptz, 0.0),
                     ('2024-01-01 00:00Z', 1.0), ('2024-01-01 01:00Z', 0.95)) v(t, lon)) s),
          'down 1 3.005386, up 1 3.005386', '... and at the track''s start, the one nearer the next report');
SELECT is((SELECT count(DISTINCT tr::text)::int
           FROM (SELECT ais_track(t, lon, 0, 10, 0 ORDER BY k) AS tr FROM (VALUES (1, '2024-01-01 00:00Z'::timestamptz, '-0'::float8),
                     (2, '2024-01-01 00:00Z', 0), (3, '2024-01-01 01:00Z', 0.1)) v(k, t, lon)
                 UNION ALL
                 SELECT ais_track(t, lon, 0, 10, 0 ORDER BY k DESC) FROM (VALUES (1, '2024-01-01 00:00Z'::timestamptz, '-0'::float8),
                     (2, '2024-01-01 00:00Z', 0), (3, '2024-01-01 01:00Z', 0.1)) v(k, t, lon)) s), 1,
          '... even between -0 and 0');
-- A SOG faster than max_speed_kn is no speed: 102.2 is AIS's "102.2 knots or higher" (MMSI 368123980 in
-- ../shared's NOAA file reports it at rest); the speed is then derived from the positions: 0 kn
SELECT is((SELECT (i.speed_kn, i.speed_source) FROM unnest((SELECT ais_track(t, -120, 33, 102.2, 0)
           FROM (VALUES ('2024-06-01 10:00Z'::timestamptz), ('2024-06-01 11:00Z')) v(t))) i),
          (0::float8, 'derived'::text), 'a SOG above max_speed_kn (102.2 kn) is not taken: the speed is derived');
-- ... and with max_speed_kn raised above it, 102.2 is still a bound, not a speed: 0.02 deg of longitude at 33 N
-- in 10 min is 1.0092 nm (PostGIS ST_Distance on geography), 6.06 kn
SELECT is((SELECT (round(i.speed_kn::numeric, 2), i.speed_source)
           FROM unnest((SELECT ais_track(t, lon, 33, 102.2, 0, NULL, NULL, 200)
                        FROM (VALUES ('2024-06-01 10:00Z'::timestamptz, -118.0), ('2024-06-01 10:10Z', -118.02)) v(t, lon))) i),
          (round((ST_Distance('SRID=4326;POINT(-118 33)'::geography, 'SRID=4326;POINT(-118.02 33)'::geography) / 1852 * 6)::numeric, 2),
           'derived'::text),
          'SOG 102.2 ("102.2 kn or more") is never taken as the speed, even under max_speed_kn 200: 6.06 kn derived');

-- GLOVIS CAPTAIN (MMSI 538006167) reports 33.30 N 118.04 W, then 4 min 17 s later 34.15 N 119.21 W (about
-- 75 nm: over 1,000 kn; two transmitters on one MMSI, or a bad fix): the second is rejected, and the track
-- of one kept ping is one zero-hour interval that carries the count
SELECT is((SELECT (i.hours, i.speed_kn, i.speed_source, i.pings_rejected, i.lat_start)
           FROM (SELECT ais_track(basedatetime AT TIME ZONE 'UTC', lon, lat, sog, status) tr FROM raw WHERE mmsi = 538006167) s,
                unnest(s.tr) i),
          (0::float8, NULL::float8, 'none'::text, 1, 33.29979::float8),
          'a real impossible jump: rejected, counted in a zero-hour interval at the kept ping');
SELECT is((SELECT (a.hours, a.zones) FROM (SELECT ais_track(basedatetime AT TIME ZONE 'UTC', lon, lat, sog, status) tr
                                           FROM raw WHERE mmsi = 538006167) s, ais_activity(s.tr, '{eca}') a),
          (0::float8, ARRAY['North American ECA (Pacific coast)']), '... which ais_activity places (inside the Pacific ECA)');

-- the first keel year of Tier III, by zone: the shipped ECAs' dates, and a user ECA whose date is not a 1 January
-- (a ship laid in 2026 may be laid before 1 July: only 2027 is wholly after it); the earliest where zones overlap
INSERT INTO portemis.zone (name, kind, sulphur_pct, nox_tier3_from, geom, source)
VALUES ('mid-year ECA', 'eca', 0.1, '2026-07-01', 'SRID=4326;POLYGON((50 0, 51 0, 51 1, 50 1, 50 0))', 'pgTAP');
SELECT is((SELECT string_agg(coalesce(portemis._eca_tier3_year(z, '2025-06-01Z')::text, 'none'), ' ')
           FROM (VALUES (ARRAY['North American ECA (Pacific coast)']), (ARRAY['North Sea ECA']), (ARRAY['Mediterranean Sea ECA']),
                        (ARRAY['mid-year ECA']), (ARRAY['North Sea ECA', 'North American ECA (Pacific coast)']), ('{}'::text[])) v(z)),
          '2016 2021 none 2027 2016 none', 'the first keel year of Tier III by ECA (2016, 2021, none, 2027; the earliest of two)');
DELETE FROM portemis.zone WHERE name = 'mid-year ECA';
-- NOx Tier III by the ECA's own date (MARPOL Annex VI reg. 13.5.1): 2016 off North America, 2021 in the North
-- Sea, none in the Mediterranean.  One hour at 16 kn of a 10,000 TEU ship (57,000 kW, 25 kn): main engine
-- 57,000 x (16/25)^3 = 14,942.208 kWh, auxiliaries 1,630 kWh (EPA-420-B-22-011 Appendix E, container ship of
-- 8,000-12,000 TEU at sea), MGO in an ECA (the EPA reference code's NOx factors, Starcrest 2021): Tier II 14.4
-- (SSD) and 10.5 (MSD) g/kWh: 215,167.8 + 17,115 g = 0.232283 t; Tier III 3.4 and 2.6 g/kWh: 50,803.5 + 4,238 g
-- = 0.055042 t.
SELECT is((SELECT string_agg(format('%s %s %s', area, keel, round(tonnes(ais_emissions(
                    vessel('container_ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25, keel_laid_year => keel), a),
                    'NOx')::numeric, 6)), ', ' ORDER BY area, keel)
           FROM (SELECT area, ais_track(t, lon, lat, 16, 0) AS tr
                 FROM (VALUES ('med', '2025-06-01 10:00Z'::timestamptz, 18.0, 34.0), ('med', '2025-06-01 11:00Z', 18.32, 34.0),
                              ('north_sea', '2024-06-01 10:00Z', 3.0, 55.0), ('north_sea', '2024-06-01 11:00Z', 3.46, 55.0),
                              ('pacific', '2024-06-01 10:00Z', -120.0, 33.0), ('pacific', '2024-06-01 11:00Z', -120.3, 33.0))
                      p(area, t, lon, lat) GROUP BY area) s,
                ais_activity(s.tr, '{eca}') a, (VALUES (2018), (2021)) k(keel)),
          'med 2018 0.232283, med 2021 0.232283, north_sea 2018 0.232283, north_sea 2021 0.055042, pacific 2018 0.055042, pacific 2021 0.055042',
          'ais_emissions: NOx Tier III where the ECA''s own date reaches the keel year (none in the Mediterranean, 2021 in the North Sea)');

-- a zone kind not asked for is unknown (NULL), not false: ais_emissions counts an unknown ECA flag as inside
-- (as for an interval not split), so a port team asking for its harbour kinds alone does not burn HFO at berth in
-- the North American ECA.  The same hour as above, off California (inside the Pacific ECA).
CREATE TEMP TABLE pacific AS
SELECT ais_track(t, lon, 33.0, 16, 0) AS tr
FROM (VALUES ('2024-06-01 10:00Z'::timestamptz, -120.0), ('2024-06-01 11:00Z', -120.3)) p(t, lon);
SELECT is((SELECT (a.at_berth, a.in_anchorage, a.in_port_area, a.in_inventory, a.in_eca)
           FROM pacific s, ais_activity(s.tr, '{berth}') a),
          (false, NULL::boolean, NULL::boolean, NULL::boolean, NULL::boolean), 'zone_kinds {berth}: at_berth false, the other kinds unknown (NULL)');
SELECT is((SELECT array_agg(coalesce(a.at_berth::text, 'NULL') || ' ' || coalesce(a.in_eca::text, 'NULL'))
           FROM pacific s, ais_activity(s.tr, '{}') a),
          ARRAY['NULL NULL'], 'zone_kinds {}: every flag unknown');
SELECT is((SELECT ais_emissions(vessel('container_ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25, keel_laid_year => 2018), a)::text
           FROM pacific s, ais_activity(s.tr, '{port_area}') a),
          (SELECT ais_emissions(vessel('container_ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25, keel_laid_year => 2018), a)::text
           FROM pacific s, ais_activity(s.tr, '{eca}') a),
          'ais_emissions of a piece split at port areas only equals the ECA-split piece''s (MGO, Tier III), not outside-ECA HFO');

-- days of a time zone (ais_activity's third argument): a port's own calendar.  Los Angeles is UTC-8 in winter:
-- 22:00 -> 02:00 local on new year's night is 06:00Z -> 10:00Z, split at 08:00Z (local midnight), not at all in UTC
CREATE TEMP TABLE ny AS
SELECT ais_track(t, lon, 33.5, 10, 0) AS tr
FROM (VALUES ('2024-01-01 06:00Z'::timestamptz, -118.3::float8), ('2024-01-01 10:00Z', -118.7)) p(t, lon);
SELECT is((SELECT array_agg(a.t_start::text || ' ' || a.hours ORDER BY a.t_start) FROM ny, ais_activity(ny.tr, '{}', 'America/Los_Angeles') a),
          ARRAY['2024-01-01 06:00:00+00 2', '2024-01-01 08:00:00+00 2'],
          'time_zone America/Los_Angeles: split at the local new year, 08:00 UTC');
SELECT is((SELECT count(*)::int FROM ny, ais_activity(ny.tr, '{}', NULL) a), 1, '... NULL: UTC''s days, no midnight inside');
SELECT ok((SELECT abs(sum(a.distance_nm) - (SELECT i.distance_nm FROM ny, unnest(ny.tr) i)) < 1e-12
           FROM ny, ais_activity(ny.tr, '{}', 'America/Los_Angeles') a), '... the pieces add up to the interval''s distance');
-- daylight saving time: the local day of 2024-03-10 has 23 hours (08:00Z to 07:00Z), that of 2024-11-03 25
SELECT is((SELECT array_agg(a.hours ORDER BY a.t_start)
           FROM (SELECT ais_track(t, -118.3, 33.5, 0, 1, NULL, '4 days', NULL) tr
                 FROM (VALUES ('2024-03-09 12:00Z'::timestamptz), ('2024-03-12 12:00Z')) p(t)) s,
                ais_activity(s.tr, '{}', 'America/Los_Angeles') a),
          ARRAY[20, 23, 24, 5]::float8[], 'the spring-forward day has 23 hours');
SELECT is((SELECT array_agg(a.hours ORDER BY a.t_start)
           FROM (SELECT ais_track(t, -118.3, 33.5, 0, 1, NULL, '4 days', NULL) tr
                 FROM (VALUES ('2024-11-02 12:00Z'::timestamptz), ('2024-11-04 12:00Z')) p(t)) s,
                ais_activity(s.tr, '{}', 'America/Los_Angeles') a),
          ARRAY[19, 25, 4]::float8[], '... the fall-back day 25');
-- Beirut moved its clocks from 00:00 to 01:00 on 2024-03-31: that day starts at its first instant, 22:00Z
SELECT is((SELECT array_agg(a.t_start::text ORDER BY a.t_start)
           FROM (SELECT ais_track(t, 35.3, 33.9, 0, 1, NULL, '4 days', NULL) tr
                 FROM (VALUES ('2024-03-30 12:00Z'::timestamptz), ('2024-04-01 12:00Z')) p(t)) s,
                ais_activity(s.tr, '{}', 'Asia/Beirut') a),
          ARRAY['2024-03-30 12:00:00+00', '2024-03-30 22:00:00+00', '2024-03-31 21:00:00+00'],
          'a day whose midnight daylight saving skips starts at its first instant');
SELECT throws_ok($$SELECT * FROM ais_activity(NULL, NULL, 'Mars/Olympus')$$, '22023', NULL, 'an unknown time zone is refused');
-- Havana's clocks went back from 01:00 to 00:00 on 2023-11-05 (UTC-4 to UTC-5): midnight came twice, at 04:00Z
-- and 05:00Z, and the day began at the first: 12:00Z 4 Nov -> 04:00Z is 16 h, the day 25 h (to 05:00Z 6 Nov), 7 h
SELECT is((SELECT array_agg(a.hours ORDER BY a.t_start)
           FROM (SELECT ais_track(t, -82.4, 23.1, 0, 1, NULL, '4 days', NULL) tr
                 FROM (VALUES ('2023-11-04 12:00Z'::timestamptz), ('2023-11-06 12:00Z')) p(t)) s,
                ais_activity(s.tr, '{}', 'America/Havana') a),
          ARRAY[16, 25, 7]::float8[], 'a midnight that comes twice: the day starts at the first');
-- Samoa skipped 30 December 2011 (UTC-10 to UTC+14) after a daylight-saving start on 24 September: a gap from
-- 23:59 on 19 September to 00:01 on 1 January 2012, local, has a piece for each of the 101 days from 20 September
-- to 29 December and for 31 December, one minute on either side, none for the missing day
SELECT is((SELECT (count(*), sum(a.hours) = extract(epoch FROM timestamptz '2011-12-31 10:01Z' - '2011-09-20 10:59Z') / 3600)
           FROM (SELECT ais_track(t, -171.8, -13.8, 0, 1, NULL, '366 days', NULL) tr
                 FROM (VALUES ('2011-09-20 10:59Z'::timestamptz), ('2011-12-31 10:01Z')) p(t)) s,
                ais_activity(s.tr, '{}', 'Pacific/Apia') a),
          (104::bigint, true), 'a zone that skipped a day: 102 whole days and two one-minute pieces, every hour kept');
-- Kathmandu is UTC+5:45: 18:00Z -> 19:00Z on 1 January is 23:45 -> 00:45 local, split at 18:15Z
SELECT is((SELECT array_agg(a.hours ORDER BY a.t_start)
           FROM (SELECT ais_track(t, 85.3, 27.7, 0, 1) tr FROM (VALUES ('2024-01-01 18:00Z'::timestamptz), ('2024-01-01 19:00Z')) p(t)) s,
                ais_activity(s.tr, '{}', 'Asia/Kathmandu') a),
          ARRAY[0.25, 0.75]::float8[], 'a zone 5:45 ahead of UTC splits at its own midnight');
-- an interval from one local midnight to the next is one piece; so is a zero-hour one (a kept ping and a duplicate)
SELECT is((SELECT array_agg(a.hours)
           FROM (SELECT ais_track(t, -118.3, 33.5, 0, 1, NULL, '2 days', NULL) tr
                 FROM (VALUES ('2024-01-01 08:00Z'::timestamptz), ('2024-01-02 08:00Z')) p(t)) s,
                ais_activity(s.tr, '{}', 'America/Los_Angeles') a),
          ARRAY[24]::float8[], 'from local midnight to local midnight: one piece of 24 hours');
SELECT is((SELECT array_agg(a.hours || ' ' || a.pings_duplicate)
           FROM (SELECT ais_track(t, -118.3, 33.5, 0, 1) tr FROM (VALUES ('2024-01-01 08:00Z'::timestamptz), ('2024-01-01 08:00Z')) p(t)) s,
                ais_activity(s.tr, '{}', 'America/Los_Angeles') a),
          ARRAY['0 1'], 'a zero-hour interval at a local midnight: one piece, its duplicate counted');
-- at the end of the timestamps' range the next local midnight cannot be written, and is not needed
SELECT is((SELECT count(*)::int
           FROM (SELECT ais_track(t, -118.3, 33.5, 0, 1) tr FROM (VALUES ('294276-12-31 10:00Z'::timestamptz), ('294276-12-31 11:00Z')) p(t)) s,
                ais_activity(s.tr, '{}', 'America/Los_Angeles') a),
          1, 'the last hours of the timestamps'' range: one piece, no error');

SELECT * FROM finish();
ROLLBACK;
