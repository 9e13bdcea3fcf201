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
# Gulf coasts ECA (212 vertices), the Pacific set against the Pacific zone
# densified to about the Atlantic zone's vertices (phase pacific_dense: the
# same polygon, collinear vertices added with ST_Segmentize, so the same
# routes, the same shares and only the zone's vertex count differ), route_share
# on the densified zone against the shipped one in ABBA order (phase zonesize:
# the cost of zone size alone, paired in time) and, for information, the route
# lengths alone (route_length_nm vs ST_Length(geography)).
#
# Anchors (PM_BENCH_ANCHORS=1, Debian python3-shapely and python3-pyproj):
# test/bench/route_shapely.py computes the same as the PostGIS expression with
# shapely (GEOS) and pyproj (Karney), once after each ABBA repetition (warm-up
# included) of each phase, so it sees the same load: shapely_compute (the
# geometries in memory), shapely_e2e (WKB read out of the database + compute),
# and for the length phase pyproj_compute / pyproj_e2e.  Its per-route shares
# are checked against route_share's (0.1 %).
#
# Issue 14 targets, printed last as "Issue 14 targets" (PASS/MISS on the
# backend CPU medians, wall clock beside):
#   PostGIS / portemis, Pacific ECA (52 vertices)              >= 2
#   PostGIS / portemis, Atlantic/Gulf ECA (212 vertices)       >= 2
#   portemis, Pacific zone densified to ~212 vertices / 52     <= 1.1 ("nearly
#                      flat in zone size": the issue names no figure; ours)
#   PostGIS the same; shapely and pyproj / portemis            reported
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
# Environment (all optional; the common ones are handled by test/bench/lib.sh,
# and scripts/bench.sh (`make bench`) runs all the benchmarks):
#   PM_BENCH_QUICK=0            1: a smoke run, not a measurement: unless set,
#                               N=200, REPS=3
#   PM_BENCH_N=10000            routes per zone
#   PM_BENCH_REPS=5             timed repetitions of each query
#   PM_BENCH_MINV=200           target vertices per route, minimum
#   PM_BENCH_MAXV=800           target vertices per route, maximum
#   PM_BENCH_SHIFT=0.2          perturbation: random translation < this, degrees
#   PM_BENCH_ANCHORS=1          0: no shapely/pyproj anchors
#   PM_BENCH_PYTHON=/usr/bin/python3   the Python with shapely, pyproj, psycopg2
#   PM_BENCH_SEED=0.42          setseed() for the generator
#   PM_BENCH_PGPORT=54334       port of the throwaway cluster
#   PM_BENCH_CLUSTER_DIR=/tmp/portemis-bench-routes   its directory (wiped at start!)
#   PM_BENCH_REUSE=0            1: use a cluster already running there; do not
#                               start, stop or wipe it
#   PM_BENCH_KEEP=0             1: keep the cluster (running) and its directory at exit
#   PM_BENCH_PERF=0             1: afterwards, perf-record one run of each query on
#                               the Pacific set (and route_share on the Atlantic
#                               one) and print the top functions (PM_BENCH_PERF_RUNS,
#                               PM_BENCH_PERF_TOP; needs perf and root)
# PGPORT and PM_CLUSTER_DIR from the caller's environment are deliberately not
# used: the cluster directory is wiped, and an inherited value could point at
# somebody else's cluster.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_setup 54334 /tmp/portemis-bench-routes portemis_bench_routes 10000 200 5

MINV=$(bench_var MINV 200)
MAXV=$(bench_var MAXV 800)
SHIFT=$(bench_var SHIFT 0.2)
ANCHORS=$(bench_var ANCHORS 1)
CSV=$PM_DATA_DIR/routes/route_references_waypoints.csv
PACIFIC='North American ECA (Pacific coast)'
ATLANTIC='North American ECA (Atlantic and Gulf coasts)'
bench_positive MINV MAXV
[ "$MINV" -le "$MAXV" ] || { echo "PM_BENCH_MINV must be <= PM_BENCH_MAXV" >&2; exit 2; }
[ -r "$CSV" ] || { echo "real route data not found: $CSV" >&2; exit 1; }
[ "$ANCHORS" = 1 ] && bench_python shapely pyproj psycopg2

# Room for both route sets in shared buffers: the timed runs read memory.
bench_cluster 1GB
# Serial plans, no JIT; and no NOTICE per row from PostGIS's geography cast
# of the 0..360 (ST_ShiftLongitude'd) geometries.
bench_createdb "max_parallel_workers_per_gather = 0" "jit = off" "client_min_messages = warning" "extra_float_digits = 1"
bench_header "$(qv -c "SELECT 'PostGIS ' || postgis_lib_version() || ', GEOS ' || postgis_geos_version() || ', PROJ ' || split_part(postgis_proj_version(), ' ', 1)"), shared_buffers=$(qv -c 'SHOW shared_buffers')"

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

-- The Pacific zone densified to about the Atlantic zone's vertex count: the same
-- polygon with collinear vertices added (ST_Segmentize in degrees), the maximum
-- segment length chosen from a fine grid for the count nearest the Atlantic's.
INSERT INTO bench_zone
SELECT 'pacific_dense', p.name || ', densified', p.valid_from, st_npoints(d.g), d.g, st_shiftlongitude(d.g)
FROM bench_zone p, bench_zone a,
     LATERAL (SELECT st_segmentize(p.geom, l) AS g
              FROM generate_series(0.05, 20, 0.01) l
              ORDER BY abs(st_npoints(st_segmentize(p.geom, l)) - a.nv), l DESC LIMIT 1) d
WHERE p.zset = 'pacific' AND a.zset = 'atlantic';

-- Base routes per zone: those entering it by either method, and for the
-- Pacific every antimeridian route.
CREATE TABLE bench_base AS
SELECT z.zset, row_number() OVER (PARTITION BY z.zset ORDER BY r.source_path) AS k,
       r.source_path, r.route_name, r.am, r.nv, r.g
FROM bench_real r JOIN bench_zone z
  ON z.zset <> 'pacific_dense' AND (route_share(r.g, z.geom) > 0
  OR CASE WHEN r.am THEN st_intersects(st_shiftlongitude(r.g), z.geom_shift)
          ELSE st_intersects(r.g, z.geom) END
  OR (r.am AND z.zset = 'pacific'));

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
# Timing (test/bench/lib.sh's harness, every run in its own session, ABBA).
# ---------------------------------------------------------------------------
bench_harness

# The queries: phase pacific/atlantic: the share of every route of that set in
# its zone; pacific_dense: the Pacific set in the densified Pacific zone; phase
# length: the lengths alone (Pacific set).
routes_of() { case "$1" in pacific_dense | zonesize | length) echo pacific ;; *) echo "$1" ;; esac; }
query_of() {
    local kind=$1 phase=$2 set
    set=$(routes_of "$2")
    case "$phase/$kind" in
        # zone size alone: route_share on the Pacific set, densified zone against the shipped one
        zonesize/portemis) query_of portemis pacific_dense ;;
        zonesize/portemis_shipped) query_of portemis pacific ;;
        */portemis)
            if [ "$phase" = length ]; then
                echo "SELECT sum(route_length_nm(r.g)) FROM routes r WHERE r.zset = 'pacific'"
            else
                echo "SELECT sum(route_share(r.g, z.geom)) FROM routes r, bench_zone z WHERE r.zset = '$set' AND z.zset = '$phase'"
            fi ;;
        */postgis)
            if [ "$phase" = length ]; then
                echo "SELECT sum(ST_Length(r.g_pg::geography)) / 1852 FROM routes r WHERE r.zset = 'pacific'"
            else
                echo "SELECT sum(ST_Length(ST_Intersection(r.g_pg, CASE WHEN r.am THEN z.geom_shift ELSE z.geom END)::geography) / ST_Length(r.g_pg::geography)) FROM routes r, bench_zone z WHERE r.zset = '$set' AND z.zset = '$phase'"
            fi ;;
    esac
}

# The anchors after each ABBA repetition (lib.sh's bench_abba calls after_rep):
# route_shapely.py on the same routes and zone; the warm-up's per-route results
# kept for the agreement check.
after_rep() {
    [ "$ANCHORS" = 1 ] && [ "$1" != zonesize ] || return 0
    local phase=$1 r=$2 args
    if [ "$phase" = length ]; then args=(--mode length); else args=(--mode share --zone "$phase"); fi
    [ "$r" != 0 ] || args+=(--result "$PM_CLUSTER_DIR/pm_bench_anchor_$phase.csv")
    "$PYTHON" test/bench/route_shapely.py --dbname "$DB" --routes "$(routes_of "$phase")" "${args[@]}" --first-rep "$r" \
        >>"$PM_CLUSTER_DIR/pm_bench_anchor_$phase.txt" 2>"$PM_CLUSTER_DIR/pm_bench_anchor.log" ||
        { cat "$PM_CLUSTER_DIR/pm_bench_anchor.log" >&2; exit 1; }
    sed 's/^/   /' "$PM_CLUSTER_DIR/pm_bench_anchor.log"
}

for phase in pacific atlantic pacific_dense zonesize length; do
    b=postgis
    [ "$phase" = zonesize ] && b=portemis_shipped
    echo "== timing: $phase, 1 warm-up + $REPS timed repetitions of each, alternating$(
        [ "$ANCHORS" = 1 ] && [ "$phase" != zonesize ] && echo "; then route_shapely.py")"
    echo "   portemis: $(query_of portemis "$phase")"
    echo "   $b:  $(query_of "$b" "$phase")"
    rm -f "$PM_CLUSTER_DIR/pm_bench_anchor_$phase.txt"
    bench_abba "$phase" portemis "$b"
    if [ "$ANCHORS" = 1 ] && [ "$phase" != zonesize ]; then
        if [ "$phase" = length ]; then prefix=pyproj; else prefix=shapely; fi
        bench_python_rows "$phase" "$prefix" "$PM_CLUSTER_DIR/pm_bench_anchor_$phase.txt" | q
    fi
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
-- The Pacific set in the densified Pacific zone: the same polygon, so the same shares.
CREATE TABLE bench_share_dense AS
SELECT r.id, route_share(r.g, z.geom) AS pm_dense,
       st_length(st_intersection(r.g_pg, CASE WHEN r.am THEN z.geom_shift ELSE z.geom END)::geography)
           / st_length(r.g_pg::geography) AS pg_dense
FROM routes r, bench_zone z WHERE r.zset = 'pacific' AND z.zset = 'pacific_dense';
SQL
echo "== zone size alone: the Pacific set in the Pacific zone ($(qv -c "SELECT nv FROM bench_zone WHERE zset = 'pacific'") vertices) and in the same zone densified ($(qv -c "SELECT nv FROM bench_zone WHERE zset = 'pacific_dense'") vertices; the Atlantic zone: $(qv -c "SELECT nv FROM bench_zone WHERE zset = 'atlantic'"))"
dense_check=$(qv <<'SQL'
SELECT 'CHECK dense ' || CASE WHEN max(abs(d.pm_dense - s.pm)) <= 1e-9 AND max(abs(d.pg_dense - s.pg)) <= 1e-9
                              AND (SELECT st_hausdorffdistance(p.geom, q.geom) < 1e-9 FROM bench_zone p, bench_zone q
                                   WHERE p.zset = 'pacific' AND q.zset = 'pacific_dense')
                         THEN 'PASS' ELSE 'FAIL' END
       || ': the zones the same polygon (Hausdorff distance '
       || (SELECT to_char(st_hausdorffdistance(p.geom, q.geom), '0.0EEEE') FROM bench_zone p, bench_zone q
           WHERE p.zset = 'pacific' AND q.zset = 'pacific_dense') || ' degrees); '
       || count(*) || ' routes, max |share densified - share|: portemis '
       || to_char(max(abs(d.pm_dense - s.pm)), '0.0EEEE') || ', PostGIS ' || to_char(max(abs(d.pg_dense - s.pg)), '0.0EEEE')
       || ' (limit 1e-9)'
FROM bench_share_dense d JOIN bench_share s USING (id);
SQL
)
bench_check "$dense_check" "CHECK dense PASS" "densifying the zone changed the shares"
if [ "$ANCHORS" = 1 ]; then
    echo "== agreement: shapely/pyproj anchors (route_shapely.py's warm-up run) vs portemis, every route"
    {
        echo "CREATE TABLE bench_anchor (phase text, id bigint, value float8);"
        for phase in pacific atlantic pacific_dense length; do
            echo "CREATE TEMP TABLE a_in (id bigint, value float8);"
            echo "\\copy a_in FROM '$PM_CLUSTER_DIR/pm_bench_anchor_$phase.csv' (FORMAT csv, HEADER match)"
            echo "INSERT INTO bench_anchor SELECT '$phase', id, value FROM a_in; DROP TABLE a_in;"
        done
    } | q
    anchor_check=$(q <<'SQL'
\pset footer off
CREATE TEMP TABLE ac AS
SELECT a.phase, count(*) AS n,
       max(abs(a.value - CASE a.phase WHEN 'pacific_dense' THEN d.pm_dense WHEN 'length' THEN s.pm_len_m / 1852 ELSE s.pm END)) AS max_d,
       count(*) FILTER (WHERE abs(a.value - CASE a.phase WHEN 'pacific_dense' THEN d.pm_dense WHEN 'length' THEN s.pm_len_m / 1852 ELSE s.pm END)
                              > 0.001 * greatest(abs(a.value), abs(CASE a.phase WHEN 'pacific_dense' THEN d.pm_dense
                                                                                WHEN 'length' THEN s.pm_len_m / 1852 ELSE s.pm END))) AS n_off
FROM bench_anchor a JOIN bench_share s USING (id) LEFT JOIN bench_share_dense d USING (id)
GROUP BY a.phase;
SELECT phase, n AS "routes", to_char(max_d, '9.9EEEE') AS "max |anchor - portemis|", n_off AS "n > 0.1 %",
       CASE phase WHEN 'length' THEN 'pyproj Geod.geometry_length, nm' ELSE 'shapely intersection + pyproj lengths, share' END AS "anchor"
FROM ac ORDER BY phase;
\pset tuples_only on
SELECT 'CHECK anchors ' || CASE WHEN count(*) = 4 AND sum(n_off) = 0 THEN 'PASS' ELSE 'FAIL' END
       || ': every route of every phase within 0.1 %' FROM ac;
SQL
)
    bench_check "$anchor_check" "CHECK anchors PASS" "the shapely/pyproj anchors disagree with portemis by more than 0.1 %"
fi

echo
echo "== results ($N routes per zone, $REPS repetitions, medians; speed-up = PostGIS / portemis)"
q <<'SQL'
\pset footer off
WITH r AS (SELECT *, b_med / a_med AS speedup FROM bench_pair('portemis', 'postgis'))
SELECT CASE phase WHEN 'pacific' THEN 'share, Pacific ECA (52 v.)'
                  WHEN 'atlantic' THEN 'share, Atlantic/Gulf ECA (212 v.)'
                  WHEN 'pacific_dense' THEN 'share, Pacific set, Pacific ECA densified'
                  ELSE 'length alone (Pacific set)' END AS "measure",
       "time", a_median AS "portemis median", b_median AS "PostGIS median",
       a_range AS "portemis range ms", b_range AS "PostGIS range ms",
       to_char(speedup, 'FM990.00') || ' x' AS "speed-up",
       CASE phase WHEN 'pacific' THEN '>= 2 x' ELSE '(info)' END AS "target",
       CASE WHEN phase <> 'pacific' THEN '' WHEN speedup >= 2 THEN 'PASS' ELSE 'MISS' END AS "result"
FROM r ORDER BY CASE phase WHEN 'pacific' THEN 1 WHEN 'atlantic' THEN 2 WHEN 'pacific_dense' THEN 3 ELSE 4 END, clock DESC;

\pset tuples_only on
SELECT 'backend run-queue wait (runnable but waiting for a CPU: other work on the machine), mean per timed query: '
       || coalesce(round(avg(runq_ms)::numeric) || ' ms', 'not available')
FROM bench_result WHERE rep > 0;
SELECT 'query results identical across repetitions: '
       || CASE WHEN bool_and(n = 1) THEN 'yes' ELSE 'NO' END || '; sums '
       || string_agg(phase || ' ' || kind || ' ' || round(v::numeric, 6), ', ' ORDER BY phase DESC, kind)
FROM (SELECT phase, kind, count(DISTINCT round(result::numeric, 9)) AS n, min(result::float8) AS v
      FROM bench_result WHERE kind IN ('portemis', 'postgis') GROUP BY 1, 2) s;
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

# Issue 14: the ratios the issue names, judged.
nv_p=$(qv -c "SELECT nv FROM bench_zone WHERE zset = 'pacific'")
nv_a=$(qv -c "SELECT nv FROM bench_zone WHERE zset = 'atlantic'")
nv_d=$(qv -c "SELECT nv FROM bench_zone WHERE zset = 'pacific_dense'")
bench_targets "Issue 14 targets ($N routes per zone, $REPS repetitions, serial; CPU: the backend's, or Python's + the server's for the reads)" <<EOF
PostGIS / route_share, Pacific ECA ($nv_p vertices)|pacific|postgis|portemis|>=|2|cpu|
PostGIS / route_share, Atlantic/Gulf ECA ($nv_a vertices)|atlantic|postgis|portemis|>=|2|cpu|other routes than the Pacific set
route_share, Pacific zone densified ($nv_d v.) / as shipped ($nv_p v.)|zonesize|portemis|portemis_shipped|<=|1.1|cpu|same routes, same polygon, ABBA: zone size alone; 1.1 is our reading of "nearly flat"
PostGIS, the same (densified / as shipped)|pacific_dense|postgis|pacific:postgis||||across phases (not paired in time): for comparison only
(anchor) shapely+pyproj in memory / route_share, Pacific|pacific|shapely_compute|portemis||||GEOS + Karney in Python, geometries already loaded
(anchor) shapely+pyproj end to end / route_share, Pacific|pacific|shapely_e2e|portemis||||+ WKB out of the database
(anchor) shapely+pyproj in memory / route_share, Atlantic|atlantic|shapely_compute|portemis||||
(anchor) shapely+pyproj in memory / route_share, Pacific densified|pacific_dense|shapely_compute|portemis||||
(anchor) PostGIS / shapely+pyproj in memory, Pacific|pacific|postgis|shapely_compute||||the two GEOS users
(info) ST_Length(geography) / route_length_nm, Pacific set|length|postgis|portemis||||lengths alone
(anchor) pyproj Geod lengths in memory / route_length_nm|length|pyproj_compute|portemis||||
EOF
bench_footer "PM_BENCH_N=$N PM_BENCH_REPS=$REPS PM_BENCH_MINV=$MINV PM_BENCH_MAXV=$MAXV PM_BENCH_SHIFT=$SHIFT PM_BENCH_SEED=$SEED PM_BENCH_ANCHORS=$ANCHORS"

# ---------------------------------------------------------------------------
# Optional profile: perf record of one backend per query (Pacific set).
# ---------------------------------------------------------------------------
BENCH_PERF_PHASE=pacific BENCH_PERF_CHILDREN=25 bench_profile 1 25 portemis postgis
BENCH_PERF_PHASE=atlantic BENCH_PERF_CHILDREN=25 bench_profile 1 25 portemis
