-- portemis 0.2.0 -> 0.3.0: one ship-type vocabulary, the ship register, the
-- EPA tool's parity functions.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis UPDATE TO '0.3.0'" to load this file. \quit

-- ---------------------------------------------------------------------------
-- One ship-type vocabulary for every function: activity-based defaults, CII,
-- the ship register and AIS type codes.  Codes are the MARPOL Annex VI ship
-- types where the regulation has one (container_ship, bulk_carrier, ...) and
-- snake_case names of the EPA guidance's types where it has none (tug,
-- offshore, ...).  Every other spelling (the EPA tool's container.ship, the
-- MRV's "Container ship", reefer, ...) is an alias in ship_type_alias.
-- ---------------------------------------------------------------------------

CREATE TABLE portemis.ship_type (
    code        text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    description text NOT NULL CHECK (description <> ''),
    parent      text CHECK (parent <> code),
    cii_type    text,
    source      text NOT NULL CHECK (source <> ''),
    shipped     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (code, shipped)
);
COMMENT ON TABLE portemis.ship_type IS
    'The ship types every portemis function accepts: code, description, parent (a broader type whose defaults apply when this one has none), cii_type (the MARPOL Annex VI reg. 28 type of cii_reference_line; NULL: the CII does not apply)';

CREATE TABLE portemis.ship_type_alias (
    alias     text NOT NULL CHECK (alias <> '' AND alias = lower(alias)),
    ship_type text NOT NULL,
    source    text NOT NULL CHECK (source <> ''),
    shipped   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (alias, shipped)
);
COMMENT ON TABLE portemis.ship_type_alias IS
    'Other spellings of the ship types (case-insensitive): the EPA tool''s keys (container.ship), EU MRV and register names (Container ship), common names (reefer)';

CREATE TABLE portemis.ais_ship_type (
    code_min    integer NOT NULL CHECK (code_min BETWEEN 0 AND 99),
    code_max    integer NOT NULL CHECK (code_max BETWEEN code_min AND 99),
    ship_type   text NOT NULL,
    ais_meaning text NOT NULL,
    source      text NOT NULL CHECK (source <> ''),
    shipped     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (code_min, shipped)
);
COMMENT ON TABLE portemis.ais_ship_type IS
    'AIS "type of ship and cargo" codes (ITU-R M.1371-5 Annex 8 Table 53) mapped to a ship type; the AIS code says less than a register does, so the mapped type is an estimate';

INSERT INTO portemis.ship_type (code, description, parent, cii_type, source, shipped) VALUES
 ('bulk_carrier',        'bulk carrier (dry bulk, ore)',                    NULL,               'bulk_carrier',        'MARPOL Annex VI reg. 2.2.5; EPA-420-B-22-011 Appendix E', true),
 ('combination_carrier', 'combination carrier (liquid or dry bulk)',        'bulk_carrier',     'combination_carrier', 'MARPOL Annex VI reg. 2.2.8', true),
 ('container_ship',      'container ship',                                  NULL,               'container_ship',      'MARPOL Annex VI reg. 2.2.9; EPA-420-B-22-011 Appendix E', true),
 ('general_cargo',       'general cargo ship',                              NULL,               'general_cargo',       'MARPOL Annex VI reg. 2.2.13; EPA-420-B-22-011 Appendix E', true),
 ('refrigerated_cargo',  'refrigerated cargo carrier (reefer)',             NULL,               'refrigerated_cargo',  'MARPOL Annex VI reg. 2.2.19; EPA-420-B-22-011 Appendix E', true),
 ('tanker',              'tanker, cargo unknown',                           NULL,               'tanker',              'MARPOL Annex VI reg. 2.2.26', true),
 ('oil_tanker',          'oil tanker (crude or products)',                  'tanker',           'tanker',              'MARPOL Annex I reg. 1.5; EPA-420-B-22-011 Appendix E', true),
 ('chemical_tanker',     'chemical tanker',                                 'tanker',           'tanker',              'MARPOL Annex II reg. 1.16; EPA-420-B-22-011 Appendix E', true),
 ('other_tanker',        'other liquid cargo tanker',                       'tanker',           'tanker',              'EPA-420-B-22-011 Appendix E', true),
 ('gas_carrier',         'gas carrier (liquefied gases other than LNG)',    'tanker',           'gas_carrier',         'MARPOL Annex VI reg. 2.2.12; EPA-420-B-22-011 Appendix E', true),
 ('lng_carrier',         'LNG carrier',                                     'gas_carrier',      'lng_carrier',         'MARPOL Annex VI reg. 2.2.14', true),
 ('ro_ro_cargo',         'ro-ro cargo ship',                                NULL,               'ro_ro_cargo',         'MARPOL Annex VI reg. 2.2.22; EPA-420-B-22-011 Appendix E', true),
 ('ro_ro_vehicle',       'ro-ro cargo ship (vehicle carrier)',              NULL,               'ro_ro_vehicle',       'MARPOL Annex VI reg. 2.2.23; EPA-420-B-22-011 Appendix E', true),
 ('ro_ro_passenger',     'ro-ro passenger ship (ro-pax ferry)',             NULL,               'ro_ro_passenger',     'MARPOL Annex VI reg. 2.2.24; EPA-420-B-22-011 Appendix E', true),
 ('ro_ro_passenger_hsc', 'high-speed ro-ro passenger craft',                'ro_ro_passenger',  'ro_ro_passenger_hsc', 'MARPOL Annex VI reg. 28 and MEPC.353(78)', true),
 ('cruise_passenger',    'cruise passenger ship',                           NULL,               'cruise_passenger',    'MARPOL Annex VI reg. 2.2.11; EPA-420-B-22-011 Appendix E', true),
 ('cruise_passenger_ed', 'cruise passenger ship, diesel-electric',          'cruise_passenger', 'cruise_passenger',    'Port of Los Angeles inventory (Starcrest 2016)', true),
 ('ferry_pax',           'passenger ferry (no ro-ro deck)',                 NULL,               NULL,                  'EPA-420-B-22-011 Appendix E', true),
 ('yacht',               'yacht',                                           NULL,               NULL,                  'EPA-420-B-22-011 Appendix E', true),
 ('tug',                 'tug',                                             NULL,               NULL,                  'EPA-420-B-22-011 Appendix E', true),
 ('offshore',            'offshore supply and service',                     'miscellaneous',    NULL,                  'EPA-420-B-22-011 Appendix E', true),
 ('fishing',             'fishing vessel',                                  'miscellaneous',    NULL,                  'EPA-420-B-22-011 Appendix E', true),
 ('service_other',       'other service vessel (pilot, research, dredger)', 'miscellaneous',    NULL,                  'EPA-420-B-22-011 Appendix E', true),
 ('miscellaneous',       'other ship',                                      NULL,               NULL,                  'EPA-420-B-22-011 Appendix E', true);

-- The EPA tool's keys (ShipPowerModel shipType), MRV/THETIS type names and common names.
INSERT INTO portemis.ship_type_alias (alias, ship_type, source, shipped)
SELECT alias, ship_type, source, true FROM (VALUES
 ('bulk.carrier', 'bulk_carrier'), ('chemical.tanker', 'chemical_tanker'), ('container.ship', 'container_ship'),
 ('cruise', 'cruise_passenger'), ('cruise.ed', 'cruise_passenger_ed'), ('ferry.pax', 'ferry_pax'),
 ('ferry.ro.pax', 'ro_ro_passenger'), ('general.cargo', 'general_cargo'), ('liquified.gas.tanker', 'gas_carrier'),
 ('miscellaneous.fishing', 'fishing'), ('miscellaneous.other', 'miscellaneous'), ('oil.tanker', 'oil_tanker'),
 ('other.tanker', 'other_tanker'), ('reefer', 'refrigerated_cargo'), ('ro.ro', 'ro_ro_cargo'),
 ('service.other', 'service_other'), ('service.tug', 'tug'), ('vehicle.carrier', 'ro_ro_vehicle')) a(alias, ship_type),
 (VALUES ('US EPA Marine_Emissions_Tools (ShipPowerModel) ship type key')) s(source)
UNION ALL
SELECT alias, ship_type, source, true FROM (VALUES
 ('bulk carrier', 'bulk_carrier'), ('chemical tanker', 'chemical_tanker'), ('combination carrier', 'combination_carrier'),
 ('container ship', 'container_ship'), ('gas carrier', 'gas_carrier'), ('general cargo ship', 'general_cargo'),
 ('lng carrier', 'lng_carrier'), ('oil tanker', 'oil_tanker'), ('other ship types', 'miscellaneous'),
 ('passenger ship', 'ferry_pax'), ('refrigerated cargo carrier', 'refrigerated_cargo'), ('ro-pax ship', 'ro_ro_passenger'),
 ('ro-ro ship', 'ro_ro_cargo'), ('vehicle carrier', 'ro_ro_vehicle'), ('container/ro-ro cargo ship', 'ro_ro_cargo'))
 a(alias, ship_type),
 (VALUES ('EU MRV (THETIS-MRV) ship type name')) s(source)
UNION ALL
SELECT alias, ship_type, source, true FROM (VALUES
 ('containership', 'container_ship'), ('dry bulk', 'bulk_carrier'), ('ro-ro', 'ro_ro_cargo'),
 ('vehicles carrier', 'ro_ro_vehicle'), ('general cargo', 'general_cargo'), ('tug/supply', 'offshore'))
 a(alias, ship_type),
 (VALUES ('US MARAD US-flag fleet list ship type name')) s(source)
UNION ALL
SELECT alias, ship_type, source, true FROM (VALUES
 ('ro_ro', 'ro_ro_cargo'), ('vehicle_carrier', 'ro_ro_vehicle'), ('lng_tanker', 'lng_carrier'),
 ('cruise_ship', 'cruise_passenger'), ('ro_pax', 'ro_ro_passenger'), ('service_tug', 'tug'))
 a(alias, ship_type),
 (VALUES ('common name')) s(source);

-- ITU-R M.1371-5 Annex 8 Table 53 (first digit: 3 special, 4 high-speed craft, 5 special, 6 passenger,
-- 7 cargo, 8 tanker, 9 other; second digit: hazardous cargo category).  Codes 0-19 say nothing.
INSERT INTO portemis.ais_ship_type (code_min, code_max, ship_type, ais_meaning, source, shipped)
SELECT code_min, code_max, ship_type, ais_meaning, 'ITU-R M.1371-5 Annex 8 Table 53', true FROM (VALUES
 (20, 29, 'miscellaneous',    'wing in ground craft'),
 (30, 30, 'fishing',          'fishing'),
 (31, 32, 'tug',              'towing'),
 (33, 35, 'service_other',    'dredging or underwater operations, diving, military'),
 (36, 37, 'yacht',            'sailing, pleasure craft'),
 (38, 39, 'miscellaneous',    'reserved'),
 (40, 49, 'ferry_pax',        'high-speed craft (assumed a passenger ferry)'),
 (50, 51, 'service_other',    'pilot, search and rescue'),
 (52, 52, 'tug',              'tug'),
 (53, 59, 'service_other',    'port tender, anti-pollution, law enforcement, local, medical, non-combatant'),
 (60, 69, 'cruise_passenger', 'passenger ship (assumed a cruise ship)'),
 (70, 79, 'general_cargo',    'cargo ship (any cargo: container, bulk and ro-ro ships report 7x too)'),
 (80, 89, 'oil_tanker',       'tanker (any liquid cargo; assumed oil)'),
 (90, 99, 'miscellaneous',    'other type')) m(code_min, code_max, ship_type, ais_meaning);

-- The code of a ship type name or alias (case-insensitive); user rows override shipped ones.
CREATE FUNCTION @extschema@.ship_type(name text)
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_code text;
BEGIN
    SELECT t.code INTO v_code FROM portemis.ship_type t WHERE t.code = lower(btrim(name)) LIMIT 1;
    IF v_code IS NULL THEN
        SELECT a.ship_type INTO v_code FROM portemis.ship_type_alias a
        WHERE a.alias = lower(btrim(name)) ORDER BY a.shipped LIMIT 1;
        IF v_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM portemis.ship_type t WHERE t.code = v_code) THEN
            RAISE EXCEPTION 'ship type alias "%" names an unknown ship type "%"', lower(btrim(name)), v_code
                USING ERRCODE = 'invalid_parameter_value', HINT = 'Fix the row of portemis.ship_type_alias.';
        END IF;
    END IF;
    IF v_code IS NULL THEN
        RAISE EXCEPTION 'unknown ship type "%"', name
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Known: ' || (SELECT string_agg(DISTINCT t.code, ', ') FROM portemis.ship_type t)
                         || ' (and the aliases in portemis.ship_type_alias).';
    END IF;
    RETURN v_code;
END $$;
COMMENT ON FUNCTION @extschema@.ship_type(text) IS
    'The portemis ship type of a name or alias, any case: ship_type(''container.ship'') = ''container_ship''; unknown names are an error';

CREATE FUNCTION @extschema@.ship_type_from_ais(ais_type integer)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN (SELECT m.ship_type FROM portemis.ais_ship_type m
        WHERE ais_type BETWEEN m.code_min AND m.code_max
          AND EXISTS (SELECT 1 FROM portemis.ship_type t WHERE t.code = m.ship_type)
        ORDER BY m.shipped LIMIT 1);
COMMENT ON FUNCTION @extschema@.ship_type_from_ais(integer) IS
    'The ship type an AIS "type of ship and cargo" code implies (ITU-R M.1371-5 Table 53), NULL for codes 0-19, outside 0-99 or mapped to no known type: an estimate, the code is coarse';

-- The activity tables take the one vocabulary: the EPA tool's keys become ship types
-- (user rows too).  The shipped rows' protection is lifted for the rename only.
ALTER TABLE portemis.auxiliary_power DISABLE TRIGGER protect_shipped;
ALTER TABLE portemis.transit_speed_ratio DISABLE TRIGGER protect_shipped;
ALTER TABLE portemis.auxiliary_power DROP CONSTRAINT auxiliary_power_ship_type_check;
ALTER TABLE portemis.transit_speed_ratio DROP CONSTRAINT transit_speed_ratio_ship_type_check;
UPDATE portemis.auxiliary_power p SET ship_type = a.ship_type
FROM portemis.ship_type_alias a WHERE a.alias = p.ship_type AND a.shipped;
UPDATE portemis.transit_speed_ratio p SET ship_type = a.ship_type
FROM portemis.ship_type_alias a WHERE a.alias = p.ship_type AND a.shipped;
-- A user row under a name that is neither a type nor an alias defines a user ship type of that name
-- (dots become underscores; an alias keeps the old spelling working), so it stays reachable and
-- overrides nothing it did not override before.
DO $$
DECLARE
    r record;
    new_code text;
BEGIN
    FOR r IN SELECT DISTINCT u.ship_type AS old
             FROM (SELECT ship_type FROM portemis.auxiliary_power WHERE NOT shipped
                   UNION SELECT ship_type FROM portemis.transit_speed_ratio WHERE NOT shipped) u
             WHERE NOT EXISTS (SELECT 1 FROM portemis.ship_type t WHERE t.code = u.ship_type)
               AND NOT EXISTS (SELECT 1 FROM portemis.ship_type_alias a WHERE a.alias = u.ship_type)
             ORDER BY 1
    LOOP
        new_code := pg_catalog.regexp_replace(pg_catalog.lower(r.old), '[^a-z0-9_]', '_', 'g');
        IF new_code !~ '^[a-z]' THEN
            new_code := 't_' || new_code;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM portemis.ship_type t WHERE t.code = new_code) THEN
            INSERT INTO portemis.ship_type (code, description, source)
            VALUES (new_code, 'user type of 0.2.0: ' || r.old, 'migrated by ALTER EXTENSION portemis UPDATE to 0.3.0');
        END IF;
        IF r.old <> new_code THEN
            INSERT INTO portemis.ship_type_alias (alias, ship_type, source) VALUES (r.old, new_code, 'the 0.2.0 spelling');
        END IF;
        UPDATE portemis.auxiliary_power SET ship_type = new_code WHERE ship_type = r.old AND NOT shipped;
        UPDATE portemis.transit_speed_ratio SET ship_type = new_code WHERE ship_type = r.old AND NOT shipped;
    END LOOP;
END $$;
ALTER TABLE portemis.auxiliary_power ADD CONSTRAINT auxiliary_power_ship_type_check CHECK (ship_type ~ '^[a-z][a-z0-9_]*$');
ALTER TABLE portemis.transit_speed_ratio ADD CONSTRAINT transit_speed_ratio_ship_type_check CHECK (ship_type ~ '^[a-z][a-z0-9_]*$');
ALTER TABLE portemis.auxiliary_power ENABLE TRIGGER protect_shipped;
ALTER TABLE portemis.transit_speed_ratio ENABLE TRIGGER protect_shipped;

-- Functions whose arguments grew: the same C symbols read the old and new argument lists.
DROP FUNCTION @extschema@.propulsion_load(double precision, double precision, double precision);
DROP FUNCTION @extschema@.llaf(text, double precision, double precision);
DROP FUNCTION @extschema@.nox_tier(integer, text, boolean);
DROP FUNCTION @extschema@.vessel(text, integer, double precision, double precision, double precision, double precision, text, double precision, double precision, double precision, integer, text, double precision, double precision, boolean);
DROP FUNCTION @extschema@.mode_emissions(portemis.vessel, text, double precision, double precision, boolean, boolean);

CREATE FUNCTION @extschema@.propulsion_load(speed_kn double precision, max_speed_kn double precision,
    sea_margin_pct double precision DEFAULT 0, draught_m double precision DEFAULT NULL,
    max_draught_m double precision DEFAULT NULL, speed_reference text DEFAULT 'maximum')
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.propulsion_load(double precision, double precision, double precision, double precision, double precision, text) IS
    'Main-engine load (fraction of MCR): propeller law (speed/max speed)^3 x (1 + sea margin %/100), times (draught/max draught)^(2/3) when both draughts are given (Admiralty formula); floor 0.02 and cap 1 while moving, 0 at speed 0; speed_reference ''service'' takes max_speed_kn as a service speed (max = service / 0.94)';

CREATE FUNCTION @extschema@.llaf(pollutant text, load double precision, sulphur_pct double precision DEFAULT NULL,
    engine text DEFAULT NULL)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.llaf(text, double precision, double precision, text) IS
    'EPA low-load adjustment factor of a propulsion engine at fractional load [0, 1]: 1 above 0.20, at 0 (engine off) and for electric drive (MSD_ED, GT_ED); SOx needs sulphur_pct (% m/m), except for a gas engine (LNG), whose SO2 follows its fuel (the CO2 factor); CH4, N2O: 1';

CREATE FUNCTION @extschema@.nox_tier(keel_laid_year integer, engine text DEFAULT 'SSD', in_tier3_area boolean DEFAULT true,
    engine_category integer DEFAULT 3)
RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nox_tier(integer, text, boolean, integer) IS
    'IMO NOx tier of a category 3 engine from the keel-laid year: ST, GT, LNG or before 2000: 0; before 2011: 1; before 2016: 2; else 3 inside a NOx ECA (in_tier3_area), 2 outside; NULL for category 1 and 2 engines (the guidance''s category 3 factors do not apply)';

CREATE FUNCTION @extschema@.operating_mode(speed_kn double precision, load double precision,
    at_berth boolean DEFAULT false, in_anchorage boolean DEFAULT false)
RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.operating_mode(double precision, double precision, boolean, boolean) IS
    'EPA operating mode: anchorage (in an anchorage area at <= 3 kn), berth (in a berth area at <= 1 kn), maneuvering (> 1 kn, load <= 0.20), transit (load > 0.20), else anchorage';

CREATE FUNCTION @extschema@.teu_from_dwt(dwt double precision)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teu_from_dwt(double precision) IS
    'Container capacity (TEU) estimated from deadweight (t), Kristensen''s Ship-Desmo relations as in the EPA tool: (dwt/15.19)^(1/0.9814) up to 35,000 t, (dwt/28.81)^(1/0.902) up to 60,000 t, else (dwt/37)^(1/0.875)';

ALTER TYPE portemis.vessel
    ADD ATTRIBUTE mmsi integer,
    ADD ATTRIBUTE name text,
    ADD ATTRIBUTE length_m double precision,
    ADD ATTRIBUTE beam_m double precision,
    ADD ATTRIBUTE design_draught_m double precision,
    ADD ATTRIBUTE engine_category integer,
    ADD ATTRIBUTE estimated jsonb;
COMMENT ON TYPE portemis.vessel IS
    'Particulars for the activity-based method: ship type (portemis.ship_type), size (dwt, gt, teu, passengers), main engine and MCR (kW), maximum or service speed (kn), keel-laid year, auxiliary engine, aux/boiler kW overrides, shore-power capability, identity (imo, mmsi, name), dimensions (m), engine category; estimated: which values are derived or estimated and by which relationship (vessel_estimates() adds the assumptions for unknown values)';

-- Particulars by name; what is derived (type from the AIS code, TEU from DWT) is noted in estimated.
CREATE FUNCTION @extschema@.vessel(ship_type text DEFAULT NULL, imo integer DEFAULT NULL,
    dwt double precision DEFAULT NULL, gt double precision DEFAULT NULL, teu double precision DEFAULT NULL,
    passengers double precision DEFAULT NULL, main_engine text DEFAULT NULL, mcr_kw double precision DEFAULT NULL,
    max_speed_kn double precision DEFAULT NULL, service_speed_kn double precision DEFAULT NULL,
    keel_laid_year integer DEFAULT NULL, aux_engine text DEFAULT NULL, aux_kw double precision DEFAULT NULL,
    boiler_kw double precision DEFAULT NULL, shore_power boolean DEFAULT false,
    mmsi integer DEFAULT NULL, name text DEFAULT NULL, length_m double precision DEFAULT NULL,
    beam_m double precision DEFAULT NULL, design_draught_m double precision DEFAULT NULL,
    engine_category integer DEFAULT NULL, ais_type integer DEFAULT NULL, estimated jsonb DEFAULT '{}')
RETURNS portemis.vessel
    AS 'MODULE_PATHNAME', 'vessel_make' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vessel(text, integer, double precision, double precision, double precision, double precision, text, double precision, double precision, double precision, integer, text, double precision, double precision, boolean, integer, text, double precision, double precision, double precision, integer, integer, jsonb) IS
    'Build vessel particulars by name: vessel(''container_ship'', teu => 10000, mcr_kw => 48000, max_speed_kn => 24, keel_laid_year => 2012); ship_type from ais_type when not given, TEU from DWT for container ships, both noted in estimated; vessel_estimates() adds what is assumed of unknown values';

-- Every estimate behind a vessel's numbers: its own notes (derived values, a register's notes) and
-- what the activity functions assume of what is unknown.  Not stored per row: the NULLs say it.
CREATE FUNCTION @extschema@.vessel_estimates(portemis.vessel) RETURNS jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN jsonb_strip_nulls(jsonb_build_object(
           'keel_laid_year', CASE WHEN ($1).keel_laid_year IS NULL THEN 'unknown: NOx Tier 0 assumed, the highest factors' END,
           'main_engine', CASE WHEN ($1).main_engine IS NULL THEN 'unknown: SSD assumed' END,
           'aux_engine', CASE WHEN ($1).aux_engine IS NULL THEN 'unknown: MSD assumed (EPA tool calcEngineType)' END,
           'engine_category', CASE WHEN ($1).engine_category IS NULL THEN 'unknown: category 3 assumed (ocean-going)' END,
           'max_speed_kn', CASE WHEN ($1).max_speed_kn IS NULL AND ($1).service_speed_kn IS NOT NULL
                                THEN 'service_speed_kn / 0.94 (EPA tool, ShipPowerModel calcPropPwr)' END))
       || coalesce(($1).estimated, '{}');
COMMENT ON FUNCTION @extschema@.vessel_estimates(portemis.vessel) IS
    'Every estimate behind a vessel''s numbers, as attribute: relationship: the vessel''s own notes (type from an AIS code, TEU from DWT, a register''s notes) and the assumptions for unknown values (keel year: Tier 0; main engine: SSD; auxiliary: MSD; category 3; maximum speed from the service speed)';

CREATE FUNCTION @extschema@.mode_emissions(portemis.vessel, mode text, hours double precision,
    speed_kn double precision DEFAULT NULL, in_eca boolean DEFAULT true, shore_power boolean DEFAULT false,
    location text DEFAULT NULL, sea_margin_pct double precision DEFAULT 0, draught_m double precision DEFAULT NULL,
    tier3_area boolean DEFAULT NULL)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mode_emissions(portemis.vessel, text, double precision, double precision, boolean, boolean, text, double precision, double precision, boolean) IS
    'Ship-side emissions (t) of hours in a mode (transit, maneuvering, berth, anchorage): propulsion (transit, maneuvering, and anchorage when drifting above 1 kn) + auxiliary + boiler; fuel and Tier III by location (eca, outside_eca, great_lakes; default from in_eca); load by the propeller law with sea_margin_pct, or the Admiralty formula when draught_m and the vessel''s design_draught_m are known; NOx Tier III for ships built from 2016 where tier3_area (default: inside an ECA; true everywhere reproduces the EPA tool); shore power zeroes the auxiliary engines, whose grid emissions shore_power_emissions() reports';

-- ---------------------------------------------------------------------------
-- The ship register: your ships' particulars, keyed by IMO number and MMSI
-- (either may be missing).  Rows are yours (dumped by pg_dump); estimated
-- names every value that is not reported, with the relationship used.
-- ---------------------------------------------------------------------------

-- The IMO ship identification number's check digit (IMO Resolution A.1117(30)):
-- the first six digits weighted 7, 6, 5, 4, 3, 2; the sum's last digit is the seventh.
CREATE FUNCTION portemis.imo_number_valid(imo integer)
RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN imo BETWEEN 1000000 AND 9999999
   AND ((imo / 1000000) * 7 + (imo / 100000 % 10) * 6 + (imo / 10000 % 10) * 5 + (imo / 1000 % 10) * 4
        + (imo / 100 % 10) * 3 + (imo / 10 % 10) * 2) % 10 = imo % 10;
COMMENT ON FUNCTION portemis.imo_number_valid(integer) IS
    'True for a seven-digit IMO number whose check digit is right (IMO Resolution A.1117(30))';

CREATE TABLE portemis.ship_register (
    imo              integer UNIQUE CHECK (portemis.imo_number_valid(imo)),
    mmsi             integer UNIQUE CHECK (mmsi BETWEEN 100000000 AND 999999999),
    name             text,
    ship_type        text,
    dwt              double precision CHECK (dwt > 0 AND dwt < 1e6),
    gt               double precision CHECK (gt > 0 AND gt < 1e6),
    teu              double precision CHECK (teu > 0 AND teu < 1e5),
    passengers       double precision CHECK (passengers >= 0 AND passengers < 1e5),
    length_m         double precision CHECK (length_m > 0 AND length_m < 600),
    beam_m           double precision CHECK (beam_m > 0 AND beam_m < 100),
    design_draught_m double precision CHECK (design_draught_m > 0 AND design_draught_m < 40),
    main_engine      text CHECK (upper(main_engine) IN ('SSD', 'MSD', 'MSD_ED', 'GT', 'GT_ED', 'ST', 'LNG')),
    engine_category  integer CHECK (engine_category BETWEEN 1 AND 3),
    mcr_kw           double precision CHECK (mcr_kw > 0 AND mcr_kw < 2e5),
    service_speed_kn double precision CHECK (service_speed_kn > 0 AND service_speed_kn < 60),
    max_speed_kn     double precision CHECK (max_speed_kn > 0 AND max_speed_kn < 60),
    aux_engine       text CHECK (upper(aux_engine) IN ('MSD', 'HSD', 'LNG')),
    aux_kw           double precision CHECK (aux_kw >= 0 AND aux_kw < 1e5),
    boiler_kw        double precision CHECK (boiler_kw >= 0 AND boiler_kw < 1e5),
    keel_laid_year   integer CHECK (keel_laid_year BETWEEN 1800 AND 2200),
    build_year       integer CHECK (build_year BETWEEN 1800 AND 2200),
    shore_power      boolean NOT NULL DEFAULT false,
    estimated        jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(estimated) = 'object'),
    source           text,
    CHECK (imo IS NOT NULL OR mmsi IS NOT NULL)
);
COMMENT ON TABLE portemis.ship_register IS
    'Your ships: particulars keyed by IMO number and/or MMSI; ship_type is normalised to portemis.ship_type on write; estimated lists the values that are estimates ({"dwt": "from ..."}); ship(imo => ...) reads a row as a vessel';

-- Normalise the ship type (aliases, case) and check that estimated names columns.
CREATE FUNCTION portemis.ship_register_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    bad text;
BEGIN
    -- Normalise a known name or alias.  An unknown one is kept as written, with a warning, not refused:
    -- pg_restore loads this table before the user rows of ship_type that may define it.  ship() refuses it.
    IF NEW.ship_type IS NOT NULL THEN
        BEGIN
            NEW.ship_type := @extschema@.ship_type(NEW.ship_type);
        EXCEPTION WHEN invalid_parameter_value THEN
            RAISE WARNING 'ship_register: unknown ship type "%" kept as written (%)',
                NEW.ship_type, concat_ws(', ', 'IMO ' || NEW.imo, 'MMSI ' || NEW.mmsi)
                USING HINT = 'Define it in portemis.ship_type or portemis.ship_type_alias; ship() refuses it until then.';
        END;
    END IF;
    NEW.main_engine := upper(NEW.main_engine);
    NEW.aux_engine := upper(NEW.aux_engine);
    SELECT string_agg(k, ', ') INTO bad FROM jsonb_object_keys(NEW.estimated) k
    WHERE k NOT IN (SELECT a.attname FROM pg_attribute a
                    WHERE a.attrelid = 'portemis.ship_register'::regclass AND a.attnum > 0 AND NOT a.attisdropped);
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'estimated names no column of ship_register: %', bad USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER ship_register_check BEFORE INSERT OR UPDATE ON portemis.ship_register
    FOR EACH ROW EXECUTE FUNCTION portemis.ship_register_check();
SELECT pg_catalog.pg_extension_config_dump('portemis.ship_register', '');
GRANT SELECT ON portemis.ship_register TO PUBLIC;

-- A register row as vessel particulars, by IMO number or MMSI.
CREATE FUNCTION @extschema@.ship(imo integer DEFAULT NULL, mmsi integer DEFAULT NULL)
RETURNS portemis.vessel
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r portemis.ship_register;
    est jsonb;
BEGIN
    IF ship.imo IS NULL AND ship.mmsi IS NULL THEN
        RAISE EXCEPTION 'ship() needs an imo or an mmsi' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT * INTO r FROM portemis.ship_register s
    WHERE (ship.imo IS NULL OR s.imo = ship.imo) AND (ship.mmsi IS NULL OR s.mmsi = ship.mmsi);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no ship with % in portemis.ship_register',
            concat_ws(' and ', 'IMO ' || ship.imo, 'MMSI ' || ship.mmsi)
            USING ERRCODE = 'no_data_found';
    END IF;
    est := r.estimated;
    IF r.keel_laid_year IS NULL AND r.build_year IS NOT NULL THEN
        r.keel_laid_year := r.build_year;
        est := est || '{"keel_laid_year": "the year of build (the keel is laid earlier: near 2000, 2011 and 2016 the tier may be one too new)"}';
    END IF;
    RETURN @extschema@.vessel(r.ship_type, r.imo, r.dwt, r.gt, r.teu, r.passengers, r.main_engine, r.mcr_kw,
                              r.max_speed_kn, r.service_speed_kn, r.keel_laid_year, r.aux_engine, r.aux_kw,
                              r.boiler_kw, r.shore_power, r.mmsi, r.name, r.length_m, r.beam_m,
                              r.design_draught_m, r.engine_category, NULL, est);
END $$;
COMMENT ON FUNCTION @extschema@.ship(integer, integer) IS
    'The vessel particulars of a ship_register row, by IMO number and/or MMSI: mode_emissions(ship(imo => 9321483), ''berth'', 24)';

-- The size bin of a ship in an auxiliary power basis (EPA guidance Appendix E; bins are [min, max)).
CREATE FUNCTION @extschema@.ship_subtype(ship_type text, dwt double precision DEFAULT NULL,
    gt double precision DEFAULT NULL, teu double precision DEFAULT NULL, passengers double precision DEFAULT NULL,
    basis text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_code text := CASE WHEN ship_subtype.ship_type IS NOT NULL THEN @extschema@.ship_type(ship_subtype.ship_type) END;
    b text := coalesce(basis, current_setting('portemis.aux_power_basis', true), 'imo_ghg3');
    unit text;
    size double precision;
    result text;
    depth integer := 0;
BEGIN
    IF v_code IS NULL THEN
        RETURN NULL;
    END IF;
    IF b = '' THEN
        b := 'imo_ghg3';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM portemis.auxiliary_power a WHERE a.basis = b) THEN
        RAISE EXCEPTION 'unknown auxiliary power basis "%"', b
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Known: imo_ghg3, starcrest2016, or a basis of your rows in portemis.auxiliary_power.';
    END IF;
    -- a type without rows of its own uses its parent's (lng_carrier -> gas_carrier -> tanker)
    WHILE v_code IS NOT NULL AND depth < 8 LOOP
        SELECT a.size_unit INTO unit FROM portemis.auxiliary_power a
        WHERE a.basis = b AND a.ship_type = v_code AND a.engine_group = 'auxiliary' LIMIT 1;
        EXIT WHEN FOUND;
        SELECT t.parent INTO v_code FROM portemis.ship_type t WHERE t.code = v_code ORDER BY t.shipped LIMIT 1;
        depth := depth + 1;
    END LOOP;
    IF unit IS NULL THEN
        RAISE EXCEPTION 'ship type % has no size bins in basis %', ship_subtype.ship_type, b
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    size := CASE unit WHEN 'dwt' THEN dwt WHEN 'gt' THEN gt WHEN 'teu' THEN teu ELSE passengers END;
    IF size IS NULL THEN
        IF (SELECT count(*) FROM portemis.auxiliary_power a
            WHERE a.basis = b AND a.ship_type = v_code AND a.engine_group = 'auxiliary') = 1 THEN
            size := 0;			-- one bin for every size: no size needed (as in the EPA tool)
        ELSE
            RAISE EXCEPTION 'the size bins of % in basis % need its %', v_code, b, unit
                USING ERRCODE = 'null_value_not_allowed';
        END IF;
    END IF;
    IF NOT (size >= 0) OR size = 'Infinity' OR size = 'NaN' THEN
        RAISE EXCEPTION '% must be a finite non-negative number, got %', unit, size USING ERRCODE = 'numeric_value_out_of_range';
    END IF;
    SELECT a.sub_type INTO result FROM portemis.auxiliary_power a
    WHERE a.basis = b AND a.ship_type = v_code AND a.engine_group = 'auxiliary' AND size >= a.size_min AND size < a.size_max
    ORDER BY a.shipped LIMIT 1;
    RETURN result;
END $$;
COMMENT ON FUNCTION @extschema@.ship_subtype(text, double precision, double precision, double precision, double precision, text) IS
    'The size bin (sub type) of a ship in an auxiliary power basis (default portemis.aux_power_basis, else imo_ghg3): bins are [size_min, size_max) in the type''s unit (dwt, gt, teu or passengers); a type with one bin needs no size';

CREATE OR REPLACE VIEW portemis.activity_codes AS
SELECT 'engine_group' AS kind, code, description FROM (VALUES
    ('propulsion', 'main engines (also: main)'), ('auxiliary', 'auxiliary engines (also: aux)'), ('boiler', 'auxiliary boilers')) v(code, description)
UNION ALL
SELECT 'engine', code, description FROM (VALUES
    ('SSD', 'slow-speed diesel'), ('MSD', 'medium-speed diesel'), ('MSD_ED', 'medium-speed diesel-electric (no low-load adjustment)'),
    ('GT', 'gas turbine'), ('GT_ED', 'gas turbine, electric drive'), ('ST', 'steam turbine'), ('LNG', 'gas engine on LNG'),
    ('HSD', 'high-speed diesel (auxiliary)'), ('BOILER', 'boiler')) v(code, description)
UNION ALL
SELECT 'fuel', code, description FROM (VALUES
    ('HFO', 'residual fuel (RM); default sulphur 0.50 %'), ('MGO', 'distillate (MGO/MDO, also: MDO); default sulphur 0.10 %'), ('LNG', 'liquefied natural gas')) v(code, description)
UNION ALL
SELECT 'mode', code, description FROM (VALUES
    ('transit', 'under way, load above 0.20'), ('maneuvering', 'speed above 1 kn, load at most 0.20 (also: manoeuvring)'),
    ('berth', 'hotelling at berth (also: hotelling)'), ('anchorage', 'at anchor')) v(code, description)
UNION ALL
SELECT 'ship_type', code, description FROM portemis.ship_type WHERE shipped;
COMMENT ON VIEW portemis.activity_codes IS
    'Engine groups, engines, fuels, modes and ship types of the activity-based method (codes are case-insensitive)';

CREATE OR REPLACE FUNCTION portemis.cii_line(ship_type text, dwt double precision, gt double precision)
RETURNS portemis.cii_reference_line
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    line portemis.cii_reference_line;
    v_code text := @extschema@.ship_type(cii_line.ship_type);
    v_cii text;
    known text;
BEGIN
    SELECT t.cii_type INTO v_cii FROM portemis.ship_type t WHERE t.code = v_code ORDER BY t.shipped LIMIT 1;
    IF v_cii IS NULL THEN
        SELECT string_agg(DISTINCT t.code, ', ') INTO known FROM portemis.ship_type t WHERE t.cii_type IS NOT NULL;
        RAISE EXCEPTION 'the CII does not apply to ship type %', v_code
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'MARPOL Annex VI reg. 28 rates: ' || known || '.';
    END IF;
    SELECT l.* INTO line FROM portemis.cii_reference_line l
    WHERE l.ship_type = v_cii
      AND CASE l.size_unit WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END >= l.size_min
      AND CASE l.size_unit WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END < l.size_max
    ORDER BY l.shipped LIMIT 1;
    IF NOT FOUND THEN
        SELECT l.size_unit INTO known FROM portemis.cii_reference_line l WHERE l.ship_type = v_cii LIMIT 1;
        IF known IS NULL THEN
            RAISE EXCEPTION 'no CII reference line for % in portemis.cii_reference_line', v_cii
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RAISE EXCEPTION 'the CII of a % needs its % (a positive number), got %', v_code, upper(known),
            CASE known WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END
            USING ERRCODE = CASE WHEN (CASE known WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END) IS NULL
                                 THEN 'null_value_not_allowed' ELSE 'numeric_value_out_of_range' END;
    END IF;
    RETURN line;
END $$;

-- The new registry tables, as src/sql/90_registry.sql sets up every registry table.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('ship_type', true), ('ship_type_alias', true), ('ais_ship_type', true)) AS r(name, cached)
    LOOP
        EXECUTE pg_catalog.format('CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON portemis.%I '
                       'FOR EACH ROW EXECUTE FUNCTION portemis.protect_shipped_factor()', t.name);
        EXECUTE pg_catalog.format('CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON portemis.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION portemis.protect_shipped_factor()', t.name);
        IF t.cached THEN
            EXECUTE pg_catalog.format('CREATE TRIGGER registry_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portemis.%I '
                           'FOR EACH STATEMENT EXECUTE FUNCTION portemis.factor_registry_changed()', t.name);
        END IF;
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.format('portemis.%I', t.name)::regclass, 'WHERE NOT shipped');
        EXECUTE pg_catalog.format('GRANT SELECT ON portemis.%I TO PUBLIC', t.name);
    END LOOP;
END $$;

-- Unknown is not zero: a mass not computed is unknown (NaN inside, NULL outside).
COMMENT ON TYPE @extschema@.emissions IS
    'Masses in tonnes (t) of CO2, CH4, N2O, NOx, SOx (as SO2), PM10, PM2.5, CO, HC and BC; a pollutant not computed is unknown (not listed, NULL from tonnes), never 0; literal ''CO2=3114 t, CH4=0.05 t''';
DROP FUNCTION @extschema@.emissions(double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision);
CREATE FUNCTION @extschema@.emissions(
    co2_t double precision DEFAULT NULL, ch4_t double precision DEFAULT NULL,
    n2o_t double precision DEFAULT NULL, nox_t double precision DEFAULT NULL,
    sox_t double precision DEFAULT NULL, pm10_t double precision DEFAULT NULL,
    pm2_5_t double precision DEFAULT NULL, co_t double precision DEFAULT NULL,
    hc_t double precision DEFAULT NULL, bc_t double precision DEFAULT NULL)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME', 'emissions_make' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.emissions(double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision) IS
    'Build emissions from masses in tonnes (t), by name: emissions(co2_t => 3114, sox_t => 9.7); a mass not given (or NULL) is unknown, not 0';

COMMENT ON FUNCTION @extschema@.tonnes(@extschema@.emissions, text) IS
    'Mass in tonnes (t) of one pollutant: CO2, CH4, N2O, NOx, SOx (or SO2), PM10, PM2.5, CO, HC, BC (any case); NULL when it was not computed';
COMMENT ON FUNCTION @extschema@.co2e_t(@extschema@.emissions, text) IS
    'CO2-equivalent in tonnes (t) over GWP100: CO2 + GWP(CH4)*CH4 + GWP(N2O)*N2O; sets AR4 (25, 298; FuelEU) and AR5 (28, 265); NULL if one of the three is unknown';
COMMENT ON FUNCTION @extschema@.jsonb(@extschema@.emissions) IS
    'Emissions as a JSON object of masses in tonnes: {"co2_t": ..., "ch4_t": ..., ..., "bc_t": ...}; null for an unknown mass';
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.emissions) IS
    'Sum of emissions per pollutant, in tonnes (t); a pollutant unknown in any row is unknown in the sum; NULL over no rows, like sum()';

-- One column per pollutant, for reports and CSV: SELECT t.* FROM my_rows, LATERAL tonnes(e) t
CREATE TYPE portemis.emissions_tonnes AS (
    co2_t double precision, ch4_t double precision, n2o_t double precision, nox_t double precision,
    sox_t double precision, pm10_t double precision, pm2_5_t double precision, co_t double precision,
    hc_t double precision, bc_t double precision);
COMMENT ON TYPE portemis.emissions_tonnes IS
    'An emissions value as one column per pollutant, in tonnes (t); NULL where the mass is unknown';
CREATE FUNCTION @extschema@.tonnes(@extschema@.emissions) RETURNS portemis.emissions_tonnes
    AS 'MODULE_PATHNAME', 'emissions_tonnes_row' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tonnes(@extschema@.emissions) IS
    'Every pollutant as a column in tonnes (t), NULL where unknown: SELECT t.* FROM rows, LATERAL tonnes(e) t';

-- ---------------------------------------------------------------------------
-- Geometries for maps: GeoJSON (RFC 7946) that QGIS and web maps draw right
-- across the antimeridian.  RFC 7946 section 3.1.9 asks for geometries that
-- cross it to be split there, with longitudes in [-180, 180].
-- ---------------------------------------------------------------------------

CREATE FUNCTION portemis.route_for_maps_wkb(bytea, integer) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.route_for_maps_wkb(bytea, integer) IS
    'A route (WKB) split at the antimeridian where its geodesic segments cross it, as MultiLineString WKB; use geometry_for_maps(geometry)';

-- The raiser is STABLE so that a constant argument is never folded into an error at plan time.
CREATE FUNCTION portemis.not_for_maps(srid integer) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF srid = 4326 THEN
        RAISE EXCEPTION 'a geometry for maps must have longitudes within -540..540 and latitudes within -90..90'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RAISE EXCEPTION 'a geometry for maps must be in SRID 4326 (WGS 84 longitude/latitude), not SRID %', srid
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Transform it with ST_Transform(geom, 4326).';
END $$;
COMMENT ON FUNCTION portemis.not_for_maps(integer) IS
    'Support function of geometry_for_maps: raises 22023 for a geometry not in SRID 4326 or out of range';

CREATE FUNCTION portemis.bad_properties(properties jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'GeoJSON properties must be a JSON object, got %', jsonb_typeof(properties)
        USING ERRCODE = 'invalid_parameter_value';
END $$;
COMMENT ON FUNCTION portemis.bad_properties(jsonb) IS
    'Support function of geojson_feature: raises 22023 for properties that are not a JSON object';

-- Lines are routes: each segment is a geodesic taken the short way round (as route_length_nm measures
-- it), split at the latitude where that geodesic crosses the antimeridian, so the lengths add up.
-- Polygons and points are zones and ports, whose edges are straight in longitude/latitude (as
-- route_share reads them): a zone across the antimeridian is stored with longitudes beyond 180 and
-- split at +-180 in that plane (PostGIS ST_WrapX).
CREATE FUNCTION @extschema@.geometry_for_maps(geom geometry) RETURNS geometry
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN st_srid(geom) <> 4326 THEN portemis.not_for_maps(st_srid(geom))
            WHEN geometrytype(geom) IN ('LINESTRING', 'MULTILINESTRING', 'LINESTRINGM', 'MULTILINESTRINGM')
            THEN st_setsrid(st_geomfromwkb(portemis.route_for_maps_wkb(st_asbinary(geom), 4326)), 4326)
            WHEN NOT st_isempty(geom) AND (st_xmin(geom) < -540 OR st_xmax(geom) > 540 OR st_ymin(geom) < -90 OR st_ymax(geom) > 90)
            THEN portemis.not_for_maps(4326)
            ELSE st_wrapx(st_wrapx(st_wrapx(st_wrapx(geom, 180, -360), 180, -360), -180, 360), -180, 360) END;
COMMENT ON FUNCTION @extschema@.geometry_for_maps(geometry) IS
    'A geometry (SRID 4326) with longitudes in [-180, 180], split at the antimeridian: routes at the latitude where each geodesic segment crosses it (lengths are kept), zones and points in the longitude/latitude plane; routes lose Z and M';

CREATE FUNCTION @extschema@.geojson_feature(geom geometry, properties jsonb DEFAULT '{}') RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN jsonb_build_object(
    'type', 'Feature',
    'geometry', CASE WHEN geom IS NOT NULL THEN st_asgeojson(@extschema@.geometry_for_maps(geom), 9)::jsonb END,
    'properties', CASE WHEN properties IS NULL OR jsonb_typeof(properties) IN ('object', 'null') THEN properties
                       ELSE portemis.bad_properties(properties) END);
COMMENT ON FUNCTION @extschema@.geojson_feature(geometry, jsonb) IS
    'A GeoJSON Feature (RFC 7946) of a geometry in SRID 4326, drawn right across the antimeridian (geometry_for_maps), coordinates to 9 decimals, with a JSON object of properties';

CREATE FUNCTION portemis.geojson_collection_accum(internal, geometry, jsonb) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
COMMENT ON FUNCTION portemis.geojson_collection_accum(internal, geometry, jsonb) IS
    'Transition function of geojson_collection: appends geojson_feature(geometry, properties)';
CREATE FUNCTION portemis.geojson_collection_final(internal) RETURNS jsonb
    AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
COMMENT ON FUNCTION portemis.geojson_collection_final(internal) IS
    'Final function of geojson_collection';
CREATE AGGREGATE @extschema@.geojson_collection(geometry, jsonb) (
    SFUNC = portemis.geojson_collection_accum,
    STYPE = internal,
    FINALFUNC = portemis.geojson_collection_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.geojson_collection(geometry, jsonb) IS
    'A GeoJSON FeatureCollection of the rows'' geometries and properties: SELECT geojson_collection(geom, jsonb_build_object(''name'', name)) FROM portemis.zone';

COMMENT ON FUNCTION @extschema@.fueleu_scope(@extschema@.voyage) IS
    'Share of a voyage in scope of FuelEU Maritime (Regulation (EU) 2023/1805 Article 2) and of the EU ETS (Directive 2003/87/EC Article 3ga): 1 between EU/EEA ports, 0.5 from or to one, 0 otherwise';

-- EU ETS for maritime transport: Directive 2003/87/EC as amended by Directive (EU) 2023/959.
CREATE FUNCTION @extschema@.eu_ets_surrender_share(year integer) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF year < 2024 THEN
        RAISE EXCEPTION 'the EU ETS covers maritime emissions from 2024, got %', year
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Article 3gb: 40 % of the verified emissions of 2024, 70 % of 2025, 100 % from 2026
    RETURN CASE year WHEN 2024 THEN 0.40 WHEN 2025 THEN 0.70 ELSE 1.0 END;
END $$;
COMMENT ON FUNCTION @extschema@.eu_ets_surrender_share(integer) IS
    'Share of a year''s in-scope maritime emissions for which allowances are surrendered (Directive 2003/87/EC Article 3gb): 0.40 for 2024, 0.70 for 2025, 1 from 2026';

CREATE FUNCTION portemis.bad_scope(scope double precision) RETURNS double precision
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'scope must lie between 0 and 1 (the share of the emissions in scope), got %', scope
        USING ERRCODE = 'numeric_value_out_of_range';
END $$;
COMMENT ON FUNCTION portemis.bad_scope(double precision) IS
    'Support function of eu_ets_allowances: raises 22003 for a scope outside 0..1';

CREATE FUNCTION @extschema@.eu_ets_allowances(@extschema@.emissions, scope double precision, year integer,
    gwp text DEFAULT 'AR5') RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN NOT (scope >= 0 AND scope <= 1) THEN portemis.bad_scope(scope)
            -- nothing in scope owes nothing, whatever is unknown (the GWP set is still checked)
            WHEN scope = 0 THEN 0 * @extschema@.co2e_t('CO2=0, CH4=0, N2O=0'::@extschema@.emissions, gwp)
            -- CH4 and N2O count from 2026 (Annex I as amended); before, CO2 alone (the GWP set still checked)
            ELSE scope * @extschema@.eu_ets_surrender_share(year)
                 * CASE WHEN year >= 2026 THEN @extschema@.co2e_t($1, gwp)
                        WHEN @extschema@.co2e_t('CO2=0, CH4=0, N2O=0'::@extschema@.emissions, gwp) = 0
                        THEN @extschema@.tonnes($1, 'CO2') END END;
COMMENT ON FUNCTION @extschema@.eu_ets_allowances(@extschema@.emissions, double precision, integer, text) IS
    'EU ETS allowances (t CO2e) to surrender for emissions of a year: scope (0.5 or 1, Article 3ga) x surrender share (Article 3gb) x CO2, and from 2026 CO2e with CH4 and N2O (Annex I as amended; NULL if they are unknown); 0 with scope 0; multiply by the allowance price for a cost';

CREATE FUNCTION @extschema@.eu_ets_allowances(@extschema@.voyage, year integer, factor_set text DEFAULT 'fueleu',
    gwp text DEFAULT 'AR5') RETURNS double precision
LANGUAGE sql STABLE PARALLEL SAFE
RETURN @extschema@.eu_ets_allowances(@extschema@.voyage_emissions($1, factor_set), @extschema@.fueleu_scope($1), year, gwp);
COMMENT ON FUNCTION @extschema@.eu_ets_allowances(@extschema@.voyage, integer, text, text) IS
    'EU ETS allowances (t CO2e) for a voyage reported in a year: its emissions (factor set, default fueleu: CH4 includes LNG slip), its scope (1 between EU/EEA ports, 0.5 from or to one, 0 otherwise) and the year''s surrender share';

COMMENT ON AGGREGATE @extschema@.fueleu_balance_t(@extschema@.voyage, integer) IS
    'FuelEU compliance balance (t CO2e) of a ship''s voyages in a reporting year: (target - in-scope intensity) x in-scope energy; 100 % of voyages between EU/EEA ports, 50 % of those from or to one; NULL when nothing is in scope (FuelEU does not apply: see the as_if_in_scope form)';

-- The same as if every voyage were fully in scope (a ship outside FuelEU's reach, or a what-if):
-- fueleu_balance_t(v, year, as_if_in_scope => true).  Without it, a group with nothing in scope is NULL.
CREATE FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean) RETURNS double precision[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    energy double precision;
BEGIN
    IF NOT coalesce($4, false) THEN
        RETURN portemis.fueleu_balance_accum($1, $2, $3);
    END IF;
    IF $2 IS NULL OR $3 IS NULL THEN
        RETURN $1;
    END IF;
    IF $1[3] <> 0 AND $1[3] <> $3 THEN
        RAISE EXCEPTION 'fueleu_balance_t needs one reporting year per group: got % and %', $1[3]::integer, $3
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Group by year.';
    END IF;
    energy := @extschema@.energy_mj($2, 'fueleu');
    RETURN ARRAY[$1[1] + energy, $1[2] + energy * coalesce(@extschema@.ghg_intensity($2, 'fueleu'), 0), $3::double precision];
END $$;
COMMENT ON FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean) IS
    'Transition function of fueleu_balance_t(voyage, year, as_if_in_scope): every voyage fully in scope when the flag is true';
CREATE AGGREGATE @extschema@.fueleu_balance_t(@extschema@.voyage, year integer, as_if_in_scope boolean) (
    SFUNC = portemis.fueleu_balance_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.fueleu_balance_combine,
    FINALFUNC = portemis.fueleu_balance_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fueleu_balance_t(@extschema@.voyage, integer, boolean) IS
    'FuelEU compliance balance (t CO2e) of a ship''s voyages in a reporting year, with every voyage fully in scope when as_if_in_scope (else as fueleu_balance_t(voyage, year))';
