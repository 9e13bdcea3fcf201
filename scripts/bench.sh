#!/usr/bin/env bash
# The benchmarks (`make bench`): builds and installs portemis, runs the benchmarks
# of test/bench one after the other, each in its own throwaway cluster on one
# private port and directory, and ends with each benchmark's results: its ratios
# against the baseline measured in the same run, and its targets.
#
#   scripts/bench.sh [--quick] [NAME...]
#
# NAME: copy_voyage, fuel_emissions, mode_emissions, route_share, sea_route,
# corridor_summary (with or without .sh); by default all five, in that order.
# route_share needs the real route data (../shared/data/routes, or $PORTEMIS_DATA):
# without it, it is skipped unless named.  At their full sizes they take about
# half an hour together on a 2-core machine (route_share and corridor_summary
# about 7 minutes each).  --quick, or PM_BENCH_QUICK=1, runs every one with small
# sizes and 3 repetitions in about a minute: a smoke run that shows they work end
# to end, not a measurement.
#
# Environment (all optional):
#   PGPORT=54340        port of the benchmarks' clusters (the tests use 54329);
#                       PM_BENCH_PGPORT, if set, wins
#   PM_BENCH_CLUSTER_DIR=/tmp/portemis-bench-$PGPORT   their directory (wiped!)
#   PM_BENCH_QUICK=0    1: as --quick
#   PM_BENCH_BUILD=1    0: benchmark the installed extension, do not build it
#   PM_BENCH_LOG_DIR    where each benchmark's full output is kept (default: a
#                       new directory /tmp/portemis-bench-log.XXXXXX)
# and every PM_BENCH_* setting the benchmarks take (test/bench/lib.sh and the
# header of each script): PM_BENCH_N, PM_BENCH_REPS, PM_BENCH_PERF ... apply to
# each benchmark run.
# Run as root (the server runs as the postgres user) or as the server's user.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

ALL="copy_voyage fuel_emissions mode_emissions route_share corridor_summary sea_route"
names=""
for arg; do
    case "$arg" in
        --quick) export PM_BENCH_QUICK=1 ;;
        -h | --help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option: $arg (scripts/bench.sh --help)" >&2; exit 2 ;;
        *)
            name=${arg##*/}
            name=${name%.sh}
            case " $ALL " in
                *" $name "*) ;;
                *) echo "no benchmark $arg; there are: $ALL" >&2; exit 2 ;;
            esac
            names="$names $name"
            ;;
    esac
done

export PGPORT=${PM_BENCH_PGPORT:-${PGPORT:-54340}}
export PM_BENCH_PGPORT=$PGPORT
export PM_BENCH_CLUSTER_DIR=${PM_BENCH_CLUSTER_DIR:-/tmp/portemis-bench-$PGPORT}
. scripts/common.sh

if [ -z "$names" ]; then
    names=$ALL
    if [ -z "$PM_DATA_DIR" ]; then
        echo "== route_share and sea_route skipped: no real route data (../shared/data or \$PORTEMIS_DATA)"
        names=${names/ route_share/}
        names=${names/ sea_route/}
    fi
fi

if [ "${PM_BENCH_BUILD:-1}" = 1 ]; then
    ensure_packages || exit 1
    echo "== building and installing portemis"
    build_and_install || exit 1
fi

log_dir=${PM_BENCH_LOG_DIR:-$(mktemp -d /tmp/portemis-bench-log.XXXXXX)}
mkdir -p "$log_dir"
[ "$(id -u)" -ne 0 ] || chmod 755 "$log_dir"
quick=""
[ "${PM_BENCH_QUICK:-0}" != 1 ] || quick="quick sizes (a smoke run, not a measurement), "
echo "== benchmarks:$names; port $PGPORT, cluster directory $PM_BENCH_CLUSTER_DIR, ${quick}full output in $log_dir"

failed=""
for name in $names; do
    echo
    echo "======== $name ($(date -u '+%H:%M:%S UTC'))"
    start=$(date +%s)
    "test/bench/$name.sh" 2>&1 | tee "$log_dir/$name.log"
    rc=${PIPESTATUS[0]}
    status="finished"
    if [ "$rc" -ne 0 ]; then
        status="FAILED (exit $rc)"
        failed="$failed $name"
    fi
    echo "======== $name: $status in $(($(date +%s) - start)) s"
done

# Each benchmark's results: from its "== results" line to the command that reproduces it.
echo
echo "======== results (full output in $log_dir)"
for name in $names; do
    echo
    echo "---- $name"
    if grep -q '^== results' "$log_dir/$name.log"; then
        sed -n '/^== results/,/^command: /p' "$log_dir/$name.log"
    else
        echo "(no results: see $log_dir/$name.log)"
    fi
done
if [ -n "$failed" ]; then
    echo
    echo "FAILED:$failed"
    exit 1
fi
