-- locode: UN/LOCODE port codes
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS portemis CASCADE;
RESET client_min_messages;

-- accepted spellings, one canonical output
SELECT 'USLAX'::locode, 'uslax'::locode, 'US LAX'::locode, '  us lax  '::locode, 'JPYOK'::locode;
-- digits 2-9 are allowed in the location part
SELECT 'DE2AB'::locode, 'NL99Z'::locode;
SELECT country_code('CNSHA'), country_code('SG SIN');

-- rejected: each with 22P02 and a detail naming the problem
\set VERBOSITY default
SELECT 'USLA'::locode;
SELECT 'USLAXX'::locode;
SELECT 'U1LAX'::locode;
SELECT 'US1AX'::locode;   -- digit 1 is not used by UN/LOCODE
SELECT 'USLA0'::locode;   -- nor 0
SELECT 'US-LAX'::locode;
SELECT 'US  LAX'::locode; -- at most one space, after the country
SELECT 'USL AX'::locode;
SELECT ''::locode;
SELECT 'USLÄX'::locode;
\set VERBOSITY sqlstate
SELECT 'USLAXX'::locode;
\set VERBOSITY default

-- ordering is the text ordering (digits before letters)
SELECT code FROM (VALUES ('USLAX'::locode), ('CNSHA'), ('JPTYO'), ('JP2AA'), ('JPYOK'), ('SGSIN'), ('AAAAA'), ('ZZZZZ'), ('AA222')) v(code)
ORDER BY code;
SELECT 'USLAX'::locode < 'USLGB', 'USLAX'::locode <= 'USLAX', 'USLAX'::locode >= 'USLGB',
       'USLAX'::locode > 'CNSHA', 'USLAX'::locode <> 'uslax', 'USLAX'::locode = 'us lax';

-- casts to and from text
SELECT 'USLAX'::locode::text, 'us lax'::text::locode;

-- a primary key, a btree index, GROUP BY, a hash join
CREATE TABLE harbour (code locode PRIMARY KEY, name text);
INSERT INTO harbour VALUES ('USLAX', 'Los Angeles'), ('USLGB', 'Long Beach'), ('CNSHA', 'Shanghai'),
    ('SGSIN', 'Singapore'), ('JPTYO', 'Tokyo'), ('JPYOK', 'Yokohama');
INSERT INTO harbour VALUES ('us lax', 'duplicate');
CREATE TABLE call (port locode, teu int);
INSERT INTO call SELECT (ARRAY['USLAX','USLGB','CNSHA','SGSIN','JPTYO','JPYOK'])[1 + i % 6]::locode, i FROM generate_series(1, 600) i;
CREATE INDEX ON call (port);
ANALYZE harbour; ANALYZE call;
SELECT port, count(*), sum(teu) FROM call GROUP BY port ORDER BY port;
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT p.name, count(*) FROM call c JOIN harbour p ON p.code = c.port GROUP BY p.name;
SELECT p.name, count(*) FROM call c JOIN harbour p ON p.code = c.port GROUP BY p.name ORDER BY p.name;
RESET enable_mergejoin; RESET enable_nestloop;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM call WHERE port = 'CNSHA';
SELECT count(*) FROM call WHERE port = 'CNSHA';
SELECT count(*) FROM call WHERE port BETWEEN 'JPTYO' AND 'JPYOK';
RESET enable_seqscan;
SET enable_hashagg = on; SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT DISTINCT port FROM call;
RESET enable_hashagg; RESET enable_sort;

-- binary I/O round trip: locode_send gives the 5 characters
SELECT locode_send('US LAX'), locode_recv IS NOT NULL AS recv_exists
FROM (SELECT 1) s, LATERAL (SELECT 'locode_recv'::regproc) r(locode_recv);
CREATE TEMP TABLE bin_locode (c locode);
COPY (SELECT 'USLAX'::locode UNION ALL SELECT 'JP2AA') TO '/tmp/portemis_locode.bin' WITH (FORMAT binary);
COPY bin_locode FROM '/tmp/portemis_locode.bin' WITH (FORMAT binary);
SELECT * FROM bin_locode ORDER BY c;
-- binary input is validated like text input: 'US1AX' sent as 5 bytes
\! printf 'PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\5US1AX\377\377' > /tmp/portemis_locode_bad.bin
COPY bin_locode FROM '/tmp/portemis_locode_bad.bin' WITH (FORMAT binary);
\! printf 'PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\4USLA\377\377' > /tmp/portemis_locode_bad.bin
COPY bin_locode FROM '/tmp/portemis_locode_bad.bin' WITH (FORMAT binary);

-- NULL in, NULL out
SELECT country_code(NULL::locode) IS NULL AS null_country;
DROP TABLE call, harbour;
