#!/usr/bin/env bash
# AIS pings to activity (issue 12, performance): per ship, the intervals between
# consecutive pings, their hours, geodesic distance (WGS 84, Karney) and
# propulsion energy, over PM_BENCH_N (default 10,000,000) SYNTHETIC pings of
# PM_BENCH_SHIPS (default N / 5,000: 2,000) ships, one UTC day each; portemis
# against plain SQL with PostGIS and against pandas, on the same rows.
#
# Per ship (mmsi): the number of intervals, sum(hours), sum(distance_nm) and
# sum(kWh) = sum(mcr_kw * propulsion_load(speed_kn, max_speed_kn) * hours), with
# each ship's mcr_kw and max_speed_kn from the table ships, speed_kn the mean of
# the two pings' SOG, load 0 at speed 0, else min(1, max(0.02, (speed / max)^3));
# then the grand totals.  Methods (all read the table pings):
#   portemis            SELECT mmsi, ais_track(t, lon, lat, sog, nav_status) ...
#                       GROUP BY mmsi; per ship, in a LATERAL subquery, its row
#                       of ships and the sums over unnest(track), with
#                       propulsion_load().  (Joining ships to the aggregate's
#                       output instead lets the planner hash or sort the tracks,
#                       about 130 bytes a ping: the issue's literal form is
#                       timed once for information.)
#   portemis_activity   the same through ais_activity(track, '{}') (no zones:
#                       split at UTC midnights only; the tracks lie inside one
#                       day, so it returns the same intervals): its overhead
#   plain_sql           window functions: lag() OVER (PARTITION BY mmsi ORDER BY
#                       t), hours = date_part('epoch', t - lag(t)) / 3600,
#                       ST_Distance(ST_MakePoint(lag lon, lag lat)::geography,
#                       ST_MakePoint(lon, lat)::geography) (PostGIS, spheroid)
#                       / 1852, the load as a CASE, joined to ships, summed
#   plain_sql_spheroid  the same with ST_DistanceSpheroid(geometry, geometry,
#                       'SPHEROID["WGS 84",6378137,298.257223563]'), which skips
#                       the geography casts (faster; the same geodesic)
#   pandas              test/bench/ais_pandas.py: COPY out of the database into
#                       DataFrames (read), then sort by mmsi, t; groupby shift;
#                       pyproj Geod(ellps='WGS84').inv vectorised; the same sums
#                       (compute); e2e = read + compute
#   numpy               the same script's numpy variant on the same DataFrames
#                       (lexsort, positional shift, reduceat): for information
# Issue targets: portemis at least 5 x faster than plain SQL (judged against the
# faster plain variant) and faster than pandas.  Agreement: every method's
# intervals per ship equal, its sums and grand totals within 1e-9 relative of
# portemis, or the script fails; the per-interval distances of portemis and
# PostGIS on a sample of ships are printed (max relative and absolute difference).
#
# Scaling and parallelism, in the same rounds: the SQL kinds again over
# pings_q (the pings of a quarter of the ships, N/4 rows: *_quarter) and with
# max_parallel_workers_per_gather = 2 (*_par2; all other kinds run serially).
# ais_track has no combine function, so it cannot be a partial aggregate: its
# plan stays serial (the plans are printed), while the plain queries can sort
# in parallel workers under a Gather Merge.  For information,
# portemis_partitioned_par2 runs the portemis query over pings_part, the same
# rows hash-partitioned by mmsi into 4 partitions, with
# enable_partitionwise_aggregate = on and 2 workers: each partition's
# aggregate runs whole in a worker (Parallel Append), the way to use several
# cores with an aggregate that has no combine function.
#
# Data (tools/gen_ais_tracks.py, SYNTHETIC, seeded): one UTC day per ship
# (2022-01-03), pings every ~17 s with jitter, whole seconds, off Southern
# California: ships at berth (status 5, SOG ~0), at anchor (status 1), under way
# at 10-22 kn along a great circle with small heading changes, and departing
# (berth, harbour, sea); the rows in time order, as a receiver logs them.  No
# duplicate time stamps, no jump above 50 kn, no interval above 6 h (checked:
# ais_track drops and flags none), so every method computes the same intervals.
#
# Timing: server-side for SQL (lib.sh's bench_ms: clock_timestamp() around
# EXECUTE, the backend's and the parallel workers' CPU time), in-process for
# pandas (perf_counter, process_time).  Round 0 is an untimed warm-up; then
# REPS rounds, each one psql session running every SQL kind in a rotated order
# followed by one run of ais_pandas.py, so that all methods see the same load.
# Session: work_mem = PM_BENCH_WORK_MEM (1GB: the plain sort of all pings stays
# in memory), jit off unless PM_BENCH_JIT=1; tables prewarmed into shared
# buffers.  Medians of the REPS rounds; ratios of medians against baselines of
# the same run.  A benchmark, never a timed test.
#
# Run as root (the server runs as the postgres user) or as the server's user:
#   test/bench/ais_track.sh
# Environment (all optional; the common ones are handled by test/bench/lib.sh):
#   PM_BENCH_QUICK=0            1: a smoke run, not a measurement: unless set,
#                               N=200000 (40 ships), REPS=3, SHARED_BUFFERS=256MB
#   PM_BENCH_N=10000000         pings
#   PM_BENCH_SHIPS=N/5000       ships (one UTC day each: N / SHIPS pings a ship)
#   PM_BENCH_REPS=5             timed rounds
#   PM_BENCH_GEN_SEED=42        seed of tools/gen_ais_tracks.py (PM_BENCH_SEED,
#                               a setseed() value, is not used here)
#   PM_BENCH_SAMPLE_SHIPS=100   ships of the per-interval distance comparison
#   PM_BENCH_PANDAS=1           0: skip the pandas baseline
#   PM_BENCH_INFO=1             0: skip the information runs (the issue's literal
#                               query form, and portemis at the default work_mem)
#   PM_BENCH_WORK_MEM=1GB       work_mem of the timed sessions
#   PM_BENCH_JIT=0              1: leave JIT on for the timed runs
#   PM_BENCH_SHARED_BUFFERS=3GB shared_buffers of the throwaway cluster (pings,
#                               pings_q and pings_part: 1.9 GB at the default N)
#   PM_BENCH_PYTHON=/usr/bin/python3   the Python with pandas, pyproj, psycopg2
#   PM_BENCH_PGPORT=54345       port of the throwaway cluster
#   PM_BENCH_CLUSTER_DIR=/tmp/portemis-bench-54345   its directory (wiped at start!)
#   PM_BENCH_REUSE=0            1: use a cluster already running there (the data
#                               is generated again)
#   PM_BENCH_KEEP=0             1: keep the cluster running at exit
#   PM_BENCH_PERF=0             1: afterwards, perf-record a backend running the
#                               portemis, portemis_activity and plain_sql queries
#                               (call graphs; needs perf and root)
# PGPORT and PM_CLUSTER_DIR from the caller's environment are deliberately not
# used: the cluster directory is wiped, and an inherited value could point at
# somebody else's cluster.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_setup 54345 /tmp/portemis-bench-54345 portemis_bench_ais 10000000 200000 5

SHIPS=$(bench_var SHIPS $(((N + 4999) / 5000)))
GEN_SEED=$(bench_var GEN_SEED 42)
SAMPLE_SHIPS=$(bench_var SAMPLE_SHIPS 100)
PANDAS=$(bench_var PANDAS 1)
INFO=$(bench_var INFO 1)
WORK_MEM=$(bench_var WORK_MEM 1GB)
JIT=$(bench_var JIT 0)
SHARED_BUFFERS=$(bench_var SHARED_BUFFERS 3GB 256MB)
PYTHON=$(bench_var PYTHON /usr/bin/python3)
bench_positive SHIPS GEN_SEED SAMPLE_SHIPS
[ "$N" -ge $((2 * SHIPS)) ] || { echo "PM_BENCH_N must be at least 2 x PM_BENCH_SHIPS" >&2; exit 2; }
[ "$SHIPS" -ge 4 ] || { echo "PM_BENCH_SHIPS must be >= 4 (a quarter of them make pings_q)" >&2; exit 2; }
if [ "$JIT" = 1 ]; then jit_setting=on; else jit_setting=off; fi

# Python with numpy and pandas (the generator), pyproj and psycopg2 (the pandas baseline).
py_modules="numpy pandas"
[ "$PANDAS" = 1 ] && py_modules="$py_modules pyproj psycopg2"
if ! "$PYTHON" -c "import ${py_modules// /, }" 2>/dev/null; then
    if [ "$(id -u)" -eq 0 ] && [ "$PYTHON" = /usr/bin/python3 ]; then
        echo "== installing python3-pandas python3-pyproj python3-psycopg2"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            python3-pandas python3-pyproj python3-psycopg2 >/dev/null
    else
        echo "$PYTHON lacks one of: $py_modules (Debian: python3-pandas python3-pyproj python3-psycopg2)" >&2
        exit 1
    fi
fi

bench_cluster "$SHARED_BUFFERS"
bench_createdb "timezone = 'UTC'"
q -c "CREATE EXTENSION pg_prewarm"
bench_header "shared_buffers=$(qv -c 'SHOW shared_buffers'), work_mem=$WORK_MEM and jit=$jit_setting for the timed runs"
echo "== python: $("$PYTHON" -c 'import sys, numpy, pandas; print(sys.version.split()[0], "numpy", numpy.__version__, "pandas", pandas.__version__, end="")')$(
    [ "$PANDAS" = 1 ] && "$PYTHON" -c 'import pyproj, psycopg2; print(", pyproj", pyproj.__version__, "(PROJ", pyproj.proj_version_str + "), psycopg2", psycopg2.__version__.split()[0], end="")')"

# ---------------------------------------------------------------------------
# Data: SYNTHETIC pings and ships from tools/gen_ais_tracks.py, loaded with COPY.
# ---------------------------------------------------------------------------
echo "== generating $N SYNTHETIC pings of $SHIPS ships (tools/gen_ais_tracks.py, seed $GEN_SEED) and loading them"
t_gen=$(date +%s)
q <<'SQL'
CREATE TABLE ships (mmsi integer PRIMARY KEY, name text NOT NULL, mcr_kw double precision NOT NULL,
                    max_speed_kn double precision NOT NULL);
CREATE UNLOGGED TABLE pings (
    mmsi        integer NOT NULL,
    t           timestamptz NOT NULL,
    lon         double precision,
    lat         double precision,
    sog         double precision,
    cog         double precision,
    nav_status  integer
) WITH (autovacuum_enabled = false);
SQL
ships_csv="$PM_CLUSTER_DIR/pm_bench_ais_ships.csv"
"$PYTHON" tools/gen_ais_tracks.py --pings "$N" --ships "$SHIPS" --seed "$GEN_SEED" --ships-csv "$ships_csv" \
    2>"$PM_CLUSTER_DIR/pm_bench_ais_gen.log" | sed '/^#/d' | q -c "COPY pings FROM STDIN (FORMAT csv, HEADER match)"
sed 's/^/   /' "$PM_CLUSTER_DIR/pm_bench_ais_gen.log"
sed -n '1s/^# /   /p' "$ships_csv"
sed '/^#/d' "$ships_csv" | q -c "COPY ships FROM STDIN (FORMAT csv, HEADER match)"
rm -f "$ships_csv"
# pings_q: the pings of a quarter of the ships (the first by name), in the same (time) order
q <<SQL
CREATE UNLOGGED TABLE pings_q WITH (autovacuum_enabled = false) AS
SELECT p.* FROM pings p WHERE p.mmsi IN (SELECT mmsi FROM ships ORDER BY name LIMIT $SHIPS / 4);
-- pings_part: the same rows hash-partitioned by mmsi (4 partitions), for partitionwise aggregation
CREATE UNLOGGED TABLE pings_part (LIKE pings) PARTITION BY HASH (mmsi);
SELECT format('CREATE UNLOGGED TABLE pings_part_%s PARTITION OF pings_part FOR VALUES WITH (MODULUS 4, REMAINDER %s) WITH (autovacuum_enabled = false)', k, k)
FROM generate_series(0, 3) k \gexec
INSERT INTO pings_part SELECT * FROM pings;
VACUUM (FREEZE, ANALYZE) pings;
VACUUM (FREEZE, ANALYZE) pings_q;
VACUUM (FREEZE, ANALYZE) pings_part;
VACUUM ANALYZE ships;
SQL
N_Q=$(qv -c "SELECT count(*) FROM pings_q")
echo "   generated and loaded in $(($(date +%s) - t_gen)) s; pings $(qv -c "SELECT pg_size_pretty(pg_total_relation_size('pings'))"), pings_q $N_Q rows"
echo "   sample rows: $(qv -c "SELECT string_agg(format('%s %s %s %s sog %s status %s', mmsi, to_char(t, 'HH24:MI:SS'), lon, lat, sog, nav_status), '; ') FROM (SELECT * FROM pings LIMIT 3) s")"

# ---------------------------------------------------------------------------
# The queries.  __PINGS__: the table (pings, or pings_q for *_quarter).  Each
# per-ship query gives mmsi, intervals, hours, distance_nm, kwh; the timed form
# sums them into one text: ships|intervals|hours|nm|kwh.
# ---------------------------------------------------------------------------
read -r -d '' PER_SHIP_PORTEMIS <<'SQL' || true
SELECT s.mmsi, x.intervals, x.hours, x.distance_nm, x.kwh
FROM (SELECT mmsi, ais_track(t, lon, lat, sog, nav_status) AS track FROM __PINGS__ GROUP BY mmsi) s
CROSS JOIN LATERAL (
    SELECT count(*) AS intervals, sum(i.hours) AS hours, sum(i.distance_nm) AS distance_nm,
           sum(sh.mcr_kw * propulsion_load(i.speed_kn, sh.max_speed_kn) * i.hours) AS kwh
    FROM ships sh, __INTERVALS__ i
    WHERE sh.mmsi = s.mmsi) x
SQL
# shellcheck disable=SC2034  # read through per_ship_of's indirection
PER_SHIP_PORTEMIS_ACTIVITY=${PER_SHIP_PORTEMIS//__INTERVALS__/"ais_activity(s.track, '{}')"}
PER_SHIP_PORTEMIS=${PER_SHIP_PORTEMIS//__INTERVALS__/unnest(s.track)}

read -r -d '' PER_SHIP_PLAIN_SQL <<'SQL' || true
SELECT d.mmsi, count(*) AS intervals, sum(d.hours) AS hours, sum(d.distance_nm) AS distance_nm,
       sum(sh.mcr_kw * CASE WHEN d.speed_kn = 0 THEN 0
                            ELSE least(1, greatest(0.02, (d.speed_kn / sh.max_speed_kn) ^ 3)) END * d.hours) AS kwh
FROM (SELECT mmsi,
             date_part('epoch', t - lag(t) OVER w) / 3600 AS hours,
             __DISTANCE__ / 1852 AS distance_nm,
             (lag(sog) OVER w + sog) / 2 AS speed_kn
      FROM __PINGS__
      WINDOW w AS (PARTITION BY mmsi ORDER BY t)) d
JOIN ships sh ON sh.mmsi = d.mmsi
WHERE d.hours IS NOT NULL
GROUP BY d.mmsi
SQL
# shellcheck disable=SC2034  # read through per_ship_of's indirection
PER_SHIP_PLAIN_SQL_SPHEROID=${PER_SHIP_PLAIN_SQL//__DISTANCE__/"ST_DistanceSpheroid(ST_MakePoint(lag(lon) OVER w, lag(lat) OVER w), ST_MakePoint(lon, lat), 'SPHEROID[\"WGS 84\",6378137,298.257223563]')"}
PER_SHIP_PLAIN_SQL=${PER_SHIP_PLAIN_SQL//__DISTANCE__/"ST_Distance(ST_MakePoint(lag(lon) OVER w, lag(lat) OVER w)::geography, ST_MakePoint(lon, lat)::geography)"}

# The issue's literal form, for information: unnest every ship's track, join the ships, sum.
read -r -d '' Q_PORTEMIS_LITERAL <<'SQL' || true
SELECT count(*) || '|' || sum(intervals) || '|' || sum(hours) || '|' || sum(distance_nm) || '|' || sum(kwh)
FROM (SELECT s.mmsi, count(*) AS intervals, sum(i.hours) AS hours, sum(i.distance_nm) AS distance_nm,
             sum(sh.mcr_kw * propulsion_load(i.speed_kn, sh.max_speed_kn) * i.hours) AS kwh
      FROM (SELECT mmsi, ais_track(t, lon, lat, sog, nav_status) tr FROM pings GROUP BY mmsi) s, unnest(s.tr) i,
           ships sh
      WHERE sh.mmsi = s.mmsi
      GROUP BY s.mmsi) x
SQL

KINDS="portemis portemis_activity plain_sql plain_sql_spheroid portemis_par2 plain_sql_par2 plain_sql_spheroid_par2
       portemis_partitioned_par2 portemis_quarter plain_sql_quarter plain_sql_spheroid_quarter"

base_of() { local k=${1%_par2}; k=${k%_partitioned}; echo "${k%_quarter}"; }
table_of() { case "$1" in *_quarter) echo pings_q ;; *_partitioned_*) echo pings_part ;; *) echo pings ;; esac; }
per_ship_of() { # KIND -> its per-ship query on its table
    local v
    v="PER_SHIP_$(base_of "$1" | tr '[:lower:]' '[:upper:]')"
    echo "${!v//__PINGS__/$(table_of "$1")}"
}
query_of() {
    case "$1" in
        portemis_literal) echo "$Q_PORTEMIS_LITERAL" ;;
        *) echo "SELECT count(*) || '|' || sum(intervals) || '|' || sum(hours) || '|' || sum(distance_nm) || '|' || sum(kwh) FROM ($(per_ship_of "$1")) x" ;;
    esac | tr -s '\n ' '  '
}
workers_of() { case "$1" in *_par2) echo 2 ;; *) echo 0 ;; esac; }
settings_of() {
    echo "SET max_parallel_workers_per_gather = $(workers_of "$1");"
    case "$1" in
        *_partitioned_*) echo "SET enable_partitionwise_aggregate = on;" ;;
        *) echo "SET enable_partitionwise_aggregate = off;" ;;
    esac
}
session_settings="SET max_parallel_workers_per_gather = 0; SET jit = $jit_setting; SET work_mem = '$WORK_MEM';"

bench_harness

echo "== plans (EXPLAIN, costs off)"
for kind in portemis portemis_activity plain_sql plain_sql_spheroid portemis_par2 plain_sql_par2 portemis_partitioned_par2; do
    echo "   -- $kind (max_parallel_workers_per_gather = $(workers_of "$kind"))"
    qv -c "$session_settings" -c "$(settings_of "$kind")" -c "EXPLAIN (COSTS OFF) $(query_of "$kind")" |
        grep -vE '^ *(Cache Key|Cache Mode|Index Cond|Hash Cond|Merge Cond)' | sed 's/^/      /' | cut -c1-150
done

# ---------------------------------------------------------------------------
# The data as ais_track sees it, and the checks that make the methods comparable.
# ---------------------------------------------------------------------------
echo "== data (ais_track's intervals; ships classed by their navigational statuses)"
datacheck=$(q <<SQL
\pset footer off
$session_settings
CREATE TEMP TABLE iv AS
SELECT s.mmsi, s.statuses, i.*
FROM (SELECT mmsi, ais_track(t, lon, lat, sog, nav_status) AS track,
             array_agg(DISTINCT nav_status ORDER BY nav_status) AS statuses
      FROM pings GROUP BY mmsi) s, unnest(s.track) i;
SELECT CASE statuses WHEN '{5}' THEN 'at berth' WHEN '{1}' THEN 'at anchor' WHEN '{0}' THEN 'under way'
                     WHEN '{0,5}' THEN 'departing' ELSE statuses::text END AS "ships",
       count(DISTINCT mmsi) AS "n", count(*) AS intervals,
       round((sum(distance_nm) / count(DISTINCT mmsi))::numeric, 1) AS "nm per ship",
       round((sum(distance_nm) / nullif(sum(hours), 0))::numeric, 2) AS "mean kn",
       round(avg(speed_kn)::numeric, 2) AS "mean SOG kn", max(speed_kn) AS "max SOG kn",
       round(max(distance_nm / hours)::numeric, 1) AS "max kn between pings",
       round((3600 * avg(hours))::numeric, 2) AS "mean s between pings",
       round((3600 * min(hours))::numeric) || '-' || round((3600 * max(hours))::numeric) AS "s between pings"
FROM iv GROUP BY statuses ORDER BY 2 DESC;
SELECT 'positions lon ' || round(min(least(lon_start, lon_end))::numeric, 2) || '..' || round(max(greatest(lon_start, lon_end))::numeric, 2)
       || ', lat ' || round(min(least(lat_start, lat_end))::numeric, 2) || '..' || round(max(greatest(lat_start, lat_end))::numeric, 2)
       || '; times ' || min(t_start) || ' .. ' || max(t_end) AS "extent" FROM iv;
\pset tuples_only on
SELECT CASE WHEN count(*) = $N - $SHIPS AND count(DISTINCT mmsi) = $SHIPS
             AND sum(pings_duplicate + pings_rejected + pings_unusable) = 0 AND NOT bool_or(gap)
             AND max(hours) <= 6 AND max(distance_nm / hours) < 50
            THEN 'DATA OK' ELSE 'DATA NOT AS EXPECTED' END
       || ': ' || count(*) || ' intervals of ' || count(DISTINCT mmsi) || ' ships (expected ' || ($N - $SHIPS) || ' of ' || $SHIPS
       || '); pings dropped by ais_track: ' || sum(pings_duplicate) || ' duplicate, ' || sum(pings_rejected) || ' jumps, '
       || sum(pings_unusable) || ' unusable; gaps ' || count(*) FILTER (WHERE gap) || '; longest interval '
       || round((max(hours) * 3600)::numeric) || ' s; fastest ' || round(max(distance_nm / hours)::numeric, 1) || ' kn'
FROM iv;
SQL
)
bench_check "$datacheck" "DATA OK" "the data is not as the comparison needs (duplicates, jumps, gaps or missing intervals)"

# ---------------------------------------------------------------------------
# Agreement: per ship and in total, every method against portemis (not timed).
# ---------------------------------------------------------------------------
echo "== agreement: per-ship intervals and sums, and the grand totals, against portemis (limit 1e-9 relative)"
q -c "CREATE TABLE r_pandas (method text, mmsi integer, intervals bigint, hours float8, distance_nm float8, kwh float8)"
if [ "$PANDAS" = 1 ]; then
    "$PYTHON" test/bench/ais_pandas.py --dbname "$DB" --first-rep 0 --totals \
        --per-ship "$PM_CLUSTER_DIR/pm_bench_ais_pandas.csv" >/dev/null 2>"$PM_CLUSTER_DIR/pm_bench_ais_pandas.log" ||
        { cat "$PM_CLUSTER_DIR/pm_bench_ais_pandas.log" >&2; exit 1; }
    sed 's/^/   /' "$PM_CLUSTER_DIR/pm_bench_ais_pandas.log"
    q -c "\\copy r_pandas FROM '$PM_CLUSTER_DIR/pm_bench_ais_pandas.csv' (FORMAT csv, HEADER match)"
    rm -f "$PM_CLUSTER_DIR/pm_bench_ais_pandas.csv"
fi
agreement=$(q <<SQL
\pset footer off
$session_settings
CREATE TABLE r_all AS
SELECT 'portemis' AS method, * FROM ($(per_ship_of portemis)) a
UNION ALL SELECT 'portemis_activity', * FROM ($(per_ship_of portemis_activity)) b
UNION ALL SELECT 'plain_sql', * FROM ($(per_ship_of plain_sql)) c
UNION ALL SELECT 'plain_sql_spheroid', * FROM ($(per_ship_of plain_sql_spheroid)) d
UNION ALL SELECT method, mmsi, intervals, hours, distance_nm, kwh FROM r_pandas;
SET max_parallel_workers_per_gather = 2;
INSERT INTO r_all SELECT 'portemis_par2', * FROM ($(per_ship_of portemis_par2)) e;
INSERT INTO r_all SELECT 'plain_sql_par2', * FROM ($(per_ship_of plain_sql_par2)) f;
SET enable_partitionwise_aggregate = on;
INSERT INTO r_all SELECT 'portemis_partitioned_par2', * FROM ($(per_ship_of portemis_partitioned_par2)) g;
RESET enable_partitionwise_aggregate;
RESET max_parallel_workers_per_gather;
CREATE TEMP TABLE cmp AS
SELECT m.method, count(*) AS ships, count(p.mmsi) AS matched,
       count(*) FILTER (WHERE m.intervals IS DISTINCT FROM p.intervals) AS interval_counts_differ,
       max(rel_diff(m.hours, p.hours)) AS ship_hours, max(rel_diff(m.distance_nm, p.distance_nm)) AS ship_nm,
       max(rel_diff(m.kwh, p.kwh)) AS ship_kwh,
       sum(m.intervals) AS intervals, sum(m.hours) AS hours, sum(m.distance_nm) AS nm, sum(m.kwh) AS kwh
FROM r_all m LEFT JOIN r_all p ON p.method = 'portemis' AND p.mmsi = m.mmsi
GROUP BY m.method;
CREATE TEMP TABLE tot AS
SELECT c.*, rel_diff(c.hours, p.hours) AS tot_hours, rel_diff(c.nm, p.nm) AS tot_nm, rel_diff(c.kwh, p.kwh) AS tot_kwh
FROM cmp c, cmp p WHERE p.method = 'portemis';
SELECT method, ships, intervals, hours::text AS "hours", nm::text AS "distance nm", kwh::text AS "kWh",
       to_char(greatest(tot_hours, tot_nm, tot_kwh), '0.0EEEE') AS "totals max rel",
       to_char(greatest(ship_hours, ship_nm, ship_kwh), '0.0EEEE') AS "per ship max rel",
       interval_counts_differ AS "ships with other counts"
FROM tot
ORDER BY array_position(ARRAY['portemis','portemis_activity','portemis_par2','portemis_partitioned_par2','plain_sql',
                              'plain_sql_spheroid','plain_sql_par2','pandas','numpy'], method);
\pset tuples_only on
SELECT CASE WHEN count(*) = $([ "$PANDAS" = 1 ] && echo 9 || echo 7)
             AND bool_and(ships = $SHIPS AND matched = ships AND interval_counts_differ = 0
                          AND greatest(tot_hours, tot_nm, tot_kwh, ship_hours, ship_nm, ship_kwh) <= 1e-9)
            THEN 'AGREE' ELSE 'DISAGREE' END
       || ': max relative difference to portemis of the grand totals ' || to_char(max(greatest(tot_hours, tot_nm, tot_kwh)), '0.0EEEE')
       || ' (hours ' || to_char(max(tot_hours), '0.0EEEE') || ', nm ' || to_char(max(tot_nm), '0.0EEEE')
       || ', kWh ' || to_char(max(tot_kwh), '0.0EEEE') || '), of any ship''s sums '
       || to_char(max(greatest(ship_hours, ship_nm, ship_kwh)), '0.0EEEE') || '; every ship the same intervals: '
       || CASE WHEN sum(interval_counts_differ) = 0 THEN 'yes' ELSE 'NO' END || ' (limit 1e-9)'
FROM tot;
SQL
)
bench_check "$agreement" "AGREE" "the methods disagree by more than 1e-9 relative (or count different intervals)"

echo "== per-interval distances, portemis vs PostGIS, the $SAMPLE_SHIPS first ships by name"
q <<SQL
\pset footer off
$session_settings
CREATE TEMP TABLE sample_ships AS SELECT mmsi FROM ships ORDER BY name LIMIT $SAMPLE_SHIPS;
CREATE TEMP TABLE d_pm AS
SELECT s.mmsi, i.t_end, i.distance_nm * 1852 AS m
FROM (SELECT mmsi, ais_track(t, lon, lat, sog, nav_status) AS tr FROM pings WHERE mmsi IN (SELECT mmsi FROM sample_ships)
      GROUP BY mmsi) s, unnest(s.tr) i;
CREATE TEMP TABLE d_pg AS
SELECT mmsi, t AS t_end,
       ST_Distance(ST_MakePoint(lag(lon) OVER w, lag(lat) OVER w)::geography, ST_MakePoint(lon, lat)::geography) AS geog_m,
       ST_DistanceSpheroid(ST_MakePoint(lag(lon) OVER w, lag(lat) OVER w), ST_MakePoint(lon, lat),
                           'SPHEROID["WGS 84",6378137,298.257223563]') AS sph_m
FROM pings WHERE mmsi IN (SELECT mmsi FROM sample_ships) WINDOW w AS (PARTITION BY mmsi ORDER BY t);
SELECT v.what AS "PostGIS function", count(*) AS intervals, count(v.m) AS matched,
       round(min(a.m)::numeric, 3) || '-' || round(max(a.m)::numeric, 1) AS "portemis m",
       count(*) FILTER (WHERE v.m = a.m) AS "bit-identical",
       to_char(max(rel_diff(a.m, v.m)), '0.0EEEE') AS "max rel diff",
       to_char(max(rel_diff(a.m, v.m)) FILTER (WHERE a.m >= 10), '0.0EEEE') AS "max rel diff, >= 10 m",
       to_char(max(abs(a.m - v.m)), '0.0EEEE') || ' m' AS "max abs diff"
FROM d_pm a
LEFT JOIN d_pg g ON g.mmsi = a.mmsi AND g.t_end = a.t_end
CROSS JOIN LATERAL (VALUES ('ST_Distance(geography, geography)', g.geog_m),
                           ('ST_DistanceSpheroid(geometry, geometry, WGS 84)', g.sph_m)) v(what, m)
GROUP BY v.what ORDER BY 1;
SQL

q -c "SELECT 'prewarm: ' || string_agg(relname || ' ' || pg_prewarm(oid) || ' blocks', ', ') FROM pg_class WHERE (relname IN ('pings', 'pings_q', 'ships') OR relname LIKE 'pings\_part\_%') AND relkind = 'r'" -A -t | sed 's/^/== /'

# ---------------------------------------------------------------------------
# Timings: round 0 (untimed warm-up) and REPS rounds; each round one session
# running every SQL kind, in an order rotated by one each round, then pandas.
# ---------------------------------------------------------------------------
round_line() {
    echo "SELECT '   rep $2: ' || string_agg(kind || ' ' || round(wall_ms) || ' ms' || CASE WHEN workers_cpu_ms > 0 THEN ' (workers cpu ' || round(workers_cpu_ms) || ')' ELSE '' END, ', ' ORDER BY at) FROM bench_result WHERE phase = '$1' AND rep = $2;"
}
pandas_round() {
    [ "$PANDAS" = 1 ] || return 0
    "$PYTHON" test/bench/ais_pandas.py --dbname "$DB" --first-rep "$1" >"$PM_CLUSTER_DIR/pm_bench_ais_times.txt" \
        2>"$PM_CLUSTER_DIR/pm_bench_ais_pandas.log" || { cat "$PM_CLUSTER_DIR/pm_bench_ais_pandas.log" >&2; exit 1; }
    sed 's/^/      /' "$PM_CLUSTER_DIR/pm_bench_ais_pandas.log"
    while IFS='|' read -r rep stage wall cpu; do
        case "$stage" in
            np_*) kind="numpy_${stage#np_}" ;;
            *) kind="pandas_$stage" ;;
        esac
        echo "INSERT INTO bench_result (phase, kind, rep, wall_ms, cpu_ms) VALUES ('main', '$kind', $rep, $wall, $cpu);"
    done <"$PM_CLUSTER_DIR/pm_bench_ais_times.txt" | q
}
n_kinds=$(echo "$KINDS" | wc -w)
echo "== timings: $REPS rounds after an untimed warm-up round; each round $n_kinds SQL kinds (rotated order, one session)$(
    [ "$PANDAS" = 1 ] && echo ", then ais_pandas.py")"
for r in $(seq 0 "$REPS"); do
    # shellcheck disable=SC2086  # the kinds are words
    set -- $KINDS
    for _ in $(seq 1 $((r % $#))); do set -- "${@:2}" "$1"; done
    {
        echo "$session_settings"
        for kind; do bench_measure main "$kind" "$r"; done
        round_line main "$r"
    } | qv
    pandas_round "$r"
    [ "$PANDAS" = 1 ] && qv -c "SELECT '   rep $r: ' || string_agg(kind || ' ' || round(wall_ms) || ' ms (cpu ' || round(cpu_ms) || ')', ', ' ORDER BY kind DESC) FROM bench_result WHERE rep = $r AND kind IN ('pandas_read', 'pandas_compute', 'pandas_e2e', 'numpy_compute')"
    echo "      load $(bench_load)"
done
echo "   every timed SQL run returned the same result as its warm-up: $(qv <<'SQL'
SELECT CASE WHEN bool_and(n = 1) THEN 'yes'
            ELSE CASE WHEN bool_and(n = 1 OR (kind LIKE '%par2' AND spread < 1e-12)) THEN 'yes, to the last digit but for'
                      ELSE 'NO:' END
                 || ' ' || string_agg(kind || ' (' || n || ' different results, max relative difference '
                                      || to_char(spread, '0.0EEEE') || ')', ', ') FILTER (WHERE n > 1)
                 || ' (a parallel plan sums the ships in another order)' END
FROM (SELECT b.kind, count(DISTINCT b.result) AS n,
             (SELECT max(rel_diff(x.mx, x.mn))
              FROM (SELECT max(split_part(c.result, '|', f)::float8) AS mx, min(split_part(c.result, '|', f)::float8) AS mn
                    FROM bench_result c, generate_series(1, 5) f
                    WHERE c.phase = 'main' AND c.kind = b.kind GROUP BY f) x) AS spread
      FROM bench_result b WHERE b.phase = 'main' AND b.result IS NOT NULL GROUP BY b.kind) s
SQL
)"

# For information: the issue's literal query form (one run), and the memory of
# portemis's aggregate at work_mem = 1GB and at the default 4MB.
if [ "$INFO" = 1 ]; then
    echo "== for information: the issue's literal form (unnest every track, join ships, sum), one run"
    { echo "$session_settings"; bench_measure info portemis_literal 1; } | qv
    echo "   $(qv -c "SELECT round(wall_ms) || ' ms (portemis''s median: ' || (SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY wall_ms)) FROM bench_result WHERE phase = 'main' AND rep > 0 AND kind = 'portemis') || ' ms); its plan:' FROM bench_result WHERE phase = 'info'")"
    qv -c "$session_settings" -c "EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) $(query_of portemis_literal)" |
        grep -vE '^ *(Planning|Buffers|Cache|Hash Cond|Merge Cond|Index Cond)' | sed 's/^/      /' | cut -c1-150
    for wm in "$WORK_MEM" 4MB; do
        echo "   portemis, work_mem = $wm (EXPLAIN ANALYZE, timing off): $(qv -c "$session_settings" -c "SET work_mem = '$wm'" \
            -c "EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) $(query_of portemis)" |
            grep -E 'HashAggregate|GroupAggregate|Batches|Memory Usage|Sort Method|Execution Time' | sed 's/^ *//; s/^-> *//' | paste -sd ';' | sed 's/;/; /g')"
    done
fi

# ---------------------------------------------------------------------------
# Results.
# ---------------------------------------------------------------------------
echo
echo "== results ($N SYNTHETIC pings of $SHIPS ships; $REPS rounds; medians; serial unless _par2; _quarter: $N_Q pings of $((SHIPS / 4)) ships)"
q <<SQL
\pset footer off
SELECT kind AS "method", round(percentile_cont(0.5) WITHIN GROUP (ORDER BY wall_ms)::numeric) || ' ms' AS "wall median",
       round(min(wall_ms)::numeric) || '-' || round(max(wall_ms)::numeric) AS "range ms",
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY cpu_ms + coalesce(workers_cpu_ms, 0))::numeric) || ' ms' AS "CPU median",
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY wall_ms) * 1e6
              / CASE WHEN kind LIKE '%quarter' THEN $N_Q ELSE $N END)::numeric) || ' ns' AS "per ping (wall)",
       coalesce(round(avg(runq_ms)::numeric) || ' ms', '') AS "run-queue wait"
FROM bench_result WHERE phase = 'main' AND rep > 0
GROUP BY kind
ORDER BY array_position(ARRAY['portemis','portemis_activity','plain_sql','plain_sql_spheroid','pandas_compute','pandas_e2e',
                              'pandas_read','pandas_sort','pandas_shift','pandas_geod','pandas_sums','numpy_compute','numpy_e2e',
                              'portemis_par2','plain_sql_par2','plain_sql_spheroid_par2','portemis_partitioned_par2',
                              'portemis_quarter','plain_sql_quarter',
                              'plain_sql_spheroid_quarter'], kind);
WITH m AS (
    SELECT kind, percentile_cont(0.5) WITHIN GROUP (ORDER BY wall_ms) AS wall,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY cpu_ms + coalesce(workers_cpu_ms, 0)) AS cpu
    FROM bench_result WHERE phase = 'main' AND rep > 0 GROUP BY kind),
-- per-round ratios (the same round), to show their spread
rr AS (
    SELECT rep, kind, wall_ms / max(wall_ms) FILTER (WHERE kind = 'portemis') OVER (PARTITION BY rep) AS r
    FROM bench_result WHERE phase = 'main' AND rep > 0),
pair(o, label, a, b, target) AS (VALUES
    (1, 'min(plain_sql, plain_sql_spheroid) / portemis', 'plain_best', 'portemis', '>= 5 x'),
    (2, 'plain_sql / portemis', 'plain_sql', 'portemis', '>= 5 x'),
    (3, 'plain_sql_spheroid / portemis', 'plain_sql_spheroid', 'portemis', '>= 5 x'),
    (4, 'pandas compute / portemis', 'pandas_compute', 'portemis', '> 1 x'),
    (5, 'pandas end to end (read + compute) / portemis', 'pandas_e2e', 'portemis', '> 1 x'),
    (6, 'numpy compute / portemis', 'numpy_compute', 'portemis', '(information)'),
    (7, 'numpy end to end / portemis', 'numpy_e2e', 'portemis', '(information)'),
    (8, 'portemis_activity / portemis (ais_activity''s cost)', 'portemis_activity', 'portemis', '(information)'),
    (9, 'portemis N / portemis N/4 (4 if linear)', 'portemis', 'portemis_quarter', '(information)'),
    (10, 'plain_sql N / plain_sql N/4', 'plain_sql', 'plain_sql_quarter', '(information)'),
    (11, 'min(plain) / portemis at N/4', 'plain_best_quarter', 'portemis_quarter', '(information)'),
    (12, 'portemis serial / portemis 2 workers', 'portemis', 'portemis_par2', '(information)'),
    (13, 'plain_sql serial / plain_sql 2 workers', 'plain_sql', 'plain_sql_par2', '(information)'),
    (14, 'plain_sql_spheroid serial / 2 workers', 'plain_sql_spheroid', 'plain_sql_spheroid_par2', '(information)'),
    (15, 'min(plain) 2 workers / portemis 2 workers', 'plain_best_par2', 'portemis_par2', '(information)'),
    (16, 'portemis serial / portemis partitioned, 2 workers', 'portemis', 'portemis_partitioned_par2', '(information)'),
    (17, 'min(plain) 2 workers / portemis partitioned, 2 workers', 'plain_best_par2', 'portemis_partitioned_par2', '(information)')),
mm AS (
    SELECT * FROM m
    UNION ALL SELECT 'plain_best', least(a.wall, b.wall), least(a.cpu, b.cpu) FROM m a, m b WHERE a.kind = 'plain_sql' AND b.kind = 'plain_sql_spheroid'
    UNION ALL SELECT 'plain_best_quarter', least(a.wall, b.wall), least(a.cpu, b.cpu) FROM m a, m b WHERE a.kind = 'plain_sql_quarter' AND b.kind = 'plain_sql_spheroid_quarter'
    UNION ALL SELECT 'plain_best_par2', least(a.wall, b.wall), least(a.cpu, b.cpu) FROM m a, m b WHERE a.kind = 'plain_sql_par2' AND b.kind = 'plain_sql_spheroid_par2')
SELECT p.label AS "ratio of medians", to_char(x.wall / y.wall, 'FM990.00') || ' x' AS "wall",
       to_char(x.cpu / y.cpu, 'FM990.00') || ' x' AS "CPU",
       p.target, CASE p.target WHEN '>= 5 x' THEN CASE WHEN x.wall / y.wall >= 5 THEN 'PASS' ELSE 'MISS' END
                               WHEN '> 1 x' THEN CASE WHEN x.wall / y.wall > 1 THEN 'PASS' ELSE 'MISS' END ELSE '' END AS "result (wall)",
       coalesce((SELECT 'per round ' || to_char(min(r), 'FM990.00') || '-' || to_char(max(r), 'FM990.00')
                 FROM rr WHERE rr.kind = p.a AND p.b = 'portemis'), '') AS "spread"
FROM pair p JOIN mm x ON x.kind = p.a JOIN mm y ON y.kind = p.b
ORDER BY p.o;
SQL
echo "   CPU: the backend's + its parallel workers' CPU for SQL; the Python process's CPU for pandas and numpy (the"
echo "   server's COPY work during pandas's read counts in its wall clock only, so the end-to-end CPU ratio flatters it)"
bench_footer "PM_BENCH_N=$N PM_BENCH_SHIPS=$SHIPS PM_BENCH_REPS=$REPS PM_BENCH_GEN_SEED=$GEN_SEED PM_BENCH_WORK_MEM=$WORK_MEM PM_BENCH_JIT=$JIT PM_BENCH_SHARED_BUFFERS=$SHARED_BUFFERS PM_BENCH_PANDAS=$PANDAS"

# ---------------------------------------------------------------------------
# Optional profile: where portemis's time goes.
# ---------------------------------------------------------------------------
BENCH_PERF_CHILDREN=40 BENCH_PERF_RECORD="-F 499 --call-graph dwarf,16384" bench_profile 1 30 portemis portemis_activity plain_sql
