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
-- (SET citus.allow_nested_distributed_execution: it reads the registry on Citus workers, src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.ship_type(name text)
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
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

-- (SET citus.allow_nested_distributed_execution: it reads the registry on Citus workers, src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.ship_type_from_ais(ais_type integer)
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
SET citus.allow_nested_distributed_execution = on AS $$
BEGIN
    -- (PL/pgSQL: Citus cannot plan this read of reference tables in a SQL function on a worker)
    RETURN (SELECT m.ship_type FROM portemis.ais_ship_type m
            WHERE ais_type BETWEEN m.code_min AND m.code_max
              AND EXISTS (SELECT 1 FROM portemis.ship_type t WHERE t.code = m.ship_type)
            ORDER BY m.shipped LIMIT 1);
END $$;
COMMENT ON FUNCTION @extschema@.ship_type_from_ais(integer) IS
    'The ship type an AIS "type of ship and cargo" code implies (ITU-R M.1371-5 Table 53), NULL for codes 0-19, outside 0-99 or mapped to no known type: an estimate, the code is coarse';
