-- Activity-based emissions, US EPA Ports Emissions Inventory Guidance (EPA-420-B-22-011, chapter 3)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS portemis CASCADE;
RESET client_min_messages;

-- the registry: shipped rows from the EPA tables, every one with a source
SELECT engine_group, count(*) AS rows, bool_and(source <> '') AS sourced,
       count(*) FILTER (WHERE unconfirmed IS NOT NULL) AS unconfirmed
FROM portemis.energy_factor GROUP BY 1 ORDER BY 1;
SELECT basis, engine_group, count(*) FROM portemis.auxiliary_power GROUP BY 1, 2 ORDER BY 1, 2;
SELECT * FROM portemis.auxiliary_power WHERE basis = 'imo_ghg3' AND ship_type = 'container_ship' AND size_min = 8000 ORDER BY engine_group;

-- propeller law: (12/24)^3 = 0.125; (2/24)^3 = 0.00058 -> floor 0.02; above
-- maximum speed -> 1; (18/24)^3 x 1.15 = 0.48515625; 0 at rest
SELECT propulsion_load(12, 24) AS half_speed, propulsion_load(2, 24) AS floor, propulsion_load(30, 24) AS cap,
       propulsion_load(18, 24, 15) AS sea_margin, propulsion_load(0, 24) AS at_rest;

-- low-load adjustment factors (EPA guidance Table 3.10):
-- at 2 %: NOx 4.63, HC 21.18, CO 9.68, PM 7.29, CO2 3.28; at 10 %: 1.22, 2.20, 1.96, 1.38, 1.25
SELECT p, round(llaf(p, 0.02)::numeric, 2) AS at_2pct, round(llaf(p, 0.10)::numeric, 2) AS at_10pct,
       llaf(p, 0.2) AS at_20pct, llaf(p, 0.21) AS above_20pct, llaf(p, 1) AS full
FROM unnest(ARRAY['NOx', 'HC', 'CO', 'PM10', 'PM2.5', 'CO2', 'CH4', 'N2O']) p;
-- SO2 needs the sulphur: (2.3735 (14.1205/0.02 + 205.7169) 0.1 - 0.4792) / (2.3735 (14.1205/0.2 + 205.7169) 0.1 - 0.4792)
--   = 215.9227 / 65.1052 = 3.3165
SELECT round(llaf('SO2', 0.02, 0.1)::numeric, 4) AS so2_2pct;

-- NOx tier from the keel-laid year
SELECT y, nox_tier(y) AS ssd, nox_tier(y, 'msd', false) AS msd_outside_eca, nox_tier(y, 'ST') AS st, nox_tier(y, 'lng') AS lng
FROM unnest(ARRAY[1995, 1999, 2000, 2010, 2011, 2015, 2016, 2024]) y;

-- 48 h at berth, auxiliary MSD Tier II on MGO 0.1 % S at 1,000 kW: 48,000 kWh x
-- 217 g/kWh x 3.206 = 33.393696 t CO2; x 10.5 g/kWh = 504.0 kg NOx
SELECT round(tonnes(e, 'CO2')::numeric, 6) AS co2_t, round(tonnes(e, 'NOx')::numeric * 1000, 3) AS nox_kg,
       round(tonnes(e, 'SOx')::numeric, 9) AS sox_t
FROM engine_emissions('MSD', 'MGO', 1000, 48, tier => 2, sulphur_pct => 0.1, engine_group => 'auxiliary') e;
-- by hand SOx = 48,000 x 217 x 2 x 0.97753 x 0.001 = 20.363905 kg
-- PM10 by the sulphur equation, SSD on HFO at 0.5 % S: 0.5761 + 0.5 x 195 x 2.247 x 7 x 1e-4 = 0.72945775 g/kWh
SELECT round((tonnes(e, 'PM10') * 1e6 / 1000)::numeric, 8) AS pm10_g_per_kwh, round((tonnes(e, 'PM2.5') / tonnes(e, 'PM10'))::numeric, 6) AS pm25_share
FROM engine_emissions('SSD', 'HFO', 1000, 1) e;
-- Tier III falls back to Tier II below 25 % load: SSD MGO 14.4 g/kWh at load 0.2 (LLAF 1), 3.4 at 0.3
SELECT round(tonnes(engine_emissions('SSD', 'MGO', 1000, 1, load => 0.2, tier => 3), 'NOx')::numeric * 1e3, 6) AS nox_kg_at_20pct,
       round(tonnes(engine_emissions('SSD', 'MGO', 1000, 1, load => 0.3, tier => 3), 'NOx')::numeric * 1e3, 6) AS nox_kg_at_30pct;
-- electric drive gets no low-load adjustment; a mechanical MSD at 2 % does (4.63 x)
SELECT round((tonnes(engine_emissions('MSD', 'MGO', 100, 1, load => 0.02, tier => 2), 'NOx')
            / tonnes(engine_emissions('MSD_ED', 'MGO', 100, 1, load => 0.02, tier => 2), 'NOx'))::numeric, 2) AS llaf_ratio;
-- steam turbines have only a Tier 0 NOx factor (2.0 g/kWh on MGO); it applies at every tier
SELECT round(tonnes(engine_emissions('ST', 'MGO', 1000, 1, tier => 2), 'NOx')::numeric * 1e3, 6) AS st_nox_kg;
-- gas engines: SO2 = BSFC x 2e-4 = 0.0332 g/kWh, PM10 fixed 0.03 g/kWh
SELECT round(tonnes(e, 'SOx')::numeric * 1e3, 6) AS so2_kg, round(tonnes(e, 'PM10')::numeric * 1e3, 6) AS pm10_kg,
       round(tonnes(e, 'CO2')::numeric, 6) AS co2_t
FROM engine_emissions('lng', 'LNG', 1000, 1) e;
-- codes are case-insensitive and have spellings: 'msd-ed', 'aux', 'MDO'
SELECT engine_emissions('msd-ed', 'mdo', 100, 1, engine_group => 'main') = engine_emissions('MSD_ED', 'MGO', 100, 1) AS same;

-- errors
\set VERBOSITY default
SELECT propulsion_load(-1, 24);
SELECT propulsion_load(10, 0);
SELECT propulsion_load('NaN', 24);
SELECT llaf('NOx', 1.5);
SELECT llaf('NOx', 0);
SELECT llaf('SO2', 0.1);
SELECT llaf('XYZ', 0.1);
SELECT engine_emissions('SSD', 'MGO', -1, 1);
SELECT engine_emissions('SSD', 'MGO', 1, -1);
SELECT engine_emissions('SSD', 'MGO', 1, 1, load => 1.2);
SELECT engine_emissions('SSD', 'MGO', 1, 1, tier => 4);
SELECT engine_emissions('XSD', 'MGO', 1, 1);
SELECT engine_emissions('SSD', 'LNG', 1, 1);
SELECT engine_emissions('SSD', 'METHANOL', 1, 1);
SELECT engine_emissions('SSD', 'MGO', 1, 1, engine_group => 'rudder');
SELECT nox_tier(1700);

-- the worked port call of the README: a 10,000 TEU container ship (MCR 57,000 kW,
-- 25 kn, keel laid 2012: Tier II) arriving at Los Angeles, all inside the ECA.
-- Expected values recomputed independently by test/reference/port_call.py.
CREATE TEMP TABLE ship AS SELECT vessel('container_ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25,
                                        keel_laid_year => 2012, shore_power => true) AS v;
CREATE TEMP TABLE port_call (step int, mode text, hours float8, speed_kn float8, shore boolean);
INSERT INTO port_call VALUES (1, 'transit', 10, 16, false), (2, 'maneuvering', 2, 6, false),
    (3, 'anchorage', 12, NULL, false), (4, 'berth', 48, NULL, false), (5, 'berth', 48, NULL, true);
SELECT step, mode, shore,
       round(tonnes(e, 'CO2')::numeric, 6) AS co2_t, round(tonnes(e, 'NOx')::numeric, 6) AS nox_t,
       round(tonnes(e, 'SOx')::numeric, 6) AS sox_t, round(tonnes(e, 'PM2.5')::numeric, 6) AS pm25_t,
       round(tonnes(e, 'CO')::numeric, 6) AS co_t, round(tonnes(e, 'HC')::numeric, 6) AS hc_t,
       round(tonnes(e, 'CH4')::numeric, 6) AS ch4_t, round(tonnes(e, 'N2O')::numeric, 6) AS n2o_t
FROM port_call, ship, mode_emissions(v, mode, hours, speed_kn, true, shore) e
ORDER BY step;
-- the grid's share of shore power, with a user grid factor of 0.2 kg CO2/kWh:
-- 1,000 kW x 48 h = 48,000 kWh, 9.6 t CO2
SELECT shore_power_kwh(v, 48) AS kwh, shore_power_emissions(v, 48, 0.2) AS grid FROM ship;
-- transit speed by default: 0.74 x 25 kn (EPA Table 3.12) = 18.5 kn
SELECT mode_emissions(v, 'transit', 10) = mode_emissions(v, 'transit', 10, 18.5) AS default_transit_speed FROM ship;
-- service speed instead of maximum speed: maximum = service / 0.94
SELECT mode_emissions(vessel('container_ship', teu => 10000, mcr_kw => 57000, service_speed_kn => 23.5, keel_laid_year => 2012), 'transit', 10, 16)
     = mode_emissions(v, 'transit', 10, 16) AS service_speed_default FROM ship;
-- outside the ECA: HFO for the diesel engines and the boiler
SELECT round(tonnes(mode_emissions(v, 'anchorage', 12, in_eca => false), 'SOx')::numeric, 6) AS sox_outside_eca FROM ship;
-- by hand: (1,630 x 227 + 520 x 305) g/h x 12 h x 2 x 0.97753 x 0.005 = 6,343,320 g x 0.0097753 = 0.062008 t
-- overrides of auxiliary and boiler power
SELECT round(tonnes(mode_emissions(vessel(aux_kw => 1000, boiler_kw => 0), 'berth', 48), 'CO2')::numeric, 6) AS aux_override_co2;
-- the Port of Los Angeles defaults instead of the EPA guidance's: 10,000 TEU falls in the
-- [10000, 11000) bin, berth aux 1,450 kW and boiler 581 kW:
-- 48 h x (1,450 x 217 + 581 x 300) g/kWh x 3.206 = 75.243538 t CO2
SET portemis.aux_power_basis = 'starcrest2016';
SELECT round(tonnes(mode_emissions(v, 'berth', 48), 'CO2')::numeric, 6) AS starcrest_berth_co2 FROM ship;
RESET portemis.aux_power_basis;

-- errors of mode_emissions
SELECT mode_emissions(v, 'drifting', 1) FROM ship;
SELECT mode_emissions(v, 'berth', -1) FROM ship;
SELECT mode_emissions(v, 'maneuvering', 1) FROM ship;
SELECT mode_emissions(v, 'transit', 1, shore_power => true) FROM ship;
SELECT mode_emissions(vessel('container_ship', teu => 10000), 'berth', 1, shore_power => true);
SELECT mode_emissions(vessel('container_ship', teu => 10000), 'transit', 1, 15);
SELECT mode_emissions(vessel('container_ship'), 'berth', 1);
SELECT mode_emissions(vessel('submarine', dwt => 100), 'berth', 1);
SELECT mode_emissions(vessel(), 'berth', 1);
SELECT mode_emissions(vessel('container_ship', teu => -5), 'berth', 1);
SELECT mode_emissions(vessel('container_ship', teu => 100, main_engine => 'sail'), 'berth', 1);
-- finite arguments whose product overflows: 22003, never Infinity (which no emissions literal can restore)
SELECT mode_emissions(vessel('container_ship', teu => 10000), 'berth', 1e308);
SELECT engine_emissions('SSD', 'HFO', 1e200, 1e200);
SELECT shore_power_emissions(vessel('container_ship', teu => 10000, shore_power => true), 1e308, 1);
SELECT shore_power_emissions(vessel('container_ship', teu => 10000, shore_power => true), 1e308, 0);   -- not unknown
SELECT shore_power_kwh(vessel('container_ship', teu => 10000, shore_power => true), 1e308);   -- was Infinity

-- user rows override shipped ones: a measured auxiliary BSFC
INSERT INTO portemis.energy_factor (engine_group, engine, fuel, quantity, g_per_kwh, source)
VALUES ('auxiliary', 'MSD', 'MGO', 'BSFC', 200, 'engine shop test 2024');
SELECT round(tonnes(engine_emissions('MSD', 'MGO', 1000, 48, engine_group => 'aux'), 'CO2')::numeric, 6) AS co2_with_override;
DELETE FROM portemis.energy_factor WHERE NOT shipped;
SELECT round(tonnes(engine_emissions('MSD', 'MGO', 1000, 48, engine_group => 'aux'), 'CO2')::numeric, 6) AS co2_shipped_again;
UPDATE portemis.energy_factor SET g_per_kwh = 1 WHERE shipped;

-- every code is discoverable
SELECT kind, count(*) FROM portemis.activity_codes GROUP BY kind ORDER BY kind;

-- AIS: a track none of whose reports has a usable position (here longitude and latitude swapped) has no
-- interval to count them in: ais_track warns instead of dropping them silently
SELECT cardinality(ais_track(t, lat, lon, 12, 0)) AS intervals
FROM (VALUES ('2024-01-01T00:00:00Z'::timestamptz, -118.27, 33.73), ('2024-01-01T00:10:00Z', -118.20, 33.70)) p(t, lon, lat);
-- in the right order: one interval
SELECT cardinality(ais_track(t, lon, lat, 12, 0)) AS intervals
FROM (VALUES ('2024-01-01T00:00:00Z'::timestamptz, -118.27, 33.73), ('2024-01-01T00:10:00Z', -118.20, 33.70)) p(t, lon, lat);
-- AIS type code 0 (not available) and 1-19 (reserved) name no ship type: unknown, as ship_type_from_ais says,
-- and the inventory reports the ship's hours apart; a code beyond 0-99 is not one; an MMSI error names it
SELECT (v).ship_type IS NULL AS type_unknown, (v).estimated ->> 'ship_type' AS note, ship_type_from_ais(0) AS from_ais
FROM (SELECT vessel(ais_type => 0, mmsi => 366999001) AS v) s;
SELECT vessel(ais_type => 100);
SELECT vessel(mmsi => 1072211352);
-- a speed or main-engine power of 0 is refused where it is given (0.8.0 took it, and every interval of the ship
-- then failed, stopping a fleet's inventory)
SELECT vessel('container_ship', teu => 10000, mcr_kw => 48000, max_speed_kn => 0);
SELECT vessel('container_ship', teu => 10000, service_speed_kn => -0.0);
SELECT vessel('container_ship', teu => 10000, mcr_kw => 0);
SELECT mode_emissions(vessel(ais_type => 71, dwt => 9000, mcr_kw => 5000, max_speed_kn => 15), 'maneuvering', 1);
