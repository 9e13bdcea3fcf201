-- pgTAP: one ship-type vocabulary, the ship register, defaults from AIS fields
-- and the EPA reference code's activity functions.  Expected values come from
-- the EPA tool's own unit tests (USEPA/Marine_Emissions_Tools, ShipEF and
-- ShipPowerModel tests/testthat), its data tables, or are worked by hand.
\ir defaults.psql
BEGIN;
SELECT plan(115);

-- ---- one vocabulary -------------------------------------------------------
SELECT is(ship_type('container.ship'), 'container_ship', 'the EPA tool''s key is an alias');
SELECT is(ship_type('Container ship'), 'container_ship', 'the EU MRV name is an alias');
SELECT is(ship_type(' CONTAINERSHIP '), 'container_ship', 'the MARAD name, any case and spacing');
SELECT is(ship_type('reefer'), 'refrigerated_cargo', 'a common name is an alias');
SELECT throws_ok($$SELECT ship_type('submarine')$$, '22023', 'unknown ship type "submarine"', 'an unknown name is an error');
SELECT is((SELECT count(*)::int FROM portemis.ship_type_alias a
           WHERE NOT EXISTS (SELECT 1 FROM portemis.ship_type t WHERE t.code = a.ship_type)), 0,
          'every alias names a ship type');
SELECT is((SELECT count(*)::int FROM (SELECT ship_type FROM portemis.auxiliary_power UNION SELECT ship_type FROM portemis.transit_speed_ratio
                                      UNION SELECT ship_type FROM portemis.ais_ship_type UNION SELECT parent FROM portemis.ship_type) k
           WHERE k.ship_type IS NOT NULL AND NOT EXISTS (SELECT 1 FROM portemis.ship_type t WHERE t.code = k.ship_type)), 0,
          'auxiliary power, transit speed, AIS and parent rows all use the one vocabulary');
SELECT is((SELECT count(*)::int FROM portemis.ship_type t WHERE t.cii_type IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM portemis.cii_reference_line l WHERE l.ship_type = t.cii_type)), 0,
          'every CII type has a reference line');
SELECT is((SELECT count(*)::int FROM portemis.auxiliary_power a WHERE NOT EXISTS (SELECT 1 FROM portemis.ship_type_alias x WHERE x.ship_type = a.ship_type)
           AND a.ship_type NOT IN ('tanker', 'miscellaneous', 'offshore', 'yacht')), 0,
          'each EPA type key of the auxiliary power tables is an alias of its type');
SELECT is(cii_reference('container.ship', 100000, NULL), cii_reference('container_ship', 100000, NULL),
          'CII functions take the aliases');
SELECT is(cii_reference('oil_tanker', 100000, NULL), cii_reference('tanker', 100000, NULL),
          'oil and chemical tankers are CII tankers');
SELECT throws_ok($$SELECT cii_reference('tug', NULL, 300)$$, '22023', 'the CII does not apply to ship type tug',
                 'the CII of a tug is not applicable, not a number');
SELECT is(mode_emissions(vessel('reefer', dwt => 8000), 'berth', 10), mode_emissions(vessel('refrigerated_cargo', dwt => 8000), 'berth', 10),
          'activity functions take the aliases');
SELECT is(mode_emissions(vessel('lng_carrier', dwt => 7000), 'berth', 10), mode_emissions(vessel('gas_carrier', dwt => 7000), 'berth', 10),
          'an LNG carrier uses the gas carrier defaults (its parent)');
SET LOCAL portemis.aux_power_basis = 'starcrest2016';
SELECT is(mode_emissions(vessel('chemical_tanker', dwt => 40000), 'berth', 10), mode_emissions(vessel('tanker', dwt => 40000), 'berth', 10),
          'Port of Los Angeles defaults: a chemical tanker uses the tanker rows');
SELECT throws_ok($$SELECT mode_emissions(vessel('ferry_pax', gt => 1000), 'berth', 10)$$, '22023', NULL,
                 'a type a basis has no rows for is a clear error');
RESET portemis.aux_power_basis;

-- ---- AIS type codes (ITU-R M.1371-5 Table 53) ------------------------------
SELECT is((SELECT count(*)::int FROM generate_series(20, 99) c
           WHERE (SELECT count(*) FROM portemis.ais_ship_type m WHERE c BETWEEN m.code_min AND m.code_max) <> 1), 0,
          'every AIS code 20-99 maps to exactly one ship type');
SELECT is(ship_type_from_ais(70), 'general_cargo', 'AIS 70: cargo ship');
SELECT is(ship_type_from_ais(84), 'oil_tanker', 'AIS 84: tanker');
SELECT is(ship_type_from_ais(52), 'tug', 'AIS 52: tug');
SELECT is(ship_type_from_ais(5), NULL, 'AIS codes below 20 say nothing');
SELECT is((vessel(ais_type => 70)).ship_type, 'general_cargo', 'vessel() takes the type from the AIS code');
SELECT ok((vessel(ais_type => 70)).estimated ? 'ship_type', '... and flags it as estimated');
SELECT ok(NOT (vessel('container_ship', ais_type => 70)).estimated ? 'ship_type', 'a given ship type wins and is not flagged');
SELECT ok((vessel(ais_type => 5)).ship_type IS NULL AND (vessel(ais_type => 5)).estimated ? 'ship_type',
          'an AIS code that names no type (0-19) leaves it unknown, with a note, as ship_type_from_ais does');
SELECT throws_ok($$SELECT vessel(ais_type => 100)$$, '22003', NULL, 'an AIS code beyond 0-99 is an error');

-- ---- vessel(): what is derived or assumed is flagged ------------------------
SELECT is(round((vessel('container_ship', dwt => 50000)).teu::numeric, 6), 3902.853070::numeric,
          'TEU from DWT: (50,000/28.81)^(1/0.902) = 3,902.853070');
SELECT ok((vessel('container_ship', dwt => 50000)).estimated ? 'teu', '... flagged as estimated');
SELECT ok(vessel_estimates(vessel('container_ship')) ?& ARRAY['keel_laid_year', 'main_engine', 'aux_engine', 'engine_category'],
          'unknown keel year, engines and category are flagged with the assumption made');
SELECT ok(NOT vessel_estimates(vessel('container_ship', keel_laid_year => 2012, main_engine => 'SSD', aux_engine => 'MSD', engine_category => 3))
          ?| ARRAY['keel_laid_year', 'main_engine', 'aux_engine', 'engine_category'],
          'reported values are not flagged');
SELECT is(vessel_estimates(vessel('container_ship', service_speed_kn => 23.5, keel_laid_year => 2012, main_engine => 'SSD',
                                  aux_engine => 'MSD', engine_category => 3)) ->> 'max_speed_kn',
          'service_speed_kn / 0.94 (EPA tool, ShipPowerModel calcPropPwr)', 'the maximum speed taken from the service speed is flagged');
SELECT is((vessel('container_ship', keel_laid_year => 2012)).estimated, '{}'::jsonb,
          'a vessel stores only its own notes (the assumptions are not repeated in every row)');
SELECT throws_ok($$SELECT vessel('container_ship', estimated => '[1]')$$, '22023', NULL, 'estimated must be an object');

-- ---- the EPA tool's own tests ----------------------------------------------
-- calcPropPwr / calcAdmPwr: power per unit of installed power
SELECT is(round(propulsion_load(10, 10, 0, 10, 10, 'service')::numeric, 12), round((0.94 ^ 3)::numeric, 12),
          'Admiralty, ship speed = service speed: 0.94^3');
SELECT is(propulsion_load(10, 10, 0, 10, 10), 1::float8, 'Admiralty, ship speed = maximum speed: 1');
SELECT is(round(propulsion_load(9, 10, 15, 10, 10)::numeric, 12), round((0.9 ^ 3 * 1.15)::numeric, 12), 'sea margin 15 %: 0.9^3 x 1.15');
SELECT is(propulsion_load(20, 10, 15, 15, 10, 'service'), 1::float8, 'load is capped at 1');
SELECT is(propulsion_load(0.2, 10, 0, 10, 10, 'service'), 0.02::float8, 'load has a floor of 0.02 while moving');
SELECT is(round(propulsion_load(5, 10, 0, speed_reference => 'service')::numeric, 12), round(((0.94 * 5 / 10) ^ 3)::numeric, 12),
          'propeller law from a service speed: (0.94 x 5/10)^3');
SELECT is(round(propulsion_load(10, 10, 0, 5, 10)::numeric, 12), 0.629960524947::numeric, 'half the draught: 0.5^(2/3) = 0.629960524947');
SELECT throws_ok($$SELECT propulsion_load(10, 10, 0, 5, NULL)$$, '22004', NULL, 'the Admiralty formula needs both draughts');
SELECT throws_ok($$SELECT propulsion_load(10, 10, 0, speed_reference => 'design')$$, '22023', NULL, 'an unknown speed reference is an error');
-- calcTier: 7 engines x 4 keel years, category 3
SELECT is((SELECT string_agg(coalesce(nox_tier(y, e, true)::text, '-'), '' ORDER BY y, o)
           FROM unnest(ARRAY['SSD','MSD','MSD_ED','LNG','GT','ST','GT_ED']) WITH ORDINALITY u(e, o),
                unnest(ARRAY[1999, 2005, 2014, 2017]) y),
          '0000000' || '1110000' || '2220000' || '3330000', 'NOx tiers of the EPA tool''s test table');
SELECT is(nox_tier(2012, 'SSD', true, 2), NULL, 'category 2 engines have no IMO tier in the guidance''s tables (the tool''s "None")');
SELECT throws_ok($$SELECT nox_tier(2012, 'SSD', true, 4)$$, '22003', NULL, 'engine categories are 1, 2 and 3');
-- calcTestIMO
SELECT ok(portemis.imo_number_valid(6605022) AND portemis.imo_number_valid(7417159) AND NOT portemis.imo_number_valid(9999999)
          AND NOT portemis.imo_number_valid(3254), 'IMO check digits of the EPA tool''s test');
-- calcLLAF: NOx of an SSD at 2.846 % load, by hand (0.1255 LF^-1.5 + 10.4496) / (0.1255 x 0.2^-1.5 + 10.4496)
SELECT is(round(llaf('NOx', 0.0284596685)::numeric, 9), 3.086984498::numeric, 'LLAF NOx at 2.846 % load');
SELECT is((SELECT count(*)::int FROM unnest(ARRAY['NOx','HC','CO','PM10','PM2.5','CO2']) p WHERE llaf(p, 0) <> 1), 0,
          'LLAF at load 0 (engine off) is 1 for every pollutant');
SELECT is(llaf('NOx', 0.02, engine => 'MSD-ED') + llaf('CO2', 0.05, engine => 'GT_ED'), 2::float8,
          'no low-load adjustment for electric drive (MSD-ED, GT-ED)');
-- EPA guidance Table 3.10, NOx at 2 %: 4.63 ((0.1255 x 0.02^-1.5 + 10.4496) / (0.1255 x 0.2^-1.5 + 10.4496) = 54.8205 / 11.8527 = 4.6251)
SELECT is(round(llaf('NOx', 0.02, engine => 'SSD')::numeric, 4), 4.6251, 'direct drive engines are adjusted (NOx at 2 %: 4.6251)');
-- below the method's 2 % minimum load a running engine takes the 2 % factor (0.8.0: NOx 10,589 at 0.0001)
SELECT is(round(llaf('NOx', 0.0001, engine => 'SSD')::numeric, 4), 4.6251, 'below 2 % load, the 2 % factor (NOx 4.6251)');
SELECT is(round(tonnes(engine_emissions('SSD', 'HFO', 10000, 24, 1e-10), 'CO2')::numeric, 6),
          round(tonnes(engine_emissions('SSD', 'HFO', 10000, 24, 0.02), 'CO2')::numeric, 6),
          'engine_emissions at a load of 1e-10 is the 2 % adjustment of its energy, not a power of the load');
-- calcAuxBoilerLoad (IMO GHG3 method), the berth rows of the tool's test: kW at berth = shore power kWh per hour
SELECT is(ARRAY[shore_power_kwh(vessel('chemical_tanker', dwt => 7000), 1), shore_power_kwh(vessel('oil_tanker', dwt => 100000), 1),
                shore_power_kwh(vessel('ro_ro_passenger', gt => 1500), 1), shore_power_kwh(vessel('yacht'), 1),
                shore_power_kwh(vessel('service_other'), 1)],
          ARRAY[490, 1000, 105, 130, 220]::float8[], 'auxiliary power at berth of the tool''s test (chemical, aframax, ro-pax, yacht, service)');
SET LOCAL portemis.aux_power_basis = 'starcrest2016';
SELECT is(shore_power_kwh(vessel('vehicle_carrier', dwt => 20000), 1), 859::float8, 'Starcrest vehicle carrier at berth: 859 kW');
RESET portemis.aux_power_basis;
-- calcSubType: bins are [min, max)
SELECT is(ship_subtype('container_ship', teu => 8000), 'container.ship.12000', 'TEU 8,000 opens the 8,000-11,999 bin');
SELECT is(ship_subtype('container_ship', teu => 7999.5), 'container.ship.8000', '... and 7,999.5 is in the one below');
SELECT is(ship_subtype('bulk.carrier', dwt => 40000), 'bulk.carrier.handymax', 'a handymax bulk carrier');
SELECT is(ship_subtype('lng_carrier', dwt => 7000), 'liquified.gas.tanker.10000', 'an LNG carrier in the gas carrier bins');
SELECT is(ship_subtype('tug'), 'service.tug', 'a type with one bin needs no size');
SELECT throws_ok($$SELECT ship_subtype('container_ship')$$, '22004', NULL, 'a type with several bins needs its size');
-- calcOperatingMode (guidance Table 3.11 as revised in 2022)
SELECT is(ARRAY[operating_mode(2, 0.5, in_anchorage => true), operating_mode(0.5, 0.02, at_berth => true),
                operating_mode(5, 0.1), operating_mode(12, 0.4), operating_mode(0.5, 0),
                operating_mode(3.5, 0.05, in_anchorage => true), operating_mode(1, 0.1, true, true)],
          ARRAY['anchorage', 'berth', 'maneuvering', 'transit', 'anchorage', 'maneuvering', 'anchorage'],
          'operating modes from speed, load and areas');
SELECT throws_ok($$SELECT operating_mode(-1, 0.5)$$, '22003', NULL, 'a negative speed is an error');
-- calcTEU: the tool's example, 191,144 t: (191144/37)^(1/0.875)
SELECT is(round(teu_from_dwt(191144)::numeric, 6), 17523.071137::numeric, 'TEU of a 191,144 DWT container ship: 17,523.071137');

-- ---- the parity items the tool does differently or lacks --------------------
-- LNG: SO2 follows the fuel at low load (the tool keeps it flat while fuel per kWh rises)
SELECT is(round((tonnes(engine_emissions('LNG', 'LNG', 1000, 1, load => 0.02), 'SOx') / tonnes(engine_emissions('LNG', 'LNG', 1000, 1, load => 0.02), 'CO2'))::numeric, 12),
          round((tonnes(engine_emissions('LNG', 'LNG', 1000, 1, load => 0.5), 'SOx') / tonnes(engine_emissions('LNG', 'LNG', 1000, 1, load => 0.5), 'CO2'))::numeric, 12),
          'LNG engine: SO2 per t CO2 is the same at 2 % and 50 % load');
-- Great Lakes: distillate, as in an ECA (the tool's fuel mix tables)
SELECT is(mode_emissions(vessel('container_ship', teu => 10000), 'berth', 10, location => 'great_lakes'),
          mode_emissions(vessel('container_ship', teu => 10000), 'berth', 10, in_eca => true), 'Great Lakes: as inside an ECA');
SELECT is(mode_emissions(vessel('container_ship', teu => 10000), 'berth', 10, location => 'outside_eca'),
          mode_emissions(vessel('container_ship', teu => 10000), 'berth', 10, in_eca => false), 'location outside_eca: as in_eca false');
SELECT throws_ok($$SELECT mode_emissions(vessel('container_ship', teu => 10000), 'berth', 10, location => 'baltic')$$, '22023', NULL,
                 'an unknown location is an error');
-- drifting at anchorage: the main engine runs above 1 kn.  By hand: 57,000 kW x 0.02 (floor; (2/25)^3 is less)
-- x 10 h x 185 g/kWh (SSD, MGO) x 3.206 x LLAF_CO2(0.02) 3.283396617 = 22.200535 t CO2
SELECT is(mode_emissions(vessel('container_ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25, keel_laid_year => 2012), 'anchorage', 10, 0.5),
          mode_emissions(vessel('container_ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25, keel_laid_year => 2012), 'anchorage', 10),
          'at anchor at 0.5 kn the main engine is off');
SELECT is(round((tonnes(mode_emissions(vessel('container_ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25, keel_laid_year => 2012), 'anchorage', 10, 2), 'CO2')
               - tonnes(mode_emissions(vessel('container_ship', teu => 10000, mcr_kw => 57000, max_speed_kn => 25, keel_laid_year => 2012), 'anchorage', 10), 'CO2'))::numeric, 6),
          22.200535::numeric, 'drifting at 2 kn adds the main engine at 2 % load: 22.200535 t CO2');
-- sea margin and the Admiralty formula in mode_emissions: the main engine's share equals engine_emissions at the same load
SELECT is(round(tonnes(mode_emissions(vessel(aux_kw => 0, boiler_kw => 0, mcr_kw => 57000, max_speed_kn => 25, keel_laid_year => 2012), 'transit', 10, 16, sea_margin_pct => 15), 'CO2')::numeric, 9),
          round(tonnes(engine_emissions('SSD', 'MGO', 57000 * (16 / 25.0) ^ 3 * 1.15, 10, load => (16 / 25.0) ^ 3 * 1.15, tier => 2), 'CO2')::numeric, 9),
          'transit with a 15 % sea margin');
SELECT is(round(tonnes(mode_emissions(vessel(aux_kw => 0, boiler_kw => 0, mcr_kw => 57000, max_speed_kn => 25, keel_laid_year => 2012, design_draught_m => 14), 'transit', 10, 16, draught_m => 10), 'CO2')::numeric, 9),
          round(tonnes(engine_emissions('SSD', 'MGO', 57000 * 0.20946971002356, 10, load => 0.20946971002356, tier => 2), 'CO2')::numeric, 9),
          'transit by the Admiralty formula: load (10/14)^(2/3) x (16/25)^3 = 0.209470');
SELECT throws_ok($$SELECT mode_emissions(vessel(aux_kw => 0, boiler_kw => 0, mcr_kw => 57000, max_speed_kn => 25), 'transit', 10, 16, draught_m => 10)$$,
                 '22004', NULL, 'draught_m needs the vessel''s design draught');
-- Tier III only inside a NOx ECA; tier3_area => true reproduces the EPA tool (Tier III by keel year alone).
-- By hand, a ship built 2017 at berth 48 h outside the ECA (HFO): aux 1,000 kW x 48 h x 11.2 g/kWh (Tier II)
-- + boiler 520 kW x 48 h x 2.1 g/kWh = 537.6 + 52.416 kg; with Tier III aux 2.8 g/kWh: 134.4 + 52.416 kg
SELECT is(round(tonnes(mode_emissions(vessel('container_ship', teu => 10000, keel_laid_year => 2017), 'berth', 48, in_eca => false), 'NOx')::numeric, 6),
          0.590016::numeric, 'outside the ECA a 2017 ship is Tier II');
SELECT is(round(tonnes(mode_emissions(vessel('container_ship', teu => 10000, keel_laid_year => 2017), 'berth', 48, in_eca => false, tier3_area => true), 'NOx')::numeric, 6),
          0.186816::numeric, 'tier3_area => true: Tier III, as the EPA tool assigns it');
SELECT throws_ok($$SELECT mode_emissions(vessel('tug', engine_category => 2), 'berth', 10)$$, '22023', NULL,
                 'category 2 engines are refused, not computed with category 3 factors');

-- ---- the ship register -----------------------------------------------------
CREATE TEMP TABLE marad (imo text, name text, ship_type text, gt text, dwt text, year_built text);
\set file :fixture_dir '/marad_fleet_sample.csv'
\set load '\\copy marad FROM ' :'file' ' WITH (FORMAT csv, HEADER true)'
:load
INSERT INTO portemis.ship_register (imo, name, ship_type, gt, dwt, build_year, source)
SELECT imo::int, name, ship_type, replace(gt, ',', '')::float8, replace(dwt, ',', '')::float8, year_built::int, 'MARAD US-flag fleet 2023-04-10'
FROM marad;
SELECT is((SELECT string_agg(ship_type || ' ' || n, ', ' ORDER BY ship_type)
           FROM (SELECT ship_type, count(*) n FROM portemis.ship_register GROUP BY 1) s),
          'bulk_carrier 2, container_ship 16, general_cargo 3, ro_ro_cargo 4, ro_ro_vehicle 1, tanker 16',
          'the 42 MARAD ships load, their register names normalised to the vocabulary');
SELECT is(round((SELECT sum((ship(imo => imo)).teu) FROM portemis.ship_register WHERE ship_type = 'container_ship')::numeric, 6),
          69089.937707::numeric, 'the 16 container ships'' TEU, estimated from DWT (sum by test/data/facts.py: 69,089.937707)');
-- APL GULF EXPRESS, 20,944 DWT: 1,581.26 TEU, bin 1,000-1,999: berth aux 600 kW + boiler 290 kW on MGO,
-- 24 h x (600 x 217 + 290 x 300) g/kWh x 3.206 = 16.712237 t CO2
SELECT is(round(tonnes(mode_emissions(ship(imo => 9239874), 'berth', 24), 'CO2')::numeric, 6), 16.712237::numeric,
          'berth emissions straight from a register row');
SELECT is((ship(imo => 9239874)).estimated ->> 'keel_laid_year' IS NOT NULL AND (ship(imo => 9239874)).keel_laid_year = 2002, true,
          'the year of build stands in for the keel-laid year, flagged');
SELECT throws_ok($$INSERT INTO portemis.ship_register (imo) VALUES (9239875)$$, '23514', NULL, 'a wrong IMO check digit is refused');
-- an unknown type is kept as written with a WARNING (a restore loads the register before user types), and ship() refuses it
SELECT lives_ok($$INSERT INTO portemis.ship_register (mmsi, ship_type) VALUES (366000001, 'submarine')$$,
                'an unknown ship type is kept as written');
SELECT throws_ok($$SELECT ship(mmsi => 366000001)$$, '22023', 'unknown ship type "submarine"', '... and ship() refuses it');
SELECT throws_ok($$INSERT INTO portemis.ship_register (mmsi, estimated) VALUES (366000001, '{"colour": "red"}')$$, '22023', NULL,
                 'estimated names columns only');
\if :has_data
-- the whole MARAD list: 178 ships, every IMO check digit right (checked in Python), 62 container
-- ships whose TEU estimates sum to 262,680.707443 (Python, independently).  The file starts with a BOM.
DELETE FROM portemis.ship_register;
CREATE TEMP TABLE marad_full (imo text, name text, ship_type text, gt text, dwt text, year_built text, operator text,
                              msp text, visa text, vta text, jones_act text, military text);
\set file :data_dir '/ships/marad_usflag_fleet_2023-04-10.csv'
\set load '\\copy marad_full FROM ' :'file' ' WITH (FORMAT csv, HEADER true)'
:load
INSERT INTO portemis.ship_register (imo, name, ship_type, gt, dwt, build_year, source)
SELECT imo::int, name, ship_type, replace(gt, ',', '')::float8, replace(dwt, ',', '')::float8, year_built::int, 'MARAD'
FROM marad_full;
SELECT is((SELECT count(*)::int FROM portemis.ship_register), 178, 'the whole MARAD US-flag fleet loads: 178 ships');
SELECT is((SELECT count(*)::int FROM portemis.ship_register WHERE ship_type = 'container_ship'), 62, '... 62 of them container ships');
SELECT is(round((SELECT sum((ship(imo => imo)).teu) FROM portemis.ship_register WHERE ship_type = 'container_ship')::numeric, 6),
          262680.707443::numeric, '... whose TEU estimates sum to 262,680.707443');
\else
SELECT skip('../shared/data absent: larger variant skipped (MARAD US-flag fleet, 178 ships)', 3);
\endif
SELECT throws_ok($$SELECT ship(imo => 9999993)$$, 'P0002', NULL, 'an unknown ship is an error');
SELECT throws_ok($$SELECT ship()$$, '22004', NULL, 'ship() needs an IMO number or an MMSI');

-- review findings: every path and bound
SELECT is(mode_emissions(ROW(NULL, ' Reefer ', 8000, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false,
                             NULL, NULL, NULL, NULL, NULL, NULL, NULL)::portemis.vessel, 'berth', 10),
          mode_emissions(vessel('refrigerated_cargo', dwt => 8000), 'berth', 10),
          'a vessel row built by hand resolves its type in C as ship_type() does (alias, case, blanks)');
SELECT throws_ok($$SELECT teu_from_dwt(1e308)$$, '22003', NULL, 'teu_from_dwt refuses a DWT beyond a million tonnes');
-- NaN and infinities are invalid values (22023), negative or too large ones out of range (22003), in every
-- argument alike (README, "Errors")
SELECT throws_ok($$SELECT teu_from_dwt('NaN')$$, '22023', NULL, 'teu_from_dwt: NaN');
SELECT throws_ok($$SELECT cii_attained(v, 'NaN') FROM (VALUES (voyage(NULL, 'USLAX', 'JPTYO', '2024-01-01Z', '2024-01-10Z', 5000, fuels => '{"HFO": 10}'))) x(v)$$,
                 '22023', NULL, 'cii_attained: a NaN capacity');
SELECT throws_ok($$SELECT cii_attained(v, 'Infinity') FROM (VALUES (voyage(NULL, 'USLAX', 'JPTYO', '2024-01-01Z', '2024-01-10Z', 5000, fuels => '{"HFO": 10}'))) x(v)$$,
                 '22023', NULL, 'cii_attained: an infinite capacity');
SELECT throws_ok($$SELECT cii_attained(v, 0) FROM (VALUES (voyage(NULL, 'USLAX', 'JPTYO', '2024-01-01Z', '2024-01-10Z', 5000, fuels => '{"HFO": 10}'))) x(v)$$,
                 '22003', NULL, 'cii_attained: a capacity of 0 is out of range');
SELECT throws_ok($$SELECT ais_track(t, 0, 0, 0, 0, NULL, NULL, 'Infinity') FROM (VALUES (now())) x(t)$$, '22023', NULL,
                 'ais_track: an infinite max_speed_kn');
SELECT throws_ok($$SELECT operating_mode('Infinity', 0.5)$$, '22023', NULL, 'operating_mode: an infinite speed');
SELECT throws_ok($$SELECT operating_mode(5, 'NaN')$$, '22023', NULL, 'operating_mode: a NaN load');
SELECT throws_ok($$SELECT llaf('NOx', '-Infinity')$$, '22023', NULL, 'llaf: an infinite load');
SELECT throws_ok($$SELECT engine_emissions('SSD', 'MGO', 1000, 1, 'NaN')$$, '22023', NULL, 'engine_emissions: a NaN load');
SELECT throws_ok($$SELECT vessel('container_ship', length_m => 'NaN')$$, '22023', NULL, 'vessel: a NaN length');
SELECT throws_ok($$SELECT vessel('container_ship', beam_m => 'Infinity')$$, '22023', NULL, 'vessel: an infinite beam');
SELECT throws_ok($$SELECT vessel('container_ship', design_draught_m => 'NaN')$$, '22023', NULL, 'vessel: a NaN design draught');
SELECT throws_ok($$SELECT vessel('container_ship', length_m => -1)$$, '22003', NULL, 'vessel: a negative length is out of range');
SELECT throws_ok($$SELECT voyage_slow_steamed(voyage(NULL, 'USLAX', 'JPTYO', '2024-01-01Z', '2024-01-10Z'), 'NaN')$$, '22023', NULL, 'voyage_slow_steamed: a NaN reduction');
SELECT throws_ok($$SELECT ship_subtype('container_ship', teu => 'NaN')$$, '22023', NULL, 'ship_subtype refuses NaN');
SELECT is(ship_subtype(NULL), NULL, 'ship_subtype of no type is NULL');
SELECT throws_ok($$SELECT ship_subtype('tug', basis => 'nope')$$, '22023', 'unknown auxiliary power basis "nope"', 'an unknown basis is named');
SELECT throws_ok($$SELECT vessel('tug', keel_laid_year => -5)$$, '22003', NULL, 'vessel() checks the keel-laid year');
SELECT throws_ok($$SELECT vessel('tug', imo => 1234568)$$, '22023', NULL, 'vessel() checks the IMO check digit');
SELECT throws_ok($$SELECT vessel('tug', mmsi => -1)$$, '22003', NULL, 'vessel() checks the MMSI');
SELECT throws_ok($$SELECT vessel('tug', length_m => -1)$$, '22003', NULL, 'vessel() checks the dimensions');
SELECT throws_ok($$SELECT shore_power_kwh(vessel('tug', engine_category => 1), 10)$$, '22023', NULL,
                 'shore power of a category 1 vessel is refused too');
SELECT is(llaf('SOx', 0.02, NULL, 'LNG'), llaf('CO2', 0.02), 'a gas engine''s SOx factor is its fuel''s (CO2) factor');
INSERT INTO portemis.ship_type_alias (alias, ship_type, source) VALUES ('ghost', 'no_such_type', 'test');
SELECT throws_ok($$SELECT ship_type('ghost')$$, '22023', 'ship type alias "ghost" names an unknown ship type "no_such_type"',
                 'an alias to a type that does not exist is an error, in SQL');
SELECT throws_ok($$SELECT mode_emissions(ROW(NULL, 'ghost', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, false,
                                             NULL, NULL, NULL, NULL, NULL, NULL, NULL)::portemis.vessel, 'berth', 1)$$,
                 '22023', 'ship type alias "ghost" names an unknown ship type "no_such_type"', '... and in C');

SELECT * FROM finish();
ROLLBACK;
