#!/usr/bin/env bash
# COPY benchmark: voyages in their text form through one `voyage` column, against
# the same voyages as plain columns (integer, 2 x text, 2 x timestamptz,
# 2 x float8, jsonb of fuels).  Issue targets: voyage COPY FROM and COPY TO no
# slower than 1.25 x plain, and a two-fuel voyage smaller than the plain row.
#
# It starts a throwaway cluster, generates PM_BENCH_N realistic two-fuel voyages
# on the Los Angeles/Long Beach - Shanghai/Singapore/Tokyo/Yokohama corridors,
# writes them twice as server-side files (voyage text form, plain columns) and
# times, server-side with clock_timestamp() around EXECUTE in PL/pgSQL (client
# overhead excluded, identical for both), together with the backend's CPU time
# from /proc/self/schedstat (steadier when other work shares the machine):
#   input:  COPY t_voyage FROM file  vs  COPY t_plain FROM file  (TRUNCATE before each)
#   output: COPY t_voyage TO file    vs  COPY t_plain TO file
# alternating the two (ABBA order), after one untimed warm-up of each, and
# prints the medians and the ratio voyage/plain.  Both tables hold the same
# voyages (checked with a join through the voyage() constructor) and both COPY
# TO outputs hold exactly the lines of their input files (text I/O round-trips).
# The database portemis_bench is dropped and recreated, also with PM_BENCH_REUSE=1.
# Ratios against a baseline measured in the same run are the result; absolute
# times depend on the machine.  This is a benchmark, never a timed test.
#
# Run as root (the server runs as the postgres user) or as the server's user:
#   test/bench/copy_voyage.sh
# Environment (all optional):
#   PM_BENCH_N=1000000          voyages
#   PM_BENCH_REPS=5             timed repetitions of each COPY
#   PM_BENCH_LOGGED=0           1: regular (WAL-logged) tables instead of UNLOGGED
#   PM_BENCH_SEED=0.42          setseed() for the data generator
#   PM_BENCH_PGPORT=54331       port of the throwaway cluster
#   PM_BENCH_CLUSTER_DIR=/tmp/portemis-bench   its directory (wiped at start!)
#   PM_BENCH_REUSE=0            1: use a cluster already running there; do not
#                               start, stop or wipe it
#   PM_BENCH_KEEP=0             1: keep the cluster directory and data files at exit
#   PM_BENCH_PERF=0             1: afterwards, perf-record one COPY of each kind and
#                               print the top functions (needs perf and root)
# PGPORT and PM_CLUSTER_DIR from the caller's environment are deliberately not
# used: the cluster directory is wiped, and an inherited value could point at
# somebody else's cluster.
set -euo pipefail
cd "$(dirname "$0")/../.."
command_line="$0${*:+ $*}"

export PGPORT=${PM_BENCH_PGPORT:-54331}
export PM_CLUSTER_DIR=${PM_BENCH_CLUSTER_DIR:-/tmp/portemis-bench}
unset PGDATABASE PGSERVICE PGOPTIONS
. scripts/common.sh

N=${PM_BENCH_N:-1000000}
REPS=${PM_BENCH_REPS:-5}
LOGGED=${PM_BENCH_LOGGED:-0}
SEED=${PM_BENCH_SEED:-0.42}
REUSE=${PM_BENCH_REUSE:-0}
KEEP=${PM_BENCH_KEEP:-0}
PERF=${PM_BENCH_PERF:-0}
DB=portemis_bench
DIR=$PM_CLUSTER_DIR
PSQL="$PG_BIN/psql"

case "$N" in '' | *[!0-9]*) echo "PM_BENCH_N must be a positive integer" >&2; exit 2 ;; esac
case "$REPS" in '' | *[!0-9]*) echo "PM_BENCH_REPS must be a positive integer" >&2; exit 2 ;; esac
[ "$N" -ge 1 ] && [ "$REPS" -ge 1 ] || { echo "PM_BENCH_N and PM_BENCH_REPS must be >= 1" >&2; exit 2; }

q() { "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
qv() { "$PSQL" -X -q -A -t -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

started=0
cleanup() {
    local rc=$?
    if [ "$started" -eq 1 ]; then
        cluster_stop || true
        [ "$KEEP" = 1 ] || rm -rf "$PM_CLUSTER_DIR"
    elif [ "$KEEP" != 1 ]; then
        rm -f "$DIR"/pm_bench_*.copy "$DIR"/pm_bench_*.out "$DIR"/pm_bench_perf_*
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
fi

"$PSQL" -X -q -v ON_ERROR_STOP=1 -d postgres <<SQL
SET client_min_messages = warning;
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB;
ALTER DATABASE $DB SET timezone = 'UTC';
ALTER DATABASE $DB SET datestyle = 'ISO, MDY';
ALTER DATABASE $DB SET extra_float_digits = 1;
-- Every scan starts at block 0, so COPY TO writes rows in load order.
ALTER DATABASE $DB SET synchronize_seqscans = off;
SQL
q -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis CASCADE"

if [ "$LOGGED" = 1 ]; then persistence=""; table_kind="regular (WAL-logged)"; else
    persistence="UNLOGGED"; table_kind="UNLOGGED"; fi

echo "== machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
    "Debian $(cat /etc/debian_version 2>/dev/null || echo '?'), $(qv -c 'SHOW server_version')," \
    "shared_buffers=$(qv -c 'SHOW shared_buffers'), $table_kind tables"
echo "== load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine adds noise)"

# ---------------------------------------------------------------------------
# Data: N two-fuel voyages, reproducible (setseed), written as two files.
# ---------------------------------------------------------------------------
echo "== generating $N voyages"
t_gen=$(date +%s)
q -v n="$N" -v seed="$SEED" -v dir="$DIR" <<'SQL'
SELECT setseed(:seed) \g /dev/null

-- A fleet of 2000 ships with valid IMO numbers (check digit: weights 7..2).
CREATE UNLOGGED TABLE bench_fleet AS
SELECT k, b * 10 + ((b / 100000 % 10 * 7 + b / 10000 % 10 * 6 + b / 1000 % 10 * 5 +
                     b / 100 % 10 * 4 + b / 10 % 10 * 3 + b % 10 * 2) % 10) AS imo
FROM (SELECT k, 900000 + floor(random() * 100000)::int AS b
      FROM generate_series(1, 2000) k) s;

-- Corridor legs with typical sea distances (nm).
CREATE UNLOGGED TABLE bench_route (r int, us text, asia text, nm float8);
INSERT INTO bench_route VALUES
    (1, 'USLAX', 'CNSHA', 5710), (2, 'USLGB', 'CNSHA', 5705),
    (3, 'USLAX', 'SGSIN', 7650), (4, 'USLGB', 'SGSIN', 7645),
    (5, 'USLAX', 'JPTYO', 4840), (6, 'USLGB', 'JPTYO', 4835),
    (7, 'USLAX', 'JPYOK', 4830), (8, 'USLGB', 'JPYOK', 4825);

-- Departures one a minute (unique), 0-4 % weather routing on the distance,
-- 13.5-20 kn (10-25 days), 20-140 kt of cargo, HFO 0.045-0.11 t/nm with
-- 0.38-0.50 % sulphur (VLSFO) or 2.1-3.2 % (HSFO, scrubber) and 4-40 t MGO.
CREATE UNLOGGED TABLE bench_src AS
WITH g AS (
    SELECT i,
           1 + floor(random() * 2000)::int AS vessel,
           1 + floor(random() * 8)::int AS route,
           random() < 0.5 AS eastbound,
           timestamptz '2023-01-01 00:00:00+00'
               + make_interval(secs => i * 60 + floor(random() * 60)) AS departure,
           1 + random() * 0.04 AS detour,
           13.5 + random() * 6.5 AS speed_kn,
           round((20000 + random() * 120000)::numeric, 1)::float8 AS cargo_t,
           0.045 + random() * 0.065 AS hfo_per_nm,
           CASE WHEN random() < 0.85 THEN round((0.38 + random() * 0.12)::numeric, 2)
                ELSE round((2.1 + random() * 1.1)::numeric, 2) END::float8 AS hfo_s,
           round((4 + random() * 36)::numeric, 1)::float8 AS mgo_t
    FROM generate_series(1, :n) i),
v AS (
    SELECT g.i, f.imo,
           CASE WHEN g.eastbound THEN r.asia ELSE r.us END AS origin,
           CASE WHEN g.eastbound THEN r.us ELSE r.asia END AS destination,
           g.departure,
           g.departure + make_interval(mins => round(r.nm * g.detour / g.speed_kn * 60)::int) AS arrival,
           round((r.nm * g.detour)::numeric, 1)::float8 AS distance_nm,
           g.cargo_t,
           round((r.nm * g.detour * g.hfo_per_nm)::numeric, 1)::float8 AS hfo_t,
           g.hfo_s, g.mgo_t
    FROM g JOIN bench_fleet f ON f.k = g.vessel JOIN bench_route r ON r.r = g.route)
SELECT i, imo, origin, destination, departure, arrival, distance_nm, cargo_t,
       jsonb_build_object('HFO', jsonb_build_object('t', hfo_t, 'sulphur_pct', hfo_s),
                          'MGO', mgo_t) AS fuels,
       format('imo=%s, origin=%s, destination=%s, departure=%s, arrival=%s, '
              'distance_nm=%s, cargo_t=%s, fuels=[HFO %s t S=%s%%, MGO %s t]',
              imo, origin, destination,
              to_char(departure AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
              to_char(arrival AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
              distance_nm, cargo_t, hfo_t, hfo_s, mgo_t) AS vtext
FROM v;

\set vfile :dir '/pm_bench_voyage.copy'
\set pfile :dir '/pm_bench_plain.copy'
COPY (SELECT vtext FROM bench_src ORDER BY i) TO :'vfile';
COPY (SELECT imo, origin, destination, departure, arrival, distance_nm, cargo_t, fuels
      FROM bench_src ORDER BY i) TO :'pfile';
DROP TABLE bench_src, bench_fleet, bench_route;
SQL
echo "   generated in $(($(date +%s) - t_gen)) s; sample lines:"
head -n 1 "$DIR/pm_bench_voyage.copy" | sed 's/^/   voyage: /'
head -n 1 "$DIR/pm_bench_plain.copy" | sed 's/\t/ | /g; s/^/   plain:  /'

# ---------------------------------------------------------------------------
# Tables and the timing harness.
# ---------------------------------------------------------------------------
q <<SQL
CREATE $persistence TABLE t_voyage (v voyage) WITH (autovacuum_enabled = false);
CREATE $persistence TABLE t_plain (
    imo integer, origin text, destination text,
    departure timestamptz, arrival timestamptz,
    distance_nm double precision, cargo_t double precision, fuels jsonb)
    WITH (autovacuum_enabled = false);
CREATE TABLE bench_result (phase text, kind text, rep int,
                           wall_ms double precision, cpu_ms double precision,
                           runq_ms double precision);

-- The backend's own scheduler counters (Linux /proc/self/schedstat): ns spent
-- on a CPU, ns spent runnable but waiting for one.  NULLs where unavailable.
CREATE FUNCTION bench_schedstat(OUT cpu_ns bigint, OUT runq_ns bigint) LANGUAGE plpgsql AS \$\$
DECLARE
    f text[];
BEGIN
    f := string_to_array(pg_read_file('/proc/self/schedstat'), ' ');
    cpu_ns := f[1]::bigint;
    runq_ns := f[2]::bigint;
EXCEPTION WHEN OTHERS THEN
    cpu_ns := NULL;
    runq_ns := NULL;
END \$\$;

-- One statement measured inside the server: elapsed wall-clock time
-- (clock_timestamp), and the backend's CPU time and run-queue wait over it.
-- CPU time is the steadier figure on a machine shared with other work.
CREATE FUNCTION bench_ms(stmt text, OUT wall_ms double precision,
                         OUT cpu_ms double precision, OUT runq_ms double precision)
LANGUAGE plpgsql AS \$\$
DECLARE
    t0 timestamptz;
    s0 record;
    s1 record;
BEGIN
    s0 := bench_schedstat();
    t0 := clock_timestamp();
    EXECUTE stmt;
    wall_ms := 1000 * extract(epoch FROM clock_timestamp() - t0);
    s1 := bench_schedstat();
    cpu_ms := (s1.cpu_ns - s0.cpu_ns) / 1e6;
    runq_ms := (s1.runq_ns - s0.runq_ns) / 1e6;
END \$\$;
SQL

copy_in_sql() { echo "COPY t_$1 FROM '$DIR/pm_bench_$1.copy'"; }
copy_out_sql() { echo "COPY t_$1 TO '$DIR/pm_bench_$1.out'"; }

# run PHASE KIND REP: one measurement in its own session and transaction(s);
# rep 0 is the untimed warm-up.
run() {
    local phase=$1 kind=$2 rep=$3 stmt
    if [ "$phase" = input ]; then
        q -c "TRUNCATE t_$kind"
        stmt=$(copy_in_sql "$kind")
    else
        stmt=$(copy_out_sql "$kind")
    fi
    if [ "$rep" -eq 0 ]; then
        q -c "SELECT * FROM bench_ms(\$\$${stmt}\$\$)" >/dev/null
    else
        q -c "INSERT INTO bench_result SELECT '$phase', '$kind', $rep, b.* FROM bench_ms(\$\$${stmt}\$\$) b"
    fi
}

# ABBA: odd repetitions voyage first, even ones plain first.
phase_runs() {
    local phase=$1 r
    run "$phase" voyage 0
    run "$phase" plain 0
    for r in $(seq 1 "$REPS"); do
        if [ $((r % 2)) -eq 1 ]; then
            run "$phase" voyage "$r"; run "$phase" plain "$r"
        else
            run "$phase" plain "$r"; run "$phase" voyage "$r"
        fi
        printf '   %s rep %d: %s\n' "$phase" "$r" "$(qv -F ' ' -c "SELECT string_agg(kind || ' ' || round(wall_ms::numeric) || ' ms (cpu ' || coalesce(round(cpu_ms::numeric)::text, '?') || ', run-queue wait ' || coalesce(round(runq_ms::numeric)::text, '?') || ')', ', ' ORDER BY kind DESC) FROM bench_result WHERE phase = '$phase' AND rep = $r")"
    done
}

echo "== input: COPY FROM file into $table_kind tables, 1 warm-up + $REPS timed repetitions each"
phase_runs input

# Set hint bits and freeze once, so the output runs all read clean pages.
q -c "VACUUM (FREEZE, ANALYZE) t_voyage" -c "VACUUM (FREEZE, ANALYZE) t_plain"

echo "== correctness: both tables hold the same $N voyages"
check=$(qv -F ' ' <<'SQL'
SET work_mem = '512MB';
SELECT (SELECT count(*) FROM t_voyage),
       (SELECT count(*) FROM t_plain),
       (SELECT count(*)
        FROM t_voyage v
        JOIN t_plain p ON v.v = voyage(p.imo, p.origin::locode, p.destination::locode,
                                        p.departure, p.arrival, p.distance_nm, p.cargo_t,
                                        p.fuels)),
       (SELECT count(DISTINCT v) FROM t_voyage);
SQL
)
read -r n_voyage n_plain n_join n_distinct <<<"$check"
echo "   rows: t_voyage $n_voyage, t_plain $n_plain, joined through voyage(...) $n_join, distinct voyages $n_distinct"
if [ "$n_voyage" != "$N" ] || [ "$n_plain" != "$N" ] || [ "$n_join" != "$N" ] || [ "$n_distinct" != "$N" ]; then
    echo "FAILED: the two tables do not hold the same $N voyages" >&2
    exit 1
fi

echo "== output: COPY TO file in $DIR, 1 warm-up + $REPS timed repetitions each"
phase_runs output

# Heap order may differ from file order (COPY's bulk insert puts a short row
# into an earlier page that still has room for it), so compare sorted lines.
for kind in voyage plain; do
    if cmp -s <(LC_ALL=C sort "$DIR/pm_bench_$kind.copy") <(LC_ALL=C sort "$DIR/pm_bench_$kind.out"); then
        echo "   round trip: COPY t_$kind TO file holds exactly the lines of its input file"
    else
        echo "FAILED: COPY t_$kind TO does not give back the lines of its input file:" >&2
        diff <(LC_ALL=C sort "$DIR/pm_bench_$kind.copy") <(LC_ALL=C sort "$DIR/pm_bench_$kind.out") |
            head -n 6 >&2 || true
        exit 1
    fi
done
vbytes=$(stat -c %s "$DIR/pm_bench_voyage.copy")
pbytes=$(stat -c %s "$DIR/pm_bench_plain.copy")

# ---------------------------------------------------------------------------
# Results.
# ---------------------------------------------------------------------------
echo
echo "== results ($N voyages, $REPS repetitions, medians; ratio = voyage / plain)"
q -v vbytes="$vbytes" -v pbytes="$pbytes" <<'SQL'
\pset footer off
\pset null '-'
WITH t AS (
    SELECT phase, kind, 'wall' AS clock, wall_ms AS ms FROM bench_result
    UNION ALL
    SELECT phase, kind, 'cpu', cpu_ms FROM bench_result WHERE cpu_ms IS NOT NULL),
m AS (
    SELECT phase, kind, clock,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med,
           min(ms) AS best, max(ms) AS worst
    FROM t GROUP BY phase, kind, clock),
r AS (
    SELECT v.phase, v.clock, v.med AS v_med, p.med AS p_med, v.best AS v_best, p.best AS p_best,
           v.worst AS v_worst, p.worst AS p_worst, v.med / p.med AS ratio
    FROM m v JOIN m p ON p.phase = v.phase AND p.clock = v.clock
                     AND v.kind = 'voyage' AND p.kind = 'plain')
SELECT CASE phase WHEN 'input' THEN 'COPY FROM (input)' ELSE 'COPY TO (output)' END AS "measure",
       CASE clock WHEN 'wall' THEN 'wall clock' ELSE 'backend CPU' END AS "time",
       round(v_med::numeric) || ' ms' AS "voyage median",
       round(p_med::numeric) || ' ms' AS "plain median",
       round(v_best::numeric) || '-' || round(v_worst::numeric) AS "voyage range ms",
       round(p_best::numeric) || '-' || round(p_worst::numeric) AS "plain range ms",
       to_char(ratio, 'FM0.000') || ' x' AS "ratio",
       '<= 1.25 x' AS "target",
       CASE WHEN ratio <= 1.25 THEN 'PASS' ELSE 'MISS' END AS "result"
FROM r ORDER BY phase, clock DESC;

\pset tuples_only on
SELECT 'backend run-queue wait (time runnable but waiting for a CPU: other work on the machine), '
       || 'mean per timed COPY: ' || coalesce(round(avg(runq_ms)::numeric) || ' ms', 'not available')
FROM bench_result;
\pset tuples_only off

WITH one AS (
    SELECT (SELECT v FROM t_voyage LIMIT 1) AS v,
           (SELECT p FROM t_plain p LIMIT 1) AS p),
s AS (
    SELECT pg_column_size(one.v) AS v_datum,
           pg_column_size(ROW(one.v)) AS v_row,
           pg_column_size(ROW((one.p).imo, (one.p).origin, (one.p).destination,
                              (one.p).departure, (one.p).arrival, (one.p).distance_nm,
                              (one.p).cargo_t, (one.p).fuels)) AS p_row,
           (SELECT avg(pg_column_size(v)) FROM t_voyage) AS v_datum_avg,
           (SELECT avg(pg_column_size(p.*)) FROM t_plain p) AS p_row_avg,
           pg_total_relation_size('t_voyage') AS v_rel,
           pg_total_relation_size('t_plain') AS p_rel
    FROM one)
SELECT 'one two-fuel voyage' AS "measure",
       v_datum || ' B (as ROW: ' || v_row || ' B)' AS "voyage",
       p_row || ' B (ROW of 8 columns)' AS "plain",
       to_char(v_datum::numeric / p_row, 'FM0.000') || ' x' AS "ratio",
       'voyage < plain' AS "target",
       CASE WHEN v_datum < p_row THEN 'PASS' ELSE 'MISS' END AS "result"
FROM s
UNION ALL
SELECT 'mean over the table', round(v_datum_avg, 1) || ' B',
       round(p_row_avg, 1) || ' B (ROW of 8 columns)',
       to_char(v_datum_avg / p_row_avg, 'FM0.000') || ' x', '', ''
FROM s
UNION ALL
SELECT 'pg_total_relation_size', pg_size_pretty(v_rel) || ' (' || v_rel || ' B)',
       pg_size_pretty(p_rel) || ' (' || p_rel || ' B)',
       to_char(v_rel::numeric / p_rel, 'FM0.000') || ' x', '', ''
FROM s
UNION ALL
SELECT 'COPY text file', pg_size_pretty(:vbytes::bigint) || ' (' || :vbytes || ' B)',
       pg_size_pretty(:pbytes::bigint) || ' (' || :pbytes || ' B)',
       to_char(:vbytes::numeric / :pbytes, 'FM0.000') || ' x', '', '';
SQL
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: PM_BENCH_N=$N PM_BENCH_REPS=$REPS PM_BENCH_LOGGED=$LOGGED PM_BENCH_SEED=$SEED $command_line"

# ---------------------------------------------------------------------------
# Optional profile: perf record of one backend per COPY.
# ---------------------------------------------------------------------------
if [ "$PERF" = 1 ]; then
    command -v perf >/dev/null || { echo "PM_BENCH_PERF=1 but perf is not installed" >&2; exit 1; }
    for job in "input voyage" "input plain" "output voyage" "output plain"; do
        set -- $job
        phase=$1 kind=$2
        if [ "$phase" = input ]; then
            q -c "TRUNCATE t_$kind"
            stmt=$(copy_in_sql "$kind")
        else
            stmt=$(copy_out_sql "$kind")
        fi
        app="pm_bench_perf_${phase}_$kind"
        PGAPPNAME=$app q -c "SELECT pg_sleep(1)" -c "$stmt" >/dev/null &
        client=$!
        pid=""
        for _ in $(seq 1 50); do
            pid=$(qv -c "SELECT pid FROM pg_stat_activity WHERE application_name = '$app'")
            [ -n "$pid" ] && break
            sleep 0.05
        done
        [ -n "$pid" ] || { echo "could not find the backend of $app" >&2; exit 1; }
        data="$DIR/pm_bench_perf_${phase}_$kind.data"
        perf record -q -F 999 -g -p "$pid" -o "$data" >/dev/null 2>&1 &
        recorder=$!
        wait "$client"
        wait "$recorder" || true
        echo
        echo "== perf: COPY $phase, $kind (self time, top 25 symbols)"
        { perf report -i "$data" --no-children --stdio -g none --sort dso,symbol 2>/dev/null |
            grep -E '^ +[0-9]+\.[0-9]+%' | sed 's/[ -]*$//' | head -n 25; } || true
    done
fi
