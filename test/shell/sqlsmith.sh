#!/usr/bin/env bash
# Safe in a shared database: a bounded sqlsmith run (random SQL over the
# extension's functions, operators and aggregates, on small tables of each of
# its types, edge values included) crashes no backend.  Prints TAP lines; needs
# PGHOST/PGPORT/PGUSER of a running cluster (scripts/test.sh provides them).
# Installs the Debian package sqlsmith when run as root; skips without it.
#
# PM_SMITH_SEED and PM_SMITH_QUERIES change the seed (42) and the number of
# queries (the default takes about 80 s on two cores); PM_SMITH_LOG keeps
# sqlsmith's output in that file; PM_SMITH_ARGS adds sqlsmith options, e.g.
# --log-to=CONNINFO (every failed query with its SQLSTATE, into the tables of
# sqlsmith's log.sql) or --dump-all-queries.  A crashing query is in the server
# log ("Failed process was running: ...", cut at track_activity_query_size),
# printed here when the log is readable ($PGHOST/server.log, where
# scripts/common.sh puts it); with --dump-all-queries the whole query is the
# one just before the progress mark C (connection lost).
set -u
db=portemis_smith
seed=${PM_SMITH_SEED:-42}
queries=${PM_SMITH_QUERIES:-15000}
out=${PM_SMITH_LOG:-$(mktemp)}
q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }

if ! command -v sqlsmith >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    { timeout 300 apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -qq sqlsmith; } >/dev/null 2>&1
fi
if ! command -v sqlsmith >/dev/null 2>&1; then
    echo "ok 1 - # SKIP sqlsmith not available"
    echo "1..1"
    exit 0
fi

n=0
check() {
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "#   got: '$2' expected: '$3'"; fi
}

q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" >/dev/null
q -d postgres -c "CREATE DATABASE $db" >/dev/null
# Small tables of each type, typical rows and edge values.  sqlsmith writes
# constants only for integers and booleans (other types get NULL): every text,
# float, jsonb, timestamp and geometry value it passes comes from a column here
# or in the extension's registry tables, or from a function.
q -d $db >/dev/null 2>"$out.setup" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION portemis CASCADE;
CREATE TABLE smith_voyage (v voyage, factor_set text, fuel text, year integer);
INSERT INTO smith_voyage VALUES
  ('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00:00Z, arrival=2024-03-15T20:00:00Z, distance_nm=5712.5, cargo_t=61000, fuels=[HFO 410.2 t S=0.48%, MGO 12.5 t]', 'imo', 'HFO', 2024),
  ('imo=9321483, origin=NLRTM, destination=DEHAM, departure=2025-01-01T00:00Z, arrival=2025-01-02T00:00Z, distance_nm=300, cargo_t=1, fuels=[LNG 100 t, BIO_METHANOL 5 t, MGO 0 t S=0%]', 'fueleu', 'LNG', 2025),
  ('origin=FIHEL, destination=SESTO, departure=2025-06-01T00:00:00Z, arrival=2025-06-01T12:00:00Z, distance_nm=210, fuels=[MGO 2 t S=0.1%]', 'fueleu', 'MGO', 2050),
  ('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00:00Z, arrival=2024-03-01T08:00:00Z, distance_nm=0, cargo_t=0, fuels=[]', 'none', 'NOPE', 0),
  ('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00:00Z, arrival=2024-03-15T20:00:00Z', '', '', -1),
  (NULL, NULL, NULL, 2147483647);
CREATE TABLE smith_locode (code locode, radius_nm float8);
INSERT INTO smith_locode VALUES ('USLAX', 5), ('NLRTM', 0), ('CNSHA', -1), ('DEHAM', 'NaN'),
  ('FIHEL', 'Infinity'), ('ZZZZZ', 1e308), (NULL, NULL);
CREATE TABLE smith_emissions (e emissions, pollutant text, gwp text, factor float8);
INSERT INTO smith_emissions VALUES
  ('CO2=3114 t, CH4=0.05 t', 'CO2', 'AR5', 2),
  ('CO2=0 t', 'CH4', 'AR4', 0),
  ('CO2=-1 t', 'NOx', 'AR6', -1),
  ('CO2=1e+308 t, CH4=1e+308 t, N2O=1 t, NOx=1 t, SOx=1 t, PM10=1 t, PM2.5=1 t, CO=1 t, HC=1 t, BC=1 t', 'PM2.5', '', 'NaN'),
  ('SOx=0.001 t', 'XYZ', NULL, 'Infinity'),
  (NULL, NULL, NULL, 5e-324);
CREATE TABLE smith_route (route geometry, zone geometry);
INSERT INTO smith_route VALUES
  ('SRID=4326;LINESTRING(-118.27 33.74, -140 40, -180 42, 150 38, 121.5 31.2)', 'SRID=4326;POLYGON((-125 30, -115 30, -115 40, -125 40, -125 30))'),
  ('SRID=4326;LINESTRING(4.1 51.9, 8.0 54.0, 9.9 53.5)', 'SRID=4326;MULTIPOLYGON(((3 50, 10 50, 10 56, 3 56, 3 50), (5 52, 6 52, 6 53, 5 53, 5 52)), ((170 -10, 190 -10, 190 10, 170 10, 170 -10)))'),
  ('SRID=4326;MULTILINESTRING((170 0, 190 0), (0 0, 0 0))', 'SRID=4326;POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))'),
  ('SRID=4326;LINESTRING(0 0, 0 0)', 'SRID=4326;POLYGON EMPTY'),
  ('SRID=4326;LINESTRING EMPTY', 'SRID=4326;POINT(1 2)'),
  ('SRID=4326;LINESTRING(0 0, NaN 1)', 'POLYGON((0 0, 1 0, 1 1, 0 0))'),
  ('SRID=3857;LINESTRING(0 0, 100000 100000)', 'SRID=4326;LINESTRING(0 0, 1 1)'),
  ('SRID=4326;POINT(1 2)', NULL);
CREATE TABLE smith_state (s float8[], x float8);
INSERT INTO smith_state VALUES ('{}', 0), ('{0,0}', -0.0), ('{1,2,3,4,5,6,7,8}', 1),
  ('{NaN,Infinity,-Infinity}', 'NaN'), ('{{1,2},{3,4}}', '-Infinity'), ('{NULL,1}', 1e-300),
  ('[0:1]={1,2}', 1e300), (array_fill(1.5::float8, ARRAY[64]), 64), (NULL, NULL);
CREATE TABLE smith_vessel (ship portemis.vessel, mode text, hours float8, speed_kn float8, in_eca boolean);
INSERT INTO smith_vessel VALUES
  (vessel('container_ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25), 'transit', 24, 18, true),
  (vessel('bulk_carrier', imo => 9321483, dwt => 80000, main_engine => 'SSD', mcr_kw => 9000, service_speed_kn => 14, keel_laid_year => 2012), 'berth', 48, 0, false),
  (vessel('cruise_passenger', passengers => 3000, gt => 150000, aux_engine => 'HSD', shore_power => true), 'anchorage', 0, NULL, true),
  (ROW(NULL, 'no.such.type', -1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL, NULL, 7, '[]')::portemis.vessel, 'maneuvering', -1, 'NaN', NULL),  -- invalid on purpose: vessel() would refuse it
  (vessel(), 'nonsense', 'Infinity', 1e308, true),
  (NULL, NULL, NULL, NULL, NULL);
CREATE TABLE smith_misc (word text, j jsonb, at timestamptz);
INSERT INTO smith_misc VALUES
  ('container_ship', '{"HFO": 410.2, "MGO": {"t": 1, "sulphur_pct": 0.1}}', '2024-03-01 08:00Z'),
  ('propulsion', '{"LNG": 0}', '2025-01-01 00:00Z'),
  ('SSD', '{"HFO": -1}', 'epoch'),
  ('AR5', '{"HFO": {"t": "x"}}', 'infinity'),
  ('PM2.5', '[]', '-infinity'),
  ('', '{}', '294276-12-31 23:59:59Z'),
  (repeat('x', 10000), '{"a": {"b": {"c": [1, 2, {"d": null}]}}}', '4713-01-01 00:00Z BC'),
  ('ü€𝄞', 'null', NULL),
  (NULL, NULL, now());
ANALYZE;
-- What sqlsmith may call: its catalog query reads pg_proc unqualified, so with
-- search_path = smith_catalog, pg_catalog, public this view restricts the
-- functions and aggregates to the extension's own (internal ones included) and
-- a few constructors for arguments (not ST_Buffer: GEOS does not stop on cancel, and a
-- buffer with a huge segment count ran for minutes).  Operators come from pg_catalog.pg_operator
-- (qualified): all of them, which is where most of sqlsmith's errors come from
-- (anyrange, anymultirange, anyenum operands).
CREATE SCHEMA smith_catalog;
CREATE VIEW smith_catalog.pg_proc AS
SELECT * FROM pg_catalog.pg_proc p
WHERE p.oid IN (SELECT objid FROM pg_catalog.pg_depend
                WHERE classid = 'pg_catalog.pg_proc'::regclass AND deptype = 'e'
                  AND refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'portemis'))
   OR p.oid IN ('st_makeline(geometry, geometry)'::regprocedure, 'st_makepoint(float8, float8)'::regprocedure,
                'st_setsrid(geometry, integer)'::regprocedure, 'st_geomfromtext(text, integer)'::regprocedure,
                'st_reverse(geometry)'::regprocedure,
                'st_transform(geometry, integer)'::regprocedure, 'upper(text)'::regprocedure,
                'repeat(text, integer)'::regprocedure, 'to_timestamp(float8)'::regprocedure);
SQL
setup_rc=$?
# count the calls of each function, to check that sqlsmith reached the extension
[ "$setup_rc" -eq 0 ] && { q -d postgres -c "ALTER DATABASE $db SET track_functions = 'all'" >/dev/null || setup_rc=1; }
check "the database with the extension and tables of each of its types is set up" "$setup_rc" "0"
if [ "$setup_rc" -ne 0 ]; then
    sed 's/^/# /' "$out.setup"
else
    functions=$(q -d $db -c "SET search_path = smith_catalog, pg_catalog" -c "SELECT count(*) FROM pg_proc")

    # A backend crash makes the postmaster restart every child process (its own
    # start time stays): a new checkpointer pid means a crash happened.
    server_id() { q -d postgres -c "SELECT pg_postmaster_start_time() || ' ' || pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'"; }
    before=$(server_id)
    log=""
    [ -r "$PGHOST/server.log" ] && log="$PGHOST/server.log" && log_lines=$(wc -l <"$log")

    # sqlsmith sets statement_timeout = 1s and rolls every statement back.
    start=$(date +%s)
    # shellcheck disable=SC2086 # PM_SMITH_ARGS: several options
    timeout 900 sqlsmith --target="dbname=$db options='-c search_path=smith_catalog,pg_catalog,public'" \
        --exclude-catalog --seed="$seed" --max-queries="$queries" --verbose ${PM_SMITH_ARGS:-} >"$out" 2>&1
    smith_rc=$?
    secs=$(($(date +%s) - start))
    after=$(server_id)

    ran=$(grep -E '^queries: [0-9]+' "$out" | tail -n 1 | cut -d' ' -f2)
    check "sqlsmith ran $queries queries over $functions functions (seed $seed, ${secs}s)" \
        "$smith_rc ${ran:-none}" "0 $queries"
    # Functions that completed a call (the default run reaches about 80; fewer
    # queries, fewer functions); sqlsmith's backend reports them as it exits.
    want=$((queries / 100 < 40 ? queries / 100 : 40))
    called=0
    for _ in 1 2 3 4 5; do
        called=$(q -d $db -c "SELECT count(*) FROM pg_stat_user_functions f JOIN pg_depend d ON d.objid = f.funcid
            AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
            AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'portemis')")
        [ "${called:-0}" -ge "$want" ] && break
        sleep 1
    done
    check "the queries called at least $want of the extension's functions (called: $called)" \
        "$([ "${called:-0}" -ge "$want" ] && echo yes)" "yes"
    check "no backend crashed: the postmaster did not restart its processes" "$after" "${before:-unknown}"
    lost=$(grep -ciE 'server closed the connection|crash of another server process|recovery mode|connection to server' "$out")
    check "sqlsmith lost no connection" "$lost" "0"
    if [ -n "$log" ]; then
        # the signal, and the whole crashing query (its lines up to the next log line)
        tail -n +"$((log_lines + 1))" "$log" | awk '
            /^[0-9][0-9][0-9][0-9]-/ { q = 0 }
            /terminated by signal|Failed process was running/ { q = 1 }
            q' | head -100 | sed 's/^/# /'
    fi
    if [ "$smith_rc $ran" != "0 $queries" ] || [ "$after" != "$before" ] || [ "$lost" != 0 ]; then
        echo "# sqlsmith's last report (output in ${PM_SMITH_LOG:-a temporary file}):"
        awk '/^queries: /{buf=""} {buf=buf $0 "\n"} END{printf "%s", buf}' "$out" |
            grep -iE '^queries|server closed|crash of another|recovery mode|connection to server' | sed 's/^/# /'
        awk '/^queries: /{buf=""} {buf=buf $0 "\n"} END{printf "%s", buf}' "$out" | sed -n '3,12p' | sed 's/^/# /'
    fi
fi
echo "1..$n"
# after a crash the server takes a moment to accept connections again
for _ in $(seq 30); do q -d postgres -c "SELECT 1" >/dev/null 2>&1 && break; sleep 1; done
q -d postgres -c "DROP DATABASE $db WITH (FORCE)"
[ -z "${PM_SMITH_LOG:-}" ] && rm -f "$out"
rm -f "$out.setup"
exit 0
