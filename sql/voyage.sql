-- voyage: one leg with its fuel uses
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS portemis CASCADE;
RESET client_min_messages;

-- the full literal; keys in any order, extra whitespace, lower-case codes,
-- a zone offset: output is canonical, in UTC, fuel uses sorted by code
SELECT '  fuels = [ mgo 12.5 t ,HFO 410.2t S = 0.48 % ] , cargo_t=61000,distance_nm = 5712.5,
        arrival=2024-03-15T20:00:00.5+09:00, departure=2024-03-01t08:00z, destination=cn sha,
        origin=USLAX, imo=IMO9811000 '::voyage;
-- the minimal literal: origin, destination, departure, arrival
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00:00Z, arrival=2024-01-01T00:00:00Z'::voyage;
-- fractional seconds keep their precision; offsets +hh, +hhmm, -hh:mm
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00:00.000001-08, arrival=2024-01-02T00:00:00.123+0530'::voyage;
-- the same fuel twice at different sulphur contents is two fuel uses
SELECT 'origin=USLGB, destination=SGSIN, departure=2024-01-01T00:00Z, arrival=2024-01-20T00:00Z, fuels=[HFO 100 t S=2.5%, HFO 300 t S=0.48%, HFO 5 t, LNG_OTTO_MS 0 t]'::voyage;
-- shortest exact floats: these print as typed and read back bit-identical
SELECT v, v::text::voyage = v AS round_trips
FROM (SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, distance_nm=0.1, cargo_t=1e+22, fuels=[HFO 0.30000000000000004 t S=1e-05%, MGO 5e-324 t]'::voyage) s(v);
-- timestamps do not depend on the session's TimeZone or DateStyle
SET TimeZone = 'Asia/Tokyo'; SET DateStyle = 'SQL, DMY';
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T09:00:00+09:00, arrival=2024-01-02T00:00Z'::voyage;
SELECT departure('origin=USLAX, destination=JPTYO, departure=2024-01-01T09:00:00+09:00, arrival=2024-01-02T00:00Z');
RESET TimeZone; RESET DateStyle;
SET TimeZone = 'UTC';

-- rejected literals: malformed text is 22P02, out-of-range numbers 22003,
-- invalid values 22023; each names the offending token
\set VERBOSITY default
SELECT ''::voyage;
SELECT 'origin=USLAX'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, ship=1'::voyage;
SELECT 'origin=USLAX, origin=USLGB, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z'::voyage;
SELECT 'origin=USLAX destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z,'::voyage;
SELECT 'origin=US1AX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z'::voyage;
SELECT 'imo=9811001, origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z'::voyage;
SELECT 'imo=981100, origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-02T00:00Z, arrival=2024-01-01T23:59:59.999999Z'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01 00:00Z, arrival=2024-01-02T00:00Z'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00, arrival=2024-01-02T00:00Z'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2023-02-29T00:00Z, arrival=2024-01-02T00:00Z'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T24:00Z, arrival=2024-01-02T00:00Z'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=0001-01-01T00:00+01:00, arrival=2024-01-02T00:00Z'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00:00.1234567Z, arrival=2024-01-02T00:00Z'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=infinity, arrival=2024-01-02T00:00Z'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, distance_nm=-1'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, distance_nm=NaN'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, distance_nm=Infinity'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, distance_nm=1e999'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, distance_nm=0x10'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, cargo_t=-0.5'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[HFO -3 t]'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[HFO 3]'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[HFO 3 kg]'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[HFO 3 t S=101%]'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[HFO 3 t S=0.5]'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[HFO 3 t, hfo 4 t]'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[HF-O 3 t]'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[HFO 3 t'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[A 1 t, B 1 t, C 1 t, D 1 t, E 1 t, F 1 t, G 1 t, H 1 t, I 1 t, J 1 t, K 1 t, L 1 t, M 1 t, N 1 t, O 1 t, P 1 t, Q 1 t]'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456 1 t]'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z junk'::voyage;
\set VERBOSITY sqlstate
SELECT 'origin=USLAX'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, distance_nm=-1'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, distance_nm=1e999'::voyage;
SELECT 'imo=9811001, origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z'::voyage;
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-02T00:00Z, arrival=2024-01-01T00:00Z'::voyage;
\set VERBOSITY default

-- the constructor from ordinary columns
SELECT voyage(9811000, 'USLAX', 'CNSHA', '2024-03-01 08:00+00', '2024-03-15 20:00+00', 5712.5, 61000,
              '{"HFO": {"t": 410.2, "sulphur_pct": 0.48}, "mgo": 12.5}');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01 08:00+00', '2024-03-15 20:00+00');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01 08:00+00', '2024-03-15 20:00+00', fuels => '{}');
-- it validates like text input
\set VERBOSITY default
SELECT voyage(9811001, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15');
SELECT voyage(123, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15');
SELECT voyage(NULL, NULL, 'CNSHA', '2024-03-01', '2024-03-15');
SELECT voyage(NULL, 'USLAX', 'CNSHA', NULL, '2024-03-15');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-16', '2024-03-15');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '-infinity', '2024-03-15');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15', 'NaN');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15', 'Infinity');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15', -5);
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15', cargo_t => -1);
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15', fuels => '[1, 2]');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15', fuels => '{"HFO": "many"}');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15', fuels => '{"HFO": -1}');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15', fuels => '{"HFO": 1e400}');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15', fuels => '{"HFO": {"tonnes": 1}}');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15', fuels => '{"HFO": {"sulphur_pct": 0.5}}');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15', fuels => '{"HFO": {"t": 1, "sulphur_pct": 150}}');
SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01', '2024-03-15', fuels => '{"heavy fuel": 1}');

-- accessors
CREATE TABLE leg (id int, v voyage);
INSERT INTO leg VALUES
 (1, 'imo=9811000, origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00:00Z, arrival=2024-03-15T20:00:00Z, distance_nm=5712.5, cargo_t=61000, fuels=[HFO 410.2 t S=0.48%, MGO 12.5 t]'),
 (2, 'origin=CNSHA, destination=USLAX, departure=2024-04-01T00:00:00Z, arrival=2024-04-13T12:00:00Z'),
 (3, 'imo=9321483, origin=SGSIN, destination=USLGB, departure=2024-05-01T00:00:00Z, arrival=2024-05-20T06:30:00Z, distance_nm=7800, cargo_t=0, fuels=[LNG_DIESEL_SS 900 t, MGO 20 t S=0.08%]');
-- leg 2 reports no fuel uses: its fuel, of any code, is unknown (NULL), not 0; leg 1 burnt no methanol (0)
SELECT id, imo(v), origin(v), destination(v), departure(v), arrival(v), duration_h(v),
       distance_nm(v), cargo_t(v), fuel_t(v), fuel_t(v, 'hfo') AS hfo_t, fuel_t(v, 'MGO') AS mgo_t,
       fuel_t(v, 'METHANOL') AS methanol_t
FROM leg ORDER BY id;
SELECT id, f.* FROM leg, fuel_uses(v) f ORDER BY id, f.fuel;
SELECT fuel_t(v, 'not a code') FROM leg WHERE id = 1;

-- equality, ordering, DISTINCT, GROUP BY, UNIQUE, hash join
SELECT a.id, b.id FROM leg a JOIN leg b ON a.v = b.v ORDER BY 1;
SELECT id FROM leg ORDER BY v DESC;
INSERT INTO leg SELECT 4, v FROM leg WHERE id = 1;
SELECT count(*), count(DISTINCT v) FROM leg;
SELECT origin(v), count(*) FROM leg GROUP BY v ORDER BY 1;
CREATE UNIQUE INDEX ON leg (v) WHERE id < 4;
INSERT INTO leg SELECT 5, v FROM leg WHERE id = 2;
CREATE INDEX leg_hash ON leg USING hash (v);
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM leg a JOIN leg b ON a.v = b.v;
SELECT count(*) FROM leg a JOIN leg b ON a.v = b.v;
RESET enable_mergejoin; RESET enable_nestloop;
-- fuel-use order in the literal does not matter; sulphur does
SELECT 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[MGO 1 t, HFO 2 t]'::voyage
     = 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[HFO 2 t, MGO 1 t]'::voyage AS same,
       'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[HFO 2 t]'::voyage
     = 'origin=USLAX, destination=JPTYO, departure=2024-01-01T00:00Z, arrival=2024-01-02T00:00Z, fuels=[HFO 2 t S=0.5%]'::voyage AS differs;

-- binary COPY round trip
COPY (SELECT id, v FROM leg WHERE id <= 3 ORDER BY id) TO '/tmp/portemis_voyage.bin' WITH (FORMAT binary);
CREATE TEMP TABLE leg_bin (id int, v voyage);
COPY leg_bin FROM '/tmp/portemis_voyage.bin' WITH (FORMAT binary);
SELECT count(*) AS identical FROM leg_bin b JOIN leg l USING (id) WHERE b.v = l.v;
SELECT voyage_send('origin=USLAX, destination=JPTYO, departure=2000-01-01T00:00Z, arrival=2000-01-01T00:00:01Z, fuels=[HFO 1 t]');
-- binary input goes through the same validation as text input; each case
-- alters the bytes of a valid message (layout in src/pg/voyage.c)
CREATE TEMP TABLE bin_in (v voyage);
CREATE FUNCTION pg_temp.voyage_from_binary(b bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    TRUNCATE bin_in;
    EXECUTE format('COPY (SELECT %L::bytea) TO %L WITH (FORMAT binary)', b, '/tmp/portemis_voyage_recv.bin');
    COPY bin_in FROM '/tmp/portemis_voyage_recv.bin' WITH (FORMAT binary);
    SELECT v::text INTO result FROM bin_in;
    RETURN result;
END $$;
CREATE TEMP TABLE good AS SELECT voyage_send('origin=USLAX, destination=JPTYO, departure=2000-01-01T00:00Z, arrival=2000-01-01T00:00:01Z, fuels=[HFO 1 t]') AS b;
SELECT pg_temp.voyage_from_binary(b) AS unchanged FROM good;
\set VERBOSITY terse
SELECT pg_temp.voyage_from_binary(overlay(b PLACING '\x02' FROM 1)) FROM good;                  -- version 2
SELECT pg_temp.voyage_from_binary(overlay(b PLACING '\x08' FROM 2)) FROM good;                  -- unknown flag
SELECT pg_temp.voyage_from_binary(overlay(b PLACING 'US1AX'::bytea FROM 3)) FROM good;          -- bad locode
SELECT pg_temp.voyage_from_binary(overlay(b PLACING 'us lx'::bytea FROM 8)) FROM good;          -- space in locode
SELECT pg_temp.voyage_from_binary(overlay(b PLACING int8send(-1000000) FROM 21)) FROM good;     -- arrival before departure
SELECT pg_temp.voyage_from_binary(overlay(b PLACING int8send(9223372036854775807) FROM 21)) FROM good; -- arrival out of range
SELECT pg_temp.voyage_from_binary(overlay(b PLACING '\x11' FROM 29)) FROM good;                 -- 17 fuel uses
SELECT pg_temp.voyage_from_binary(overlay(b PLACING '\x00' FROM 30)) FROM good;                 -- empty fuel code
SELECT pg_temp.voyage_from_binary(overlay(b PLACING 'H-O'::bytea FROM 31)) FROM good;           -- bad fuel code
SELECT pg_temp.voyage_from_binary(overlay(b PLACING float8send(-1) FROM 34)) FROM good;         -- negative tonnes
SELECT pg_temp.voyage_from_binary(overlay(b PLACING float8send('NaN') FROM 34)) FROM good;      -- NaN tonnes
SELECT pg_temp.voyage_from_binary(overlay(b PLACING float8send('Infinity') FROM 34)) FROM good; -- infinite tonnes
SELECT pg_temp.voyage_from_binary(overlay(b PLACING '\x02' FROM 42)) FROM good;                 -- sulphur flag 2
SELECT pg_temp.voyage_from_binary(b || float8send(101)) FROM (SELECT overlay(b PLACING '\x01' FROM 42) AS b FROM good) s; -- sulphur 101 %
SELECT pg_temp.voyage_from_binary(substr(b, 1, 20)) FROM good;                                  -- truncated
SELECT pg_temp.voyage_from_binary(b || '\x00'::bytea) FROM good;                                -- trailing byte
SELECT pg_temp.voyage_from_binary('\x0101'::bytea || int4send(9811001) || substr(b, 3)) FROM good; -- IMO check digit
SELECT pg_temp.voyage_from_binary('\x0101'::bytea || int4send(9811000) || substr(b, 3)) FROM good; -- IMO ok
SELECT pg_temp.voyage_from_binary(substr(b, 1, 1) || '\x02'::bytea || substr(b, 3, 26) || float8send(-0.0) || substr(b, 29)) FROM good; -- distance -0 reads as 0
\set VERBOSITY default

-- the type is compact: a two-fuel voyage beside the same data as plain columns
SELECT pg_column_size(v) AS voyage_bytes,
       pg_column_size(ROW(imo(v), origin(v)::text, destination(v)::text, departure(v), arrival(v),
                          distance_nm(v), cargo_t(v), '{"HFO": {"t": 410.2, "sulphur_pct": 0.48}, "MGO": 12.5}'::jsonb)) AS plain_row_bytes
FROM leg WHERE id = 1;
DROP TABLE leg;
