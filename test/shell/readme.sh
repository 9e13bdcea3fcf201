#!/usr/bin/env bash
# Doc test: every ```sql block of README.md runs as written, in order, in a
# fresh database, and the numbers the tour states are the ones it gets.
# Prints TAP lines; needs PGHOST/PGPORT/PGUSER of a running cluster.
set -u
cd "$(dirname "$0")/../.."
db=portemis_readme
tmp=$(mktemp -d)
q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }
n=0
check() {
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "#   got: '$2' expected: '$3'"; fi
}

q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
awk -v dir="$tmp" '/^```sql/ { f = 1; b++; next } /^```/ { f = 0 } f { print > (dir "/block" b ".sql") }' README.md
blocks=$(ls "$tmp"/block*.sql | wc -l)
check "README.md has SQL blocks" "$([ "$blocks" -ge 2 ] && echo yes)" "yes"
for i in $(seq 1 "$blocks"); do
    psql -X -q -v ON_ERROR_STOP=1 -d $db -f "$tmp/block$i.sql" >"$tmp/out$i" 2>&1
    check "README SQL block $i runs as written ($(head -c 60 "$tmp/block$i.sql" | head -1))" "$?" "0"
    grep -E 'ERROR' "$tmp/out$i" | sed 's/^/#   /'
done

# The AIS inventory's known rows are the ones the README states (worked by hand there): from the block's output
ais_out=$(grep -l 'ais_raw' "$tmp"/block*.sql | head -1 | sed 's/block\([0-9]*\)\.sql$/out\1/')
stated=$(sed -n 's/^-- 14 rows; CO2 known at berth only: \(.*\)$/\1/p' README.md)
check "the AIS inventory's known CO2 is what the README states" \
    "$(awk -F'|' 'NF >= 8 && $2 !~ /mode/ && $6 ~ /[0-9]/ { gsub(/ /, "", $1); gsub(/ /, "", $2); printf "%s%s %.3f t", sep, $1, $6; sep = ", " }' "$ais_out")" \
    "$stated"
check "... in 14 rows, every other one all unknown" \
    "$(awk -F'|' 'NF >= 8 && $2 !~ /mode/ { n++; if ($6 !~ /[0-9]/ && $4 + 0 != $5 + 0) bad++ } END { print n " " bad + 0 }' "$ais_out")" "14 0"

# The AIS voyage: one leg, LA-Tokyo, whose CO2 is its fuel's (worked by hand in the README)
stated=$(sed -n 's/^-- USLAX JPTYO \([0-9]*\) nm, .*, LA-Tokyo, \([0-9.]*\) t CO2$/USLAX JPTYO \1 LA-Tokyo \2/p' README.md)
check "the AIS voyage is what the README states" \
    "$(q -d $db -c "SELECT string_agg(concat_ws(' ', origin, destination, round(distance_nm), corridor_of(leg),
                                               round(tonnes(voyage_emissions(leg), 'CO2')::numeric, 1)), '; ') FROM legs_ais")" "$stated"
# ... and its fuel by hand: 287.54 h at 18 kn, main engine 57,000 x (18/25)^3 kW on an SSD and auxiliaries 1,630 kW
# (container ship of 8,000-12,000 TEU at sea, EPA guidance Appendix E) on an MSD, distillate (185, 217 g/kWh) from
# the departure to where the track leaves the ECA, residual oil (195, 227 g/kWh) from there to the arrival; the
# crossings found by PostGIS on the straight longitude/latitude lines between reports, sailed at constant speed
check "... its fuel is the hours inside and outside the ECA (PostGIS crossings) times the engines' rates" \
    "$(q -d $db -c "WITH seg AS (
    SELECT t AS t0, lead(t) OVER w AS t1,
           st_makeline(st_setsrid(st_makepoint(lon, lat), 4326), st_setsrid(st_makepoint(lead(lon) OVER w, lead(lat) OVER w), 4326)) AS g
    FROM sat_pings WINDOW w AS (ORDER BY t)),
crossing AS (
    SELECT z.name, min(s.t0 + (s.t1 - s.t0) * st_linelocatepoint(s.g, st_geometryn(st_intersection(s.g, st_boundary(z.geom)), 1))) AS t
    FROM seg s, portemis.zone z
    WHERE s.t1 > s.t0 AND abs(st_x(st_startpoint(s.g)) - st_x(st_endpoint(s.g))) < 180 AND st_intersects(s.g, st_boundary(z.geom))
      AND z.name IN ('Los Angeles (example)', 'Tokyo (example)', 'North American ECA (Pacific coast)') AND z.valid_to IS NULL
    GROUP BY z.name),
h AS (
    SELECT extract(epoch FROM e.t - la.t) / 3600 AS eca_h, extract(epoch FROM ty.t - e.t) / 3600 AS out_h
    FROM crossing la, crossing e, crossing ty
    WHERE la.name = 'Los Angeles (example)' AND e.name = 'North American ECA (Pacific coast)' AND ty.name = 'Tokyo (example)')
SELECT round(eca_h::numeric, 2) || ' ' || round(out_h::numeric, 2) || ' ' || (abs(eca_h * (57000 * (18 / 25.0) ^ 3 * 185 + 1630 * 217) / 1e6 - (l.fuel->>'MGO')::float8) < 1e-6 AND abs(out_h * (57000 * (18 / 25.0) ^ 3 * 195 + 1630 * 227) / 1e6 - (l.fuel->>'HFO')::float8) < 1e-6)
FROM h, legs_ais l")" "17.84 269.70 true"
check "... its CO2 is 1,218.70 t HFO x 3.114 + 76.52 t MGO x 3.206 (to 0.1 t)" \
    "$(q -d $db -c "SELECT round((fuel->>'HFO')::numeric, 2) || ' ' || round((fuel->>'MGO')::numeric, 2) || ' '
                           || (abs(tonnes(voyage_emissions(leg), 'CO2') - ((fuel->>'HFO')::float8 * 3.114 + (fuel->>'MGO')::float8 * 3.206)) < 1e-6)
                    FROM legs_ais")" "1218.70 76.52 true"

# The tour's stated results (worked by hand in the README and sql/fuel.sql):
# CO2 410.2 x 3.114 + 12.5 x 3.206; SOx 410.2 x 2 x 0.97753 x 0.48 % + 12.5 x 2 x 0.97753 x 0.50 %.
stated=$(grep -A1 '^SELECT voyage_emissions(v) FROM legs;' README.md | sed -n 's/^-- *//p')
check "voyage_emissions is what the tour states" "$(q -d $db -c "SELECT voyage_emissions(v) FROM legs WHERE id = 1")" "$stated"
stated=$(sed -n 's/^SELECT ghg_intensity(v) FROM legs; *-- \([0-9.]*\) gCO2e\/MJ.*/\1/p' README.md)
check "ghg_intensity is what the tour states" "$(q -d $db -c "SELECT round(ghg_intensity(v)::numeric, 4) FROM legs WHERE id = 1")" "$stated"

# The register's port call gives the tonnes of the vessel() example (README table, sql/activity.sql);
# the AIS example: 24 x (330 x 217 + 75 x 300) g x 3.206 = 7.241 t, worked by hand in the README.
stated=$(sed -n 's/^-- transit \([0-9.]*\), maneuvering \([0-9.]*\), anchorage \([0-9.]*\), berth \([0-9.]*\)$/\1 \2 \3 \4/p' README.md)
check "the register's port call is what the README states" \
    "$(q -d $db -c "SELECT string_agg(round(tonnes(mode_emissions(ship(imo => 9876543), mode, hours, speed_kn), 'CO2')::numeric, 3)::text, ' ' ORDER BY k)
                    FROM (VALUES (1, 'transit', 10, 16), (2, 'maneuvering', 2, 6), (3, 'anchorage', 12, NULL), (4, 'berth', 48, NULL)) c(k, mode, hours, speed_kn)")" "$stated"
stated=$(sed -n "s/.*AS berth_co2_t *-- \([0-9.]*\)$/\1/p" README.md)
check "the AIS particulars example is what the README states" \
    "$(q -d $db -c "SELECT round(tonnes(mode_emissions(vessel(ais_type => 71, dwt => 9000), 'berth', 24), 'CO2')::numeric, 3)")" "$stated"

q -d postgres -c "DROP DATABASE $db"
rm -rf "$tmp"
