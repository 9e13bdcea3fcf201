# shellcheck shell=bash disable=SC2034  # N, SEED ... are read by the scripts
# Shared by the benchmarks test/bench/*.sh (scripts/bench.sh, `make bench`, runs them
# all).  Source it; each script keeps only its data, its queries and its results:
#
#   set -euo pipefail
#   . "$(dirname "$0")/lib.sh"
#   # default port, cluster directory, database; N: default, quick; REPS: default
#   bench_setup 54331 /tmp/portemis-bench portemis_bench 1000000 20000 5
#   LOGGED=$(bench_var LOGGED 0)          # any other PM_BENCH_* setting: name, default[, quick]
#
# It provides: the throwaway cluster (scripts/common.sh's cluster_start/cluster_stop)
# and its clean-up at exit, psql helpers (q, qv on $DB; qpg on postgres), the
# database, the lines describing the machine, the build and the load, the
# server-side timing harness (bench_ms, bench_result, bench_medians), the runs in a
# rotated or ABBA order, result tables, the data generator's fleet and voyages,
# checks, perf profiles, the baselines run outside the database (bench_python:
# Debian's pandas, shapely, pyproj; bench_python_rows stores the timings that
# test/bench/*.py print, with benchpy.py's help) and the table of an issue's
# targets with PASS/MISS, the load and the build (bench_targets).
#
# Environment common to every script (all optional):
#   PM_BENCH_PGPORT, PM_BENCH_CLUSTER_DIR   port and directory of the throwaway
#                           cluster (the directory is wiped at start!)
#   PM_BENCH_SEED=0.42      setseed() for the data generator
#   PM_BENCH_REUSE=0        1: use a cluster already running there (see each script)
#   PM_BENCH_KEEP=0         1: keep the cluster (see each script) at exit
#   PM_BENCH_PERF=0         1: afterwards, profile with perf (needs perf and root;
#                           Debian: linux-perf)
#   PM_BENCH_PERF_TOP       symbols printed per profile (default: each script's)
#   PM_BENCH_PERF_RUNS      runs of the query per profile (default: each script's)
#   PM_BENCH_PYTHON=/usr/bin/python3   the Python of the pandas/shapely/pyproj
#                           baselines (Debian's python3-* packages, installed
#                           when missing and run as root)
#   PM_BENCH_QUICK=0        1: small sizes and few repetitions (each script's quick
#                           values) for the PM_BENCH_* variables not set: a smoke
#                           run that shows the script works, not a measurement
# PGPORT and PM_CLUSTER_DIR from the caller's environment are deliberately not
# used: the cluster directory is wiped, and an inherited value could point at
# somebody else's cluster.

command_line="$0${*:+ $*}"
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1

# bench_setup DEFAULT_PORT DEFAULT_CLUSTER_DIR DATABASE N_DEFAULT N_QUICK REPS_DEFAULT:
# the settings (N: the size, REPS: timed repetitions, 3 when quick; SEED, REUSE,
# KEEP, PERF) and the clean-up at exit.
bench_setup() {
    export PGPORT=${PM_BENCH_PGPORT:-$1}
    export PM_CLUSTER_DIR=${PM_BENCH_CLUSTER_DIR:-$2}
    DB=$3
    unset PGDATABASE PGSERVICE PGOPTIONS
    . scripts/common.sh
    PSQL="$PG_BIN/psql"
    QUICK=${PM_BENCH_QUICK:-0}
    N=$(bench_var N "$4" "$5")
    REPS=$(bench_var REPS "$6" 3)
    SEED=${PM_BENCH_SEED:-0.42}
    REUSE=${PM_BENCH_REUSE:-0}
    KEEP=${PM_BENCH_KEEP:-0}
    PERF=${PM_BENCH_PERF:-0}
    PERF_TOP=${PM_BENCH_PERF_TOP:-}
    PERF_RUNS=${PM_BENCH_PERF_RUNS:-}
    PYTHON=${PM_BENCH_PYTHON:-/usr/bin/python3}
    bench_positive N REPS
    [ -z "$PERF_TOP" ] || bench_positive PERF_TOP
    [ -z "$PERF_RUNS" ] || bench_positive PERF_RUNS
    started=0
    trap bench_cleanup EXIT
    trap 'exit 130' INT TERM
}

# bench_var NAME DEFAULT [QUICK]: PM_BENCH_NAME if set, else QUICK with PM_BENCH_QUICK=1, else DEFAULT.
bench_var() {
    local v="PM_BENCH_$1"
    if [ -n "${!v:-}" ]; then
        echo "${!v}"
    elif [ "$QUICK" = 1 ] && [ $# -ge 3 ]; then
        echo "$3"
    else
        echo "$2"
    fi
}

# bench_positive VAR...: each named variable (N, REPS, ...) must be a whole number >= 1.
bench_positive() {
    local v
    for v; do
        case "${!v}" in '' | *[!0-9]*) echo "PM_BENCH_$v must be a positive integer" >&2; exit 2 ;; esac
        [ "${!v}" -ge 1 ] || { echo "PM_BENCH_$v must be >= 1" >&2; exit 2; }
    done
}

q() { "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
qv() { q -A -t "$@"; }
qpg() { "$PSQL" -X -q -A -t -v ON_ERROR_STOP=1 -d postgres "$@"; }

# At exit: stop a cluster this script started and wipe its directory (not one it
# reused: that is only stopped); PM_BENCH_KEEP=1 leaves it running.  Scratch files
# (pm_bench_*) in a directory that stays are removed.  BENCH_KEEP_STOPS=1
# (copy_voyage.sh): PM_BENCH_KEEP=1 stops the cluster all the same and keeps its
# directory with the data files.
bench_cleanup() {
    local rc=$?
    local keep_stops=${BENCH_KEEP_STOPS:-0}
    if [ "$started" -eq 1 ] && { [ "$KEEP" != 1 ] || [ "$keep_stops" = 1 ]; }; then
        cluster_stop || true
        [ "$KEEP" = 1 ] || [ "$REUSE" = 1 ] || rm -rf "$PM_CLUSTER_DIR"
    fi
    if [ "$KEEP" != 1 ] || [ "$keep_stops" != 1 ]; then
        rm -f "$PM_CLUSTER_DIR"/pm_bench_* 2>/dev/null || true
    fi
    exit "$rc"
}

# bench_cluster [SHARED_BUFFERS]: start the throwaway cluster (restarted with that
# shared_buffers), or with PM_BENCH_REUSE=1 check that a server runs there.
bench_cluster() {
    if [ "$REUSE" = 1 ]; then
        "$PG_BIN/pg_isready" -q || { echo "PM_BENCH_REUSE=1 but no server on $PGHOST:$PGPORT" >&2; exit 1; }
        return 0
    fi
    echo "== starting a throwaway cluster in $PM_CLUSTER_DIR on port $PGPORT${1:+ (shared_buffers=$1)}"
    started=1
    cluster_start
    if [ -n "${1:-}" ]; then
        qpg -c "ALTER SYSTEM SET shared_buffers = '$1'"
        bench_restart
    fi
}

# Start the stopped cluster of $PM_CLUSTER_DIR, with cluster_start's options.
bench_start_existing() {
    as_server_user "$PG_BIN/pg_ctl" -D "$PM_CLUSTER_DIR/data" -l "$PM_CLUSTER_DIR/server.log" -w \
        -o "-p $PGPORT -k $PM_CLUSTER_DIR -c listen_addresses='' -c max_parallel_workers_per_gather=2" \
        start >/dev/null
}

# pg_ctl restart reuses the options of the last start (port, socket directory).
bench_restart() {
    as_server_user "$PG_BIN/pg_ctl" -D "$PM_CLUSTER_DIR/data" -l "$PM_CLUSTER_DIR/server.log" -w -m fast \
        restart >/dev/null
}

# bench_createdb [SETTING...]: a new database $DB with these settings ("timezone = 'UTC'", ...)
# and portemis in it.
bench_createdb() {
    local s
    {
        echo "SET client_min_messages = warning;"
        echo "DROP DATABASE IF EXISTS $DB;"
        echo "CREATE DATABASE $DB;"
        for s; do echo "ALTER DATABASE $DB SET $s;"; done
    } | "$PSQL" -X -q -v ON_ERROR_STOP=1 -d postgres
    q -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis CASCADE"
}

bench_load() { cut -d' ' -f1-3 /proc/loadavg; }

# The installed library, fingerprinted: other people may reinstall the extension
# while a benchmark runs.
bench_so_id() { echo "$(sha256sum "$so_file" | cut -c1-12) $(date -u -r "$so_file" '+%Y-%m-%dT%H:%M:%SZ')"; }

# bench_build_id: the build measured, one line: the library's md5sum and the
# repository's last commit (git log --oneline -1), as every result records them.
bench_build_id() {
    local commit
    commit=$(git log --oneline -1 2>/dev/null || echo '?')
    git diff --quiet HEAD -- src Makefile 2>/dev/null || commit="$commit (+ uncommitted changes in src/ or Makefile)"
    echo "portemis.so md5 $(md5sum "$so_file" | cut -d' ' -f1), commit $commit"
}

# bench_header [DETAIL]: the machine (and DETAIL: settings), the build measured
# (library sha256 and md5, source tree) and the load before the run.
bench_header() {
    so_file="$("$PG_BIN/pg_config" --pkglibdir)/portemis.so"
    so_before=$(bench_so_id)
    build_before=$(bench_build_id)
    local git_rev
    git_rev=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
    git diff --quiet HEAD -- src Makefile 2>/dev/null || git_rev="$git_rev + uncommitted changes in src/ or Makefile"
    echo "== machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
        "$(free -g | awk '/^Mem:/ {print $2 " GB RAM"}'), Debian $(cat /etc/debian_version 2>/dev/null || echo '?')," \
        "$(qv -c 'SHOW server_version')${1:+, $1}"
    echo "== portemis $(qv -c "SELECT extversion FROM pg_extension WHERE extname = 'portemis'"), library $so_file" \
        "sha256 $so_before, source tree at $git_rev"
    echo "== build: $build_before"
    echo "== load before: $(bench_load) (1/5/15 min load average on $(nproc) cores; other work on the machine adds noise)"
}

# bench_footer SETTINGS: the load after the run, a warning if the library changed
# meanwhile, and the command that reproduces the run (SETTINGS: its PM_BENCH_* values).
bench_footer() {
    local so_after
    so_after=$(bench_so_id)
    echo "== load after: $(bench_load) (1/5/15 min load average on $(nproc) cores)"
    echo "== build: $(bench_build_id)"
    if [ "${so_after%% *}" != "${so_before%% *}" ]; then
        echo "WARNING: $so_file was reinstalled during the run ($so_before -> $so_after): backends started" \
            "after that ran the new build; re-run for clean figures" >&2
    fi
    echo "command: $1 $command_line"
}

# bench_check OUTPUT PATTERN MESSAGE: print a check's output, indented; fail with
# MESSAGE unless it contains PATTERN.
bench_check() {
    echo "$1" | sed 's/^/   /'
    case "$1" in
        *"$2"*) ;;
        *) echo "FAILED: $3" >&2; exit 1 ;;
    esac
}

# ---------------------------------------------------------------------------
# Timing harness.
# ---------------------------------------------------------------------------
# bench_harness: create in $DB (again, if there) the table bench_result, the view
# bench_medians, bench_pair(kind_a, kind_b) (their medians side by side),
# rel_diff(a, b) (relative difference, 0 when both are 0) and bench_ms(stmt,
# want_result), which runs one statement inside the server (client overhead
# excluded) and measures it:
#   wall_ms          clock_timestamp() around EXECUTE
#   cpu_ms, runq_ms  this backend's time on a CPU and runnable but waiting for one
#                    (Linux /proc/self/schedstat, read after a 1 ms sleep, so
#                    exact rather than a scheduler tick stale): the CPU time is
#                    the steadier figure on a machine shared with other work
#   workers_cpu_ms   the parallel workers' CPU time: the postmaster's cutime +
#                    cstime (/proc/<postmaster>/stat), as workers are its children
#                    and have exited when the query returns
#   machine_busy_ms  the whole machine's busy CPU time (/proc/stat): minus ours,
#                    the CPU that other work took meanwhile
#   result           with want_result, the first column of the (first) row, as text
#   load1            the 1-minute load average when the row was written
# The counters are NULL where they cannot be read (pg_read_file needs a superuser).
bench_harness() {
    sed "s/CLK_TCK_VALUE/$(getconf CLK_TCK 2>/dev/null || echo 100)/g" <<'SQL' | q
SET client_min_messages = warning;
DROP FUNCTION IF EXISTS bench_pair(text, text);
DROP VIEW IF EXISTS bench_medians;
DROP TABLE IF EXISTS bench_result;
DROP FUNCTION IF EXISTS bench_load1();
DROP FUNCTION IF EXISTS bench_ms(text);
DROP FUNCTION IF EXISTS bench_ms(text, boolean);
DROP FUNCTION IF EXISTS bench_counters();
DROP FUNCTION IF EXISTS rel_diff(double precision, double precision);
-- The machine's 1-minute load average now (NULL where /proc/loadavg cannot be read).
CREATE FUNCTION bench_load1() RETURNS double precision LANGUAGE plpgsql AS $$
BEGIN
    RETURN split_part(pg_read_file('/proc/loadavg'), ' ', 1)::double precision;
EXCEPTION WHEN OTHERS THEN
    RETURN NULL;
END $$;
CREATE TABLE bench_result (phase text, kind text, rep int, wall_ms double precision, cpu_ms double precision,
                           runq_ms double precision, workers_cpu_ms double precision,
                           machine_busy_ms double precision, result text,
                           at timestamptz DEFAULT clock_timestamp(),
                           load1 double precision DEFAULT bench_load1());

-- Medians, best and worst of the timed runs (rep > 0; rep 0 is the warm-up), by wall clock and by
-- this backend's CPU time.
CREATE VIEW bench_medians AS
SELECT phase, kind, clock, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med,
       min(ms) AS best, max(ms) AS worst, count(*) AS n
FROM (SELECT phase, kind, 'wall' AS clock, wall_ms AS ms FROM bench_result WHERE rep > 0
      UNION ALL
      SELECT phase, kind, 'cpu', cpu_ms FROM bench_result WHERE rep > 0 AND cpu_ms IS NOT NULL) t
GROUP BY phase, kind, clock;

CREATE FUNCTION bench_counters(OUT cpu_ns bigint, OUT runq_ns bigint,
                               OUT children_ticks bigint, OUT busy_ticks bigint)
LANGUAGE plpgsql AS $$
DECLARE
    f text[];
BEGIN
    -- A running task's CPU time in schedstat is brought up to date only when it
    -- is switched out (or at a scheduler tick): a 1 ms sleep first makes it
    -- exact, not a tick stale (outside the timed interval).
    PERFORM pg_sleep(0.0002);
    BEGIN
        f := string_to_array(btrim(pg_read_file('/proc/self/schedstat'), E' \n'), ' ');
        cpu_ns := f[1]::bigint;
        runq_ns := f[2]::bigint;
    EXCEPTION WHEN OTHERS THEN
        NULL;
    END;
    BEGIN
        f := string_to_array(split_part(pg_read_file('/proc/' || split_part(pg_read_file('postmaster.pid'), E'\n', 1)
                                                     || '/stat'), ') ', 2), ' ');
        children_ticks := f[14]::bigint + f[15]::bigint;     -- fields 16, 17: cutime, cstime
    EXCEPTION WHEN OTHERS THEN
        NULL;
    END;
    BEGIN
        f := regexp_split_to_array(split_part(pg_read_file('/proc/stat'), E'\n', 1), ' +');
        -- cpu user nice system idle iowait irq softirq steal ...
        busy_ticks := f[2]::bigint + f[3]::bigint + f[4]::bigint + f[7]::bigint + f[8]::bigint + f[9]::bigint;
    EXCEPTION WHEN OTHERS THEN
        NULL;
    END;
END $$;

CREATE FUNCTION bench_ms(stmt text, want_result boolean, OUT wall_ms double precision,
                         OUT cpu_ms double precision, OUT runq_ms double precision,
                         OUT workers_cpu_ms double precision, OUT machine_busy_ms double precision,
                         OUT result text)
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    s0 record;
    s1 record;
BEGIN
    -- workers_cpu_ms counts every child of the postmaster that exits during the run: first let the
    -- sessions that just ended (the harness's psql calls, a Python baseline's connection) finish exiting,
    -- or their CPU is taken for this query's workers (up to 2 s)
    FOR i IN 1 .. 200 LOOP
        EXIT WHEN NOT EXISTS (SELECT FROM pg_stat_activity
                              WHERE backend_type = 'client backend' AND pid <> pg_backend_pid());
        PERFORM pg_sleep(0.01);
    END LOOP;
    PERFORM pg_sleep(0.05);     -- a session leaves pg_stat_activity just before its process is reaped
    s0 := bench_counters();
    t0 := clock_timestamp();
    IF want_result THEN
        EXECUTE stmt INTO result;
    ELSE
        EXECUTE stmt;
    END IF;
    wall_ms := 1000 * extract(epoch FROM clock_timestamp() - t0);
    s1 := bench_counters();
    cpu_ms := (s1.cpu_ns - s0.cpu_ns) / 1e6;
    runq_ms := (s1.runq_ns - s0.runq_ns) / 1e6;
    workers_cpu_ms := (s1.children_ticks - s0.children_ticks) * 1000.0 / CLK_TCK_VALUE;
    machine_busy_ms := (s1.busy_ticks - s0.busy_ticks) * 1000.0 / CLK_TCK_VALUE;
END $$;

-- Kinds a and b side by side, per phase and clock: their medians, and for display
-- the clock, the medians and the ranges (best-worst) in whole ms.
CREATE FUNCTION bench_pair(a text, b text)
RETURNS TABLE (phase text, clock text, a_med double precision, b_med double precision, "time" text,
               a_median text, b_median text, a_range text, b_range text)
LANGUAGE sql STABLE AS $$
    SELECT x.phase, x.clock, x.med, y.med,
           CASE x.clock WHEN 'wall' THEN 'wall clock' ELSE 'backend CPU' END,
           round(x.med::numeric) || ' ms', round(y.med::numeric) || ' ms',
           round(x.best::numeric) || '-' || round(x.worst::numeric),
           round(y.best::numeric) || '-' || round(y.worst::numeric)
    FROM bench_medians x JOIN bench_medians y ON y.phase = x.phase AND y.clock = x.clock
    WHERE x.kind = a AND y.kind = b
$$;

-- Relative difference, 0 when both are 0.
CREATE FUNCTION rel_diff(a double precision, b double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN a = b THEN 0 ELSE abs(a - b) / greatest(abs(a), abs(b)) END
$$;
SQL
}

# query_of KIND [PHASE]: the statement timed as KIND.  By default the script's
# variable Q_<KIND> (Q_PLAIN_SQL for plain_sql); a script may define its own.
query_of() {
    local v="Q_${1^^}"
    echo "${!v}"
}

# bench_kinds PHASE LABEL TABLE DIGITS [DESC]: print each kind's median wall time
# and range in PHASE, and its median per row of TABLE (column LABEL, in ns with
# DIGITS decimals), ordered by the median.
bench_kinds() {
    q -c '\pset footer off' -c "SELECT kind AS \"query\", round(med::numeric, 1) || ' ms' AS \"median\",
       round(best::numeric, 1) || '-' || round(worst::numeric, 1) AS \"range ms\",
       round((med * 1e6 / (SELECT count(*) FROM $3))::numeric, $4) || ' ns' AS \"$2\"
FROM bench_medians WHERE phase = '$1' AND clock = 'wall' ORDER BY med ${5:-}"
}

# bench_measure PHASE KIND REP: the SQL of one run of `query_of KIND PHASE` into
# bench_result (REP 0: the untimed warm-up), after the script's
# `settings_of KIND REP` (SQL) if it has one.  BENCH_FETCH=false for statements that
# return no rows (COPY).
bench_measure() {
    if declare -F settings_of >/dev/null; then settings_of "$2" "$3"; fi
    printf "INSERT INTO bench_result (phase, kind, rep, wall_ms, cpu_ms, runq_ms, workers_cpu_ms, machine_busy_ms, result) SELECT '%s', '%s', %d, b.* FROM bench_ms(\$q\$%s\$q\$, %s) b;\n" \
        "$1" "$2" "$3" "$(query_of "$2" "$1")" "${BENCH_FETCH:-true}"
}

# bench_warmups PHASE: the SQL of one untimed run of each of $KINDS.
bench_warmups() {
    local kind
    for kind in $KINDS; do bench_measure "$1" "$kind" 0; done
}

# bench_rounds PHASE: the SQL of $REPS rounds of $KINDS in one session, the order
# rotated by one kind every round, each round followed by a line of its times (the
# script's `round_line PHASE REP` if it has one).
bench_rounds() {
    local phase=$1 r s kind
    for r in $(seq 1 "$REPS"); do
        set -- $KINDS
        for s in $(seq 1 $(((r - 1) % $#))); do set -- "${@:2}" "$1"; done
        for kind; do bench_measure "$phase" "$kind" "$r"; done
        if declare -F round_line >/dev/null; then
            round_line "$phase" "$r"
        else
            printf "SELECT '   rep %d: ' || string_agg(kind || ' ' || round(wall_ms::numeric, 1) || ' ms', ', ' ORDER BY at) FROM bench_result WHERE phase = '%s' AND rep = %d;\n" "$r" "$phase" "$r"
        fi
    done
}

# bench_abba PHASE A B: one untimed run of A and of B, then $REPS repetitions, A
# first in the odd ones and B first in the even ones (ABBA); every run in its own
# session, after the script's `prepare_run PHASE KIND` if it has one.  After the
# two runs of each repetition (the warm-up, 0, included), the script's
# `after_rep PHASE REP` if it has one: an outside baseline (Python) in the same
# repetition, so that it sees the same load.
bench_abba() {
    local phase=$1 a=$2 b=$3 r
    bench_session_run "$phase" "$a" 0
    bench_session_run "$phase" "$b" 0
    if declare -F after_rep >/dev/null; then after_rep "$phase" 0; fi
    for r in $(seq 1 "$REPS"); do
        if [ $((r % 2)) -eq 1 ]; then
            bench_session_run "$phase" "$a" "$r"; bench_session_run "$phase" "$b" "$r"
        else
            bench_session_run "$phase" "$b" "$r"; bench_session_run "$phase" "$a" "$r"
        fi
        if declare -F after_rep >/dev/null; then after_rep "$phase" "$r"; fi
        printf '   %s rep %d: %s  (load %s)\n' "$phase" "$r" "$(qv -c "SELECT string_agg(kind || ' ' || round(wall_ms::numeric) || ' ms (cpu ' || coalesce(round(cpu_ms::numeric)::text, '?') || ', run-queue wait ' || coalesce(round(runq_ms::numeric)::text, '?') || ')', ', ' ORDER BY kind <> '$a') FROM bench_result WHERE phase = '$phase' AND rep = $r")" "$(cut -d' ' -f1 /proc/loadavg)"
    done
}
bench_session_run() {
    if declare -F prepare_run >/dev/null; then prepare_run "$1" "$2"; fi
    bench_measure "$1" "$2" "$3" | q
}

# ---------------------------------------------------------------------------
# Data generator: the fleet and the voyages on the Los Angeles/Long Beach -
# Shanghai/Singapore/Tokyo/Yokohama corridors.  Right after setseed() the same
# text draws the same random() values, so every script gets the same fleet.
# ---------------------------------------------------------------------------
# bench_fleet_sql TEMP|UNLOGGED: SQL creating bench_fleet (k, imo) and bench_route.
bench_fleet_sql() {
    sed "s/PERSISTENCE/$1/" <<'SQL'
-- A fleet of 2000 ships with valid IMO numbers (check digit: weights 7..2).
CREATE PERSISTENCE TABLE bench_fleet AS
SELECT k, b * 10 + ((b / 100000 % 10 * 7 + b / 10000 % 10 * 6 + b / 1000 % 10 * 5 +
                     b / 100 % 10 * 4 + b / 10 % 10 * 3 + b % 10 * 2) % 10) AS imo
FROM (SELECT k, 900000 + floor(random() * 100000)::int AS b
      FROM generate_series(1, 2000) k) s;

-- Corridor legs with typical sea distances (nm).
CREATE PERSISTENCE TABLE bench_route (r int, us text, asia text, nm float8);
INSERT INTO bench_route VALUES
    (1, 'USLAX', 'CNSHA', 5710), (2, 'USLGB', 'CNSHA', 5705),
    (3, 'USLAX', 'SGSIN', 7650), (4, 'USLGB', 'SGSIN', 7645),
    (5, 'USLAX', 'JPTYO', 4840), (6, 'USLGB', 'JPTYO', 4835),
    (7, 'USLAX', 'JPYOK', 4830), (8, 'USLGB', 'JPYOK', 4825);
SQL
}

# bench_voyage_ctes [DEPARTURE_SECS G_EXTRA P_EXTRA]: the CTEs g (a voyage's random
# parameters, for i in 1..:n) and p (its columns: i, imo, origin, destination,
# departure, arrival, distance_nm, cargo_t, then P_EXTRA), for "WITH ... SELECT ... FROM p".
# 0-4 % weather routing on the distance, 13.5-20 kn (10-25 days), 20-140 kt of
# cargo, HFO 0.045-0.11 t/nm with 0.38-0.50 % sulphur (VLSFO) or 2.1-3.2 % (HSFO,
# scrubber).  By default departures one a minute from 2023 (unique) and the
# two-fuel voyage: hfo_t, hfo_s and 4-40 t of MGO (mgo_t).
bench_voyage_ctes() {
    local secs=${1:-i * 60 + floor(random() * 60)}
    local g_extra=${2:-round((4 + random() * 36)::numeric, 1)::float8 AS mgo_t}
    local p_extra=${3:-round((r.nm * g.detour * g.hfo_per_nm)::numeric, 1)::float8 AS hfo_t,
           g.hfo_s, g.mgo_t}
    cat <<SQL
g AS (
    SELECT i,
           1 + floor(random() * 2000)::int AS vessel,
           1 + floor(random() * 8)::int AS route,
           random() < 0.5 AS eastbound,
           timestamptz '2023-01-01 00:00:00+00'
               + make_interval(secs => $secs) AS departure,
           1 + random() * 0.04 AS detour,
           13.5 + random() * 6.5 AS speed_kn,
           round((20000 + random() * 120000)::numeric, 1)::float8 AS cargo_t,
           0.045 + random() * 0.065 AS hfo_per_nm,
           CASE WHEN random() < 0.85 THEN round((0.38 + random() * 0.12)::numeric, 2)
                ELSE round((2.1 + random() * 1.1)::numeric, 2) END::float8 AS hfo_s,
           $g_extra
    FROM generate_series(1, :n) i),
p AS (
    SELECT g.i, f.imo,
           CASE WHEN g.eastbound THEN r.asia ELSE r.us END AS origin,
           CASE WHEN g.eastbound THEN r.us ELSE r.asia END AS destination,
           g.departure,
           g.departure + make_interval(mins => round(r.nm * g.detour / g.speed_kn * 60)::int) AS arrival,
           round((r.nm * g.detour)::numeric, 1)::float8 AS distance_nm,
           g.cargo_t,
           $p_extra
    FROM g JOIN bench_fleet f ON f.k = g.vessel JOIN bench_route r ON r.r = g.route)
SQL
}

# ---------------------------------------------------------------------------
# perf.
# ---------------------------------------------------------------------------
# bench_profile TIMES ROWS KIND...: with PM_BENCH_PERF=1, for each KIND perf-record
# (PM_BENCH_PERF_RUNS and PM_BENCH_PERF_TOP, if set, replace TIMES and ROWS)
# a backend that runs $session_settings (if set) and TIMES x the script's
# `query_of KIND $BENCH_PERF_PHASE` (after `prepare_run`, if the script has one),
# and print the top ROWS symbols by self time; with BENCH_PERF_CHILDREN=M also the
# top M with children.  BENCH_PERF_RECORD: perf record's options (-F 999 -g).
bench_profile() {
    bench_perf_wanted || return 0
    local times=${PERF_RUNS:-$1} rows=${PERF_TOP:-$2} phase=${BENCH_PERF_PHASE:-} kind sql title
    shift 2
    for kind; do
        if declare -F prepare_run >/dev/null; then prepare_run "$phase" "$kind"; fi
        sql=${session_settings:-}
        for _ in $(seq 1 "$times"); do sql="$sql
$(query_of "$kind" "$phase");"; done
        title="${phase:+$phase, }$kind, $times run(s)"
        # shellcheck disable=SC2086  # the options are words
        bench_perf "$kind" "$sql" ${BENCH_PERF_RECORD:--F 999 -g}
        bench_perf_top "$kind" "$title" "$rows"
        [ -z "${BENCH_PERF_CHILDREN:-}" ] || bench_perf_top "$kind" "$title" "$BENCH_PERF_CHILDREN" children
    done
}

# bench_perf_wanted: PM_BENCH_PERF=1 (and perf is installed).
bench_perf_wanted() {
    [ "$PERF" = 1 ] || return 1
    command -v perf >/dev/null || { echo "PM_BENCH_PERF=1 but perf is not installed (Debian: linux-perf)" >&2; exit 1; }
}

# bench_perf NAME SQL PERF_RECORD_OPTION...: run SQL in a new session, after a 1 s
# pause in which perf attaches to its backend, and record that backend into
# $PM_CLUSTER_DIR/pm_bench_perf_NAME.data.
bench_perf() {
    local app="pm_bench_perf_$1" sql=$2 pid="" client recorder
    shift 2
    { echo "SELECT pg_sleep(1);"; echo "$sql"; } | PGAPPNAME=$app qv >/dev/null &
    client=$!
    for _ in $(seq 1 50); do
        pid=$(qv -c "SELECT pid FROM pg_stat_activity WHERE application_name = '$app'")
        [ -n "$pid" ] && break
        sleep 0.05
    done
    [ -n "$pid" ] || { echo "could not find the backend of $app" >&2; exit 1; }
    perf record -q "$@" -p "$pid" -o "$PM_CLUSTER_DIR/$app.data" >/dev/null 2>&1 &
    recorder=$!
    wait "$client"
    kill -INT "$recorder" 2>/dev/null || true
    wait "$recorder" || true
}

# bench_perf_top NAME TITLE ROWS [children]: the top symbols of that profile, by
# self time, or with children (inclusive time).
bench_perf_top() {
    local data="$PM_CLUSTER_DIR/pm_bench_perf_$1.data"
    if [ "${4:-}" = children ]; then
        echo "== perf: $2 (children: inclusive time, top $3)"
        { perf report -i "$data" --children --stdio -g none --sort symbol 2>/dev/null |
            grep -E '^ +[0-9]+\.[0-9]+%' | sed 's/[ -]*$//' | head -n "$3"; } || true
    else
        echo
        echo "== perf: $2 (self time, top $3 symbols)"
        { perf report -i "$data" --no-children --stdio -g none --sort dso,symbol 2>/dev/null |
            grep -E '^ +[0-9]+\.[0-9]+%' | sed 's/[ -]*$//' | head -n "$3"; } || true
    fi
}

# ---------------------------------------------------------------------------
# Baselines outside the database (pandas, shapely, pyproj: Debian packages).
# ---------------------------------------------------------------------------
# bench_python MODULE...: $PYTHON must import these modules; as root with Debian's
# /usr/bin/python3, the missing python3-* packages are installed.  Prints a line
# with the versions.
bench_python() {
    local m pkgs="" missing=""
    for m; do
        "$PYTHON" -c "import $m" 2>/dev/null || missing="$missing $m"
    done
    if [ -n "$missing" ]; then
        for m in $missing; do pkgs="$pkgs python3-$m"; done
        if [ "$(id -u)" -eq 0 ] && [ "$PYTHON" = /usr/bin/python3 ]; then
            echo "== installing$pkgs"
            # shellcheck disable=SC2086  # the packages are words
            if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs >/dev/null; }; then
                echo "could not install$pkgs" >&2
                exit 1
            fi
        else
            echo "$PYTHON lacks$missing (Debian:$pkgs)" >&2
            exit 1
        fi
    fi
    echo "== python: $("$PYTHON" - "$@" <<'PY'
import importlib, sys
out = [sys.version.split()[0]]
for m in sys.argv[1:]:
    mod = importlib.import_module(m)
    v = getattr(mod, "__version__", "?").split()[0]
    if m == "pyproj":
        v += " (PROJ " + mod.proj_version_str + ")"
    elif m == "shapely":
        import shapely.geos
        v += " (GEOS " + shapely.geos.geos_version_string.split("-")[0] + ")"
    out.append(m + " " + v)
print(", ".join(out))
PY
)"
}

# bench_python_rows PHASE PREFIX FILE: the SQL that stores the timings an outside
# baseline printed in FILE, lines "rep|stage|wall_ms|cpu_ms|load1", in bench_result
# as kind PREFIX_stage (cpu_ms: that process's CPU time, plus the server's where the
# script measured it; load1: the 1-minute load average when it ran; runq_ms,
# workers_cpu_ms and machine_busy_ms NULL).
bench_python_rows() {
    local rep stage wall cpu load
    while IFS='|' read -r rep stage wall cpu load; do
        case "$rep" in '' | *[!0-9]*) continue ;; esac
        echo "INSERT INTO bench_result (phase, kind, rep, wall_ms, cpu_ms, load1) VALUES ('$1', '$2_$stage', $rep, $wall, ${cpu:-NULL}, ${load:-NULL});"
    done <"$3"
}

# ---------------------------------------------------------------------------
# Targets: ratios of medians, judged.
# ---------------------------------------------------------------------------
# bench_targets TITLE: print a table of the targets given on stdin, one a line
#   LABEL|PHASE|A|B|OP|TARGET|JUDGE|NOTE
# ratio = median of A / median of B (timed runs of PHASE in bench_result; A or B
# written OTHER_PHASE:KIND is taken from that phase), by wall clock and by CPU time (the backend's + its parallel workers', or the outside
# process's), judged on JUDGE (wall or cpu; default cpu, the steadier figure on a
# shared machine) against OP TARGET (<= or >=): PASS or MISS; OP empty: reported
# only.  Beside them, for information, the medians of the same ratios taken within
# each repetition ("per rep": adjacent runs, so drift in the machine's speed
# cancels).  With each: the 1-minute load average over those runs (min-max) and the
# cores other work took meanwhile ((machine busy - ours) / wall, SQL runs only; on
# a virtual machine whose host takes CPU without reporting steal time this can be
# negative: our CPU clock then counts time the host took).
# The build (library md5, commit) heads the table; TARGET lines follow it, one a
# target, for grep.
bench_targets() {
    local title=$1 rows="" label phase a b op target judge note
    while IFS='|' read -r label phase a b op target judge note; do
        [ -n "$label" ] || continue
        rows="$rows${rows:+,}
    (\$t\$$label\$t\$, '$phase', '$a', '$b', '$op', ${target:-NULL}, '${judge:-cpu}', \$t\$${note:-}\$t\$)"
    done
    echo
    echo "== $title"
    echo "   $(bench_build_id); load now $(bench_load)"
    q <<SQL
\\pset footer off
CREATE TEMP TABLE bench_target (o serial, label text, phase text, a text, b text, op text, target float8,
                                judge text, note text);
INSERT INTO bench_target (label, phase, a, b, op, target, judge, note) VALUES $rows;
UPDATE bench_target SET a = phase || ':' || a WHERE a NOT LIKE '%:%';
UPDATE bench_target SET b = phase || ':' || b WHERE b NOT LIKE '%:%';
CREATE TEMP VIEW bench_target_result AS
WITH m AS (
    SELECT phase || ':' || kind AS pk, percentile_cont(0.5) WITHIN GROUP (ORDER BY wall_ms) AS wall,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY cpu_ms + coalesce(workers_cpu_ms, 0)) AS cpu,
           count(*) AS n
    FROM bench_result WHERE rep > 0 GROUP BY phase, kind),
-- The same ratio within each repetition (adjacent runs: drift in the machine's
-- speed cancels), median over the repetitions.
p AS (
    SELECT t.o, percentile_cont(0.5) WITHIN GROUP (ORDER BY ra.wall_ms / nullif(rb.wall_ms, 0)) AS wall_paired,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY (ra.cpu_ms + coalesce(ra.workers_cpu_ms, 0))
                                                       / nullif(rb.cpu_ms + coalesce(rb.workers_cpu_ms, 0), 0)) AS cpu_paired
    FROM bench_target t
    JOIN bench_result ra ON ra.phase || ':' || ra.kind = t.a AND ra.rep > 0
    JOIN bench_result rb ON rb.phase || ':' || rb.kind = t.b AND rb.rep = ra.rep
    GROUP BY t.o),
l AS (
    SELECT t.o, min(r.load1) AS load_lo, max(r.load1) AS load_hi,
           avg((r.machine_busy_ms - r.cpu_ms - coalesce(r.workers_cpu_ms, 0)) / nullif(r.wall_ms, 0)) AS others
    FROM bench_target t JOIN bench_result r ON r.phase || ':' || r.kind IN (t.a, t.b) AND r.rep > 0
    GROUP BY t.o)
SELECT t.o, t.label, t.op, t.target, t.judge, t.note, x.wall AS a_wall, y.wall AS b_wall, x.cpu AS a_cpu, y.cpu AS b_cpu,
       x.wall / nullif(y.wall, 0) AS wall_ratio, x.cpu / nullif(y.cpu, 0) AS cpu_ratio,
       least(x.n, y.n) AS n, l.load_lo, l.load_hi, l.others, p.wall_paired, p.cpu_paired,
       CASE WHEN x.n IS NULL OR y.n IS NULL THEN 'not run'
            WHEN t.op NOT IN ('<=', '>=') THEN 'report'
            WHEN (CASE t.judge WHEN 'wall' THEN x.wall / nullif(y.wall, 0) ELSE x.cpu / nullif(y.cpu, 0) END) IS NULL THEN '?'
            WHEN (t.op = '<=') = ((CASE t.judge WHEN 'wall' THEN x.wall / nullif(y.wall, 0) ELSE x.cpu / nullif(y.cpu, 0) END)
                                  <= t.target) THEN 'PASS'
            ELSE 'MISS' END AS result
FROM bench_target t
LEFT JOIN m x ON x.pk = t.a
LEFT JOIN m y ON y.pk = t.b
LEFT JOIN l ON l.o = t.o
LEFT JOIN p ON p.o = t.o;
SELECT label AS "ratio (A / B, medians)", round(a_wall::numeric) || ' / ' || round(b_wall::numeric) AS "wall ms",
       to_char(wall_ratio, 'FM990.000') AS "wall ratio",
       round(a_cpu::numeric) || ' / ' || round(b_cpu::numeric) AS "CPU ms", to_char(cpu_ratio, 'FM990.000') AS "CPU ratio",
       to_char(wall_paired, 'FM990.000') || ' / ' || to_char(cpu_paired, 'FM990.000') AS "per rep, wall / CPU",
       CASE WHEN op IN ('<=', '>=') THEN op || ' ' || target || ' (' || judge || ')' ELSE '(report)' END AS "target",
       result, to_char(load_lo, 'FM990.00') || '-' || to_char(load_hi, 'FM990.00') AS "load 1 min",
       coalesce(to_char(others, 'FM990.00'), '') AS "others, cores", note
FROM bench_target_result ORDER BY o;
\\pset tuples_only on
SELECT 'TARGET ' || label || ': ' || coalesce(to_char(CASE judge WHEN 'wall' THEN wall_ratio ELSE cpu_ratio END, 'FM990.000'), '?')
       || ' (' || judge || ')' || CASE WHEN op IN ('<=', '>=') THEN ' ' || op || ' ' || target ELSE '' END || ' ' || result
       || ', load ' || coalesce(to_char(load_lo, 'FM990.00') || '-' || to_char(load_hi, 'FM990.00'), '?')
FROM bench_target_result ORDER BY o;
SQL
}
