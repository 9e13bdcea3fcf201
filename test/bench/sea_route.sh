#!/usr/bin/env bash
# Sea routes (portemis_routing): how they compare with the 933 real liner route plans of
# ../shared/data/routes/route_references_waypoints.csv, and how many routes a second one core computes.
#
#   comparison   for each real route (its waypoints as a line): its geodesic length, and the length of
#                sea_routes_points between its first and last waypoints; the ratio real / sea route, as
#                percentiles over all routes and per origin-destination pair of carrier port codes.
#   speed        the 933 routes by sea_routes_points (one graph for all of them) and, for the first
#                PM_BENCH_N of them, one sea_route_points call each; routes per second of each; one
#                backend (max_parallel_workers_per_gather = 0).  Issue target: 1,000 routes per second.
#
# Needs ../shared/data (or PORTEMIS_DATA) and pgRouting; builds nothing (scripts/bench.sh does).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_setup 54337 /tmp/portemis-bench-sea portemis_bench_sea 100 20 3
CSV=$PM_DATA_DIR/routes/route_references_waypoints.csv
[ -n "$PM_DATA_DIR" ] && [ -f "$CSV" ] || { echo "sea_route: needs $CSV (../shared/data)" >&2; exit 1; }
bench_cluster
bench_createdb "max_parallel_workers_per_gather = 0" "jit = off" "client_min_messages = warning"
q -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis_routing CASCADE"
bench_header "pgRouting $(qv -c "SELECT pgr_version()")"

q <<SQL
CREATE TABLE wp (source_path text, service_group text, vessel_code text, route_name text, origin_code text,
                 destination_code text, seq int, lat float8, lon float8);
\copy wp FROM '$CSV' WITH (FORMAT csv, HEADER true)
CREATE TABLE real_route AS
SELECT row_number() OVER (ORDER BY source_path) AS k, source_path, origin_code, destination_code,
       st_setsrid(st_makeline(array_agg(st_makepoint(lon, lat) ORDER BY seq)), 4326) AS line
FROM wp GROUP BY source_path, origin_code, destination_code HAVING count(*) > 1;
SQL
echo "== $(qv -c "SELECT count(*) FROM real_route") real routes ($(qv -c "SELECT count(*) FROM wp") waypoints)"

echo "== speed: sea_routes_points over every route (one graph), then $N sea_route_points calls"
t2=$(date +%s%N)
qv -c "CREATE TABLE ours AS SELECT r.k, r.length_nm, r.route
       FROM (SELECT array_agg(st_startpoint(line) ORDER BY k) AS a, array_agg(st_endpoint(line) ORDER BY k) AS b FROM real_route) s,
            sea_routes_points(s.a, s.b) r" >/dev/null
t3=$(date +%s%N)
t0=$(date +%s%N)
qv -c "SELECT count(sea_route_points(st_startpoint(line), st_endpoint(line))) FROM real_route WHERE k <= $N" >/dev/null
t1=$(date +%s%N)
routes=$(qv -c "SELECT count(*) FROM ours")
single_ms=$(( (t1 - t0) / 1000000 ))
batch_ms=$(( (t3 - t2) / 1000000 ))
echo "   sea_routes_points: $routes routes in $batch_ms ms = $(awk -v n="$routes" -v ms="$batch_ms" 'BEGIN { printf "%.0f", n / ms * 1000 }') routes/s (target 1,000)"
echo "   sea_route_points, one call per route: $N routes in $single_ms ms = $(awk -v n="$N" -v ms="$single_ms" 'BEGIN { printf "%.0f", n / ms * 1000 }') routes/s"

echo "== real / sea route length: percentiles over all routes"
q -c "SELECT count(*) AS routes, round(percentile_cont(0.05) WITHIN GROUP (ORDER BY ratio)::numeric, 3) AS p05,
              round(percentile_cont(0.25) WITHIN GROUP (ORDER BY ratio)::numeric, 3) AS p25,
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ratio)::numeric, 3) AS median,
              round(percentile_cont(0.75) WITHIN GROUP (ORDER BY ratio)::numeric, 3) AS p75,
              round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ratio)::numeric, 3) AS p95
       FROM (SELECT route_length_nm(r.line) / nullif(o.length_nm, 0) AS ratio
             FROM real_route r JOIN ours o USING (k) WHERE o.length_nm > 50) x"
echo "== per port pair (carrier codes), the 20 pairs with most routes"
q -c "SELECT origin_code || '-' || destination_code AS pair, count(*) AS routes,
              round(min(ratio)::numeric, 3) AS min, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ratio)::numeric, 3) AS median,
              round(max(ratio)::numeric, 3) AS max
       FROM (SELECT r.origin_code, r.destination_code, route_length_nm(r.line) / nullif(o.length_nm, 0) AS ratio
             FROM real_route r JOIN ours o USING (k) WHERE o.length_nm > 50) x
       GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 20"
echo "   (routes shorter than 50 nm by sea, port shifts inside a harbour, are left out of the ratios:" \
     "$(qv -c "SELECT count(*) FROM ours WHERE length_nm <= 50 OR length_nm IS NULL") of them)"
bench_footer "PM_BENCH_N=$N"
