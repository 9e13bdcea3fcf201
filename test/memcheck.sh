#!/usr/bin/env bash
# The regression suite with the server under valgrind memcheck (slow: about
# 15 minutes on 2 cores; not part of scripts/test.sh).  Builds with -g -O1,
# installs, starts a throwaway cluster under valgrind on port 54361, runs
# `make installcheck`, then lists every valgrind error whose stack passes
# through portemis.so.  PostgreSQL's own known reports (uninitialised padding
# in WAL and relcache-init writes, the regex cache memcpy, glibc's strncmp
# over-read while loading a library), which its
# src/tools/valgrind.supp suppresses, are counted but not listed.
#
# An AddressSanitizer build was tried first: with libasan preloaded into
# Debian's (uninstrumented) postgres, the postmaster deadlocks in
# bindtextdomain() at start-up, before any extension code runs.
set -u
cd "$(dirname "$0")/.."
. scripts/common.sh
export PGPORT=${PGPORT_MEMCHECK:-54361}
dir=/tmp/portemis-memcheck-$PGPORT
export PGHOST=$dir

make -s clean >/dev/null
make -s PG_CFLAGS="-Wall -Wextra -g -O1" && make -s install >/dev/null || exit 1
rm -rf "$dir" && mkdir -p "$dir" && chown postgres "$dir" 2>/dev/null
as_server_user "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust >/dev/null || exit 1
as_server_user env PGHOST="$dir" PGPORT="$PGPORT" valgrind --quiet --leak-check=no --num-callers=30 --log-file="$dir/vg.%p" \
    "$PG_BIN/postgres" -D "$dir/data" -p "$PGPORT" -k "$dir" -c listen_addresses='' \
    -c max_parallel_workers_per_gather=0 >"$dir/server.log" 2>&1 &
for i in $(seq 1 60); do psql -X -q -d postgres -c 'SELECT 1' >/dev/null 2>&1 && break; sleep 2; done
make -s installcheck 2>&1 | grep -E '^(test| +[a-z_]+ +\.\.\.)'
as_server_user "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null

total=$(grep -h '^==[0-9]*== [A-Z]' "$dir"/vg.* | wc -l)
ours=$(for f in "$dir"/vg.*; do
           awk '/^==[0-9]+== [A-Z]/ { if (blk ~ /portemis\.so/) n++; blk = "" } { blk = blk "\n" $0 }
                END { if (blk ~ /portemis\.so/) n++; print n + 0 }' "$f"
       done | awk '{ s += $1 } END { print s + 0 }')
echo "valgrind reports: $total in all, $ours with portemis.so on the stack"
[ "$ours" -eq 0 ] || grep -l portemis.so "$dir"/vg.*
make -s clean >/dev/null
