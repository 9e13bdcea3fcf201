-- pgTAP: the base types on real public data (../shared/data, see its README).
-- scripts/test.sh passes the data directory as the psql variable data_dir.
BEGIN;
SELECT plan(6);

-- Load a CSV file with COPY into a temp table of n text columns c1..cn.
CREATE FUNCTION pg_temp.load_csv(tbl text, path text, ncols int) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    loaded bigint;
BEGIN
    EXECUTE format('CREATE TEMP TABLE %I (%s)', tbl,
                   (SELECT string_agg(format('c%s text', i), ', ') FROM generate_series(1, ncols) i));
    EXECUTE format('COPY %I FROM %L WITH (FORMAT csv, HEADER true)', tbl, path);
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RETURN loaded;
END $$;

-- EU MRV 2023: 12,820 real IMO numbers (column 1).  Every one passes the IMO
-- check digit (checked independently in Python while writing this test), and
-- every one with its check digit changed must be rejected.
\set mrv_file :data_dir '/mrv/eu_mrv_2023_core.csv'
SELECT is(pg_temp.load_csv('mrv', :'mrv_file', 36), 12820::bigint, 'MRV 2023 loads 12820 ships');

CREATE FUNCTION pg_temp.accepts_imo(n integer) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    PERFORM voyage(n, 'USLAX', 'JPTYO', '2024-01-01', '2024-01-02');
    RETURN true;
EXCEPTION WHEN invalid_parameter_value OR numeric_value_out_of_range THEN
    RETURN false;
END $$;
SELECT is((SELECT count(*)::int FROM mrv WHERE pg_temp.accepts_imo(c1::int)), 12820,
    'every real IMO number is accepted');
SELECT is((SELECT count(*)::int FROM mrv WHERE pg_temp.accepts_imo(c1::int / 10 * 10 + (c1::int % 10 + 1) % 10)), 0,
    'every real IMO number with a wrong check digit is rejected');

-- World Port Index (NGA Pub 150): 3,338 ports carry a UN/LOCODE written with
-- a space ("US LAX", column 5).  3,337 are well-formed (checked independently
-- with a regular expression); one entry is malformed: 'GB ME""'.
\set wpi_file :data_dir '/ports/UpdatedPub150.csv'
SELECT is(pg_temp.load_csv('wpi', :'wpi_file', 107), 3768::bigint, 'World Port Index loads 3768 ports');

CREATE FUNCTION pg_temp.accepts_locode(s text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    PERFORM s::locode;
    RETURN true;
EXCEPTION WHEN invalid_text_representation THEN
    RETURN false;
END $$;
SELECT is((SELECT count(*)::int FROM wpi WHERE btrim(c5) <> '' AND pg_temp.accepts_locode(c5)), 3337,
    'every well-formed WPI UN/LOCODE is accepted');
SELECT is((SELECT array_agg(c5) FROM wpi WHERE btrim(c5) <> '' AND NOT pg_temp.accepts_locode(c5)), ARRAY['GB ME""'],
    'the one malformed WPI code is rejected');

SELECT * FROM finish();
ROLLBACK;
