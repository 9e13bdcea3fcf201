#!/usr/bin/env bash
# ALTER EXTENSION portemis UPDATE from every earlier release gives the same
# extension as a fresh install of the current one, and keeps the user's rows
# and data.  Keep a block per release: install it, add user rows, update,
# compare with a fresh install (test/upgrade/catalog_snapshot.sql lists every
# object and definition).  Prints TAP lines; needs PGHOST/PGPORT/PGUSER of a
# running cluster with the current build installed (scripts/test.sh).
set -u
cd "$(dirname "$0")/../.."
fresh=portemis_upgrade_fresh
old=portemis_upgrade_old
out=$(mktemp -d)
q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }
n=0
check() {
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "#   got: '$2' expected: '$3'"; fi
}
current=$(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" portemis.control)
registry_tables="factor_set fuel_factor fuel_pollutant_factor fuel_alias energy_factor energy_fuel llaf_coefficient
    auxiliary_power transit_speed_ratio corridor corridor_port zone port port_alias cii_reference_line cii_reduction
    ship_type ship_type_alias ais_ship_type"

# The shipped rows of every registry table, as one checksum a table.
shipped_rows() {
    for t in $registry_tables; do
        echo "$t $(q -d "$1" -c "SELECT md5(coalesce(string_agg(r::text, E'\n' ORDER BY r::text), ''))
                                 FROM portemis.$t r WHERE r.shipped")"
    done
}

# Update the database $old from release $1 and compare it with the fresh install: the version, every object
# and definition (catalog_snapshot.sql) and the shipped rows.
update_and_compare() {
    local v=$1 tag=${1//./_}
    q -d $old -c "SET client_min_messages = warning" -c "ALTER EXTENSION portemis UPDATE"
    q -d $old -f test/upgrade/catalog_snapshot.sql >"$out/updated$tag.txt"
    shipped_rows $old >"$out/updated$tag.rows"
    check "$v updates to $current" "$(q -d $old -c "SELECT extversion FROM pg_extension WHERE extname = 'portemis'")" "$current"
    diff -u "$out/fresh.txt" "$out/updated$tag.txt" >"$out/catalog$tag.diff"
    check "$v updated has the same objects and definitions as a fresh $current" "$(grep -c '^[-+][^-+]' "$out/catalog$tag.diff")" "0"
    sed -n '1,60p' "$out/catalog$tag.diff" | sed 's/^/# /'
    check "$v updated: shipped rows equal a fresh install's" "$(diff "$out/fresh.rows" "$out/updated$tag.rows" | wc -l)" "0"
}

q -d postgres -c "DROP DATABASE IF EXISTS $fresh" -c "DROP DATABASE IF EXISTS $old" 2>/dev/null
q -d postgres -c "CREATE DATABASE $fresh" -c "CREATE DATABASE $old"
q -d $fresh -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis CASCADE"
q -d $fresh -f test/upgrade/catalog_snapshot.sql >"$out/fresh.txt"
shipped_rows $fresh >"$out/fresh.rows"

# ---- from 0.1.0: registry tables were in the extension's schema (public)
q -d $old -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis VERSION '0.1.0' CASCADE" \
  -c "SELECT factor_set_copy('fueleu', 'bio_batches', 'certified batches 2025')" \
  -c "INSERT INTO fuel_factor (factor_set, fuel, lcv_mj_per_g, cf_co2, wtt_gco2e_per_mj, sulphur_pct, source)
      VALUES ('bio_batches', 'BIO_METHANOL', 0.0199, 1.375, -55.6, 0, 'PoS certificate 42')" \
  -c "INSERT INTO zone (name, kind, geom, source)
      VALUES ('my port area', 'port_area', 'SRID=4326;POLYGON((-119 33,-118 33,-118 34,-119 34,-119 33))', 'inventory boundary')" \
  -c "INSERT INTO corridor (name, description, source) VALUES ('Oakland-Busan', 'our corridor', 'us')" \
  -c "INSERT INTO corridor_port (corridor, side, locode) VALUES ('Oakland-Busan', 'a', 'USOAK'), ('Oakland-Busan', 'b', 'KRPUS')" \
  -c "CREATE TABLE legs (id int PRIMARY KEY, v voyage, route geometry)" \
  -c "INSERT INTO legs VALUES
      (1, 'origin=USOAK, destination=KRPUS, departure=2025-01-01T00:00Z, arrival=2025-01-14T00:00Z, distance_nm=5400, cargo_t=40000, fuels=[BIO_METHANOL 10 t, HFO 300 t]',
          'SRID=4326;LINESTRING(-122.3 37.8,-118.5 33.5,129 35)'),
      (2, 'origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00Z, arrival=2024-03-15T20:00Z, distance_nm=5712.5, cargo_t=61000, fuels=[HFO 410.2 t S=0.48%, MGO 12.5 t]',
          'SRID=4326;LINESTRING(-118.2 33.7,-150 40,121.5 31.2)')" >/dev/null
q -d $old -c "SELECT v::text FROM legs ORDER BY id" >"$out/voyages.before"
update_and_compare 0.1.0
check "the user's factor set survives" \
    "$(q -d $old -c "SELECT count(*) FROM portemis.fuel_factor WHERE factor_set = 'bio_batches' AND NOT shipped")" "14"
check "the user's zone survives" "$(q -d $old -c "SELECT count(*) FROM portemis.zone WHERE NOT shipped")" "1"
check "the user's corridor serves corridor_of" "$(q -d $old -c "SELECT corridor_of(v) FROM legs WHERE id = 1")" "Oakland-Busan"
check "the user's voyages are unchanged" "$(q -d $old -c "SELECT v::text FROM legs ORDER BY id")" "$(cat "$out/voyages.before")"
# by hand: 10 t x 1.375 + 300 t x 3.114 = 947.95 t CO2 with the user's set
check "the user's set computes after the update" \
    "$(q -d $old -c "SELECT round(tonnes(voyage_emissions(v, 'bio_batches'), 'CO2')::numeric, 6) FROM legs WHERE id = 1")" "947.950000"
check "the share inside the user's zone is computed after the update" \
    "$(q -d $old -c "SELECT route_share(route, z.geom) > 0 FROM legs, portemis.zone z WHERE id = 1 AND NOT z.shipped")" "t"

# ---- from 0.2.0: ship types were the EPA tool's keys (container.ship); a user's auxiliary power
# rows under those keys take the vocabulary's names
q -d postgres -c "DROP DATABASE $old" -c "CREATE DATABASE $old"
q -d $old -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis VERSION '0.2.0' CASCADE" \
  -c "INSERT INTO portemis.auxiliary_power (basis, ship_type, size_min, size_max, size_unit, engine_group,
          transit_kw, maneuvering_kw, berth_kw, anchorage_kw, source)
      VALUES ('our_survey', 'reefer', 0, 'Infinity', 'dwt', 'auxiliary', 900, 1500, 1200, 900, 'boarding survey 2024'),
             ('our_survey', 'my.barge', 0, 'Infinity', 'gt', 'auxiliary', 50, 60, 70, 50, 'boarding survey 2024'),
             ('our_survey', 'pilot.boat', 0, 'Infinity', 'gt', 'auxiliary', 20, 20, 20, 20, 'boarding survey 2024')" \
  -c "CREATE TABLE calls (id int PRIMARY KEY, v portemis.vessel)" \
  -c "INSERT INTO calls VALUES (1, vessel('container.ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25, keel_laid_year => 2012))" >/dev/null
check "a 0.2.0 database with this library asks for the update" \
    "$(q -d $old -c "SELECT mode_emissions(v, 'transit', 10, 16) FROM calls" 2>&1 | grep -c 'ALTER EXTENSION portemis UPDATE')" "1"
update_and_compare 0.2.0
check "the user's auxiliary power rows take the vocabulary's names, or become user types" \
    "$(q -d $old -c "SELECT string_agg(ship_type, ' ' ORDER BY ship_type) FROM portemis.auxiliary_power WHERE NOT shipped")" \
    "my_barge pilot_boat refrigerated_cargo"
check "... whose old spelling is an alias: 70 kW at berth for my.barge" \
    "$(q -d $old -c "SET portemis.aux_power_basis = 'our_survey'" -c "SELECT shore_power_kwh(vessel('my.barge', gt => 500), 1)")" "70"
check "... and the shipped miscellaneous defaults are untouched" \
    "$(q -d $old -c "SELECT count(*) FROM portemis.auxiliary_power WHERE ship_type = 'miscellaneous' AND NOT shipped")" "0"
# by hand: berth 1,200 kW x 10 h x 217 g/kWh x 3.206 (MGO) = 8.348424 t CO2, plus the shipped boiler row (0 kW at berth for reefers)
check "... and serves its basis" \
    "$(q -d $old -c "SET portemis.aux_power_basis = 'our_survey'" -c "SELECT round(tonnes(mode_emissions(vessel('reefer', dwt => 5000, boiler_kw => 0), 'berth', 10), 'CO2')::numeric, 6)")" "8.348424"
check "a vessel stored under 0.2.0 computes as a fresh one after the update" \
    "$(q -d $old -c "SELECT tonnes(mode_emissions(v, 'transit', 10, 16), 'CO2') FROM calls")" \
    "$(q -d $fresh -c "SELECT tonnes(mode_emissions(vessel('container_ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25, keel_laid_year => 2012), 'transit', 10, 16), 'CO2')")"

# ---- from 0.3.0: zone kinds for ports, the AIS functions
q -d postgres -c "DROP DATABASE $old" -c "CREATE DATABASE $old"
q -d $old -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis VERSION '0.3.0' CASCADE" \
  -c "INSERT INTO portemis.zone (name, kind, geom, source)
      VALUES ('my port area', 'port_area', 'SRID=4326;POLYGON((-119 33,-118 33,-118 34,-119 34,-119 33))', 'inventory boundary')" >/dev/null
update_and_compare 0.3.0
check "0.3.0 updated: the user's zone survives and takes the new kinds' neighbours" \
    "$(q -d $old -c "INSERT INTO portemis.zone (name, kind, geom, source)
                     VALUES ('my anchorage', 'anchorage', 'SRID=4326;POLYGON((-118.5 33.5,-118.4 33.5,-118.4 33.6,-118.5 33.5))', 'test')" \
                 -c "SELECT string_agg(kind, ' ' ORDER BY kind) FROM portemis.zone WHERE NOT shipped")" "anchorage port_area"

# ---- from 0.4.0: the same objects; the library's jump rule changed (a bad fix after a gap no longer
# stops the good reports after it)
q -d postgres -c "DROP DATABASE $old" -c "CREATE DATABASE $old"
q -d $old -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis VERSION '0.4.0' CASCADE" \
  -c "INSERT INTO portemis.zone (name, kind, geom, source, locode)
      VALUES ('my berth', 'berth', 'SRID=4326;POLYGON((-118.3 33.7,-118.2 33.7,-118.2 33.8,-118.3 33.7))', 'test', 'USLGB')" \
  -c "CREATE TABLE tracks AS SELECT 1 AS mmsi, ais_track(t, lon, 0, 12, 0) AS track
      FROM (VALUES ('2024-01-01 00:00Z'::timestamptz, 0::float8), ('2024-01-01 01:00Z', 0.2)) v(t, lon)" >/dev/null
update_and_compare 0.4.0
check "0.4.0 updated: a track stored under 0.4.0 and the user's berth are read as before" \
    "$(q -d $old -c "SELECT (SELECT round(sum(a.hours)::numeric, 6) || ' ' || bool_and(a.at_berth = false) FROM tracks, ais_activity(track, '{berth}') a)
                     || ' ' || (SELECT locode FROM portemis.zone WHERE NOT shipped)")" "1.000000 true USLGB"

# ---- from 0.5.0: the FuelEU pool functions' totals became compensated sums; a pool whose balances cancel
# at very different magnitudes is judged the same in any order
q -d postgres -c "DROP DATABASE $old" -c "CREATE DATABASE $old"
q -d $old -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis VERSION '0.5.0' CASCADE" \
  -c "SELECT factor_set_copy('fueleu', 'my_set', 'mine')" >/dev/null
update_and_compare 0.5.0
check "0.5.0 updated: the user's factor set is kept and a cancelling pool is valid in either order" \
    "$(q -d $old -c "SELECT (SELECT count(*) FROM portemis.factor_set WHERE name = 'my_set') || ' '
                            || (fueleu_pool_check('{1e20,5,-1e20}', '{1e20,5,-1e20}')).valid || ' '
                            || (fueleu_pool_check('{1e20,-1e20,5}', '{1e20,-1e20,5}')).valid")" "1 true true"

# ---- from 0.6.0: overlapping ECAs count once (a user's copy of a shipped ECA doubled its stretch), and only
# the registry's trigger advances the Citus change counter
q -d postgres -c "DROP DATABASE $old" -c "CREATE DATABASE $old"
q -d $old -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis VERSION '0.6.0' CASCADE" \
  -c "INSERT INTO portemis.zone (name, kind, valid_from, sulphur_pct, geom, source)
      SELECT 'my copy', 'eca', valid_from, sulphur_pct, geom, 'test' FROM portemis.zone
      WHERE name = 'North American ECA (Pacific coast)' AND valid_to IS NULL" \
  -c "UPDATE portemis.registry_sync_state SET synced_changes = (SELECT last_value FROM portemis.registry_changes)" >/dev/null
# (the last line stands for a registry_sync(), which needs Citus: the registry is in sync before the update)
sox6="SELECT round(tonnes(voyage_emissions('origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00:00Z, arrival=2024-03-15T20:00:00Z, fuels=[MGO 100 t]'::voyage,
        'SRID=4326;LINESTRING(-118.27 33.73, -125 34, -140 35)'::geometry), 'SOx')::numeric, 5)"
update_and_compare 0.6.0
check "0.6.0 updated: the user's copy of an ECA is kept and counts once (SOx as without it)" \
    "$(q -d $old -c "$sox6")|$(q -d $old -c "SELECT count(*) FROM portemis.zone WHERE NOT shipped")" "$(q -d $fresh -c "$sox6")|1"
check "0.6.0 updated: the Citus change counter is a log, and a registry in sync stays in sync (both 0)" \
    "$(q -d $old -c "SELECT portemis.registry_changes_now() || ' ' || synced_changes FROM portemis.registry_sync_state")" "0 0"

# ---- from 0.7.0: emissions can be hashed (DISTINCT, GROUP BY, UNION), also in a table made before the update
q -d postgres -c "DROP DATABASE $old" -c "CREATE DATABASE $old"
q -d $old -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis VERSION '0.7.0' CASCADE" \
  -c "CREATE TABLE my_results AS SELECT e::emissions FROM (VALUES ('CO2=1 t'), ('CO2=1 t'), ('CO2=-0 t'), ('CO2=0 t')) v(e)" >/dev/null
update_and_compare 0.7.0
check "0.7.0 updated: DISTINCT on a table of emissions made before the update (CO2=1 t, CO2=0 t)" \
    "$(q -d $old -c "SELECT count(*) FROM (SELECT DISTINCT e FROM my_results) d")" "2"

# ---- from 0.8.0: the name triggers read the latest committed rows (specs/registry_names.spec runs them concurrently)
q -d postgres -c "DROP DATABASE $old" -c "CREATE DATABASE $old"
q -d $old -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis VERSION '0.8.0' CASCADE" >/dev/null
update_and_compare 0.8.0
check "0.8.0 updated: an alias that is a fuel code is still refused (23505)" \
    "$(q -d $old -c "DO \$\$ BEGIN INSERT INTO portemis.fuel_alias VALUES ('METHANOL', 'HFO', 'x');
                     EXCEPTION WHEN unique_violation THEN RAISE NOTICE 'refused'; END \$\$" 2>&1 | grep -c refused)" "1"
update_and_compare 0.9.0
check "0.9.0 updated: a shipped row is still protected, naming its table" \
    "$(q -d $old -c "UPDATE portemis.port SET name = 'x' WHERE shipped" 2>&1 | grep -c 'cannot update a shipped row of port:')" "1"

# ---- from 0.10.0: the update adds ais_activity's time-zone form and replaces the functions whose NaN errors
# were 22003; a track stored under 0.10.0 reads as before, and a zone kind not asked for is unknown (NULL)
q -d postgres -c "DROP DATABASE $old" -c "CREATE DATABASE $old"
q -d $old -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis VERSION '0.10.0' CASCADE" \
  -c "CREATE TABLE tracks AS SELECT ais_track(t, lon, 33, 12, 0) AS track
      FROM (VALUES ('2024-01-01 00:00Z'::timestamptz, -120::float8), ('2024-01-01 01:00Z', -120.2)) v(t, lon)" >/dev/null
update_and_compare 0.10.0
check "0.10.0 updated: a track stored under 0.10.0 splits as before, and in_eca is unknown when eca is not asked for" \
    "$(q -d $old -c "SELECT round(sum(a.hours)::numeric, 6) || ' ' || bool_and(a.in_eca IS NULL) FROM tracks, ais_activity(track, '{berth}') a")" \
    "1.000000 true"

# ---- portemis_routing from 0.4.0, 0.5.0 and 0.6.0 (its own version): every function pins its search_path, SRID 0 is refused,
# a position east of the antimeridian snaps across it
routing_current=$(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" portemis_routing.control)
if q -d postgres -c "SELECT 1 FROM pg_available_extensions WHERE name = 'pgrouting'" | grep -q 1; then
    sed "s/e.extname = 'portemis'/e.extname = 'portemis_routing'/" test/upgrade/catalog_snapshot.sql >"$out/routing_snapshot.sql"
    edges() { q -d "$1" -c "SELECT md5(string_agg(e::text, E'\n' ORDER BY e.id)) FROM portemis.sea_edge e"; }
    q -d $fresh -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis_routing CASCADE"
    q -d $fresh -f "$out/routing_snapshot.sql" >"$out/routing_fresh.txt"
    for rv in 0.4.0 0.5.0 0.6.0; do
        q -d postgres -c "DROP DATABASE $old" -c "CREATE DATABASE $old"
        q -d $old -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis CASCADE" \
          -c "CREATE EXTENSION portemis_routing VERSION '$rv' CASCADE" -c "ALTER EXTENSION portemis_routing UPDATE"
        q -d $old -f "$out/routing_snapshot.sql" >"$out/routing_updated.txt"
        check "portemis_routing $rv updates to $routing_current" \
            "$(q -d $old -c "SELECT extversion FROM pg_extension WHERE extname = 'portemis_routing'")" "$routing_current"
        diff -u "$out/routing_fresh.txt" "$out/routing_updated.txt" >"$out/routing.diff"
        check "portemis_routing $rv updated has the same objects and definitions as a fresh $routing_current" \
            "$(grep -c '^[-+][^-+]' "$out/routing.diff")" "0"
        sed -n '1,40p' "$out/routing.diff" | sed 's/^/# /'
        check "portemis_routing $rv updated: the network equals a fresh install's" "$(edges $old)" "$(edges $fresh)"
        check "portemis_routing $rv updated: every function pins its search_path" \
            "$(q -d $old -c "SELECT count(*) FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
                             JOIN pg_extension x ON x.oid = d.refobjid AND x.extname = 'portemis_routing'
                             WHERE NOT EXISTS (SELECT FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%')")" "0"
    done
    check "portemis_routing 0.5.0 updated: a position just east of the antimeridian snaps to the node at 180 (3 nm)" \
        "$(q -d $old -c "SELECT round(abs(st_x(st_pointn(r, 2)))::numeric, 3) || ' ' || round(st_y(st_pointn(r, 2))::numeric, 3)
                         FROM sea_route_points('SRID=4326;POINT(-179.95 -20)', 'SRID=4326;POINT(-175.2 -21.133333)') r")" "180.000 -20.000"
else
    echo "ok $((n + 1)) - # SKIP pgRouting is not installed: portemis_routing's update not tested"; n=$((n + 1))
fi

q -d postgres -c "DROP DATABASE $fresh" -c "DROP DATABASE $old"
[ -n "${KEEP_OUT:-}" ] && echo "# kept $out" || rm -rf "$out"
