#!/usr/bin/env bash
# User factor rows survive pg_dump and restore; shipped rows come back from the
# extension, not from the dump.  Prints TAP lines; needs PGHOST/PGPORT/PGUSER
# of a running cluster (scripts/test.sh provides them).
set -u
src=portemis_dump_src
dst=portemis_dump_dst
dump=$(mktemp)
q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }

q -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" 2>/dev/null
q -d postgres -c "CREATE DATABASE $src" -c "CREATE DATABASE $dst"
q -d $src -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis CASCADE" \
  -c "SELECT factor_set_copy('fueleu', 'bio_batches', 'certified batches 2025')" \
  -c "INSERT INTO portemis.fuel_factor (factor_set, fuel, lcv_mj_per_g, cf_co2, wtt_gco2e_per_mj, sulphur_pct, source)
      VALUES ('bio_batches', 'BIO_METHANOL', 0.0199, 1.375, -55.6, 0, 'PoS certificate 42')" \
  -c "INSERT INTO portemis.fuel_alias (alias, fuel, note) VALUES ('BIOMEOH', 'BIO_METHANOL', 'company code')" \
  -c "INSERT INTO portemis.ship_type (code, description, parent, source) VALUES ('barge', 'our barges', 'miscellaneous', 'us')" \
  -c "INSERT INTO portemis.ship_type_alias (alias, ship_type, source) VALUES ('pontoon', 'barge', 'us')" \
  -c "INSERT INTO portemis.ship_register (imo, mmsi, name, ship_type, gt, source)
      VALUES (9876543, 366999001, 'EXAMPLE EXPRESS', 'Containership', 50000, 'fleet list'),
             (NULL, 366999003, 'BIG FLOAT', 'pontoon', 900, 'fleet list')" \
  -c "CREATE TABLE legs (v voyage)" \
  -c "INSERT INTO legs VALUES ('origin=USLAX, destination=CNSHA, departure=2025-01-01T00:00Z, arrival=2025-01-14T00:00Z, fuels=[BIOMEOH 10 t, HFO 100 t S=0.48%]')" >/dev/null
pg_dump -d $src -f "$dump"
q -d $dst -f "$dump" >/dev/null 2>"$dump.err"

n=0
check() {
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "#   got: '$2' expected: '$3'"; fi
}
check "restore runs without errors" "$(grep -c ERROR "$dump.err")" "0"
check "the user set is restored" "$(q -d $dst -c "SELECT count(*) FROM portemis.factor_set WHERE name = 'bio_batches' AND NOT shipped")" "1"
check "its 14 fuels are restored (13 copied + 1 added)" "$(q -d $dst -c "SELECT count(*) FROM portemis.fuel_factor WHERE factor_set = 'bio_batches'")" "14"
check "the user alias is restored" "$(q -d $dst -c "SELECT fuel FROM portemis.fuel_alias WHERE alias = 'BIOMEOH'")" "BIO_METHANOL"
check "shipped rows exist once" "$(q -d $dst -c "SELECT count(*) FROM portemis.fuel_factor WHERE shipped")" "28"
# by hand: 10 t x 1.375 + 100 t x 3.114 = 325.15 t CO2
check "the restored user factors give the hand-computed CO2" \
    "$(q -d $dst -c "SELECT round(tonnes(voyage_emissions(v, 'bio_batches'), 'CO2')::numeric, 6) FROM legs")" "325.150000"
check "same emissions after restore" \
    "$(q -d $dst -c "SELECT voyage_emissions(v, 'bio_batches')::text FROM legs")" \
    "$(q -d $src -c "SELECT voyage_emissions(v, 'bio_batches')::text FROM legs")"
check "same intensity after restore" \
    "$(q -d $dst -c "SELECT round(ghg_intensity(v, 'bio_batches')::numeric, 9) FROM legs")" \
    "$(q -d $src -c "SELECT round(ghg_intensity(v, 'bio_batches')::numeric, 9) FROM legs")"
# the register is restored before the user ship types its rows use (pg_dump orders by name): the
# type is kept as written, with a warning, and resolves once the types are back
check "every register row is restored" "$(q -d $dst -c "SELECT string_agg(ship_type, ' ' ORDER BY mmsi) FROM portemis.ship_register")" \
    "container_ship barge"
check "a restored register row with a user type reads as a vessel" \
    "$(q -d $dst -c "SELECT (ship(mmsi => 366999003)).ship_type")" "barge"
echo "1..$n"
q -d postgres -c "DROP DATABASE $src" -c "DROP DATABASE $dst"
rm -f "$dump" "$dump.err"
