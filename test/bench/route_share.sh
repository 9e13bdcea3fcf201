#!/usr/bin/env bash
# route_share benchmark: the share of a route inside an ECA polygon,
# portemis's route_share(route, zone) against the plain PostGIS expression
#   ST_Length(ST_Intersection(route, zone)::geography) / ST_Length(route::geography)
# Issue targets: at least 2 x faster over 10,000 real-length routes (hundreds of
# vertices) against an ECA polygon, agreeing within 0.1 %.
#
# Routes (built first, not timed), from real data only:
#   ../shared/data/routes/route_references_waypoints.csv (933 liner routes as
#   waypoints).  For each zone, the base routes are the real routes that enter
#   it (route_share > 0 or PostGIS ST_Intersects), and for the Pacific zone also
#   every route crossing the antimeridian (trans-Pacific liners: LBRL-NBO-LAX,
#   LGCY-OKL-TYO, ELIT-VCR-TYO, DYNA-SHG-PAN ...).  PM_BENCH_N routes per zone
#   are made from them round-robin: each is densified along its own lines
#   (ST_Segmentize on geography, i.e. new vertices on the geodesics between the
#   waypoints) to a random target of PM_BENCH_MINV..PM_BENCH_MAXV vertices, and
#   translated by a random offset of less than PM_BENCH_SHIFT degrees in
#   longitude and latitude.  Routes crossing the antimeridian are stored as real
#   data has them, longitudes in -180..180 with a jump at the antimeridian
#   (route_share unwraps them); the PostGIS side gets the same route and zone
#   through ST_ShiftLongitude (longitudes 0..360, precomputed, column g_pg and
#   bench_zone.geom_shift), without which the plain expression is wrong (a
#   segment 179 -> -179 is read as 358 degrees long westwards: measured and
#   printed below).
#
# Timed (server side, clock_timestamp() around EXECUTE in PL/pgSQL, plus the
# backend's own CPU time from /proc/self/schedstat; serial: parallel workers
# off, JIT off), alternating ABBA after one untimed warm-up of each:
#   portemis: SELECT sum(route_share(r.g, z.geom)) FROM routes r, bench_zone z WHERE ...
#   postgis:  SELECT sum(ST_Length(ST_Intersection(r.g_pg, <zone, shifted for
#             antimeridian routes>)::geography) / ST_Length(r.g_pg::geography)) ...
# for the Pacific-coast ECA (52 vertices: the issue's target), the Atlantic and
# Gulf coasts ECA (212 vertices: for information) and, for information, the
# route lengths alone (route_length_nm vs ST_Length(geography)).
#
# Agreement, over every route: max and 99th-percentile absolute difference of
# the two shares, the number differing by more than 0.1 % (relative to the
# larger share, where either is > 0).  Definitional checks, printed:
#   - both sides split the route in the lon/lat plane (planar edges, as PostGIS
#     geometry) and measure the pieces geodesically on WGS 84 (Karney: PROJ's
#     geodesic.h in both): the route lengths alone are compared too;
#   - planar vs geodesic edges: the share of the raw real routes (waypoints
#     hundreds of miles apart) against the same routes densified along their
#     geodesics (<= 1 km pieces), and of a sample of benchmark routes against
#     the same further densified: how much the planar-edge convention moves the
#     share, for both implementations alike;
#   - antimeridian: the plain expression without ST_ShiftLongitude;
#   - path vs point set: route_share measures the route as sailed, a stretch
#     sailed twice counts twice; ST_Intersection returns a point set, in which
#     it counts once (while ST_Length(route) counts it twice).  Every route
#     whose shares differ by more than 1e-9 is listed with the metres GEOS's
#     overlay dissolves, and each real route followed by its reverse (a round
#     trip as one LineString) is compared.
#
# Run as root (the server runs as the postgres user) or as the server's user:
#   test/bench/route_share.sh
# Environment (all optional):
#   PM_BENCH_N=10000            routes per zone
#   PM_BENCH_REPS=5             timed repetitions of each query
#   PM_BENCH_MINV=200           target vertices per route, minimum
#   PM_BENCH_MAXV=800           target vertices per route, maximum
#   PM_BENCH_SHIFT=0.2          perturbation: random translation < this, degrees
#   PM_BENCH_SEED=0.42          setseed() for the generator
#   PM_BENCH_PGPORT=54334       port of the throwaway cluster
#   PM_BENCH_CLUSTER_DIR=/tmp/portemis-bench-routes   its directory (wiped at start!)
#   PM_BENCH_REUSE=0            1: use a cluster already running there; do not
#                               start, stop or wipe it
#   PM_BENCH_KEEP=0             1: keep the cluster (running) and its directory at exit
#   PM_BENCH_PERF=0             1: afterwards, perf-record one run of each query on
#                               the Pacific set and print the top functions
#                               (needs perf and root)
# PGPORT and PM_CLUSTER_DIR from the caller's environment are deliberately not
# used: the cluster directory is wiped, and an inherited value could point at
# somebody else's cluster.
set -euo pipefail
cd "$(dirname "$0")/../.."
command_line="$0${*:+ $*}"

export PGPORT=${PM_BENCH_PGPORT:-54334}
export PM_CLUSTER_DIR=${PM_BENCH_CLUSTER_DIR:-/tmp/portemis-bench-routes}
unset PGDATABASE PGSERVICE PGOPTIONS
. scripts/common.sh

N=${PM_BENCH_N:-10000}
REPS=${PM_BENCH_REPS:-5}
MINV=${PM_BENCH_MINV:-200}
MAXV=${PM_BENCH_MAXV:-800}
SHIFT=${PM_BENCH_SHIFT:-0.2}
SEED=${PM_BENCH_SEED:-0.42}
REUSE=${PM_BENCH_REUSE:-0}
KEEP=${PM_BENCH_KEEP:-0}
PERF=${PM_BENCH_PERF:-0}
DB=portemis_bench_routes
PSQL="$PG_BIN/psql"
CSV=$PM_DATA_DIR/routes/route_references_waypoints.csv
PACIFIC='North American ECA (Pacific coast)'
ATLANTIC='North American ECA (Atlantic and Gulf coasts)'

for v in N REPS MINV MAXV; do
    case "${!v}" in '' | *[!0-9]*) echo "PM_BENCH_$v must be a positive integer" >&2; exit 2 ;; esac
    [ "${!v}" -ge 1 ] || { echo "PM_BENCH_$v must be >= 1" >&2; exit 2; }
done
[ "$MINV" -le "$MAXV" ] || { echo "PM_BENCH_MINV must be <= PM_BENCH_MAXV" >&2; exit 2; }
[ -r "$CSV" ] || { echo "real route data not found: $CSV" >&2; exit 1; }

q() { "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
qv() { "$PSQL" -X -q -A -t -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

started=0
cleanup() {
    local rc=$?
    if [ "$started" -eq 1 ] && [ "$KEEP" != 1 ]; then
        cluster_stop || true
        rm -rf "$PM_CLUSTER_DIR"
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$REUSE" = 1 ]; then
    "$PG_BIN/pg_isready" -q || { echo "PM_BENCH_REUSE=1 but no server on $PGHOST:$PGPORT" >&2; exit 1; }
else
    echo "== starting a throwaway cluster in $PM_CLUSTER_DIR on port $PGPORT"
    started=1
    cluster_start
    # Room for both route sets in shared buffers: the timed runs read memory.
    "$PSQL" -X -q -d postgres -c "ALTER SYSTEM SET shared_buffers = '1GB'"
    as_server_user "$PG_BIN/pg_ctl" -D "$PM_CLUSTER_DIR/data" -w -m fast restart >/dev/null
fi

"$PSQL" -X -q -v ON_ERROR_STOP=1 -d postgres <<SQL
SET client_min_messages = warning;
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB;
-- Serial plans, no JIT; and no NOTICE per row from PostGIS's geography cast
-- of the 0..360 (ST_ShiftLongitude'd) geometries.
ALTER DATABASE $DB SET max_parallel_workers_per_gather = 0;
ALTER DATABASE $DB SET jit = off;
ALTER DATABASE $DB SET client_min_messages = warning;
ALTER DATABASE $DB SET extra_float_digits = 1;
SQL
q -c "CREATE EXTENSION portemis CASCADE"

echo "== machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
    "Debian $(cat /etc/debian_version 2>/dev/null || echo '?'), $(qv -c 'SHOW server_version')," \
    "$(qv -c "SELECT 'PostGIS ' || postgis_lib_version() || ', GEOS ' || postgis_geos_version() || ', PROJ ' || split_part(postgis_proj_version(), ' ', 1)")," \
    "shared_buffers=$(qv -c 'SHOW shared_buffers')"
echo "== load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine adds noise)"

# ---------------------------------------------------------------------------
# Data: real routes, densified and perturbed (not timed).
# ---------------------------------------------------------------------------
echo "== building $N routes per zone from $CSV"
t_gen=$(date +%s)
q -c "CREATE TABLE bench_wp (source_path text, service_group text, vessel_code text, route_name text,
                             origin_code text, destination_code text, seq int, lat float8, lon float8)"
q -c "COPY bench_wp FROM STDIN (FORMAT csv, HEADER true)" <"$CSV"
q -v n="$N" -v minv="$MINV" -v maxv="$MAXV" -v shift="$SHIFT" -v seed="$SEED" \
    -v pacific="$PACIFIC" -v atlantic="$ATLANTIC" <<'SQL'
SELECT setseed(:seed) \g /dev/null

-- The real routes, one LineString each; am: some step jumps more than 180
-- degrees of longitude (crosses the antimeridian, longitudes -180..180).
CREATE TABLE bench_real AS
SELECT source_path, min(route_name) AS route_name, count(*) AS nv,
       st_makeline(st_setsrid(st_makepoint(lon, lat), 4326) ORDER BY seq) AS g
FROM bench_wp GROUP BY source_path;
ALTER TABLE bench_real ADD am boolean;
UPDATE bench_real SET am = EXISTS (
    SELECT 1 FROM (SELECT st_x(geom) - lag(st_x(geom)) OVER (ORDER BY path) AS dl
                   FROM st_dumppoints(g)) s
    WHERE abs(dl) > 180);

-- The two zones as shipped, and shifted to 0..360 for the PostGIS side of
-- antimeridian routes.
CREATE TABLE bench_zone AS
SELECT CASE name WHEN :'pacific' THEN 'pacific' ELSE 'atlantic' END AS zset,
       name, valid_from, st_npoints(geom) AS nv, geom, st_shiftlongitude(geom) AS geom_shift
FROM portemis.zone WHERE name IN (:'pacific', :'atlantic') AND valid_to IS NULL;

-- Base routes per zone: those entering it by either method, and for the
-- Pacific every antimeridian route.
CREATE TABLE bench_base AS
SELECT z.zset, row_number() OVER (PARTITION BY z.zset ORDER BY r.source_path) AS k,
       r.source_path, r.route_name, r.am, r.nv, r.g
FROM bench_real r JOIN bench_zone z
  ON route_share(r.g, z.geom) > 0
  OR CASE WHEN r.am THEN st_intersects(st_shiftlongitude(r.g), z.geom_shift)
          ELSE st_intersects(r.g, z.geom) END
  OR (r.am AND z.zset = 'pacific');

-- The shift to 0..360 must make each antimeridian route continuous.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM bench_base b
               WHERE b.am AND EXISTS (
                   SELECT 1 FROM (SELECT st_x(geom) - lag(st_x(geom)) OVER (ORDER BY path) AS dl
                                  FROM st_dumppoints(st_shiftlongitude(b.g))) s
                   WHERE abs(dl) > 180)) THEN
        RAISE EXCEPTION 'an antimeridian route is not continuous in 0..360';
    END IF;
END $$;

-- n routes per zone, round-robin over its base routes.  Densified on the
-- geography (vertices added on the geodesics; PostGIS bisects, so of a few
-- piece lengths the one nearest the target count is kept), then translated.
-- Antimeridian routes are translated in 0..360 (g_pg, the PostGIS side) and
-- wrapped back to -180..180 for route_share (g).
CREATE TABLE routes WITH (autovacuum_enabled = false) AS
WITH nb AS (SELECT zset, count(*) AS nb FROM bench_base GROUP BY zset),
p AS (
    SELECT z.zset, i, b.route_name, b.am, b.g,
           :minv + floor(random() * (:maxv - :minv + 1))::int AS target,
           (2 * random() - 1) * :shift AS dx,
           (2 * random() - 1) * :shift AS dy
    FROM bench_zone z
    JOIN nb USING (zset)
    CROSS JOIN generate_series(0, :n - 1) i
    JOIN bench_base b ON b.zset = z.zset AND b.k = 1 + i % nb.nb),
d AS (
    SELECT p.*, s.dg
    FROM p CROSS JOIN LATERAL (
        SELECT dg FROM (
            SELECT st_segmentize(p.g::geography, st_length(p.g::geography) / p.target * f)::geometry AS dg
            FROM unnest(ARRAY[0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.3]) f) c
        ORDER BY st_npoints(dg) NOT BETWEEN :minv AND :maxv, abs(st_npoints(dg) - p.target)
        LIMIT 1) s)
SELECT row_number() OVER (ORDER BY zset DESC, i) AS id, zset, route_name, am, target,
       CASE WHEN am THEN st_shiftlongitude(st_translate(st_shiftlongitude(dg), dx, dy))
            ELSE st_translate(dg, dx, dy) END AS g,
       CASE WHEN am THEN st_translate(st_shiftlongitude(dg), dx, dy)
            ELSE st_translate(dg, dx, dy) END AS g_pg
FROM d;
ALTER TABLE routes ADD PRIMARY KEY (id);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM routes
               WHERE st_xmin(g) < -180 OR st_xmax(g) > 180
                  OR (am AND (st_xmin(g_pg) <= 0 OR st_xmax(g_pg) >= 360))
                  OR (NOT am AND NOT st_orderingequals(g, g_pg))) THEN
        RAISE EXCEPTION 'route coordinates out of the intended ranges';
    END IF;
END $$;
VACUUM (FREEZE, ANALYZE) routes;
SQL
echo "   built in $(($(date +%s) - t_gen)) s"
q <<'SQL'
\pset footer off
SELECT b.zset AS "set", z.name AS "zone", z.nv AS "zone vertices",
       count(*) AS "real base routes", count(*) FILTER (WHERE b.am) AS "of which antimeridian",
       round(avg(b.nv), 1) AS "mean waypoints",
       string_agg(b.route_name, ', ' ORDER BY b.route_name) FILTER (WHERE b.am) AS "antimeridian routes"
FROM bench_base b JOIN bench_zone z USING (zset)
GROUP BY 1, 2, 3 ORDER BY 1 DESC;
SELECT zset AS "set", count(*) AS "routes", count(*) FILTER (WHERE am) AS "antimeridian",
       min(st_npoints(g)) AS "min vertices", round(avg(st_npoints(g))) AS "mean vertices",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY st_npoints(g)) AS "median vertices",
       max(st_npoints(g)) AS "max vertices",
       round(min(route_length_nm(g))) AS "min nm", round(avg(route_length_nm(g))) AS "mean nm",
       round(max(route_length_nm(g))) AS "max nm",
       pg_size_pretty(sum(pg_column_size(g))) AS "size of g"
FROM routes GROUP BY 1 ORDER BY 1 DESC;
SQL

# ---------------------------------------------------------------------------
# Timing harness (as test/bench/copy_voyage.sh).
# ---------------------------------------------------------------------------
q <<'SQL'
CREATE TABLE bench_result (phase text, kind text, rep int, wall_ms double precision,
                           cpu_ms double precision, runq_ms double precision, result double precision);

-- The backend's own scheduler counters (Linux /proc/self/schedstat): ns spent
-- on a CPU, ns spent runnable but waiting for one.  NULLs where unavailable.
CREATE FUNCTION bench_schedstat(OUT cpu_ns bigint, OUT runq_ns bigint) LANGUAGE plpgsql AS $$
DECLARE
    f text[];
BEGIN
    f := string_to_array(pg_read_file('/proc/self/schedstat'), ' ');
    cpu_ns := f[1]::bigint;
    runq_ns := f[2]::bigint;
EXCEPTION WHEN OTHERS THEN
    cpu_ns := NULL;
    runq_ns := NULL;
END $$;

-- One query measured inside the server: wall-clock time (clock_timestamp), the
-- backend's CPU time and run-queue wait over it, and the query's result.
CREATE FUNCTION bench_ms(stmt text, OUT wall_ms double precision, OUT cpu_ms double precision,
                         OUT runq_ms double precision, OUT result double precision)
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    s0 record;
    s1 record;
BEGIN
    s0 := bench_schedstat();
    t0 := clock_timestamp();
    EXECUTE stmt INTO result;
    wall_ms := 1000 * extract(epoch FROM clock_timestamp() - t0);
    s1 := bench_schedstat();
    cpu_ms := (s1.cpu_ns - s0.cpu_ns) / 1e6;
    runq_ms := (s1.runq_ns - s0.runq_ns) / 1e6;
END $$;
SQL

# The queries: phase pacific/atlantic: the share of every route of that set in
# its zone; phase length: the lengths alone (Pacific set).
stmt_for() {
    local phase=$1 kind=$2
    case "$phase/$kind" in
        */portemis)
            if [ "$phase" = length ]; then
                echo "SELECT sum(route_length_nm(r.g)) FROM routes r WHERE r.zset = 'pacific'"
            else
                echo "SELECT sum(route_share(r.g, z.geom)) FROM routes r, bench_zone z WHERE r.zset = '$phase' AND z.zset = '$phase'"
            fi ;;
        */postgis)
            if [ "$phase" = length ]; then
                echo "SELECT sum(ST_Length(r.g_pg::geography)) / 1852 FROM routes r WHERE r.zset = 'pacific'"
            else
                echo "SELECT sum(ST_Length(ST_Intersection(r.g_pg, CASE WHEN r.am THEN z.geom_shift ELSE z.geom END)::geography) / ST_Length(r.g_pg::geography)) FROM routes r, bench_zone z WHERE r.zset = '$phase' AND z.zset = '$phase'"
            fi ;;
    esac
}

# run PHASE KIND REP: one measurement in its own session; rep 0 is the warm-up.
run() {
    local phase=$1 kind=$2 rep=$3
    q -c "INSERT INTO bench_result SELECT '$phase', '$kind', $rep, b.* FROM bench_ms(\$\$$(stmt_for "$phase" "$kind")\$\$) b"
}

# ABBA: odd repetitions portemis first, even ones PostGIS first.
phase_runs() {
    local phase=$1 r
    run "$phase" portemis 0
    run "$phase" postgis 0
    for r in $(seq 1 "$REPS"); do
        if [ $((r % 2)) -eq 1 ]; then
            run "$phase" portemis "$r"; run "$phase" postgis "$r"
        else
            run "$phase" postgis "$r"; run "$phase" portemis "$r"
        fi
        printf '   %s rep %d: %s  (load %s)\n' "$phase" "$r" "$(qv -F ' ' -c "SELECT string_agg(kind || ' ' || round(wall_ms::numeric) || ' ms (cpu ' || coalesce(round(cpu_ms::numeric)::text, '?') || ', run-queue wait ' || coalesce(round(runq_ms::numeric)::text, '?') || ')', ', ' ORDER BY kind) FROM bench_result WHERE phase = '$phase' AND rep = $r")" "$(cut -d' ' -f1 /proc/loadavg)"
    done
}

for phase in pacific atlantic length; do
    echo "== timing: $phase, 1 warm-up + $REPS timed repetitions of each, alternating"
    echo "   portemis: $(stmt_for "$phase" portemis)"
    echo "   postgis:  $(stmt_for "$phase" postgis)"
    phase_runs "$phase"
done

# ---------------------------------------------------------------------------
# Agreement over every route (not timed).
# ---------------------------------------------------------------------------
echo "== agreement: computing both shares of every route"
q <<'SQL'
CREATE TABLE bench_share AS
SELECT r.id, r.zset, r.am, r.route_name,
       route_share(r.g, z.geom) AS pm,
       st_length(st_intersection(r.g_pg, CASE WHEN r.am THEN z.geom_shift ELSE z.geom END)::geography)
           / st_length(r.g_pg::geography) AS pg,
       CASE WHEN r.am THEN st_length(st_intersection(r.g, z.geom)::geography)
                           / st_length(r.g::geography) END AS pg_noshift,
       route_length_nm(r.g) * 1852 AS pm_len_m,
       st_length(r.g_pg::geography) AS pg_len_m
FROM routes r JOIN bench_zone z USING (zset);
SQL

echo
echo "== results ($N routes per zone, $REPS repetitions, medians; speed-up = PostGIS / portemis)"
q <<'SQL'
\pset footer off
WITH t AS (
    SELECT phase, kind, 'wall' AS clock, wall_ms AS ms FROM bench_result WHERE rep > 0
    UNION ALL
    SELECT phase, kind, 'cpu', cpu_ms FROM bench_result WHERE rep > 0 AND cpu_ms IS NOT NULL),
m AS (
    SELECT phase, kind, clock, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med,
           min(ms) AS best, max(ms) AS worst
    FROM t GROUP BY phase, kind, clock),
r AS (
    SELECT a.phase, a.clock, a.med AS a_med, b.med AS b_med, a.best AS a_best, a.worst AS a_worst,
           b.best AS b_best, b.worst AS b_worst, b.med / a.med AS speedup
    FROM m a JOIN m b ON b.phase = a.phase AND b.clock = a.clock
                     AND a.kind = 'portemis' AND b.kind = 'postgis')
SELECT CASE phase WHEN 'pacific' THEN 'share, Pacific ECA (52 v.)'
                  WHEN 'atlantic' THEN 'share, Atlantic/Gulf ECA (212 v.)'
                  ELSE 'length alone (Pacific set)' END AS "measure",
       CASE clock WHEN 'wall' THEN 'wall clock' ELSE 'backend CPU' END AS "time",
       round(a_med::numeric) || ' ms' AS "portemis median",
       round(b_med::numeric) || ' ms' AS "PostGIS median",
       round(a_best::numeric) || '-' || round(a_worst::numeric) AS "portemis range ms",
       round(b_best::numeric) || '-' || round(b_worst::numeric) AS "PostGIS range ms",
       to_char(speedup, 'FM990.00') || ' x' AS "speed-up",
       CASE phase WHEN 'pacific' THEN '>= 2 x' ELSE '(info)' END AS "target",
       CASE WHEN phase <> 'pacific' THEN '' WHEN speedup >= 2 THEN 'PASS' ELSE 'MISS' END AS "result"
FROM r ORDER BY CASE phase WHEN 'pacific' THEN 1 WHEN 'atlantic' THEN 2 ELSE 3 END, clock DESC;

\pset tuples_only on
SELECT 'backend run-queue wait (runnable but waiting for a CPU: other work on the machine), mean per timed query: '
       || coalesce(round(avg(runq_ms)::numeric) || ' ms', 'not available')
FROM bench_result WHERE rep > 0;
SELECT 'query results identical across repetitions: '
       || CASE WHEN bool_and(n = 1) THEN 'yes' ELSE 'NO' END || '; sums '
       || string_agg(phase || ' ' || kind || ' ' || round(v::numeric, 6), ', ' ORDER BY phase DESC, kind)
FROM (SELECT phase, kind, count(DISTINCT round(result::numeric, 9)) AS n, min(result) AS v
      FROM bench_result GROUP BY 1, 2) s;
\pset tuples_only off

-- Agreement of the shares, per set and antimeridian or not.
WITH s AS (
    SELECT zset, am, pm, pg, abs(pm - pg) AS d,
           CASE WHEN greatest(pm, pg) > 0 THEN abs(pm - pg) / greatest(pm, pg) END AS rel
    FROM bench_share),
g AS (
    SELECT zset, CASE WHEN grouping(am) = 1 THEN 'ALL' WHEN am THEN 'antimeridian (PostGIS shifted)'
                      ELSE 'not antimeridian' END AS kind,
           count(*) AS n, count(*) FILTER (WHERE greatest(pm, pg) > 0) AS n_pos,
           count(*) FILTER (WHERE pm >= 1 - 1e-12 AND pg >= 1 - 1e-12) AS n_one,
           avg(pm) AS mean_share, max(d) AS max_d,
           percentile_cont(0.99) WITHIN GROUP (ORDER BY d) AS p99_d,
           max(rel) AS max_rel, count(*) FILTER (WHERE rel > 0.001) AS n_off
    FROM s GROUP BY GROUPING SETS ((zset, am), (zset)))
SELECT zset AS "set", kind AS "routes", n AS "n", n_pos AS "share > 0", n_one AS "share = 1",
       round(mean_share::numeric, 4) AS "mean share",
       to_char(max_d, '9.9EEEE') AS "max |diff|", to_char(p99_d, '9.9EEEE') AS "p99 |diff|",
       to_char(max_rel, '9.9EEEE') AS "max rel. diff",
       n_off AS "n > 0.1 %",
       CASE WHEN kind <> 'ALL' THEN '' WHEN n_off = 0 THEN 'PASS' ELSE 'MISS' END AS "within 0.1 %"
FROM g ORDER BY zset DESC, kind = 'ALL', kind;

-- Every route whose shares differ by more than 1e-9, with what explains it:
-- is the route covered by the zone (then its share is 1 by definition), and
-- how much of it does GEOS's overlay dissolve (a stretch sailed twice, e.g. a
-- step back along the previous segment, is in ST_Intersection once but in
-- ST_Length(route) twice; route_share measures the path, twice).
SELECT s.id, s.route_name AS "base route", s.zset AS "set", s.pm AS "portemis", s.pg AS "PostGIS",
       to_char(s.pm - s.pg, '9.99EEEE') AS "diff",
       st_coveredby(r.g_pg, x.zg) AS "route covered by zone",
       round(((s.pm - s.pg) * s.pg_len_m)::numeric, 3) AS "inside m missing in PostGIS",
       round((st_length(r.g_pg::geography) - st_length(st_unaryunion(r.g_pg)::geography))::numeric, 3)
           AS "m sailed twice (dissolved by overlay)"
FROM bench_share s JOIN routes r USING (id) JOIN bench_zone z ON z.zset = r.zset
CROSS JOIN LATERAL (SELECT CASE WHEN r.am THEN z.geom_shift ELSE z.geom END AS zg) x
WHERE abs(s.pm - s.pg) > 1e-9
ORDER BY abs(s.pm - s.pg) DESC LIMIT 20;

-- Definitional check: the route lengths alone (both Karney on WGS 84).
SELECT 'route length: route_length_nm vs ST_Length(geography), all routes' AS "check",
       to_char(max(abs(pm_len_m - pg_len_m) / pg_len_m), '9.9EEEE') AS "max rel. diff",
       to_char(max(abs(pm_len_m - pg_len_m)), '9.9EEEE') || ' m' AS "max abs. diff"
FROM bench_share;

-- Definitional check: the plain expression across the antimeridian.
SELECT 'antimeridian routes, PostGIS expression WITHOUT ST_ShiftLongitude' AS "check",
       count(*) AS "n", round(avg(pm)::numeric, 4) AS "mean share (portemis)",
       round(avg(pg_noshift)::numeric, 4) AS "mean share (PostGIS unshifted)",
       to_char(max(abs(pm - pg_noshift)), 'FM0.0000') AS "max |diff|",
       count(*) FILTER (WHERE abs(pm - pg_noshift) > 0.001 * greatest(pm, pg_noshift)) AS "n > 0.1 %"
FROM bench_share WHERE am;
SQL

# ---------------------------------------------------------------------------
# Path vs point set (not timed): a stretch sailed twice.
# ---------------------------------------------------------------------------
echo "== path vs point set: each real base route followed by its reverse, as one LineString"
q <<'SQL'
\pset footer off
-- route_share measures the path (the round trip's share is the one-way
-- share); ST_Intersection returns a point set, so the PostGIS expression
-- counts the inside stretch once but the route's length twice: half.
WITH rt AS (
    SELECT b.route_name, st_makeline(b.g, st_reverse(b.g)) AS g, b.g AS g1,
           CASE WHEN b.am THEN st_shiftlongitude(st_makeline(b.g, st_reverse(b.g)))
                ELSE st_makeline(b.g, st_reverse(b.g)) END AS g_pg,
           CASE WHEN b.am THEN z.geom_shift ELSE z.geom END AS zg, z.geom
    FROM bench_base b JOIN bench_zone z USING (zset)),
s AS (
    SELECT route_share(g1, geom) AS pm_one, route_share(g, geom) AS pm_rt,
           st_length(st_intersection(g_pg, zg)::geography) / st_length(g_pg::geography) AS pg_rt
    FROM rt)
SELECT 'round trips of the ' || count(*) || ' base routes with share > 0' AS "routes",
       to_char(max(abs(pm_rt - pm_one)), '9.9EEEE') AS "portemis: max |round trip - one way|",
       round(avg(pg_rt / pm_one)::numeric, 4) AS "PostGIS round trip / one way, mean",
       round(min(pg_rt / pm_one)::numeric, 4) AS "min", round(max(pg_rt / pm_one)::numeric, 4) AS "max"
FROM s WHERE pm_one > 0;
SQL

# ---------------------------------------------------------------------------
# Planar vs geodesic edges (not timed).
# ---------------------------------------------------------------------------
echo "== planar vs geodesic edges: both split in the lon/lat plane; how much does that move the share?"
q <<'SQL'
\pset footer off
-- Raw real routes (waypoints as given) against the same densified along
-- their geodesics to <= 1 km pieces (close to geodesic edges).  Both
-- implementations on both forms.
CREATE TEMP TABLE pe AS
SELECT b.zset, b.route_name, b.am,
       route_share(b.g, z.geom) AS pm_raw,
       CASE WHEN b.am THEN st_length(st_intersection(st_shiftlongitude(b.g), z.geom_shift)::geography)
                           / st_length(st_shiftlongitude(b.g)::geography)
            ELSE st_length(st_intersection(b.g, z.geom)::geography) / st_length(b.g::geography) END AS pg_raw,
       route_share(st_segmentize(b.g::geography, 1000)::geometry, z.geom) AS pm_geod
FROM bench_base b JOIN bench_zone z USING (zset);
SELECT 'raw real routes (' || count(*) || ')' AS "routes",
       to_char(max(abs(pm_raw - pg_raw)), '9.9EEEE') AS "portemis vs PostGIS, max |diff|",
       to_char(max(abs(pm_raw - pm_geod)), 'FM0.0000') AS "planar vs ~geodesic edges, max |diff|",
       count(*) FILTER (WHERE abs(pm_raw - pm_geod) > 0.001 * greatest(pm_raw, pm_geod)) AS "n > 0.1 %"
FROM pe;

-- A sample of benchmark routes (hundreds of vertices) further densified the
-- same way.
CREATE TEMP TABLE be AS
SELECT r.id, s.pm, route_share(st_segmentize(r.g::geography, 1000)::geometry, z.geom) AS pm_geod
FROM routes r JOIN bench_zone z USING (zset) JOIN bench_share s USING (id)
WHERE r.id % 50 = 0;
SELECT 'benchmark routes, every 50th (' || count(*) || ')' AS "routes",
       to_char(max(abs(pm - pm_geod)), 'FM0.000000') AS "planar vs ~geodesic edges, max |diff|",
       to_char(percentile_cont(0.99) WITHIN GROUP (ORDER BY abs(pm - pm_geod)), 'FM0.000000') AS "p99 |diff|",
       count(*) FILTER (WHERE abs(pm - pm_geod) > 0.001 * greatest(pm, pm_geod)) AS "n > 0.1 %"
FROM be;
SQL
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: PM_BENCH_N=$N PM_BENCH_REPS=$REPS PM_BENCH_MINV=$MINV PM_BENCH_MAXV=$MAXV PM_BENCH_SHIFT=$SHIFT PM_BENCH_SEED=$SEED $command_line"

# ---------------------------------------------------------------------------
# Optional profile: perf record of one backend per query (Pacific set).
# ---------------------------------------------------------------------------
if [ "$PERF" = 1 ]; then
    command -v perf >/dev/null || { echo "PM_BENCH_PERF=1 but perf is not installed" >&2; exit 1; }
    for kind in portemis postgis; do
        app="pm_bench_perf_$kind"
        PGAPPNAME=$app q -c "SELECT pg_sleep(1)" -c "$(stmt_for pacific "$kind")" >/dev/null &
        client=$!
        pid=""
        for _ in $(seq 1 50); do
            pid=$(qv -c "SELECT pid FROM pg_stat_activity WHERE application_name = '$app'")
            [ -n "$pid" ] && break
            sleep 0.05
        done
        [ -n "$pid" ] || { echo "could not find the backend of $app" >&2; exit 1; }
        data="$PM_CLUSTER_DIR/pm_bench_perf_$kind.data"
        perf record -q -F 999 -g -p "$pid" -o "$data" >/dev/null 2>&1 &
        recorder=$!
        wait "$client"
        wait "$recorder" || true
        echo
        echo "== perf: share, Pacific set, $kind (self time, top 25 symbols)"
        { perf report -i "$data" --no-children --stdio -g none --sort dso,symbol 2>/dev/null |
            grep -E '^ +[0-9]+\.[0-9]+%' | sed 's/[ -]*$//' | head -n 25; } || true
        echo "== perf: share, Pacific set, $kind (with children, top 25)"
        { perf report -i "$data" --children --stdio -g none --sort symbol 2>/dev/null |
            grep -E '^ +[0-9]+\.[0-9]+%' | sed 's/[ -]*$//' | head -n 25; } || true
    done
fi
