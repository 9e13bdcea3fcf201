#!/usr/bin/env bash
# One statement, one registry: while a writer flips a user factor (HFO Cf CO2
# 3.0 <-> 3.5) as fast as it can, a reader runs forced-parallel aggregates of
# voyage_emissions; every result must be the whole table at one factor or the
# other, never a mixture of leader and workers (0.1.0: 21 of 150 were mixed).
# Prints TAP lines; needs PGHOST/PGPORT/PGUSER of a running cluster whose
# max_parallel_workers_per_gather allows 2 workers.
set -u
db=portemis_concurrency
statements=${PORTEMIS_CONCURRENCY_STATEMENTS:-300}
q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }
n=0
check() {
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "#   got: '$2' expected: '$3'"; fi
}
tmp=$(mktemp -d)

q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
q -d $db -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis CASCADE" \
  -c "SELECT factor_set_copy('imo', 'flip')" \
  -c "UPDATE portemis.fuel_factor SET cf_co2 = 3.0 WHERE factor_set = 'flip' AND fuel = 'HFO'" \
  -c "CREATE TABLE legs AS SELECT voyage(NULL, 'USLAX', 'CNSHA', '2024-01-01', '2024-01-15',
                                         fuels => jsonb_build_object('HFO', 1 + i % 7)) AS v
      FROM generate_series(1, 40000) i" \
  -c "ANALYZE legs" >/dev/null
hfo_t=$(q -d $db -c "SELECT sum(1 + i % 7) FROM generate_series(1, 40000) i")

parallel="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2; SET parallel_leader_participation = on;"
query="SELECT tonnes(sum(voyage_emissions(v, 'flip')), 'CO2') FROM legs"
check "the reader's plan is parallel" \
    "$(q -d $db -c "$parallel" -c "EXPLAIN (COSTS OFF) $query" | grep -cE 'Gather|Partial Aggregate' | awk '$1 >= 2 {print "yes"}')" "yes"

# the writer: flips until the reader is done
(
    while [ ! -e "$tmp/done" ]; do
        for i in $(seq 1 50); do
            echo "UPDATE portemis.fuel_factor SET cf_co2 = CASE WHEN cf_co2 = 3.0 THEN 3.5 ELSE 3.0 END
                  WHERE factor_set = 'flip' AND fuel = 'HFO';"
        done
    done | psql -X -q -d $db >/dev/null 2>&1
) &
writer=$!

{
    echo "$parallel"
    for i in $(seq 1 "$statements"); do echo "$query;"; done
} | psql -X -q -t -A -d $db >"$tmp/results" 2>"$tmp/errors"

# Queries nested in a DO block get snapshots of their own: each must see the
# factor its own snapshot sees (a cache kept for the whole top-level statement
# would not).  The function's answer is compared with the table's row, read
# by the same query.
psql -X -q -t -A -d $db >"$tmp/nested" 2>>"$tmp/errors" <<'SQL'
DO $$
DECLARE
    same boolean;
    mismatched integer := 0;
    seen_low boolean := false;
    seen_high boolean := false;
    cf float8;
BEGIN
    FOR i IN 1 .. 200 LOOP
        EXECUTE $q$SELECT tonnes(fuel_emissions('HFO', 1, factor_set => 'flip'), 'CO2') = f.cf_co2, f.cf_co2
                  FROM portemis.fuel_factor f WHERE f.factor_set = 'flip' AND f.fuel = 'HFO'$q$ INTO same, cf;
        IF NOT same THEN mismatched := mismatched + 1; END IF;
        seen_low := seen_low OR cf = 3.0;
        seen_high := seen_high OR cf = 3.5;
        PERFORM pg_sleep(0.005);
    END LOOP;
    RAISE NOTICE 'nested % %', mismatched, seen_low AND seen_high;
END $$;
SQL
touch "$tmp/done"
wait $writer 2>/dev/null

got=$(grep -c . "$tmp/results")
check "the reader ran $statements statements" "$got" "$statements"
flips=$(q -d $db -c "SELECT n_tup_upd FROM pg_stat_user_tables WHERE relid = 'portemis.fuel_factor'::regclass")
check "the writer flipped the factor during the run ($flips updates)" "$([ "${flips:-0}" -gt 50 ] && echo yes)" "yes"
# every result is hfo_t x 3.0 or hfo_t x 3.5, to floating-point rounding of the partial sums
mixed=$(awk -v t="$hfo_t" '{ a = $1 / (t * 3.0) - 1; b = $1 / (t * 3.5) - 1; if (a < 0) a = -a; if (b < 0) b = -b;
                             if (a > 1e-12 && b > 1e-12) m++ } END { print m + 0 }' "$tmp/results")
check "no statement mixed the old and the new factor" "$mixed" "0"
both=$(awk -v t="$hfo_t" '{ a = $1 / (t * 3.0) - 1; if (a < 0) a = -a; if (a <= 1e-12) lo++; else hi++ }
                          END { print (lo > 0 && hi > 0) ? "yes" : "no" }' "$tmp/results")
check "the reader saw both factors (the test can tell them apart)" "$both" "yes"
nested=$(sed -n 's/.*NOTICE:  nested //p' "$tmp/errors")
check "queries nested in a DO block each saw their own snapshot's factor (mismatches, both factors seen)" "$nested" "0 t"
check "no errors" "$(grep -c ERROR "$tmp/errors")" "0"

q -d postgres -c "DROP DATABASE $db"
rm -rf "$tmp"
