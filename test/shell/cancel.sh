#!/usr/bin/env bash
# Long operations stop promptly when cancelled: route_share of a 200,000-vertex
# route against an 80,000-vertex zone (hours of work) under statement_timeout,
# AIS intervals split at a comb-shaped zone, and the first query cancelled from
# another session with pg_cancel_backend.
# 0.1.0 ran 24 s past a 500 ms timeout.  Prints TAP lines; needs
# PGHOST/PGPORT/PGUSER of a running cluster.
set -u
db=portemis_cancel
q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }
n=0
check() {
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "#   got: '$2' expected: '$3'"; fi
}
now_ms() { date +%s%3N; }

q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
q -d $db -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis CASCADE" -c "
    CREATE TABLE big AS
    SELECT st_setsrid(st_makeline(ARRAY(SELECT st_makepoint(-120 + i * 1e-5, 33 + (i % 2) * 1.5)
                                        FROM generate_series(0, 199999) i)), 4326) AS route,
           st_setsrid(st_buffer(st_makepoint(-119, 33.75), 1, 20000), 4326) AS zone"
check "the zone has about 80,000 vertices" "$(q -d $db -c "SELECT st_npoints(zone) > 80000 FROM big")" "t"

# statement_timeout of 2 s: the work is still running at 2 s (so the test measures
# the loop, not the set-up) and stops within about a second after it.
for name in route_share route_split_nm voyage_emissions_in; do
    case $name in
        route_share) expr="route_share(route, zone)" ;;
        route_split_nm) expr="(route_split_nm(route, zone)).inside_nm" ;;
        voyage_emissions_in) expr="voyage_emissions_in('origin=USLAX, destination=USLGB, departure=2024-01-01T00:00Z,
                                   arrival=2024-01-02T00:00Z, fuels=[MGO 1 t]', route, zone)" ;;
    esac
    start=$(now_ms)
    out=$(psql -X -q -t -A -d $db -c "SET statement_timeout = '2s'" -c "SELECT $expr FROM big" 2>&1)
    elapsed=$(( $(now_ms) - start ))
    check "$name stops at statement_timeout" "$(echo "$out" | grep -c 'canceling statement due to statement timeout')" "1"
    check "$name stops within about a second of the 2 s timeout (${elapsed} ms)" \
        "$([ "$elapsed" -ge 2000 ] && [ "$elapsed" -lt 3200 ] && echo yes)" "yes"
done

# A comb-shaped zone (40,000 teeth): one route segment crosses every tooth, and
# each of its 80,000 pieces is tested against the whole zone (one segment used
# to run 2.7 s without a check).
q -d $db -c "
    CREATE TABLE comb AS
    SELECT st_setsrid(st_makepolygon(st_makeline(ARRAY(
               SELECT st_makepoint(x, y) FROM (
                   SELECT 0 AS o, 0 AS k, -170.0 AS x, 3.0 AS y
                   UNION ALL SELECT 1, 0, 170.0, 3.0
                   UNION ALL SELECT 2, 0, 170.0, 4.0
                   UNION ALL SELECT 3, 40000 - i, x, y FROM generate_series(0, 39999) i,
                       LATERAL (VALUES (1, -170 + i * 0.0085 + 0.006, 4.0), (2, -170 + i * 0.0085 + 0.006, 6.0),
                                       (3, -170 + i * 0.0085 + 0.002, 6.0), (4, -170 + i * 0.0085 + 0.002, 4.0))
                           AS c(j, x, y)
                   UNION ALL SELECT 4, 0, -170.0, 4.0
                   UNION ALL SELECT 5, 0, -170.0, 3.0) p
               ORDER BY o, k, x DESC))), 4326) AS zone,
           'SRID=4326;LINESTRING(-175 5, 0 5, 175 5)'::geometry AS route"
check "the comb zone is a valid polygon" "$(q -d $db -c "SELECT st_isvalid(zone) FROM comb")" "t"
start=$(now_ms)
out=$(psql -X -q -t -A -d $db -c "SET statement_timeout = '1s'" -c "SELECT route_share(route, zone) FROM comb" 2>&1)
elapsed=$(( $(now_ms) - start ))
check "route_share over the comb stops at statement_timeout" "$(echo "$out" | grep -c 'canceling statement due to statement timeout')" "1"
check "within about a second of the 1 s timeout (${elapsed} ms)" "$([ "$elapsed" -lt 2200 ] && echo yes)" "yes"

# The same comb as a zone of portemis.zone: ais_activity splits 35 AIS intervals of 10 degrees (600 nm in an
# hour: max_speed_kn 1000), each across some 1,200 teeth
q -d $db -c "INSERT INTO portemis.zone (name, kind, geom, source) SELECT 'comb', 'custom', zone, 'test' FROM comb"
start=$(now_ms)
out=$(psql -X -q -t -A -d $db -c "SET statement_timeout = '1s'" -c "
    SELECT count(*) FROM (SELECT ais_track('2024-01-01'::timestamptz + k * interval '1 hour', -170 + 10 * k, 5, 12, 0,
                                           NULL, '6 hours', 1000) AS tr
                          FROM generate_series(0, 34) k) s, ais_activity(s.tr) a" 2>&1)
elapsed=$(( $(now_ms) - start ))
check "ais_activity across the comb stops at statement_timeout" "$(echo "$out" | grep -c 'canceling statement due to statement timeout')" "1"
check "within about a second of the 1 s timeout (${elapsed} ms)" "$([ "$elapsed" -lt 2200 ] && echo yes)" "yes"

# route_length_nm measures every segment (one geodesic each): a 3,000,000-vertex route takes seconds (0.8.0 ran
# the measuring loop without a check, 20 s past a timeout for a 20-million-vertex route)
q -d $db -c "CREATE TABLE longline AS SELECT st_setsrid(st_makeline(ARRAY(
                 SELECT st_makepoint(-170 + i * 1e-4, 10 + (i % 2) * 0.5) FROM generate_series(0, 2999999) i)), 4326) AS route"
start=$(now_ms)
out=$(psql -X -q -t -A -d $db -c "SET statement_timeout = '1s'" -c "SELECT route_length_nm(route) FROM longline" 2>&1)
elapsed=$(( $(now_ms) - start ))
check "route_length_nm of 3,000,000 vertices stops at statement_timeout" "$(echo "$out" | grep -c 'canceling statement due to statement timeout')" "1"
check "within about a second of the 1 s timeout (${elapsed} ms)" "$([ "$elapsed" -lt 2200 ] && echo yes)" "yes"

# pg_cancel_backend from another session
psql -X -q -t -A -d $db -c "SELECT route_share(route, zone) FROM big" >/tmp/portemis_cancel_$$.out 2>&1 &
bg=$!
sleep 1
start=$(now_ms)
q -d $db -c "SELECT count(*) FROM pg_stat_activity WHERE datname = '$db' AND query LIKE 'SELECT route_share%' AND pg_cancel_backend(pid)" >/dev/null
wait $bg
elapsed=$(( $(now_ms) - start ))
check "pg_cancel_backend stops route_share" "$(grep -c 'canceling statement due to user request' /tmp/portemis_cancel_$$.out)" "1"
check "within about a second (${elapsed} ms)" "$([ "$elapsed" -lt 2000 ] && echo yes)" "yes"

q -d postgres -c "DROP DATABASE $db"
rm -f /tmp/portemis_cancel_$$.out
