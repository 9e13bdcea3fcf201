#!/usr/bin/env bash
# The whole test suite, on a fresh Debian 12 machine as root (or with the
# packages already installed): installs what is missing, builds and installs
# portemis, starts a throwaway PostgreSQL cluster, runs the pg_regress suite
# (sql/, expected/), the isolation tests (specs/, expected/), the pgTAP suite
# (test/pgtap) and the shell tests (test/shell), stops the cluster, and ends
# with a line "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
. scripts/common.sh
PM_WERROR=1

ensure_packages || exit 1
build_and_install || { echo "0 passed, 1 failed"; exit 1; }
cluster_start || { echo "0 passed, 1 failed"; exit 1; }
trap cluster_stop EXIT

passed=0
failed=0
log_dir=$(mktemp -d /tmp/portemis-test.XXXXXX)

echo "== pg_regress (sql/, expected/) and pg_isolation_regress (specs/, expected/)"
make -s installcheck >"$log_dir/regress.log" 2>&1
regress_rc=$?
grep -E '^(not )?ok |^test |^ +[a-z_]+ +\.\.\. ' "$log_dir/regress.log" | grep -E '\.\.\.|ok' | sed 's/^/  /'
r_ok=$(grep -cE '\.\.\. ok' "$log_dir/regress.log")
r_bad=$(grep -cE '\.\.\. FAILED|\.\.\. failed' "$log_dir/regress.log")
if [ "$regress_rc" -ne 0 ] && [ "$r_bad" -eq 0 ]; then
    cat "$log_dir/regress.log"
    r_bad=1
fi
[ "$r_bad" -ne 0 ] && cat regression.diffs output_iso/regression.diffs 2>/dev/null
passed=$((passed + r_ok))
failed=$((failed + r_bad))

if [ -n "$PM_DATA_DIR" ]; then has_data=true; else has_data=false; fi
echo "== pgTAP (test/pgtap): fixtures from test/data; larger real data: ${PM_DATA_DIR:-absent, larger variants skip}"
psql -q -X -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS portemis_tap" -c "CREATE DATABASE portemis_tap" >/dev/null
psql -q -X -d portemis_tap -v ON_ERROR_STOP=1 \
    -c "SET client_min_messages = warning" \
    -c "CREATE EXTENSION pgtap" -c "CREATE EXTENSION portemis CASCADE" >/dev/null
pg_prove --verbose -d portemis_tap --set fixture_dir="$PM_REPO_DIR/test/data" \
    --set data_dir="${PM_DATA_DIR:-/nonexistent}" --set has_data="$has_data" test/pgtap/*.sql >"$log_dir/pgtap.log" 2>&1
tap_rc=$?
t_ok=$(grep -cE '^ok [0-9]+' "$log_dir/pgtap.log")
t_bad=$(grep -cE '^not ok [0-9]+' "$log_dir/pgtap.log")
grep -E '^(not ok|# )' "$log_dir/pgtap.log" | head -50
skips=$(grep -c '# SKIP' "$log_dir/pgtap.log")
[ "$skips" -gt 0 ] && echo "  $skips pgTAP assertions skipped: $(grep -m1 -o '# SKIP.*' "$log_dir/pgtap.log" | sed 's/ (.*//')"
tail -n 3 "$log_dir/pgtap.log"
if [ "$tap_rc" -ne 0 ] && [ "$t_bad" -eq 0 ]; then
    cat "$log_dir/pgtap.log"
    t_bad=1
fi
echo "  pgTAP assertions: $t_ok ok, $t_bad not ok"
passed=$((passed + t_ok))
failed=$((failed + t_bad))

echo "== shell tests (test/shell)"
for t in test/shell/*.sh; do
    "$t" >"$log_dir/shell.log" 2>&1
    rc=$?
    s_ok=$(grep -cE '^ok [0-9]+' "$log_dir/shell.log")
    s_bad=$(grep -cE '^not ok [0-9]+' "$log_dir/shell.log")
    grep -E '^(not ok|#)' "$log_dir/shell.log"
    if [ "$rc" -ne 0 ] && [ "$s_bad" -eq 0 ]; then
        cat "$log_dir/shell.log"
        s_bad=1
    fi
    echo "  $t: $s_ok ok, $s_bad not ok"
    passed=$((passed + s_ok))
    failed=$((failed + s_bad))
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
