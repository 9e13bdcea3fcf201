#!/usr/bin/env bash
# Activity-based (EPA engine energy) benchmark: sum(mode_emissions(...)) over
# PM_BENCH_N port-call rows, against the same method written in plain SQL.
#
#   portemis         sum(mode_emissions(vessel(ship_type => ..., ...), mode, hours,
#                    speed_kn, in_eca)): the particulars are plain columns and
#                    the vessel is built in the query (the issue's target).
#   portemis_stored  the same over a stored `vessel` column v of the same rows.
#   plain_sql        the plain-SQL equivalent, straightforward: per port call the
#                    fuel of each engine group by location, the NOx tier from the
#                    keel year, the propeller-law load; joined to the pivoted
#                    energy_factor + energy_fuel rows of the propulsion, auxiliary
#                    and boiler runs (three joins), to auxiliary_power twice
#                    (auxiliary and boiler kW by ship type, size bin and mode,
#                    basis imo_ghg3), to transit_speed_ratio (transit without a
#                    speed) and to llaf_coefficient; CASE logic for the low-load
#                    adjustment (SOx its own form), Tier III -> II below 25 %
#                    load; CO2, NOx, SOx and PM10 (t) per row, summed.
#   plain_sql_tuned  the same formulas with the small tables pre-combined: one
#                    row per engine configuration (main engine, aux engine, ECA
#                    or not) holding all three runs' factors and the LLAF
#                    coefficients, and one row per size bin holding auxiliary
#                    and boiler kW: two joins per port call instead of six.
#                    The faster plain variant is the baseline of the target.
# Issue target: portemis at least 3 x faster than the plain SQL, identical
# results to 1e-9 relative.
#
# Both plain variants compute 4 pollutants (mode_emissions computes 9), with
# the factors that follow from the fuel alone (CO2, SO2 and PM10 g/kWh, the
# LLAF denominators) computed once per query, not per row; they assume the
# registry holds only shipped rows (checked: no user overrides to resolve).
# Both are fenced (OFFSET 0) so that the per-row values (load, tier, kWh) are
# computed once, not once per reference.
#
# Plans: the planner's row estimates for joins on computed keys (CASE
# expressions) against CTEs collapse to 1 row, and with default settings it
# picks nested loops (the llaf CTE re-evaluated per row, port_call rescanned,
# 56 bins tried per row): 10-40 s instead of 4-8 s.  The timed session
# therefore sets enable_nestloop = off and enable_mergejoin = off, which gives
# every plain query all-hash-join plans (the best plan for a fact table
# against small dimension tables); the mode_emissions queries have no joins
# and are unaffected.  The registry tables are ANALYZEd first.  For
# information the plain queries also run once with the default planner.
#
# Correctness (the script fails on a mismatch): per-pollutant totals of all
# four queries within 1e-9 relative; per row, on a sample of PM_BENCH_SAMPLE
# port calls (every (N / SAMPLE)-th id), CO2, NOx, SOx and PM10 of both plain
# variants against mode_emissions within 1e-9 relative; the stored vessel
# column equals vessel(...) of the plain columns on every row; every port
# call finds exactly one factor and power row in the plain joins.
#
# Timing is server-side: a PL/pgSQL function takes clock_timestamp() around
# EXECUTE of the query, whose one-row result is discarded (client overhead
# excluded).  All timed runs run in one session after an untimed warm-up of
# each query (the per-backend registry cache load is not timed), serial
# (max_parallel_workers_per_gather = 0), JIT off unless PM_BENCH_JIT=1, the
# table prewarmed into shared buffers; the queries alternate, in a rotated
# order each repetition.  Reported: medians, ranges and ratios.  Ratios
# against baselines measured in the same run are the result; absolute times
# depend on the machine and its load (printed).  A benchmark, never a timed test.
#
# Run as root (the server runs as the postgres user) or as the server's user:
#   test/bench/mode_emissions.sh
# Environment (all optional; the common ones are handled by test/bench/lib.sh,
# and scripts/bench.sh (`make bench`) runs all the benchmarks):
#   PM_BENCH_QUICK=0            1: a smoke run, not a measurement: unless set,
#                               N=20000, REPS=3, SAMPLE=2000
#   PM_BENCH_N=1000000          port-call rows
#   PM_BENCH_REPS=7             timed repetitions of each query
#   PM_BENCH_SAMPLE=10000       rows of the per-row check
#   PM_BENCH_FLEET=3000         ships the port calls are drawn from
#   PM_BENCH_SEED=0.42          setseed() for the data generator
#   PM_BENCH_JIT=0              1: leave JIT on for the timed runs
#   PM_BENCH_DEFAULT_PLANNER=1  0: skip the information runs with the default planner
#   PM_BENCH_SHARED_BUFFERS=1GB shared_buffers of the throwaway cluster (not
#                               changed with PM_BENCH_REUSE=1)
#   PM_BENCH_PGPORT=54333       port of the throwaway cluster
#   PM_BENCH_CLUSTER_DIR=/tmp/portemis-bench-activity   its directory (wiped at start!)
#   PM_BENCH_REUSE=0            1: use a cluster already running there; do not
#                               start, stop or wipe it
#   PM_BENCH_KEEP=0             1: keep the cluster running and its directory at exit
#   PM_BENCH_PERF=0             1: afterwards, perf-record a backend running the
#                               portemis and plain_sql_tuned queries and print the
#                               top functions (needs perf, root)
# PGPORT and PM_CLUSTER_DIR from the caller's environment are deliberately not
# used: the cluster directory is wiped, and an inherited value could point at
# somebody else's cluster.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_setup 54333 /tmp/portemis-bench-activity portemis_bench_activity 1000000 20000 7

SAMPLE=$(bench_var SAMPLE 10000 2000)
FLEET=$(bench_var FLEET 3000)
JIT=$(bench_var JIT 0)
DEFAULT_PLANNER=$(bench_var DEFAULT_PLANNER 1)
SHARED_BUFFERS=$(bench_var SHARED_BUFFERS 1GB)
bench_positive SAMPLE FLEET
[ "$SAMPLE" -le "$N" ] || SAMPLE=$N
STEP=$((N / SAMPLE))
if [ "$JIT" = 1 ]; then jit_setting=on; else jit_setting=off; fi

bench_cluster "$SHARED_BUFFERS"
bench_createdb
q -c "CREATE EXTENSION pg_prewarm"
# Statistics for the planner (autovacuum would get there on a real database).
q -c "ANALYZE portemis.energy_factor, portemis.energy_fuel, portemis.llaf_coefficient, portemis.auxiliary_power, portemis.transit_speed_ratio"
bench_header "shared_buffers=$(qv -c 'SHOW shared_buffers'), jit=$jit_setting for the timed runs"

# ---------------------------------------------------------------------------
# Data: a fleet, and N port-call rows drawn from it, reproducible (setseed).
# ---------------------------------------------------------------------------
echo "== generating $N port-call rows from a fleet of $FLEET ships"
t_gen=$(date +%s)
q -v n="$N" -v fleet="$FLEET" -v seed="$SEED" <<'SQL'
SELECT setseed(:seed) \g /dev/null

-- Container ships 45 % (1,000-20,000 TEU, MCR ~ 9,000 kW x (TEU/1000)^0.62,
-- 19-25 kn), bulk carriers 30 % (10,000-400,000 dwt, ~ 4,000 kW x
-- (dwt/10000)^0.45, 14-16.5 kn), oil tankers 25 % (5,000-320,000 dwt,
-- ~ 3,500 kW x (dwt/10000)^0.5, 14-17 kn); MCR +-15 %.  Slow-speed diesel main
-- engines, keels laid 1995-2023 (Tiers 0 to III), auxiliary engines
-- medium-speed (the default, NULL) or high-speed (15 %).  Valid IMO numbers.
CREATE TEMP TABLE bench_fleet AS
WITH s AS (
    SELECT k, 900000 + floor(random() * 100000)::int AS b, random() AS u_type, random() AS u_size,
           random() AS u_mcr, random() AS u_speed, random() AS u_keel, random() AS u_aux
    FROM generate_series(1, :fleet) k)
SELECT k,
       b * 10 + ((b / 100000 % 10 * 7 + b / 10000 % 10 * 6 + b / 1000 % 10 * 5 +
                  b / 100 % 10 * 4 + b / 10 % 10 * 3 + b % 10 * 2) % 10) AS imo,
       t.ship_type, t.dwt, t.teu,
       round(t.mcr_base * (0.85 + 0.3 * u_mcr) / 10) * 10 AS mcr_kw,
       round((t.v_min + (t.v_max - t.v_min) * u_speed)::numeric, 1)::float8 AS max_speed_kn,
       1995 + floor(u_keel * 29)::int AS keel_laid_year,
       CASE WHEN u_aux < 0.15 THEN 'HSD' END AS aux_engine
FROM s, LATERAL (
    SELECT * FROM (VALUES
        (u_type < 0.45, 'container_ship', NULL::float8, round(1000 + 19000 * u_size ^ 1.3),
         9000 * ((1000 + 19000 * u_size ^ 1.3) / 1000) ^ 0.62, 19.0, 25.0),
        (u_type >= 0.45 AND u_type < 0.75, 'bulk_carrier', round(10000 + 390000 * u_size ^ 2), NULL::float8,
         4000 * ((10000 + 390000 * u_size ^ 2) / 10000) ^ 0.45, 14.0, 16.5),
        (u_type >= 0.75, 'oil_tanker', round(5000 + 315000 * u_size ^ 1.5), NULL::float8,
         3500 * ((5000 + 315000 * u_size ^ 1.5) / 10000) ^ 0.5, 14.0, 17.0)
    ) v(pick, ship_type, dwt, teu, mcr_base, v_min, v_max) WHERE pick) t;

-- One row per ship per mode of a port call.  Transit 30 % (1-12 h in the port
-- area at 50-95 % of maximum speed; 10 % of them without a speed, so the
-- tabled transit speed ratio applies), maneuvering 25 % (0.5-3 h at 1.5-10 kn:
-- low loads, the 2 % floor, low-load adjustment), anchorage 15 % (2-72 h),
-- berth 30 % (8-96 h); 70 % inside an ECA (MGO, Tier III for new ships), 30 %
-- outside (HFO).  The particulars as plain columns, and again as a vessel.
CREATE UNLOGGED TABLE port_call (
    id              integer NOT NULL,
    ship_type       text NOT NULL,
    imo             integer NOT NULL,
    dwt             double precision,
    teu             double precision,
    main_engine     text NOT NULL,
    mcr_kw          double precision NOT NULL,
    max_speed_kn    double precision NOT NULL,
    keel_laid_year  integer NOT NULL,
    aux_engine      text,
    mode            text NOT NULL,
    hours           double precision NOT NULL,
    speed_kn        double precision,
    in_eca          boolean NOT NULL,
    v               portemis.vessel NOT NULL
) WITH (autovacuum_enabled = false);
INSERT INTO port_call
WITH g AS (
    SELECT i, 1 + floor(random() * :fleet)::int AS k, random() AS u_mode, random() AS u_h,
           random() AS u_v, random() AS u_nospeed, random() < 0.7 AS in_eca
    FROM generate_series(1, :n) i)
SELECT i, f.ship_type, f.imo, f.dwt, f.teu, 'SSD', f.mcr_kw, f.max_speed_kn, f.keel_laid_year, f.aux_engine,
       m.mode, m.hours, m.speed_kn, g.in_eca,
       vessel(ship_type => f.ship_type, imo => f.imo, dwt => f.dwt, teu => f.teu, main_engine => 'SSD',
              mcr_kw => f.mcr_kw, max_speed_kn => f.max_speed_kn, keel_laid_year => f.keel_laid_year,
              aux_engine => f.aux_engine)
FROM g JOIN bench_fleet f USING (k),
LATERAL (SELECT CASE WHEN u_mode < 0.30 THEN 'transit' WHEN u_mode < 0.55 THEN 'maneuvering'
                     WHEN u_mode < 0.70 THEN 'anchorage' ELSE 'berth' END AS mode) m0,
LATERAL (SELECT m0.mode,
                round((CASE m0.mode WHEN 'transit' THEN 1 + 11 * u_h WHEN 'maneuvering' THEN 0.5 + 2.5 * u_h
                                    WHEN 'anchorage' THEN 2 + 70 * u_h ELSE 8 + 88 * u_h END)::numeric, 2)::float8 AS hours,
                CASE m0.mode
                    WHEN 'transit' THEN CASE WHEN u_nospeed >= 0.1
                        THEN round((f.max_speed_kn * (0.5 + 0.45 * u_v))::numeric, 1)::float8 END
                    WHEN 'maneuvering' THEN round((1.5 + 8.5 * u_v)::numeric, 1)::float8
                END AS speed_kn) m
ORDER BY i;
SQL
q -c "VACUUM (FREEZE, ANALYZE) port_call"
echo "   generated in $(($(date +%s) - t_gen)) s; table port_call: $(qv -c "SELECT pg_size_pretty(pg_total_relation_size('port_call'))")"

echo "== data"
q <<'SQL'
\pset footer off
SELECT ship_type, count(*) AS port_calls, count(DISTINCT imo) AS ships,
       min(coalesce(teu, dwt)) || '-' || max(coalesce(teu, dwt)) || CASE WHEN ship_type = 'container_ship' THEN ' TEU' ELSE ' dwt' END AS size,
       min(mcr_kw) || '-' || max(mcr_kw) AS mcr_kw, min(max_speed_kn) || '-' || max(max_speed_kn) AS max_speed_kn,
       min(keel_laid_year) || '-' || max(keel_laid_year) AS keel_laid,
       round(100.0 * count(*) FILTER (WHERE aux_engine = 'HSD') / count(*), 1) AS "aux HSD %"
FROM port_call GROUP BY 1 ORDER BY 2 DESC;
SELECT mode, count(*) AS port_calls, round(avg(hours)::numeric, 1) AS avg_hours,
       count(*) - count(speed_kn) AS without_speed,
       round(avg(speed_kn)::numeric, 1) AS avg_speed_kn,
       round(100.0 * count(*) FILTER (WHERE in_eca) / count(*), 1) AS "in ECA %",
       count(*) FILTER (WHERE mode IN ('transit', 'maneuvering') AND
                        coalesce(speed_kn, 0.75 * max_speed_kn) ^ 3 / max_speed_kn ^ 3 <= 0.2) AS "LF <= 0.2 (about)"
FROM port_call GROUP BY 1 ORDER BY 2 DESC;
SELECT nox_tier(keel_laid_year, 'SSD', in_eca) AS "NOx tier", count(*) AS port_calls
FROM port_call GROUP BY 1 ORDER BY 1;
SQL

read -r n_rows n_vessel_diff n_user_rows n_bins_unpaired <<<"$(qv -F ' ' <<'SQL'
SELECT (SELECT count(*) FROM port_call),
       (SELECT count(*) FROM port_call
        WHERE v IS DISTINCT FROM vessel(ship_type => ship_type, imo => imo, dwt => dwt, teu => teu,
                                        main_engine => main_engine, mcr_kw => mcr_kw, max_speed_kn => max_speed_kn,
                                        keel_laid_year => keel_laid_year, aux_engine => aux_engine)),
       (SELECT count(*) FROM portemis.energy_factor WHERE NOT shipped) + (SELECT count(*) FROM portemis.energy_fuel WHERE NOT shipped)
       + (SELECT count(*) FROM portemis.llaf_coefficient WHERE NOT shipped) + (SELECT count(*) FROM portemis.auxiliary_power WHERE NOT shipped)
       + (SELECT count(*) FROM portemis.transit_speed_ratio WHERE NOT shipped),
       (SELECT count(*) FROM (SELECT ship_type, size_unit, size_min, size_max FROM portemis.auxiliary_power
                              WHERE basis = 'imo_ghg3' AND engine_group = 'auxiliary'
                              EXCEPT ALL
                              SELECT ship_type, size_unit, size_min, size_max FROM portemis.auxiliary_power
                              WHERE basis = 'imo_ghg3' AND engine_group = 'boiler') x);
SQL
)"
echo "   rows $n_rows; stored vessel differing from vessel(...) of the columns: $n_vessel_diff;" \
    "user (non-shipped) registry rows: $n_user_rows; auxiliary bins without the same boiler bin: $n_bins_unpaired"
if [ "$n_rows" != "$N" ] || [ "$n_vessel_diff" != 0 ] || [ "$n_user_rows" != 0 ] || [ "$n_bins_unpaired" != 0 ]; then
    echo "FAILED: data or registry not as the plain SQL assumes" >&2
    exit 1
fi

# ---------------------------------------------------------------------------
# The queries.  The plain variants are per-row SELECTs over __SRC__ (the table,
# or a sample of it); the timed forms sum them.
# ---------------------------------------------------------------------------
VESSEL_ARGS="vessel(ship_type => c.ship_type, imo => c.imo, dwt => c.dwt, teu => c.teu, main_engine => c.main_engine,
              mcr_kw => c.mcr_kw, max_speed_kn => c.max_speed_kn, keel_laid_year => c.keel_laid_year,
              aux_engine => c.aux_engine)"
Q_PORTEMIS="SELECT sum(mode_emissions($VESSEL_ARGS, c.mode, c.hours, c.speed_kn, c.in_eca)) FROM port_call c"
Q_PORTEMIS_STORED="SELECT sum(mode_emissions(c.v, c.mode, c.hours, c.speed_kn, c.in_eca)) FROM port_call c"

# Shared by both plain variants: energy_factor pivoted (one row per engine group,
# engine and fuel) with the fuel's data (energy_fuel), and the low-load adjustment
# coefficients with their denominators at LF = 0.2.
read -r -d '' EF_PIVOT <<'SQL' || true
(SELECT engine_group, engine, fuel,
                 max(g_per_kwh) FILTER (WHERE quantity = 'BSFC') AS bsfc,
                 max(g_per_kwh) FILTER (WHERE quantity = 'PM10') AS pm10,
                 max(g_per_kwh) FILTER (WHERE quantity = 'NOx' AND tier = 0) AS nox0,
                 max(g_per_kwh) FILTER (WHERE quantity = 'NOx' AND tier = 1) AS nox1,
                 max(g_per_kwh) FILTER (WHERE quantity = 'NOx' AND tier = 2) AS nox2,
                 max(g_per_kwh) FILTER (WHERE quantity = 'NOx' AND tier = 3) AS nox3
          FROM portemis.energy_factor GROUP BY 1, 2, 3) f
    JOIN portemis.energy_fuel u ON u.fuel = f.fuel
    WHERE f.bsfc IS NOT NULL
SQL
read -r -d '' LLAF <<'SQL' || true
SELECT max(a) FILTER (WHERE pollutant = 'CO2') AS co2_a, max(x) FILTER (WHERE pollutant = 'CO2') AS co2_x,
           max(b) FILTER (WHERE pollutant = 'CO2') AS co2_b,
           max(a * 0.2::float8 ^ -x + b) FILTER (WHERE pollutant = 'CO2') AS co2_den,
           max(a) FILTER (WHERE pollutant = 'NOx') AS nox_a, max(x) FILTER (WHERE pollutant = 'NOx') AS nox_x,
           max(b) FILTER (WHERE pollutant = 'NOx') AS nox_b,
           max(a * 0.2::float8 ^ -x + b) FILTER (WHERE pollutant = 'NOx') AS nox_den,
           max(a) FILTER (WHERE pollutant = 'PM10') AS pm_a, max(x) FILTER (WHERE pollutant = 'PM10') AS pm_x,
           max(b) FILTER (WHERE pollutant = 'PM10') AS pm_b,
           max(a * 0.2::float8 ^ -x + b) FILTER (WHERE pollutant = 'PM10') AS pm_den,
           max(a) FILTER (WHERE pollutant = 'SOx') AS sox_a, max(b) FILTER (WHERE pollutant = 'SOx') AS sox_b
    FROM portemis.llaf_coefficient
SQL

read -r -d '' PLAIN_ROWS <<'SQL' || true
WITH ef AS (
    -- energy_factor pivoted: one row per engine group, engine and fuel, with the
    -- fuel's data (energy_fuel) and the factors that follow from the fuel's sulphur
    SELECT f.engine_group, f.engine, f.fuel, u.sulphur_pct,
           f.bsfc * u.cf_co2 AS co2_ef,
           coalesce(f.bsfc * u.so2_g_per_g_fuel, f.bsfc * (2 * 0.97753::float8) * u.sulphur_pct / 100) AS sox_ef,
           coalesce(f.pm10, u.pm_nom_g_per_kwh + u.sulphur_pct * f.bsfc * u.pm_fsc * u.pm_mwr * 1e-4, 0) AS pm10_ef,
           f.nox0, coalesce(f.nox1, f.nox0) AS nox1, coalesce(f.nox2, f.nox0) AS nox2, coalesce(f.nox3, f.nox0) AS nox3
    FROM __EF_PIVOT__),
ll AS MATERIALIZED (
    -- low-load adjustment coefficients, with the denominators at LF = 0.2
    __LLAF__),
ap AS (
    -- auxiliary engine and boiler kW by ship type, size bin [size_min, size_max) and mode
    SELECT ship_type, size_unit, size_min, size_max, engine_group, transit_kw, maneuvering_kw, berth_kw, anchorage_kw
    FROM portemis.auxiliary_power WHERE basis = 'imo_ghg3'),
r AS (
    -- per port call: the fuel of each engine group by location, the NOx tiers, the load
    SELECT c.id, c.ship_type, c.dwt, c.teu, c.main_engine, c.aux_engine, c.mcr_kw, c.mode, c.hours,
           CASE WHEN c.main_engine = 'LNG' THEN 'LNG'
                WHEN c.in_eca OR c.main_engine IN ('ST', 'GT', 'GT_ED') THEN 'MGO' ELSE 'HFO' END AS main_fuel,
           CASE WHEN coalesce(c.aux_engine, 'MSD') = 'LNG' THEN 'LNG' WHEN c.in_eca THEN 'MGO' ELSE 'HFO' END AS aux_fuel,
           CASE WHEN c.in_eca THEN 'MGO' ELSE 'HFO' END AS boiler_fuel,
           CASE WHEN c.keel_laid_year < 2000 OR c.main_engine IN ('ST', 'GT', 'GT_ED', 'LNG') THEN 0
                WHEN c.keel_laid_year < 2011 THEN 1 WHEN c.keel_laid_year < 2016 OR NOT c.in_eca THEN 2
                ELSE 3 END AS main_tier,
           CASE WHEN c.keel_laid_year < 2000 OR c.aux_engine = 'LNG' THEN 0
                WHEN c.keel_laid_year < 2011 THEN 1 WHEN c.keel_laid_year < 2016 OR NOT c.in_eca THEN 2
                ELSE 3 END AS aux_tier,
           CASE WHEN c.mode IN ('transit', 'maneuvering') THEN
               CASE WHEN coalesce(c.speed_kn, t.ratio * c.max_speed_kn) = 0 THEN 0
                    ELSE least(1, greatest(0.02, (coalesce(c.speed_kn, t.ratio * c.max_speed_kn) / c.max_speed_kn) ^ 3)) END
               ELSE 0 END AS lf
    FROM __SRC__ c LEFT JOIN portemis.transit_speed_ratio t ON t.ship_type = c.ship_type
    OFFSET 0),
k AS (
    -- kWh of each engine group, its factors, and whether the propulsion engine is at low load
    SELECT r.id, r.lf,
           r.mcr_kw * r.lf * r.hours AS main_kwh,
           CASE r.mode WHEN 'transit' THEN xa.transit_kw WHEN 'maneuvering' THEN xa.maneuvering_kw
                       WHEN 'berth' THEN xa.berth_kw ELSE xa.anchorage_kw END * r.hours AS aux_kwh,
           CASE r.mode WHEN 'transit' THEN xb.transit_kw WHEN 'maneuvering' THEN xb.maneuvering_kw
                       WHEN 'berth' THEN xb.berth_kw ELSE xb.anchorage_kw END * r.hours AS boiler_kwh,
           p.co2_ef AS p_co2, p.sox_ef AS p_sox, p.pm10_ef AS p_pm10, p.sulphur_pct AS p_s,
           -- Tier III propulsion engines use Tier II factors below 25 % load
           CASE CASE WHEN r.main_tier = 3 AND r.lf < 0.25 THEN 2 ELSE r.main_tier END
               WHEN 0 THEN p.nox0 WHEN 1 THEN p.nox1 WHEN 2 THEN p.nox2 ELSE p.nox3 END AS p_nox,
           a.co2_ef AS a_co2, a.sox_ef AS a_sox, a.pm10_ef AS a_pm10,
           CASE r.aux_tier WHEN 0 THEN a.nox0 WHEN 1 THEN a.nox1 WHEN 2 THEN a.nox2 ELSE a.nox3 END AS a_nox,
           b.co2_ef AS b_co2, b.sox_ef AS b_sox, b.pm10_ef AS b_pm10, b.nox0 AS b_nox,
           r.lf > 0 AND r.lf <= 0.2 AND r.main_engine NOT IN ('MSD_ED', 'GT_ED') AS low_load
    FROM r
    JOIN ef p ON p.engine_group = 'propulsion' AND p.engine = r.main_engine AND p.fuel = r.main_fuel
    JOIN ef a ON a.engine_group = 'auxiliary' AND a.engine = coalesce(r.aux_engine, 'MSD') AND a.fuel = r.aux_fuel
    JOIN ef b ON b.engine_group = 'boiler' AND b.engine = 'BOILER' AND b.fuel = r.boiler_fuel
    JOIN ap xa ON xa.engine_group = 'auxiliary' AND xa.ship_type = r.ship_type
              AND CASE xa.size_unit WHEN 'dwt' THEN r.dwt WHEN 'teu' THEN r.teu END >= xa.size_min
              AND CASE xa.size_unit WHEN 'dwt' THEN r.dwt WHEN 'teu' THEN r.teu END < xa.size_max
    JOIN ap xb ON xb.engine_group = 'boiler' AND xb.ship_type = r.ship_type
              AND CASE xb.size_unit WHEN 'dwt' THEN r.dwt WHEN 'teu' THEN r.teu END >= xb.size_min
              AND CASE xb.size_unit WHEN 'dwt' THEN r.dwt WHEN 'teu' THEN r.teu END < xb.size_max
    OFFSET 0)
SELECT k.id,
       (k.main_kwh * k.p_co2 * CASE WHEN k.low_load THEN (ll.co2_a * k.lf ^ -ll.co2_x + ll.co2_b) / ll.co2_den ELSE 1 END
        + k.aux_kwh * k.a_co2 + k.boiler_kwh * k.b_co2) * 1e-6 AS co2_t,
       (k.main_kwh * k.p_nox * CASE WHEN k.low_load THEN (ll.nox_a * k.lf ^ -ll.nox_x + ll.nox_b) / ll.nox_den ELSE 1 END
        + k.aux_kwh * k.a_nox + k.boiler_kwh * k.b_nox) * 1e-6 AS nox_t,
       (k.main_kwh * k.p_sox * CASE WHEN k.low_load AND k.p_s > 0
            THEN (ll.sox_a * (14.1205 / k.lf + 205.7169) * k.p_s + ll.sox_b)
               / (ll.sox_a * (14.1205 / 0.2 + 205.7169) * k.p_s + ll.sox_b) ELSE 1 END
        + k.aux_kwh * k.a_sox + k.boiler_kwh * k.b_sox) * 1e-6 AS sox_t,
       (k.main_kwh * k.p_pm10 * CASE WHEN k.low_load THEN (ll.pm_a * k.lf ^ -ll.pm_x + ll.pm_b) / ll.pm_den ELSE 1 END
        + k.aux_kwh * k.a_pm10 + k.boiler_kwh * k.b_pm10) * 1e-6 AS pm10_t
FROM k, ll
SQL

read -r -d '' TUNED_ROWS <<'SQL' || true
WITH ef AS (
    -- energy_factor pivoted, as in plain_sql
    SELECT f.engine_group, f.engine, f.fuel, u.sulphur_pct,
           f.bsfc * u.cf_co2 AS co2_ef,
           coalesce(f.bsfc * u.so2_g_per_g_fuel, f.bsfc * (2 * 0.97753::float8) * u.sulphur_pct / 100) AS sox_ef,
           coalesce(f.pm10, u.pm_nom_g_per_kwh + u.sulphur_pct * f.bsfc * u.pm_fsc * u.pm_mwr * 1e-4, 0) AS pm10_ef,
           f.nox0,
           -- gas and steam turbines and gas engines are Tier 0 whatever their age
           CASE WHEN f.engine IN ('ST', 'GT', 'GT_ED', 'LNG') THEN f.nox0 ELSE coalesce(f.nox1, f.nox0) END AS nox1,
           CASE WHEN f.engine IN ('ST', 'GT', 'GT_ED', 'LNG') THEN f.nox0 ELSE coalesce(f.nox2, f.nox0) END AS nox2,
           CASE WHEN f.engine IN ('ST', 'GT', 'GT_ED', 'LNG') THEN f.nox0 ELSE coalesce(f.nox3, f.nox0) END AS nox3
    FROM __EF_PIVOT__),
cfg AS MATERIALIZED (
    -- every engine configuration (main engine, auxiliary engine, inside an ECA or not) in one
    -- row: the factors of its propulsion, auxiliary and boiler runs and the low-load coefficients
    SELECT p.engine AS main_engine, a.engine AS aux_engine, eca.in_eca,
           p.co2_ef AS p_co2, p.sox_ef AS p_sox, p.pm10_ef AS p_pm10, p.sulphur_pct AS p_s,
           p.nox0 AS p_nox0, p.nox1 AS p_nox1, p.nox2 AS p_nox2, p.nox3 AS p_nox3,
           p.engine NOT IN ('MSD_ED', 'GT_ED') AS p_adjusts,
           a.co2_ef AS a_co2, a.sox_ef AS a_sox, a.pm10_ef AS a_pm10,
           a.nox0 AS a_nox0, a.nox1 AS a_nox1, a.nox2 AS a_nox2, a.nox3 AS a_nox3,
           b.co2_ef AS b_co2, b.sox_ef AS b_sox, b.pm10_ef AS b_pm10, b.nox0 AS b_nox,
           ll.*,
           ll.sox_a * (14.1205 / 0.2 + 205.7169) * p.sulphur_pct + ll.sox_b AS sox_den
    FROM (VALUES (true), (false)) eca(in_eca)
    JOIN ef p ON p.engine_group = 'propulsion'
             AND p.fuel = CASE WHEN p.engine = 'LNG' THEN 'LNG'
                               WHEN eca.in_eca OR p.engine IN ('ST', 'GT', 'GT_ED') THEN 'MGO' ELSE 'HFO' END
    JOIN ef a ON a.engine_group = 'auxiliary'
             AND a.fuel = CASE WHEN a.engine = 'LNG' THEN 'LNG' WHEN eca.in_eca THEN 'MGO' ELSE 'HFO' END
    JOIN ef b ON b.engine_group = 'boiler' AND b.engine = 'BOILER'
             AND b.fuel = CASE WHEN eca.in_eca THEN 'MGO' ELSE 'HFO' END
    CROSS JOIN (__LLAF__) ll),
pw AS MATERIALIZED (
    -- auxiliary and boiler kW of a ship type and size bin in one row (the same bins for both: checked)
    SELECT x.ship_type, x.size_unit, x.size_min, x.size_max,
           x.transit_kw AS a_transit, x.maneuvering_kw AS a_maneuvering, x.berth_kw AS a_berth,
           x.anchorage_kw AS a_anchorage,
           y.transit_kw AS b_transit, y.maneuvering_kw AS b_maneuvering, y.berth_kw AS b_berth,
           y.anchorage_kw AS b_anchorage
    FROM portemis.auxiliary_power x JOIN portemis.auxiliary_power y
      ON y.basis = x.basis AND y.ship_type = x.ship_type AND y.size_unit = x.size_unit
     AND y.size_min = x.size_min AND y.size_max = x.size_max AND y.engine_group = 'boiler'
    WHERE x.basis = 'imo_ghg3' AND x.engine_group = 'auxiliary'),
k AS (
    SELECT r.id, r.lf, r.tier, r.mcr_kw * r.lf * r.hours AS main_kwh,
           CASE r.mode WHEN 'transit' THEN w.a_transit WHEN 'maneuvering' THEN w.a_maneuvering
                       WHEN 'berth' THEN w.a_berth ELSE w.a_anchorage END * r.hours AS aux_kwh,
           CASE r.mode WHEN 'transit' THEN w.b_transit WHEN 'maneuvering' THEN w.b_maneuvering
                       WHEN 'berth' THEN w.b_berth ELSE w.b_anchorage END * r.hours AS boiler_kwh,
           r.lf > 0 AND r.lf <= 0.2 AND g.p_adjusts AS low_load,
           g.*
    FROM (SELECT c.id, c.ship_type, c.dwt, c.teu, c.main_engine, c.aux_engine, c.in_eca, c.mcr_kw, c.mode, c.hours,
                 CASE WHEN c.keel_laid_year < 2000 THEN 0 WHEN c.keel_laid_year < 2011 THEN 1
                      WHEN c.keel_laid_year < 2016 OR NOT c.in_eca THEN 2 ELSE 3 END AS tier,
                 CASE WHEN c.mode IN ('transit', 'maneuvering') THEN
                     CASE WHEN coalesce(c.speed_kn, t.ratio * c.max_speed_kn) = 0 THEN 0
                          ELSE least(1, greatest(0.02, (coalesce(c.speed_kn, t.ratio * c.max_speed_kn) / c.max_speed_kn) ^ 3)) END
                     ELSE 0 END AS lf
          FROM __SRC__ c LEFT JOIN portemis.transit_speed_ratio t ON t.ship_type = c.ship_type OFFSET 0) r
    JOIN cfg g ON g.main_engine = r.main_engine AND g.aux_engine = coalesce(r.aux_engine, 'MSD') AND g.in_eca = r.in_eca
    JOIN pw w ON w.ship_type = r.ship_type
             AND CASE w.size_unit WHEN 'dwt' THEN r.dwt WHEN 'teu' THEN r.teu END >= w.size_min
             AND CASE w.size_unit WHEN 'dwt' THEN r.dwt WHEN 'teu' THEN r.teu END < w.size_max
    OFFSET 0)
SELECT k.id,
       (k.main_kwh * k.p_co2 * CASE WHEN k.low_load THEN (k.co2_a * k.lf ^ -k.co2_x + k.co2_b) / k.co2_den ELSE 1 END
        + k.aux_kwh * k.a_co2 + k.boiler_kwh * k.b_co2) * 1e-6 AS co2_t,
       (k.main_kwh * CASE WHEN k.tier = 3 AND k.lf < 0.25 THEN k.p_nox2
                          ELSE CASE k.tier WHEN 0 THEN k.p_nox0 WHEN 1 THEN k.p_nox1 WHEN 2 THEN k.p_nox2 ELSE k.p_nox3 END END
                   * CASE WHEN k.low_load THEN (k.nox_a * k.lf ^ -k.nox_x + k.nox_b) / k.nox_den ELSE 1 END
        + k.aux_kwh * CASE k.tier WHEN 0 THEN k.a_nox0 WHEN 1 THEN k.a_nox1 WHEN 2 THEN k.a_nox2 ELSE k.a_nox3 END
        + k.boiler_kwh * k.b_nox) * 1e-6 AS nox_t,
       (k.main_kwh * k.p_sox * CASE WHEN k.low_load AND k.p_s > 0
            THEN (k.sox_a * (14.1205 / k.lf + 205.7169) * k.p_s + k.sox_b) / k.sox_den ELSE 1 END
        + k.aux_kwh * k.a_sox + k.boiler_kwh * k.b_sox) * 1e-6 AS sox_t,
       (k.main_kwh * k.p_pm10 * CASE WHEN k.low_load THEN (k.pm_a * k.lf ^ -k.pm_x + k.pm_b) / k.pm_den ELSE 1 END
        + k.aux_kwh * k.a_pm10 + k.boiler_kwh * k.b_pm10) * 1e-6 AS pm10_t
FROM k
SQL

for v in PLAIN_ROWS TUNED_ROWS; do
    rows=${!v//__EF_PIVOT__/"$EF_PIVOT"}
    printf -v "$v" '%s' "${rows//__LLAF__/"$LLAF"}"
done

SUMS="SELECT sum(s.co2_t) AS co2_t, sum(s.nox_t) AS nox_t, sum(s.sox_t) AS sox_t, sum(s.pm10_t) AS pm10_t FROM"
Q_PLAIN_SQL="$SUMS (${PLAIN_ROWS//__SRC__/port_call}) s"
Q_PLAIN_SQL_TUNED="$SUMS (${TUNED_ROWS//__SRC__/port_call}) s"
SAMPLE_SRC="(SELECT * FROM port_call WHERE id % $STEP = 0)"
KINDS="portemis portemis_stored plain_sql plain_sql_tuned"


bench_harness

PLAN_SETTINGS="SET enable_nestloop = off; SET enable_mergejoin = off;"
session_settings="SET max_parallel_workers_per_gather = 0; SET jit = $jit_setting; SET work_mem = '64MB'; $PLAN_SETTINGS"

echo "== plans (serial, $PLAN_SETTINGS)"
for kind in $KINDS; do
    printf '   %s:\n' "$kind"
    qv -c "$session_settings" -c "EXPLAIN (COSTS OFF) $(query_of "$kind")" |
        grep -vE '^ *(Filter|Group Key|Sort Key|Buckets|Batches|->  (Seq|CTE|Values) Scan on (energy_|llaf_|auxiliary_|transit_|"\*VALUES)|->  Hash$)' |
        sed 's/^/      /' | cut -c1-160
done

# ---------------------------------------------------------------------------
# Correctness: totals of all four queries, and per row on a sample.
# ---------------------------------------------------------------------------
echo "== correctness: totals over all $N rows (relative difference to portemis, limit 1e-9)"
correctness=$(q <<SQL
\pset footer off
$session_settings
CREATE TEMP TABLE chk AS
WITH pm AS (SELECT e FROM ($Q_PORTEMIS) s(e)),
     ps AS (SELECT e FROM ($Q_PORTEMIS_STORED) s(e)),
     pl AS ($Q_PLAIN_SQL),
     pt AS ($Q_PLAIN_SQL_TUNED)
SELECT p.*, rel_diff(p.portemis, p.portemis_stored) AS rel_stored, rel_diff(p.portemis, p.plain_sql) AS rel_plain,
       rel_diff(p.portemis, p.plain_sql_tuned) AS rel_tuned
FROM pm, ps, pl, pt, LATERAL (VALUES
    (1, 'CO2', tonnes(pm.e, 'CO2'), tonnes(ps.e, 'CO2'), pl.co2_t, pt.co2_t),
    (2, 'NOx', tonnes(pm.e, 'NOx'), tonnes(ps.e, 'NOx'), pl.nox_t, pt.nox_t),
    (3, 'SOx', tonnes(pm.e, 'SOx'), tonnes(ps.e, 'SOx'), pl.sox_t, pt.sox_t),
    (4, 'PM10', tonnes(pm.e, 'PM10'), tonnes(ps.e, 'PM10'), pl.pm10_t, pt.pm10_t))
     p(ord, pollutant, portemis, portemis_stored, plain_sql, plain_sql_tuned);
SELECT pollutant AS "total (t)", portemis::text AS "portemis", plain_sql::text AS "plain_sql",
       plain_sql_tuned::text AS "plain_sql_tuned",
       to_char(rel_stored, '0.0EEEE') AS "rel. stored", to_char(rel_plain, '0.0EEEE') AS "rel. plain",
       to_char(rel_tuned, '0.0EEEE') AS "rel. tuned",
       CASE WHEN greatest(rel_stored, rel_plain, rel_tuned) <= 1e-9 THEN 'OK' ELSE 'MISMATCH' END AS "check"
FROM chk ORDER BY ord;
SELECT CASE WHEN count(*) = 4 AND bool_and(greatest(rel_stored, rel_plain, rel_tuned) <= 1e-9) AND min(portemis) > 0
            THEN 'TOTALS MATCH' ELSE 'TOTALS DIFFER' END AS verdict FROM chk;
SQL
)
bench_check "$correctness" "TOTALS MATCH" "the totals differ by more than 1e-9 relative"

echo "== correctness per row: every ${STEP}th port call (sample of $((N / STEP))), plain variants against mode_emissions"
rowcheck=$(q <<SQL
\pset footer off
$session_settings
CREATE TEMP TABLE rows_pm AS
SELECT c.id, c.mode, tonnes(e, 'CO2') AS co2_t, tonnes(e, 'NOx') AS nox_t, tonnes(e, 'SOx') AS sox_t,
       tonnes(e, 'PM10') AS pm10_t
FROM $SAMPLE_SRC c, LATERAL mode_emissions($VESSEL_ARGS, c.mode, c.hours, c.speed_kn, c.in_eca) e;
CREATE TEMP TABLE rows_plain AS ${PLAIN_ROWS//__SRC__/$SAMPLE_SRC};
CREATE TEMP TABLE rows_tuned AS ${TUNED_ROWS//__SRC__/$SAMPLE_SRC};
CREATE TEMP TABLE rowchk AS
SELECT variant, count(*) AS n_rows, count(x_id) AS n_matched,
       max(rel_diff(p_co2, x_co2)) AS co2, max(rel_diff(p_nox, x_nox)) AS nox,
       max(rel_diff(p_sox, x_sox)) AS sox, max(rel_diff(p_pm10, x_pm10)) AS pm10,
       count(*) FILTER (WHERE greatest(rel_diff(p_co2, x_co2), rel_diff(p_nox, x_nox),
                                       rel_diff(p_sox, x_sox), rel_diff(p_pm10, x_pm10)) > 1e-9
                           OR x_id IS NULL) AS n_over
FROM (SELECT 'plain_sql' AS variant, p.co2_t AS p_co2, p.nox_t AS p_nox, p.sox_t AS p_sox, p.pm10_t AS p_pm10,
             x.id AS x_id, x.co2_t AS x_co2, x.nox_t AS x_nox, x.sox_t AS x_sox, x.pm10_t AS x_pm10
      FROM rows_pm p LEFT JOIN rows_plain x ON x.id = p.id
      UNION ALL
      SELECT 'plain_sql_tuned', p.co2_t, p.nox_t, p.sox_t, p.pm10_t, x.id, x.co2_t, x.nox_t, x.sox_t, x.pm10_t
      FROM rows_pm p LEFT JOIN rows_tuned x ON x.id = p.id) j
GROUP BY variant;
SELECT 'sample by mode: ' || string_agg(mode || ' ' || n, ', ' ORDER BY n DESC) AS "sample"
FROM (SELECT mode, count(*) AS n FROM rows_pm GROUP BY mode) s;
SELECT variant, n_rows AS "rows", n_matched AS "matched",
       (SELECT count(*) FROM rows_plain) AS "plain rows", (SELECT count(*) FROM rows_tuned) AS "tuned rows",
       to_char(co2, '0.0EEEE') AS "max rel CO2", to_char(nox, '0.0EEEE') AS "max rel NOx",
       to_char(sox, '0.0EEEE') AS "max rel SOx", to_char(pm10, '0.0EEEE') AS "max rel PM10",
       n_over AS "rows > 1e-9"
FROM rowchk ORDER BY variant;
SELECT CASE WHEN count(*) = 2 AND bool_and(n_over = 0 AND n_matched = n_rows)
             AND (SELECT count(*) FROM rows_plain) = (SELECT count(*) FROM rows_pm)
             AND (SELECT count(*) FROM rows_tuned) = (SELECT count(*) FROM rows_pm)
            THEN 'ROWS MATCH' ELSE 'ROWS DIFFER' END AS verdict FROM rowchk;
SQL
)
bench_check "$rowcheck" "ROWS MATCH" "per-row results differ by more than 1e-9 relative (or rows missing)"

q -c "SELECT pg_prewarm('port_call')" >/dev/null

# ---------------------------------------------------------------------------
# Serial timings: one session, warm-up (rep 0) then REPS rotated rounds.
# ---------------------------------------------------------------------------
echo "== serial timings: 1 warm-up + $REPS timed repetitions of each query, rotated order, one session"
echo "   load at start: $(bench_load)"
{ echo "$session_settings"; bench_warmups main; bench_rounds main; } | qv
echo "   load at end: $(bench_load)"
echo "   every timed run returned the same result as its warm-up: $(qv -c "SELECT CASE WHEN bool_and(n = 1) THEN 'yes' ELSE 'NO' END FROM (SELECT kind, count(DISTINCT result) n FROM bench_result WHERE phase = 'main' GROUP BY kind) s")"

# ---------------------------------------------------------------------------
# For information: the plain queries with the planner's default settings.
# ---------------------------------------------------------------------------
if [ "$DEFAULT_PLANNER" = 1 ]; then
    echo "== for information: plain queries once each with the default planner settings (nested loops allowed)"
    {
        echo "SET max_parallel_workers_per_gather = 0; SET jit = $jit_setting; SET work_mem = '64MB'; SET statement_timeout = '600s';"
        bench_measure default_planner plain_sql 1
        bench_measure default_planner plain_sql_tuned 1
    } | qv
fi

# ---------------------------------------------------------------------------
# Results.
# ---------------------------------------------------------------------------
echo
echo "== results ($N port calls, $REPS repetitions, serial, jit=$jit_setting; medians)"
bench_kinds main "per port call" port_call 0
q <<'SQL'
\pset footer off
WITH m AS (SELECT * FROM bench_medians WHERE phase = 'main' AND clock = 'wall'),
x AS (SELECT (SELECT med FROM m WHERE kind = 'portemis') AS pm,
             (SELECT med FROM m WHERE kind = 'portemis_stored') AS ps,
             (SELECT med FROM m WHERE kind = 'plain_sql') AS pl,
             (SELECT med FROM m WHERE kind = 'plain_sql_tuned') AS pt),
-- per-repetition ratios (same round), to show their spread
rr AS (
    SELECT rep, max(wall_ms) FILTER (WHERE kind = 'plain_sql_tuned') / max(wall_ms) FILTER (WHERE kind = 'portemis') AS tuned,
           max(wall_ms) FILTER (WHERE kind = 'plain_sql') / max(wall_ms) FILTER (WHERE kind = 'portemis') AS plain
    FROM bench_result WHERE phase = 'main' AND rep > 0 GROUP BY rep)
SELECT 'min(plain_sql, plain_sql_tuned) / portemis' AS "ratio of medians", to_char(least(pl, pt) / pm, 'FM990.00') || ' x' AS "value",
       '>= 3 x' AS "target", CASE WHEN least(pl, pt) / pm >= 3 THEN 'PASS' ELSE 'MISS' END AS "result",
       'per round: ' || (SELECT to_char(min(least(plain, tuned)), 'FM990.00') || '-' || to_char(max(least(plain, tuned)), 'FM990.00') FROM rr) AS "spread"
FROM x
UNION ALL
SELECT 'plain_sql / portemis', to_char(pl / pm, 'FM990.00') || ' x', '>= 3 x', CASE WHEN pl / pm >= 3 THEN 'pass' ELSE 'miss' END,
       'per round: ' || (SELECT to_char(min(plain), 'FM990.00') || '-' || to_char(max(plain), 'FM990.00') FROM rr) FROM x
UNION ALL
SELECT 'plain_sql_tuned / portemis', to_char(pt / pm, 'FM990.00') || ' x', '>= 3 x', CASE WHEN pt / pm >= 3 THEN 'pass' ELSE 'miss' END,
       'per round: ' || (SELECT to_char(min(tuned), 'FM990.00') || '-' || to_char(max(tuned), 'FM990.00') FROM rr) FROM x
UNION ALL
SELECT 'min(plain_sql, plain_sql_tuned) / portemis_stored', to_char(least(pl, pt) / ps, 'FM990.00') || ' x', '(information)', '', '' FROM x
UNION ALL
SELECT 'portemis_stored / portemis', to_char(ps / pm, 'FM990.00') || ' x', '(information)', '', '' FROM x
UNION ALL
SELECT 'default planner: ' || kind || ' (1 run)', round(wall_ms::numeric, 1) || ' ms = '
       || to_char(wall_ms / (SELECT pm FROM x), 'FM990.0') || ' x portemis', '(information)', '', ''
FROM bench_result WHERE phase = 'default_planner';
SQL
bench_footer "PM_BENCH_N=$N PM_BENCH_REPS=$REPS PM_BENCH_SAMPLE=$SAMPLE PM_BENCH_FLEET=$FLEET PM_BENCH_SEED=$SEED PM_BENCH_JIT=$JIT"

# ---------------------------------------------------------------------------
# Optional profile: perf record of one backend running a query.
# ---------------------------------------------------------------------------
bench_profile 3 25 portemis plain_sql_tuned
