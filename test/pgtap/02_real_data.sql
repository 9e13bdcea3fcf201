-- pgTAP: the base types on real public data.
-- Always on the small fixtures in test/data (see its README: sources, licences,
-- and the facts asserted here, computed independently by test/data/facts.py);
-- in addition on the full files of ../shared/data when it is present.
-- scripts/test.sh passes the psql variables fixture_dir, data_dir and has_data.
-- Files are read by psql (\copy), not by the server.
\ir defaults.psql
BEGIN;
SELECT plan(12);

-- A temp table of n text columns c1..cn, to \copy a CSV file into.
CREATE FUNCTION pg_temp.text_table(tbl text, ncols int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TEMP TABLE %I (%s)', tbl,
                   (SELECT string_agg(format('c%s text', i), ', ') FROM generate_series(1, ncols) i));
END $$;

CREATE FUNCTION pg_temp.accepts_imo(n integer) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    PERFORM voyage(n, 'USLAX', 'JPTYO', '2024-01-01', '2024-01-02');
    RETURN true;
EXCEPTION WHEN invalid_parameter_value OR numeric_value_out_of_range THEN
    RETURN false;
END $$;

CREATE FUNCTION pg_temp.accepts_locode(s text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    PERFORM s::locode;
    RETURN true;
EXCEPTION WHEN invalid_text_representation THEN
    RETURN false;
END $$;

-- Fixture: 214 ships of EU MRV 2023 (test/data/mrv_2023_sample.csv, IMO number in
-- column 1).  All 214 IMO numbers pass the check digit; with the check digit
-- changed to d+1 mod 10 none does (facts.py).
SELECT pg_temp.text_table('mrv_sample', 36);
\set file :fixture_dir '/mrv_2023_sample.csv'
\set load '\\copy mrv_sample FROM ' :'file' ' WITH (FORMAT csv, HEADER true)'
:load
SELECT is((SELECT count(*)::int FROM mrv_sample), 214, 'MRV 2023 fixture: 214 ships');
SELECT is((SELECT count(*)::int FROM mrv_sample WHERE pg_temp.accepts_imo(c1::int)), 214,
    'fixture: every real IMO number is accepted');
SELECT is((SELECT count(*)::int FROM mrv_sample WHERE pg_temp.accepts_imo(c1::int / 10 * 10 + (c1::int % 10 + 1) % 10)), 0,
    'fixture: every real IMO number with a wrong check digit is rejected');

-- Fixture: 128 ports of the World Port Index (test/data/wpi_sample.csv, UN/LOCODE
-- in column 5).  117 carry a code; 116 are well-formed, among them 15 irregular
-- ones (no space "GBTOB", digits "US 9NV", a leading space " VG RAD"), and one is
-- malformed: 'GB ME""' (facts.py, by regular expression).
SELECT pg_temp.text_table('wpi_sample', 10);
\set file :fixture_dir '/wpi_sample.csv'
\set load '\\copy wpi_sample FROM ' :'file' ' WITH (FORMAT csv, HEADER true)'
:load
SELECT is((SELECT count(*)::int FROM wpi_sample), 128, 'World Port Index fixture: 128 ports');
SELECT is((SELECT count(*)::int FROM wpi_sample WHERE btrim(c5) <> '' AND pg_temp.accepts_locode(c5)), 116,
    'fixture: every well-formed WPI UN/LOCODE is accepted, the irregular ones too');
SELECT is((SELECT array_agg(c5) FROM wpi_sample WHERE btrim(c5) <> '' AND NOT pg_temp.accepts_locode(c5)), ARRAY['GB ME""'],
    'fixture: the one malformed WPI code is rejected');

\if :has_data
-- EU MRV 2023: 12,820 real IMO numbers (column 1).  Every one passes the IMO
-- check digit (checked independently in Python while writing this test), and
-- every one with its check digit changed must be rejected.
SELECT pg_temp.text_table('mrv', 36);
\set file :data_dir '/mrv/eu_mrv_2023_core.csv'
\set load '\\copy mrv FROM ' :'file' ' WITH (FORMAT csv, HEADER true)'
:load
SELECT is((SELECT count(*)::int FROM mrv), 12820, 'MRV 2023 loads 12820 ships');
SELECT is((SELECT count(*)::int FROM mrv WHERE pg_temp.accepts_imo(c1::int)), 12820,
    'every real IMO number is accepted');
SELECT is((SELECT count(*)::int FROM mrv WHERE pg_temp.accepts_imo(c1::int / 10 * 10 + (c1::int % 10 + 1) % 10)), 0,
    'every real IMO number with a wrong check digit is rejected');

-- World Port Index (NGA Pub 150): 3,338 ports carry a UN/LOCODE written with
-- a space ("US LAX", column 5).  3,337 are well-formed (checked independently
-- with a regular expression); one entry is malformed: 'GB ME""'.
SELECT pg_temp.text_table('wpi', 107);
\set file :data_dir '/ports/UpdatedPub150.csv'
\set load '\\copy wpi FROM ' :'file' ' WITH (FORMAT csv, HEADER true)'
:load
SELECT is((SELECT count(*)::int FROM wpi), 3768, 'World Port Index loads 3768 ports');
SELECT is((SELECT count(*)::int FROM wpi WHERE btrim(c5) <> '' AND pg_temp.accepts_locode(c5)), 3337,
    'every well-formed WPI UN/LOCODE is accepted');
SELECT is((SELECT array_agg(c5) FROM wpi WHERE btrim(c5) <> '' AND NOT pg_temp.accepts_locode(c5)), ARRAY['GB ME""'],
    'the one malformed WPI code is rejected');
\else
SELECT skip('../shared/data absent: larger variant skipped (MRV 2023, 12820 ships; World Port Index, 3768 ports)', 6);
\endif

SELECT * FROM finish();
ROLLBACK;
