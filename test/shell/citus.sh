#!/usr/bin/env bash
# portemis on Citus: a coordinator and two workers on this machine (private ports 54381-54383 and
# directories /tmp/portemis-citus-*), voyages and AIS pings distributed by hash, and every documented
# aggregate and join equal to the same query on a local copy of the rows (1e-12 relative); EXPLAIN shows
# the aggregates partially computed on the workers; no result-changing setting and no registry row can
# differ between the nodes (the query is refused until they agree); the registry as reference tables; and
# ALTER EXTENSION portemis UPDATE from the previous release on such a cluster.
#
# Citus is found installed (citus.so in the server's library directory) or built from the source beside the
# repository (../shared/vendor/citus: AGPL, never copied into the repository; as root, in /tmp, about two
# minutes); otherwise the test says it skipped.  Prints TAP lines; needs nothing running.
set -u
cd "$(dirname "$0")/../.."
. scripts/common.sh
n=0
check() {
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "#   got: '$2' expected: '$3'"; fi
}
skip_all() { echo "ok 1 - # SKIP $1"; exit 0; }

libdir=$(pg_config --pkglibdir)
vendor=${PM_DATA_DIR:+$PM_DATA_DIR/../vendor/citus}
if [ ! -f "$libdir/citus.so" ]; then
    [ -n "$vendor" ] && [ -f "$vendor/citus-13.2.2.tar.gz" ] || skip_all "Citus is not installed and its source is not beside the repository"
    [ "$(id -u)" -eq 0 ] || skip_all "building Citus from ../shared/vendor/citus needs root"
    build=/tmp/portemis-citus-build
    echo "# building Citus 13.2.2 from $vendor in $build"
    ensure_packages_list="autoconf flex bison libcurl4-openssl-dev liblz4-dev libzstd-dev libssl-dev libkrb5-dev
        libpam0g-dev libselinux1-dev libxslt1-dev libreadline-dev zlib1g-dev"
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $ensure_packages_list >/dev/null 2>&1 ||
        { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $ensure_packages_list >/dev/null 2>&1; }
    rm -rf "$build" && mkdir -p "$build" && tar -xzf "$vendor/citus-13.2.2.tar.gz" -C "$build" &&
        (cd "$build/citus-13.2.2" && patch -s -p1 <"$vendor/pg15.20-have_createdb_privilege.patch" &&
         ./configure >"$build/configure.log" 2>&1 && make -j2 with_llvm=no >"$build/make.log" 2>&1 &&
         make install with_llvm=no >"$build/install.log" 2>&1) || skip_all "the Citus build failed (logs in $build)"
fi

ports="54381 54382 54383"
coord=54381
dir() { echo "/tmp/portemis-citus-$1"; }
stop_all() {
    for p in $ports; do
        [ -f "$(dir $p)/data/postmaster.pid" ] && as_server_user "$PG_BIN/pg_ctl" -D "$(dir $p)/data" -m fast -w stop >/dev/null 2>&1
    done
}
trap stop_all EXIT
for p in $ports; do
    d=$(dir $p)
    [ -f "$d/data/postmaster.pid" ] && as_server_user "$PG_BIN/pg_ctl" -D "$d/data" -m fast -w stop >/dev/null 2>&1
    rm -rf "$d" && mkdir -p "$d" && { [ "$(id -u)" -ne 0 ] || chown postgres "$d"; }
    as_server_user "$PG_BIN/initdb" -D "$d/data" -U postgres --auth=trust >/dev/null 2>&1 || skip_all "initdb failed"
    opts="-p $p -k $d -c listen_addresses=localhost -c shared_preload_libraries=citus,portemis"
    as_server_user "$PG_BIN/pg_ctl" -D "$d/data" -l "$d/server.log" -w -o "$opts -c max_parallel_workers_per_gather=0" start >/dev/null ||
        { cat "$d/server.log"; skip_all "a Citus node did not start"; }
done
qn() { local p=$1; shift; psql -X -q -t -A -v ON_ERROR_STOP=1 -h "$(dir $p)" -p "$p" -U postgres -d postgres "$@"; }
q() { qn $coord "$@"; }
for p in $ports; do qn $p -c "CREATE EXTENSION citus" >/dev/null; done
q -c "SELECT citus_set_coordinator_host('localhost', $coord)" -c "SELECT citus_add_node('localhost', 54382)" \
  -c "SELECT citus_add_node('localhost', 54383)" >/dev/null
check "a Citus coordinator with two workers" "$(q -c "SELECT count(*) FROM citus_get_active_worker_nodes()")" "2"
q -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis CASCADE"
check "CREATE EXTENSION portemis on the coordinator reaches both workers" \
    "$(q -c "SELECT string_agg(result, ',') FROM run_command_on_workers(\$\$SELECT extversion FROM pg_extension WHERE extname = 'portemis'\$\$)")" \
    "$(q -c "SELECT extversion || ',' || extversion FROM pg_extension WHERE extname = 'portemis'")"

# ---- voyages: 20,000 legs of 200 ships on the four Los Angeles corridors and one user corridor
q >/dev/null <<'SQL'
SET client_min_messages = warning;
SELECT setseed(0.42);
CREATE TABLE legs AS
SELECT i AS id, 1 + i % 200 AS ship, 40000 + 1000 * (i % 200) AS dwt,
       voyage(NULL, 'USLAX', (ARRAY['CNSHA', 'SGSIN', 'JPTYO', 'JPYOK', 'KRPUS'])[1 + i % 5]::locode,
              '2023-01-01'::timestamptz + (i % 700) * interval '1 day',
              '2023-01-01'::timestamptz + (i % 700) * interval '1 day' + (10 + i % 9) * interval '1 day',
              distance_nm => 5000 + random() * 2000, cargo_t => 20000 + random() * 60000,
              fuels => jsonb_build_object('HFO', 300 + random() * 200, 'MGO', random() * 20,
                                          'LNG', CASE WHEN i % 7 = 0 THEN 50 + random() * 50 ELSE 0 END)) AS v
FROM generate_series(1, 20000) i;
CREATE TABLE legs_local AS SELECT * FROM legs;
SELECT create_distributed_table('legs', 'id', shard_count => 32);
SQL
check "legs is distributed in 32 shards" "$(q -c "SELECT count(*) FROM pg_dist_shard WHERE logicalrelid = 'legs'::regclass")" "32"
check "the distributed legs hold the same rows as the local copy" \
    "$(q -c "SELECT count(*) FROM legs")|$(q -c "SELECT md5(string_agg(v::text, '' ORDER BY id)) FROM legs")" \
    "$(q -c "SELECT count(*) FROM legs_local")|$(q -c "SELECT md5(string_agg(v::text, '' ORDER BY id)) FROM legs_local")"

# compare_rows A B: "" when the two outputs have the same rows and fields, numbers equal to 1e-12 relative
compare_rows() {
    paste -d '\n' <(echo "$1") <(echo "$2") | awk 'NR % 2 { n1 = split($0, x, " "); next }
        { n = split($0, y, " "); if (n != n1) { print "shape differs"; exit }
          for (i = 1; i <= n; i++) if (x[i] != y[i]) {
              if (x[i] !~ /^-?[0-9.e+-]+$/ || y[i] !~ /^-?[0-9.e+-]+$/) { print "differs: " x[i] " " y[i]; exit }
              d = x[i] - y[i]; if (d < 0) d = -d; m = (y[i] < 0 ? -y[i] : y[i]);
              if (d > 1e-12 * m) { print "differs: " x[i] " " y[i]; exit } } }'
    [ "$(echo "$1" | wc -l)" = "$(echo "$2" | wc -l)" ] || echo "row counts differ"
    echo "$1$2" | grep -q ERROR && echo "error: $1 $2"
    [ -n "$1" ] || echo "no rows"
}
check "the comparison sees a difference of 1e-9 relative" "$([ -n "$(compare_rows "a 1 2" "a 1 2.000000002")" ] && echo yes)" "yes"
check "... and of a row" "$([ -n "$(compare_rows "$(printf '1\n2')" "1")" ] && echo yes)" "yes"
check "... and passes 1e-14" "$(compare_rows "a 1 2" "a 1 2.00000000000002")" ""

# equal NAME SQL [TABLE]: the query over TABLE (default legs; @t in SQL) and over TABLE_local give the same rows
equal() {
    local name=$1 sql=$2 table=${3:-legs}
    check "$name: distributed equals local (1e-12)" \
        "$(compare_rows "$(q -F ' ' -c "${sql//@t/$table}" 2>&1)" "$(q -F ' ' -c "${sql//@t/${table}_local}" 2>&1)")" ""
}
equal "sum(voyage_emissions)" "SELECT tonnes(sum(voyage_emissions(v)), 'CO2'), tonnes(sum(voyage_emissions(v)), 'CH4'),
                                      tonnes(sum(voyage_emissions(v)), 'SOx') FROM @t"
equal "corridor_summary by corridor" "SELECT corridor_of(v), (corridor_summary(v)).voyages, (corridor_summary(v)).fuel_t,
                                             (corridor_summary(v)).co2e_wtw_t, (corridor_summary(v)).eeoi_g_per_tnm
                                      FROM @t GROUP BY 1 ORDER BY 1"
equal "eeoi, ghg_intensity_agg, fueleu_balance_t by ship" \
    "SELECT ship, eeoi(v), ghg_intensity_agg(v), fueleu_balance_t(v, 2025) FROM @t GROUP BY ship ORDER BY ship"
equal "cii_attained by ship and year" \
    "SELECT ship, extract(year FROM departure(v)), cii_attained(v, dwt) FROM @t GROUP BY 1, 2, dwt ORDER BY 1, 2"
explain=$(q -c "EXPLAIN (VERBOSE) SELECT corridor_of(v), corridor_summary(v), eeoi(v) FROM legs GROUP BY 1")
check "EXPLAIN: the aggregates run partially on the workers" \
    "$(echo "$explain" | grep -c 'worker_partial_agg' | awk '{ print ($1 > 0) ? "yes" : "no" }')" "yes"
q -c "CREATE TABLE legs_c (id int, corridor text)" -c "SELECT create_distributed_table('legs_c', 'id', colocate_with => 'legs')" >/dev/null
out=$(q -c "UPDATE legs_c SET corridor = corridor_of(l.v) FROM legs l WHERE l.id = legs_c.id" 2>&1)
check "UPDATE ... SET corridor = corridor_of(v) is refused by Citus (a STABLE function of a column)" \
    "$(echo "$out" | grep -c 'ERROR')" "1"
check "INSERT ... SELECT corridor_of(v) (instead of UPDATE) runs distributed" \
    "$(q -c "INSERT INTO legs_c SELECT id, corridor_of(v) FROM legs" -c "SELECT count(*) FROM legs_c WHERE corridor IS NOT NULL")" \
    "$(q -c "SELECT count(*) FROM legs_local WHERE corridor_of(v) IS NOT NULL")"

# ---- settings: a session SET never reaches the workers, so it is refused; SET LOCAL propagated is honoured
out=$(q -c "SET portemis.factor_set = 'fueleu'" -c "SELECT tonnes(sum(voyage_emissions(v)), 'CH4') FROM legs" 2>&1)
check "SET portemis.factor_set then a distributed query: refused, naming the setting" \
    "$(echo "$out" | grep -c "portemis.factor_set = 'fueleu' was set in this session")" "1"
out=$(q -c "SET portemis.aux_power_basis = 'starcrest2016'" -c "SELECT count(*) FROM legs WHERE corridor_of(v) IS NOT NULL" 2>&1)
check "... and portemis.aux_power_basis" "$(echo "$out" | grep -c "portemis.aux_power_basis = 'starcrest2016' was set")" "1"
check "... while the same SET over a local table computes" \
    "$(q -c "SET portemis.factor_set = 'fueleu'" -c "SELECT tonnes(sum(voyage_emissions(v)), 'CH4') > 0 FROM legs_local")" "t"
check "SET LOCAL with citus.propagate_set_commands = 'local': the workers compute with it" \
    "$(q -c "BEGIN" -c "SET LOCAL citus.propagate_set_commands = 'local'" -c "SET LOCAL portemis.factor_set = 'fueleu'" \
         -c "SELECT round(tonnes(sum(voyage_emissions(v)), 'CH4')::numeric, 6) FROM legs" -c "COMMIT")" \
    "$(q -c "SELECT round(tonnes(sum(voyage_emissions(v, 'fueleu')), 'CH4')::numeric, 6) FROM legs_local")"
check "... which differs from the default set's (the setting matters)" \
    "$(q -c "SELECT round(tonnes(sum(voyage_emissions(v)), 'CH4')::numeric, 6) <> round(tonnes(sum(voyage_emissions(v, 'fueleu')), 'CH4')::numeric, 6) FROM legs_local")" "t"
out=$(q -c "BEGIN" -c "SET LOCAL portemis.factor_set = 'fueleu'" -c "SELECT tonnes(sum(voyage_emissions(v)), 'CH4') FROM legs" 2>&1)
check "SET LOCAL without propagation: refused" "$(echo "$out" | grep -c 'would not see it')" "1"
# a user's PL/pgSQL function may call portemis where the planner cannot see it: refused the same way
q -c "CREATE FUNCTION my_ch4(v voyage) RETURNS float8 LANGUAGE plpgsql STABLE AS \$\$ BEGIN RETURN tonnes(voyage_emissions(v), 'CH4'); END \$\$" >/dev/null
out=$(q -c "SET portemis.factor_set = 'fueleu'" -c "SELECT sum(my_ch4(v)) FROM legs" 2>&1)
check "a user's PL/pgSQL function over a distributed table after SET: refused (it may call portemis)" \
    "$(echo "$out" | grep -c 'would not see it')" "1"
check "... and without the SET it runs distributed, equal to local" \
    "$(q -c "SELECT round(sum(my_ch4(v))::numeric, 6) FROM legs")" "$(q -c "SELECT round(sum(my_ch4(v))::numeric, 6) FROM legs_local")"
# ... and a user's aggregate, whose own pg_proc row says "internal": its transition function counts
q -c "CREATE FUNCTION my_ch4_acc(s float8, v voyage) RETURNS float8 LANGUAGE plpgsql STABLE AS \$\$ BEGIN RETURN s + tonnes(voyage_emissions(v), 'CH4'); END \$\$" \
  -c "CREATE AGGREGATE my_ch4_sum(voyage) (SFUNC = my_ch4_acc, STYPE = float8, INITCOND = '0')" >/dev/null
out=$(q -c "SET portemis.factor_set = 'fueleu'" -c "SELECT my_ch4_sum(v) FROM legs" 2>&1)
check "a user's aggregate over a distributed table after SET: refused (its transition function may call portemis)" \
    "$(echo "$out" | grep -c 'would not see it')" "1"
out=$(q -c "PREPARE ch4 AS SELECT tonnes(sum(voyage_emissions(v)), 'CH4') FROM legs" -c "EXECUTE ch4" \
        -c "SET portemis.factor_set = 'fueleu'" -c "EXECUTE ch4" 2>&1)
check "a statement prepared before the SET is planned again and refused" "$(echo "$out" | grep -c 'would not see it')" "1"
# TimeZone changes no result: a zone's dates are UTC days on every node.  48 voyages of 100 t HFO wholly inside
# the Pacific ECA, departing hourly from 2014-12-31T12:00Z: 12 before 2015-01-01T00:00Z at 1.00 % sulphur, 36 at
# 0.10 %: SOx 100 x 2 x 0.97753 x (12 x 1.00 + 36 x 0.10) / 100 = 30.498936 t, with the coordinator's session
# in America/Los_Angeles (eca_shares read the dates in the session's TimeZone before 0.8.0)
q >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE TABLE eca_legs AS
SELECT k AS id, voyage(NULL, 'USLAX', 'USSFO', '2014-12-31 12:00Z'::timestamptz + k * interval '1 hour',
                       '2015-01-02 12:00Z'::timestamptz + k * interval '1 hour', fuels => '{"HFO": 100}') AS v
FROM generate_series(0, 47) k;
SELECT create_distributed_table('eca_legs', 'id', shard_count => 4);
SQL
check "TimeZone changes no result: SOx along a route around the ECA's start date, distributed, session in Los Angeles" \
    "$(q -c "SET TimeZone = 'America/Los_Angeles'" \
         -c "SELECT round(sum(tonnes(voyage_emissions(v, 'SRID=4326;LINESTRING(-118.5 33.5, -122.7 37.6)'::geometry), 'SOx'))::numeric, 6) FROM eca_legs")" \
    "30.498936"

# ---- the registry: a user's rows reach the workers with registry_sync(); until then, refused
q -c "SELECT factor_set_copy('fueleu', 'bio_batches', 'certified batches')" \
  -c "INSERT INTO portemis.corridor (name, description, source) VALUES ('Los Angeles-Busan', 'ours', 'us')" \
  -c "INSERT INTO portemis.corridor_port (corridor, side, locode) VALUES ('Los Angeles-Busan', 'a', 'USLAX'), ('Los Angeles-Busan', 'b', 'KRPUS')" >/dev/null
out=$(q -c "SELECT count(*) FROM legs WHERE corridor_of(v) = 'Los Angeles-Busan'" 2>&1)
check "user registry rows not yet on the workers: refused" "$(echo "$out" | grep -c 'registry has rows the Citus workers do not have')" "1"
check "registry_sync() copies them to both workers" "$(q -c "SELECT count(*) FROM registry_sync()")" "2"
check "... the user's corridor then serves corridor_of on the workers" \
    "$(q -c "SELECT count(*) FROM legs WHERE corridor_of(v) = 'Los Angeles-Busan'")" \
    "$(q -c "SELECT count(*) FROM legs_local WHERE corridor_of(v) = 'Los Angeles-Busan'")"
equal "the user's factor set" "SELECT tonnes(sum(voyage_emissions(v, 'bio_batches')), 'CO2') FROM @t"
equal "corridor_summary with the user's corridor" "SELECT corridor_of(v), (corridor_summary(v)).co2e_wtw_t FROM @t GROUP BY 1 ORDER BY 1"
# a role that may not write the registry cannot log a change, and so cannot have everyone's queries refused
q -c "CREATE ROLE pm_nobody LOGIN" -c "GRANT SELECT ON legs TO pm_nobody" >/dev/null
out=$(psql -X -q -t -A -h "$(dir $coord)" -p $coord -U pm_nobody -d postgres \
        -c "INSERT INTO portemis.registry_change (table_name) VALUES ('corridor')" 2>&1)
check "a role without write access to the registry cannot log a change" "$(echo "$out" | grep -c 'row-level security')" "1"
check "... so distributed queries that call portemis still run" \
    "$(q -c "SELECT count(*) FROM legs WHERE corridor_of(v) IS NOT NULL" 2>&1)" \
    "$(q -c "SELECT count(*) FROM legs_local WHERE corridor_of(v) IS NOT NULL")"

# ---- AIS: pings distributed by MMSI, tracks per ship on the workers
q >/dev/null <<'SQL'
SET client_min_messages = warning;
SELECT setseed(0.7);
CREATE TABLE pings AS
SELECT 200000000 + s AS mmsi, '2024-01-01'::timestamptz + k * interval '3 minutes' + (s % 60) * interval '1 second' AS t,
       -118.5 + 0.01 * k * (1 + s % 3) AS lon, 33.2 + 0.002 * k * (s % 5) AS lat,
       CASE WHEN k % 50 < 10 THEN 0.2 ELSE 8 + s % 10 END AS sog, CASE WHEN k % 50 < 10 THEN 5 ELSE 0 END AS st
FROM generate_series(1, 100) s, generate_series(0, 479) k;
CREATE TABLE pings_local AS SELECT * FROM pings;
SELECT create_distributed_table('pings', 'mmsi', shard_count => 32);
SQL
check "pings is distributed by MMSI" "$(q -c "SELECT column_to_column_name(logicalrelid, partkey) FROM pg_dist_partition WHERE logicalrelid = 'pings'::regclass")" "mmsi"
equal "ais_track and ais_activity per ship" \
    "SELECT pg_catalog.count(*), sum((a).hours), sum((a).distance_nm), count(*) FILTER (WHERE (a).in_eca)
     FROM (SELECT a FROM (SELECT mmsi, ais_track(t, lon, lat, sog, st) AS tr FROM @t GROUP BY mmsi) s,
                         ais_activity(s.tr) a) x" pings
equal "ais_emissions of the tracks" \
    "SELECT sum(tonnes(ais_emissions(vessel('container_ship', teu => 8000, mcr_kw => 40000, max_speed_kn => 24), a), 'CO2'))
     FROM (SELECT mmsi, ais_track(t, lon, lat, sog, st) AS tr FROM @t GROUP BY mmsi) s, ais_activity(s.tr) a" pings

# ---- the registry as reference tables (0.10.0): every node holds every row, each change reaches all of them
check "registry_to_reference_tables() makes the 20 registry tables reference tables" \
    "$(q -c "SET client_min_messages = warning" -c "SELECT count(*) FROM registry_to_reference_tables()")" "20"
check "... every node says so" \
    "$(q -c "SELECT string_agg(result, ',') FROM run_command_on_all_nodes('SELECT portemis.registry_citus_state()')")" \
    "reference,reference,reference"
check "... and a second call has nothing left to convert" "$(q -c "SELECT count(*) FROM registry_to_reference_tables()")" "0"
out=$(q -c "SELECT count(*) FROM registry_sync()" 2>&1)
check "registry_sync() then copies nothing, and says why" \
    "$(echo "$out" | grep -c 'reference tables: every node has every row')|$(echo "$out" | tail -1)" "1|0"
# 100 voyages of 400 t HFO and 10 t MGO: CO2 100 x (400 x 3.114 + 10 x 3.206) = 127,766 t with the imo factors
# (MEPC.364(79) Table 1, as shipped); with HFO at 3.5 t/t, 100 x (1,400 + 32.06) = 143,206 t
q >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE TABLE fixed_legs AS
SELECT i AS id, voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01'::timestamptz, '2024-03-15'::timestamptz,
                       fuels => '{"HFO": 400, "MGO": 10}') AS v FROM generate_series(1, 100) i;
CREATE TABLE fixed_legs_local AS SELECT * FROM fixed_legs;
CREATE TABLE eca_legs_local AS SELECT * FROM eca_legs;
SELECT create_distributed_table('fixed_legs', 'id', shard_count => 8);
CREATE ROLE pm_writer LOGIN;
GRANT SELECT ON fixed_legs TO pm_writer;
GRANT INSERT, UPDATE, DELETE ON portemis.factor_set, portemis.fuel_factor, portemis.fuel_pollutant_factor,
      portemis.fuel_alias, portemis.port_alias TO pm_writer;
SQL
qw() { psql -X -q -t -A -h "$(dir $coord)" -p $coord -U pm_writer -d postgres "$@"; }
qw -c "SELECT factor_set_copy('imo', 'ref_set')" >/dev/null
check "a role's new factor set computes on the workers with no sync (by hand: 127,766 t)" \
    "$(qw -c "SELECT round(tonnes(sum(voyage_emissions(v, 'ref_set')), 'CO2')::numeric, 6) FROM fixed_legs" 2>&1)" "127766.000000"
check "... its rows are on every node" \
    "$(q -c "SELECT string_agg(result, ',') FROM run_command_on_all_nodes(\$\$SELECT count(*) FROM portemis.fuel_factor WHERE factor_set = 'ref_set'\$\$)")" \
    "$(q -c "SELECT n || ',' || n || ',' || n FROM (SELECT count(*) AS n FROM portemis.fuel_factor WHERE factor_set = 'imo') x")"
qw -c "UPDATE portemis.fuel_factor SET cf_co2 = 3.5 WHERE factor_set = 'ref_set' AND fuel = 'HFO'" >/dev/null
check "... a change to it reaches the workers' caches at the next query (by hand: 143,206 t)" \
    "$(qw -c "SELECT round(tonnes(sum(voyage_emissions(v, 'ref_set')), 'CO2')::numeric, 6) FROM fixed_legs" 2>&1)" "143206.000000"
check "shipped rows stay protected on the shards: an update is refused, naming the table" \
    "$(qw -c "UPDATE portemis.fuel_factor SET cf_co2 = 3.5 WHERE factor_set = 'imo' AND fuel = 'HFO'" 2>&1 | grep -c 'cannot update a shipped row of fuel_factor:')" "1"
check "... and so is a shipped row of the role's own" \
    "$(qw -c "INSERT INTO portemis.factor_set VALUES ('fake_imo', 'x', true)" 2>&1 | grep -c 'rows of factor_set with shipped = true come only from')" "1"
check "... and by the tables' owner too: a shard takes only the shipped rows the install script wrote" \
    "$(q -c "INSERT INTO portemis.factor_set VALUES ('fake_imo', 'x', true)" 2>&1 | grep -c 'rows of factor_set with shipped = true come only from')|$(q -c "INSERT INTO portemis.energy_fuel SELECT fuel, cf_co2 + 1, sulphur_pct, so2_g_per_g_fuel, pm_nom_g_per_kwh, pm_mwr, pm_fsc, source, true FROM portemis.energy_fuel WHERE fuel = 'MGO' AND shipped" 2>&1 | grep -c 'come only from')" "1|1"
qw -c "INSERT INTO portemis.fuel_factor (factor_set, fuel, lcv_mj_per_g, cf_co2, source) VALUES ('ref_set', 'LSFO_X', 0.041, 3.15, 'test')" >/dev/null
check "the name rules read the shards: an alias equal to the role's new fuel code is refused" \
    "$(qw -c "INSERT INTO portemis.fuel_alias (alias, fuel, note) VALUES ('LSFO_X', 'HFO', 'x')" 2>&1 | grep -c 'fuel alias LSFO_X is a fuel code of factor set ref_set')" "1"
check "... and a port alias must lead to a port" \
    "$(qw -c "INSERT INTO portemis.port_alias (alias, locode, note) VALUES ('XXAAA', 'ZZZZZ', 'x')" 2>&1 | grep -c 'which is not a port of portemis.port')" "1"
check "... while a valid one is taken" \
    "$(qw -c "INSERT INTO portemis.port_alias (alias, locode, note) VALUES ('XXAAB', 'USLAX', 'x')" -c "SELECT 'ok'" 2>&1)" "ok"
# functions that read registry tables inside the workers' shard queries
q -c "INSERT INTO portemis.ship_register (imo, name, ship_type, teu, mcr_kw, max_speed_kn, source) VALUES (9321483, 'test', 'container_ship', 8000, 40000, 24, 'test')" >/dev/null
equal "ship() per row on the workers" "SELECT count(*), sum((ship(9321483)).mcr_kw) FROM @t" fixed_legs
equal "voyage_emissions along a route (the ECAs read on the workers)" \
    "SELECT round(sum(tonnes(voyage_emissions(v, 'SRID=4326;LINESTRING(-118.5 33.5, -122.7 37.6)'::geometry), 'SOx'))::numeric, 9) FROM @t" eca_legs
# routes as a column of their own: 60 voyages from Los Angeles to San Francisco, each along its own coastal route
q >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE TABLE routed AS
SELECT i AS id, voyage(NULL, 'USLAX', 'USSFO', '2024-01-01'::timestamptz + i * interval '1 day',
                       '2024-01-03'::timestamptz + i * interval '1 day', fuels => jsonb_build_object('HFO', 100 + i, 'MGO', 5)) AS v,
       ST_SetSRID(ST_MakeLine(ARRAY[ST_MakePoint(-118.25, 33.7), ST_MakePoint(-120.5 - (i % 10) * 0.1, 33.9 + (i % 7) * 0.05),
                                    ST_MakePoint(-122.5, 37.7)]), 4326) AS route
FROM generate_series(1, 60) i;
CREATE TABLE routed_local AS SELECT * FROM routed;
SELECT create_distributed_table('routed', 'id', shard_count => 8);
SQL
equal "routes distributed: route_length_nm, route_share of the ECAs, voyage_emissions along each route" \
    "SELECT round(sum(route_length_nm(route))::numeric, 9),
            round(sum(route_share(route, (SELECT ST_Union(z.geom) FROM portemis.zone z WHERE z.kind = 'eca')))::numeric, 9),
            round(sum(tonnes(voyage_emissions(v, route), 'SOx'))::numeric, 9) FROM @t" routed
equal "corridor_summary by corridor, reference tables" \
    "SELECT corridor_of(v), (corridor_summary(v)).voyages, (corridor_summary(v)).co2e_wtw_t FROM @t GROUP BY 1 ORDER BY 1"
equal "ais_activity and ais_emissions, reference tables" \
    "SELECT count(*), sum((a).hours), sum(tonnes(ais_emissions(vessel('container_ship', teu => 8000, mcr_kw => 40000, max_speed_kn => 24), a), 'CO2'))
     FROM (SELECT mmsi, ais_track(t, lon, lat, sog, st) AS tr FROM @t GROUP BY mmsi) s, ais_activity(s.tr) a" pings
equal "voyage_emissions_in a port area, ship_type_from_ais, cii_attained, reference tables" \
    "SELECT round(sum(tonnes(voyage_emissions_in(v, 'SRID=4326;LINESTRING(-118.5 33.5, -122.7 37.6)'::geometry, port_area('USLAX', 30)), 'CO2'))::numeric, 9),
            count(ship_type_from_ais(70 + id % 20)), round(cii_attained(v, 50000)::numeric, 9) FROM @t" eca_legs
equal "ais_voyages per ship, reference tables" \
    "SELECT count(*), sum(l.distance_nm), sum(l.hours) FROM (SELECT mmsi, ais_track(t, lon, lat, sog, st) AS tr FROM @t GROUP BY mmsi) s,
            ais_voyages(s.tr, vessel('container_ship', teu => 8000, mcr_kw => 40000, max_speed_kn => 24)) l" pings
equal "ais_port_calls per ship, reference tables" \
    "SELECT count(*), sum(c.hours) FROM (SELECT mmsi, ais_track(t, lon, lat, sog, st) AS tr FROM @t GROUP BY mmsi) s, ais_port_calls(s.tr) c" pings

# ---- a node added later receives the reference tables, shipped rows and all
p4=54384; d4=$(dir $p4); ports="$ports $p4"
rm -rf "$d4" && mkdir -p "$d4" && { [ "$(id -u)" -ne 0 ] || chown postgres "$d4"; }
as_server_user "$PG_BIN/initdb" -D "$d4/data" -U postgres --auth=trust >/dev/null 2>&1
as_server_user "$PG_BIN/pg_ctl" -D "$d4/data" -l "$d4/server.log" -w \
    -o "-p $p4 -k $d4 -c listen_addresses=localhost -c shared_preload_libraries=citus,portemis -c max_parallel_workers_per_gather=0" start >/dev/null
qn $p4 -c "CREATE EXTENSION citus" >/dev/null
q -c "SELECT citus_add_node('localhost', $p4)" -c "SELECT replicate_reference_tables('block_writes')" >/dev/null
check "a fourth node holds a copy of every registry table after replicate_reference_tables('block_writes')" \
    "$(q -c "SELECT count(*) FROM pg_dist_placement pl JOIN pg_dist_node n ON n.groupid = pl.groupid
             JOIN pg_dist_shard s ON s.shardid = pl.shardid
             WHERE n.nodeport = $p4 AND s.logicalrelid::text IN (SELECT 'portemis.' || t FROM portemis.registry_tables() t)")" "20"
check "... with the shipped rows and the role's" \
    "$(qn $p4 -c "SELECT count(*) FILTER (WHERE shipped) || ',' || count(*) FILTER (WHERE factor_set = 'ref_set') FROM portemis.fuel_factor")" \
    "$(q -c "SELECT count(*) FILTER (WHERE shipped) || ',' || count(*) FILTER (WHERE factor_set = 'ref_set') FROM portemis.fuel_factor")"

# ---- ALTER EXTENSION portemis UPDATE on a cluster whose registry tables are reference tables: a database of its
# own (Citus keeps its metadata per database) at the previous release, converted, then updated from the
# coordinator, which Citus carries to every node
prev=$(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" portemis.control)
prev=$(ls src/sql/upgrade/portemis--*--"$prev".sql | sed 's/.*portemis--\([^-]*\)--.*/\1/')
qu() { local p=$1; shift; psql -X -q -t -A -v ON_ERROR_STOP=1 -h "$(dir $p)" -p "$p" -U postgres -d pm_update "$@"; }
for p in 54381 54382 54383; do
    qn $p -c "SET client_min_messages = warning" -c "CREATE DATABASE pm_update" >/dev/null &&
        qu $p -c "CREATE EXTENSION citus" >/dev/null
done
qu $coord -c "SELECT citus_set_coordinator_host('localhost', $coord)" -c "SELECT citus_add_node('localhost', 54382)" \
   -c "SELECT citus_add_node('localhost', 54383)" >/dev/null
qu $coord -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis VERSION '$prev' CASCADE" \
   -c "SELECT count(*) FROM registry_to_reference_tables()" >/dev/null
qu $coord >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE TABLE fixed_legs AS
SELECT i AS id, voyage(NULL, 'USLAX', 'CNSHA', '2024-03-01'::timestamptz, '2024-03-15'::timestamptz,
                       fuels => '{"HFO": 400, "MGO": 10}') AS v FROM generate_series(1, 100) i;
SELECT create_distributed_table('fixed_legs', 'id', shard_count => 8);
SQL
qu $coord -c "SET client_min_messages = warning" -c "ALTER EXTENSION portemis UPDATE" >/dev/null
check "ALTER EXTENSION portemis UPDATE from $prev on a converted cluster reaches every node" \
    "$(qu $coord -c "SELECT string_agg(result, ',') FROM run_command_on_all_nodes(\$\$SELECT extversion || ' ' || portemis.registry_citus_state() FROM pg_extension WHERE extname = 'portemis'\$\$)")" \
    "$(qu $coord -c "SELECT string_agg(v, ',') FROM (SELECT default_version || ' reference' AS v FROM pg_available_extensions, generate_series(1, 3) WHERE name = 'portemis') x")"
check "... a distributed query still runs (by hand: 127,766 t), and an updated function has its new SQLSTATE (22023)" \
    "$(qu $coord -c "SELECT round(tonnes(sum(voyage_emissions(v)), 'CO2')::numeric, 6) FROM fixed_legs")|$(qu $coord -c '\set VERBOSITY verbose' -c "SELECT eu_ets_allowances(voyage_emissions(v), 'NaN', 2025) FROM fixed_legs" 2>&1 | grep -c '22023: scope must lie')" \
    "127766.000000|1"
