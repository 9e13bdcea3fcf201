#!/usr/bin/env bash
# Hostile search_path: a role with CREATE on a schema shadows every function,
# aggregate and operator name that the extension's queries and bodies use
# (the list is generated from src/pg/*.c and from the installed function
# bodies, not hand-picked), each shadow bumping a counter; a superuser with
# that schema first in search_path (before pg_catalog) then calls every
# documented function.  The counter must stay 0: nothing the extension runs
# resolves a name through the caller's path.  Prints TAP lines; needs
# PGHOST/PGPORT/PGUSER of a running cluster.
set -u
cd "$(dirname "$0")/../.."
db=portemis_hostile
q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }
n=0
check() {
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "#   got: '$2' expected: '$3'"; fi
}

q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS pm_attacker" \
  -c "CREATE DATABASE $db" -c "CREATE ROLE pm_attacker"
q -d $db -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis CASCADE" \
  -c "CREATE SCHEMA evil AUTHORIZATION pm_attacker"

# Names called in the C layer's SQL (identifiers before '(' inside string literals) ...
c_names=$(grep -ho '"[^"]*"' src/pg/*.c | grep -oE '\b[a-z_][a-z0-9_]*\(' | tr -d '(' | sort -u)
# ... and in every installed plpgsql or SQL body of the extension.
body_names=$(q -d $db -c "
    SELECT DISTINCT m[1] FROM pg_proc p
    JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
    JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'portemis',
    LATERAL regexp_matches(lower(coalesce(p.prosrc, '') || ' ' || coalesce(pg_get_functiondef(p.oid), '')),
                           '([a-z_][a-z0-9_]*)\s*\(', 'g') m
    WHERE p.prokind = 'f'")
names=$(printf '%s\n%s\n' "$c_names" "$body_names" | grep -vxE 'values|in|exists|coalesce|cast|case|when|then|else|end|and|or|not|select|from|where|as|on|into|if|for|loop|return|returns|begin|declare|raise|using|perform|execute|function|language|array|row|filter|over|partition|by|order|group|limit|nullif|greatest|least|any|all|some|extract|position|substring|trim|overlay|x|e|r|s|t|l|u|v|z|p|f|m|c|d|g|i|n|set|table|create|replace|insert|update|delete|atomic|with|recursive|union|default|null|true|false|is|between|like|ilike|similar|escape|collate|interval|timestamp|time|date|numeric|decimal|float|real|double|precision|int|integer|bigint|smallint|boolean|bool|text|varchar|char|character|bytea|name|oid|regclass|regtype|jsonb|json|geometry|geography|locode|voyage|emissions|vessel|corridor_summary' | sort -u)
count=$(echo "$names" | grep -c .)
check "shadow list generated from the code ($count names)" "$([ "$count" -ge 40 ] && echo yes)" "yes"

# The attacker's schema: every name in many signatures, and the operators and aggregates queries use.
{
    echo "SET ROLE pm_attacker;"
    echo "CREATE SEQUENCE evil.hits;"
    echo "CREATE FUNCTION evil.hit() RETURNS bigint LANGUAGE sql AS 'SELECT pg_catalog.nextval(''evil.hits''::pg_catalog.regclass)';"
    for f in $(echo "$names" | grep -vxE 'count|sum|max|min|avg|string_agg|array_agg|bool_and|bool_or'); do
        for sig in "text" "text, text" "anyelement" "anyelement, anyelement" "anyelement, anyelement, anyelement" \
                   "double precision" "integer" "bigint" "numeric" "anyarray" "text, integer" "text, bigint" \
                   "anyelement, text" "text, anyelement" "anyelement, integer" "geometry" "geometry, geometry" \
                   "geometry, integer" "geography" "geometry, double precision" "geography, double precision, integer"; do
            echo "CREATE FUNCTION evil.\"$f\"($sig) RETURNS text LANGUAGE sql AS 'SELECT evil.hit()::text';"
        done
    done
    for t in text integer bigint "double precision" numeric boolean name oid; do
        tn=$(echo "$t" | tr ' ' '_')
        echo "CREATE FUNCTION evil.op_$tn($t, $t) RETURNS boolean LANGUAGE sql AS 'SELECT evil.hit() < 0';"
        echo "CREATE FUNCTION evil.cat_$tn($t, $t) RETURNS text LANGUAGE sql AS 'SELECT evil.hit()::text';"
        for op in '=' '<>' '<' '>' '<=' '>=' '~'; do
            echo "CREATE OPERATOR evil.$op (LEFTARG = $t, RIGHTARG = $t, FUNCTION = evil.op_$tn);"
        done
        for op in '||' '+' '-' '*' '/'; do
            echo "CREATE OPERATOR evil.$op (LEFTARG = $t, RIGHTARG = $t, FUNCTION = evil.cat_$tn);"
        done
    done
    echo "CREATE FUNCTION evil.agg_step(bigint) RETURNS bigint LANGUAGE sql AS 'SELECT evil.hit()';"
    echo "CREATE FUNCTION evil.agg_step2(bigint, anyelement) RETURNS bigint LANGUAGE sql AS 'SELECT evil.hit()';"
    echo "CREATE FUNCTION evil.agg_step3(bigint, anyelement, text) RETURNS bigint LANGUAGE sql AS 'SELECT evil.hit()';"
    for a in count sum max min avg string_agg array_agg bool_and bool_or; do
        echo "CREATE AGGREGATE evil.\"$a\"(*) (SFUNC = evil.agg_step, STYPE = bigint, INITCOND = 0);" | grep -v '"string_agg"\|"array_agg"\|"bool_' || true
        echo "CREATE AGGREGATE evil.\"$a\"(anyelement) (SFUNC = evil.agg_step2, STYPE = bigint, INITCOND = 0);"
        echo "CREATE AGGREGATE evil.\"$a\"(anyelement, text) (SFUNC = evil.agg_step3, STYPE = bigint, INITCOND = 0);" | grep -v '"count"' || true
    done
    echo "RESET ROLE;"
} >"/tmp/portemis_hostile_$$.sql"
q -d $db -f "/tmp/portemis_hostile_$$.sql" >/dev/null 2>"/tmp/portemis_hostile_$$.err"
check "the attacker's shadows are created" "$(grep -c ERROR "/tmp/portemis_hostile_$$.err")" "0"
grep ERROR "/tmp/portemis_hostile_$$.err" | head -3 | sed 's/^/#   /'
# the shadows work: an unqualified call under the hostile path reaches them
check "a shadow is reached by an unqualified call (the trap is armed)" \
    "$(q -d $db -c "SET search_path = evil, pg_catalog, public" -c "SELECT lower('X'::text)::bigint > 0")" "t"
q -d $db -c "SELECT setval('evil.hits', 1, false)" >/dev/null

# A superuser with the hostile path first calls every documented function in a fresh session
# (so the registry is loaded and checked under that path).
psql -X -q -v ON_ERROR_STOP=1 -d $db >"/tmp/portemis_hostile_$$.out" 2>&1 <<'SQL'
SET search_path = evil, pg_catalog, public, portemis;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE legs AS
SELECT 'imo=9811000, origin=USLAX, destination=CNSHA, departure=2024-03-01T08:00:00Z, arrival=2024-03-15T20:00:00Z,
        distance_nm=5712.5, cargo_t=61000, fuels=[HFO 410.2 t S=0.48%, MGO 12.5 t, LNG 3 t]'::public.voyage AS v,
       'SRID=4326;LINESTRING(-118.27 33.73, -125 34, -160 40, 160 38, 121.8 31.2)'::public.geometry AS route;
SELECT public.voyage_emissions(v), public.voyage_emissions(v, 'fueleu'), public.voyage_emissions(v, route),
       public.voyage_emissions_in(v, route, public.port_area('USLAX', 50)), public.ghg_intensity(v),
       public.energy_mj(v), public.corridor_of(v), public.fueleu_scope(v), public.route_length_nm(route),
       public.route_split_nm(route, public.port_area('USLAX', 50)), public.port_geom('CNSHA'),
       public.voyage_with_fuel(v, 'HFO', 'METHANOL'), public.voyage_slow_steamed(v, 10),
       public.fuel_t(v), public.fuel_t(v, 'HFO'), public.duration_h(v), public.is_eu_eea_port('NLRTM')
FROM legs;
SELECT * FROM legs, public.fuel_uses(v);
SELECT public.fuel_emissions('HFO', 100), public.emission_factor('MGO', 'CO2'), public.co2e_t(public.fuel_emissions('LNG', 10)),
       public.tonnes(public.fuel_emissions('HFO', 1), 'SOx'), public.jsonb(public.fuel_emissions('HFO', 1));
SELECT public.mode_emissions(public.vessel('container_ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25,
                                           keel_laid_year => 2012, shore_power => true), m, 10, s, true, false)
FROM (VALUES ('transit', 16), ('maneuvering', 6), ('anchorage', NULL), ('berth', NULL)) x(m, s);
SELECT public.engine_emissions('MSD', 'MGO', 1000, 48), public.propulsion_load(16, 25), public.llaf('NOx', 0.05),
       public.nox_tier(2012), public.shore_power_kwh(public.vessel('container_ship', teu => 10000), 48),
       public.shore_power_emissions(public.vessel('container_ship', teu => 10000), 48, 0.2);
SELECT public.cii_capacity('container_ship', 100000, NULL), public.cii_reference('container_ship', 100000, NULL),
       public.cii_required('container_ship', 100000, NULL, 2025), public.cii_rating('container_ship', 100000, NULL, 2025, 6),
       public.fueleu_target(2025), public.fueleu_balance_t(91.0::float8, 1e9::float8, 2025),
       public.fueleu_penalty_eur(-100, 91), public.fueleu_borrow_limit_t(4e8, 2025),
       (public.fueleu_pool_check(ARRAY[-10, 30]::float8[], ARRAY[0, 20]::float8[])).valid,
       public.fueleu_pool_allocate(ARRAY[-10, 30]::float8[]);
SELECT * FROM public.fueleu_ledger(ARRAY[2025, 2026], ARRAY[-500, 1000]::float8[], ARRAY[4e8, 4e8]::float8[],
                                   borrow_t => ARRAY[500, 0]::float8[]);
SELECT (public.corridor_summary(v)).*, public.eeoi(v), public.cii_attained(v, 100000), public.ghg_intensity_agg(v),
       public.ghg_intensity_agg(v, 'fueleu'), public.fueleu_balance_t(v, 2025), public.sum(public.voyage_emissions(v))
FROM legs;
SELECT * FROM portemis.emission_factors LIMIT 3;
SELECT public.factor_set_copy('imo', 'hostile_copy');
SELECT public.voyage_emissions(v, 'hostile_copy') FROM legs;
-- AIS: a ship leaving Los Angeles/Long Beach, through a port area with a berth, a gap, a jump
INSERT INTO portemis.zone (name, kind, geom, source, locode)
VALUES ('hostile port', 'port_area', public.port_area('USLAX', 3), 'test', 'USLAX'),
       ('hostile berth', 'berth', public.port_area('USLAX', 0.5), 'test', 'USLAX');
CREATE TEMP TABLE pings AS
SELECT t, lon, lat, sog, st FROM (VALUES
    ('2024-01-01 00:00Z'::timestamptz, -118.27::float8, 33.73::float8, 0::float8, 5),
    ('2024-01-01 01:00Z', -118.27, 33.73, 0, 5), ('2024-01-01 01:00Z', -118.27, 33.73, 0, 5),
    ('2024-01-01 02:00Z', -118.5, 33.6, 12, 0), ('2024-01-01 02:10Z', -100, 20, 12, 0),
    ('2024-01-01 12:00Z', -120, 33, 12, 0), ('2024-01-02 01:00Z', -121, 33.5, 12, 0)) v(t, lon, lat, sog, st);
CREATE TEMP TABLE tracks AS
SELECT public.ais_track(t, lon, lat, sog, st) AS tr, public.ais_track(t, lon, lat, sog, st, 10) AS tr2,
       public.ais_track(t, lon, lat, sog, st, NULL, '6 hours', 50) AS tr3
FROM pings;
SELECT pg_catalog.count(*), pg_catalog.sum(public.tonnes(public.ais_emissions(s.v, a), 'CO2')),
       pg_catalog.count(public.ais_mode(s.v, a)), pg_catalog.count(public.ais_fuel(s.v, a))
FROM tracks, public.ais_activity(tracks.tr) a,
     (SELECT public.vessel('container_ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25) AS v) s;
SELECT * FROM tracks, public.ais_port_calls(tracks.tr);
SELECT * FROM tracks, public.ais_voyages(tracks.tr, public.vessel('container_ship', teu => 10000, mcr_kw => 57000,
                                                                  max_speed_kn => 25));
SELECT public.ais_imo('IMO9321483'), pg_catalog.count(*) FROM tracks, public.ais_activity(tracks.tr2, '{eca,berth}');
SQL
rc=$?
check "every documented call ran under the hostile search_path" "$rc" "0"
grep ERROR "/tmp/portemis_hostile_$$.out" | head -3 | sed 's/^/#   /'
check "no shadow function, operator or aggregate was called" "$(q -d $db -c "SELECT last_value - 1 + (CASE WHEN is_called THEN 1 ELSE 0 END) FROM evil.hits")" "0"

# A role with CREATE on the extension's own schema: a PL/pgSQL body resolves its calls when it runs, so an
# untyped argument (NULL, a literal) could pick an overload of the attacker's (an unknown literal prefers a
# text parameter).  ship() passed an untyped NULL to vessel()'s integer ais_type until 0.9.0.
q -d $db -c "GRANT CREATE ON SCHEMA public TO pm_attacker" \
  -c "INSERT INTO portemis.ship_register (imo, mmsi, name, ship_type, dwt, source) VALUES (9811000, 366999002, 'T', 'container_ship', 100000, 'test')" >/dev/null
q -d $db -c "SET ROLE pm_attacker" -c "CREATE FUNCTION public.vessel(text, integer, float8, float8, float8, float8, text,
    float8, float8, float8, integer, text, float8, float8, boolean, integer, text, float8, float8, float8, integer, text, jsonb)
    RETURNS portemis.vessel LANGUAGE sql AS 'SELECT evil.hit(); SELECT NULL::portemis.vessel'" >/dev/null
q -d $db -c "SELECT setval('evil.hits', 1, false)" >/dev/null
check "ship() builds its vessel with the extension's vessel(), not an overload in the extension's schema" \
    "$(q -d $db -c "SELECT (ship(imo => 9811000)).dwt"):$(q -d $db -c "SELECT last_value - 1 + (CASE WHEN is_called THEN 1 ELSE 0 END) FROM evil.hits")" "100000:0"
q -d $db -c "DROP FUNCTION public.vessel(text, integer, float8, float8, float8, float8, text, float8, float8, float8, integer,
    text, float8, float8, boolean, integer, text, float8, float8, float8, integer, text, jsonb)" -c "REVOKE CREATE ON SCHEMA public FROM pm_attacker" >/dev/null

# Sea routes: pgRouting's pgr_dijkstra is a SQL function whose body names its helpers without a schema
# (_pgr_get_statement, _pgr_dijkstra), so portemis_routing's functions pin their search_path.
if q -d $db -c "SELECT 1 FROM pg_available_extensions WHERE name = 'pgrouting'" | grep -q 1; then
    q -d $db -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis_routing CASCADE" >/dev/null
    q -d $db -c "SET ROLE pm_attacker" \
      -c "CREATE FUNCTION evil._pgr_get_statement(text) RETURNS text LANGUAGE sql AS 'SELECT evil.hit()::text'" >/dev/null
    q -d $db -c "SELECT setval('evil.hits', 1, false)" >/dev/null
    check "a pgRouting shadow is reached by pgr_dijkstra under the hostile path (the trap is armed)" \
        "$(psql -X -q -t -A -d $db -c "SET search_path = evil, pg_catalog, public" \
             -c "SELECT count(*) FROM pgr_dijkstra('SELECT 1 AS id, 1 AS source, 2 AS target, 1.0 AS cost', 1, 2)" >/dev/null 2>&1;
           q -d $db -c "SELECT last_value - 1 + (CASE WHEN is_called THEN 1 ELSE 0 END) > 0 FROM evil.hits")" "t"
    q -d $db -c "SELECT setval('evil.hits', 1, false)" >/dev/null
    psql -X -q -v ON_ERROR_STOP=1 -d $db >"/tmp/portemis_hostile_$$.out" 2>&1 <<'SQL'
SET search_path = evil, pg_catalog, public, portemis;
SELECT public.route_length_nm(public.sea_route('USLAX', 'JPTYO')), public.sea_route_nm('USLGB', 'SGSIN'),
       public.route_length_nm(public.sea_route_points('SRID=4326;POINT(-118.27 33.73)', 'SRID=4326;POINT(139.8 35.6)'));
SELECT pg_catalog.count(*) FROM public.sea_routes(ARRAY['USLAX', 'USLGB']::public.locode[], ARRAY['CNSHA', 'JPYOK']::public.locode[]);
SQL
    rc=$?
    check "the sea route functions ran under the hostile search_path" "$rc" "0"
    grep ERROR "/tmp/portemis_hostile_$$.out" | head -3 | sed 's/^/#   /'
    check "no pgRouting helper was shadowed" "$(q -d $db -c "SELECT last_value - 1 + (CASE WHEN is_called THEN 1 ELSE 0 END) FROM evil.hits")" "0"
else
    echo "ok $((n + 1)) - # SKIP pgRouting is not installed"; n=$((n + 1))
fi

[ -n "${KEEP_DB:-}" ] || q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE $db" -c "DROP ROLE pm_attacker"
rm -f /tmp/portemis_hostile_$$.*
