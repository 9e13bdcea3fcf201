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
# Environment (all optional; the common ones are handled by test/bench/lib.sh,
# and scripts/bench.sh (`make bench`) runs all the benchmarks):
#   PM_BENCH_QUICK=0            1: a smoke run, not a measurement: unless set,
#                               N=20000, REPS=3
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
. "$(dirname "$0")/lib.sh"
bench_setup 54331 /tmp/portemis-bench portemis_bench 1000000 20000 5
BENCH_KEEP_STOPS=1   # PM_BENCH_KEEP=1 keeps the stopped cluster's directory and data files
BENCH_FETCH=false    # COPY returns no rows

LOGGED=$(bench_var LOGGED 0)
DIR=$PM_CLUSTER_DIR

bench_cluster
# Every scan starts at block 0, so COPY TO writes rows in load order.
bench_createdb "timezone = 'UTC'" "datestyle = 'ISO, MDY'" "extra_float_digits = 1" "synchronize_seqscans = off"

if [ "$LOGGED" = 1 ]; then persistence=""; table_kind="regular (WAL-logged)"; else
    persistence="UNLOGGED"; table_kind="UNLOGGED"; fi

bench_header "shared_buffers=$(qv -c 'SHOW shared_buffers'), $table_kind tables"

# ---------------------------------------------------------------------------
# Data: N two-fuel voyages, reproducible (setseed), written as two files.
# ---------------------------------------------------------------------------
echo "== generating $N voyages"
t_gen=$(date +%s)
{
    echo "SELECT setseed(:seed) \\g /dev/null"
    bench_fleet_sql UNLOGGED
    echo "CREATE UNLOGGED TABLE bench_src AS"
    echo "WITH"
    bench_voyage_ctes
    cat <<'SQL'
SELECT i, imo, origin, destination, departure, arrival, distance_nm, cargo_t,
       jsonb_build_object('HFO', jsonb_build_object('t', hfo_t, 'sulphur_pct', hfo_s),
                          'MGO', mgo_t) AS fuels,
       format('imo=%s, origin=%s, destination=%s, departure=%s, arrival=%s, '
              'distance_nm=%s, cargo_t=%s, fuels=[HFO %s t S=%s%%, MGO %s t]',
              imo, origin, destination,
              to_char(departure AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
              to_char(arrival AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
              distance_nm, cargo_t, hfo_t, hfo_s, mgo_t) AS vtext
FROM p;

\set vfile :dir '/pm_bench_voyage.copy'
\set pfile :dir '/pm_bench_plain.copy'
COPY (SELECT vtext FROM bench_src ORDER BY i) TO :'vfile';
COPY (SELECT imo, origin, destination, departure, arrival, distance_nm, cargo_t, fuels
      FROM bench_src ORDER BY i) TO :'pfile';
DROP TABLE bench_src, bench_fleet, bench_route;
SQL
} | q -v n="$N" -v seed="$SEED" -v dir="$DIR"
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
SQL
bench_harness

# The statements timed: input, COPY FROM the file into the table (emptied before
# each run, in its own session); output, COPY TO a file.
query_of() {
    if [ "$2" = input ]; then
        echo "COPY t_$1 FROM '$DIR/pm_bench_$1.copy'"
    else
        echo "COPY t_$1 TO '$DIR/pm_bench_$1.out'"
    fi
}
prepare_run() { if [ "$1" = input ]; then q -c "TRUNCATE t_$2"; fi; }

echo "== input: COPY FROM file into $table_kind tables, 1 warm-up + $REPS timed repetitions each"
bench_abba input voyage plain

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
bench_abba output voyage plain

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
WITH r AS (SELECT *, a_med / b_med AS ratio FROM bench_pair('voyage', 'plain'))
SELECT CASE phase WHEN 'input' THEN 'COPY FROM (input)' ELSE 'COPY TO (output)' END AS "measure", "time",
       a_median AS "voyage median", b_median AS "plain median",
       a_range AS "voyage range ms", b_range AS "plain range ms",
       to_char(ratio, 'FM0.000') || ' x' AS "ratio", '<= 1.25 x' AS "target",
       CASE WHEN ratio <= 1.25 THEN 'PASS' ELSE 'MISS' END AS "result"
FROM r ORDER BY phase, clock DESC;

\pset tuples_only on
SELECT 'backend run-queue wait (time runnable but waiting for a CPU: other work on the machine), '
       || 'mean per timed COPY: ' || coalesce(round(avg(runq_ms)::numeric) || ' ms', 'not available')
FROM bench_result WHERE rep > 0;
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
bench_footer "PM_BENCH_N=$N PM_BENCH_REPS=$REPS PM_BENCH_LOGGED=$LOGGED PM_BENCH_SEED=$SEED"

# ---------------------------------------------------------------------------
# Optional profile: perf record of one backend per COPY.
# ---------------------------------------------------------------------------
BENCH_PERF_PHASE=input bench_profile 1 25 voyage plain
BENCH_PERF_PHASE=output bench_profile 1 25 voyage plain
