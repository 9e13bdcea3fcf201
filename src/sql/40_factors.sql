-- ---------------------------------------------------------------------------
-- The emission-factor registry: extension tables seeded with the shipped
-- factor sets ('imo', 'fueleu'), each row naming its source.  Users add rows
-- and whole sets; their rows are dumped by pg_dump, the shipped rows are
-- protected and come back with the extension.
-- ---------------------------------------------------------------------------

CREATE TABLE portemis.factor_set (
    name        text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_]{0,62}$'),
    description text NOT NULL,
    shipped     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE portemis.factor_set IS
    'Named sets of emission factors; ''imo'' and ''fueleu'' ship with portemis, users add their own';

CREATE TABLE portemis.fuel_factor (
    factor_set        text NOT NULL REFERENCES portemis.factor_set (name) ON UPDATE CASCADE,
    fuel              text NOT NULL CHECK (fuel ~ '^[A-Z0-9_]{1,32}$'),
    lcv_mj_per_g      double precision NOT NULL CHECK (lcv_mj_per_g > 0 AND lcv_mj_per_g < 1),
    cf_co2            double precision NOT NULL CHECK (cf_co2 >= 0 AND cf_co2 < 10),
    cf_ch4            double precision NOT NULL DEFAULT 0 CHECK (cf_ch4 >= 0 AND cf_ch4 < 1),
    cf_n2o            double precision NOT NULL DEFAULT 0 CHECK (cf_n2o >= 0 AND cf_n2o < 1),
    slip_pct          double precision NOT NULL DEFAULT 0 CHECK (slip_pct >= 0 AND slip_pct <= 100),
    wtt_gco2e_per_mj  double precision CHECK (wtt_gco2e_per_mj > -1000 AND wtt_gco2e_per_mj < 1000),
    sulphur_pct       double precision CHECK (sulphur_pct >= 0 AND sulphur_pct <= 100),
    zero_or_low_carbon boolean NOT NULL DEFAULT false,
    source            text NOT NULL CHECK (source <> ''),
    unconfirmed       text,
    shipped           boolean NOT NULL DEFAULT false,
    PRIMARY KEY (factor_set, fuel)
);
-- (the fuel_name_unique trigger looks a fuel code up across sets)
CREATE INDEX fuel_factor_fuel ON portemis.fuel_factor (fuel);
COMMENT ON TABLE portemis.fuel_factor IS
    'Per factor set and fuel: LCV (MJ/g), carbon factors Cf (t/t fuel), methane slip (% of fuel), well-to-tank (gCO2e/MJ), default sulphur (% m/m, NULL = MARPOL global limit on the date), source';
COMMENT ON COLUMN portemis.fuel_factor.lcv_mj_per_g IS 'Lower calorific value, MJ/g (= GJ/t)';
COMMENT ON COLUMN portemis.fuel_factor.cf_co2 IS 'CO2 emitted per fuel burnt, t/t';
COMMENT ON COLUMN portemis.fuel_factor.cf_ch4 IS 'CH4 emitted per fuel burnt, t/t (slip excluded)';
COMMENT ON COLUMN portemis.fuel_factor.cf_n2o IS 'N2O emitted per fuel burnt, t/t';
COMMENT ON COLUMN portemis.fuel_factor.slip_pct IS 'Unburnt methane slip, % of fuel mass (FuelEU Cslip)';
COMMENT ON COLUMN portemis.fuel_factor.wtt_gco2e_per_mj IS 'Well-to-tank emissions, gCO2e/MJ; NULL if the set gives none';
COMMENT ON COLUMN portemis.fuel_factor.sulphur_pct IS 'Default sulphur, % m/m; NULL means the MARPOL Annex VI global limit on the voyage date';
COMMENT ON COLUMN portemis.fuel_factor.zero_or_low_carbon IS 'Counts towards the zero/low-carbon energy share of corridor_summary (certified bio- and e-fuels); no shipped (fossil) fuel does';
COMMENT ON COLUMN portemis.fuel_factor.unconfirmed IS 'Why a value is not confirmed against the primary text; NULL if confirmed';

CREATE TABLE portemis.fuel_pollutant_factor (
    factor_set  text NOT NULL,
    fuel        text NOT NULL,
    pollutant   text NOT NULL CHECK (pollutant IN ('NOx', 'PM10', 'PM2.5', 'CO', 'HC', 'BC')),
    t_per_t     double precision NOT NULL CHECK (t_per_t >= 0 AND t_per_t < 1),
    source      text NOT NULL CHECK (source <> ''),
    unconfirmed text,
    shipped     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (factor_set, fuel, pollutant),
    FOREIGN KEY (factor_set, fuel) REFERENCES portemis.fuel_factor (factor_set, fuel) ON UPDATE CASCADE
);
COMMENT ON TABLE portemis.fuel_pollutant_factor IS
    'Fuel-based factors (t per t fuel) for NOx, PM10, PM2.5, CO, HC and BC where a source gives them; none ship (the cited sources give these per kWh)';

CREATE TABLE portemis.fuel_alias (
    alias   text PRIMARY KEY CHECK (alias ~ '^[A-Z0-9_]{1,32}$'),
    fuel    text NOT NULL CHECK (fuel ~ '^[A-Z0-9_]{1,32}$'),
    note    text NOT NULL,
    shipped boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE portemis.fuel_alias IS
    'Other fuel codes accepted for a registry fuel in every set, e.g. LNG for LNG_OTTO_MS';

-- ---------------------------------------------------------------------------
-- Shipped rows; each names its source.
-- ---------------------------------------------------------------------------

INSERT INTO portemis.factor_set VALUES
 ('imo', 'IMO carbon factors and LCVs of MEPC.364(79) (CII, EEOI, EEDI, DCS, EU MRV CO2); CH4 and N2O fuel-based factors as FuelEU Annex II; no methane slip', true),
 ('fueleu', 'FuelEU Maritime, Regulation (EU) 2023/1805, Annex II default factors: LCV, well-to-tank, Cf CO2/CH4/N2O, methane slip by LNG engine', true);

-- IMO: Cf (t CO2/t fuel) and LCV (kJ/kg, here MJ/g) of MEPC.364(79), same table as MEPC.308(73);
-- Cf confirmed by MEPC.1/Circ.684.  CH4/N2O per t fuel: FuelEU Annex II values.
INSERT INTO portemis.fuel_factor
    (factor_set, fuel, lcv_mj_per_g, cf_co2, cf_ch4, cf_n2o, slip_pct, wtt_gco2e_per_mj, sulphur_pct, source, unconfirmed, shipped)
VALUES
 ('imo', 'HFO',          0.0402, 3.114, 0.00005, 0.00018, 0, NULL, NULL, 'MEPC.364(79) Cf/LCV table (HFO, ISO 8217 RME-RMK); CH4/N2O: FuelEU Annex II', NULL, true),
 ('imo', 'LFO',          0.0412, 3.151, 0.00005, 0.00018, 0, NULL, NULL, 'MEPC.364(79) Cf/LCV table (LFO, ISO 8217 RMA-RMD); CH4/N2O: FuelEU Annex II', NULL, true),
 ('imo', 'MDO',          0.0427, 3.206, 0.00005, 0.00018, 0, NULL, NULL, 'MEPC.364(79) Cf/LCV table (diesel/gas oil, ISO 8217 DMX-DMB); CH4/N2O: FuelEU Annex II', NULL, true),
 ('imo', 'MGO',          0.0427, 3.206, 0.00005, 0.00018, 0, NULL, NULL, 'MEPC.364(79) Cf/LCV table (diesel/gas oil, ISO 8217 DMX-DMB); CH4/N2O: FuelEU Annex II', NULL, true),
 ('imo', 'LPG_PROPANE',  0.0463, 3.000, 0.00005, 0.00018, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (LPG propane); CH4/N2O: FuelEU Annex II', NULL, true),
 ('imo', 'LPG_BUTANE',   0.0457, 3.030, 0.00005, 0.00018, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (LPG butane); CH4/N2O: FuelEU Annex II', NULL, true),
 ('imo', 'ETHANE',       0.0464, 2.927, 0,       0,       0, NULL, 0,    'MEPC.364(79) Cf/LCV table (ethane)', 'no CH4/N2O factor in the cited sources; 0 used', true),
 ('imo', 'LNG_OTTO_MS',  0.0480, 2.750, 0,       0.00011, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (LNG); N2O: FuelEU Annex II', NULL, true),
 ('imo', 'LNG_OTTO_SS',  0.0480, 2.750, 0,       0.00011, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (LNG); N2O: FuelEU Annex II', NULL, true),
 ('imo', 'LNG_DIESEL_SS',0.0480, 2.750, 0,       0.00011, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (LNG); N2O: FuelEU Annex II', NULL, true),
 ('imo', 'LNG_LBSI',     0.0480, 2.750, 0,       0.00011, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (LNG); N2O: FuelEU Annex II', NULL, true),
 ('imo', 'METHANOL',     0.0199, 1.375, 0.00005, 0.00018, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (methanol); CH4/N2O: FuelEU Annex II', 'CH4 0.00005 unconfirmed; another source gives 0', true),
 ('imo', 'ETHANOL',      0.0268, 1.913, 0,       0,       0, NULL, 0,    'MEPC.364(79) Cf/LCV table (ethanol)', 'no CH4/N2O factor in the cited sources; 0 used', true),
 ('imo', 'AMMONIA',      0.0186, 0,     0,       0.00018, 0, NULL, 0,    'Cf 0: carbon-free fuel; LCV and N2O: FuelEU Annex II (MEPC.364(79) lists no ammonia)', 'LCV from FuelEU, not an IMO value', true),
 ('imo', 'HYDROGEN',     0.1200, 0,     0,       0.00018, 0, NULL, 0,    'Cf 0: carbon-free fuel; LCV and N2O: FuelEU Annex II (MEPC.364(79) lists no hydrogen)', 'LCV from FuelEU, not an IMO value', true);

-- FuelEU Maritime, Regulation (EU) 2023/1805, Annex II defaults, as transcribed by
-- four independent secondary sources.
INSERT INTO portemis.fuel_factor
    (factor_set, fuel, lcv_mj_per_g, cf_co2, cf_ch4, cf_n2o, slip_pct, wtt_gco2e_per_mj, sulphur_pct, source, unconfirmed, shipped)
VALUES
 ('fueleu', 'HFO',           0.0405, 3.114, 0.00005, 0.00018, 0,   13.5, NULL, 'Regulation (EU) 2023/1805 Annex II (HFO)', NULL, true),
 ('fueleu', 'LFO',           0.0410, 3.151, 0.00005, 0.00018, 0,   13.2, NULL, 'Regulation (EU) 2023/1805 Annex II (LFO)', NULL, true),
 ('fueleu', 'MDO',           0.0427, 3.206, 0.00005, 0.00018, 0,   14.4, NULL, 'Regulation (EU) 2023/1805 Annex II (MDO/MGO)', NULL, true),
 ('fueleu', 'MGO',           0.0427, 3.206, 0.00005, 0.00018, 0,   14.4, NULL, 'Regulation (EU) 2023/1805 Annex II (MDO/MGO)', NULL, true),
 ('fueleu', 'LNG_OTTO_MS',   0.0491, 2.750, 0,       0.00011, 3.1, 18.5, 0,    'Regulation (EU) 2023/1805 Annex II (LNG, Otto dual-fuel medium speed)', 'WtT 18.5 not confirmed against the Annex text', true),
 ('fueleu', 'LNG_OTTO_SS',   0.0491, 2.750, 0,       0.00011, 1.7, 18.5, 0,    'Regulation (EU) 2023/1805 Annex II (LNG, Otto dual-fuel slow speed)', 'WtT 18.5 not confirmed against the Annex text', true),
 ('fueleu', 'LNG_DIESEL_SS', 0.0491, 2.750, 0,       0.00011, 0.2, 18.5, 0,    'Regulation (EU) 2023/1805 Annex II (LNG, Diesel dual-fuel slow speed)', 'WtT 18.5 not confirmed against the Annex text', true),
 ('fueleu', 'LNG_LBSI',      0.0491, 2.750, 0,       0.00011, 2.6, 18.5, 0,    'Regulation (EU) 2023/1805 Annex II (LNG, lean-burn spark-ignited)', 'WtT 18.5 not confirmed against the Annex text', true),
 ('fueleu', 'LPG_PROPANE',   0.0460, 3.000, 0.00005, 0.00018, 0,   7.8,  0,    'Regulation (EU) 2023/1805 Annex II (LPG propane)', NULL, true),
 ('fueleu', 'LPG_BUTANE',    0.0460, 3.030, 0.00005, 0.00018, 0,   7.8,  0,    'Regulation (EU) 2023/1805 Annex II (LPG butane)', NULL, true),
 ('fueleu', 'METHANOL',      0.0199, 1.375, 0.00005, 0.00018, 0,   31.3, 0,    'Regulation (EU) 2023/1805 Annex II (methanol, fossil, from natural gas)', 'CH4 0.00005 unconfirmed; another source gives 0', true),
 ('fueleu', 'AMMONIA',       0.0186, 0,     0,       0.00018, 0,   121,  0,    'Regulation (EU) 2023/1805 Annex II (ammonia, fossil)', 'WtT 121 unconfirmed; another source gives 100', true),
 ('fueleu', 'HYDROGEN',      0.1200, 0,     0,       0.00018, 0,   132,  0,    'Regulation (EU) 2023/1805 Annex II (hydrogen, fossil)', 'WtT 132 unconfirmed; another source gives 100', true);

-- Plain LNG: the engine is unknown, so take the pathway with the highest
-- methane slip (Otto dual-fuel medium speed, 3.1 %) and never understate it.
INSERT INTO portemis.fuel_alias VALUES
 ('LNG', 'LNG_OTTO_MS', 'LNG on an unknown engine: the highest-slip FuelEU pathway, so methane slip is never understated', true);

-- One name, one fuel: an alias holds in every set, so it must not be a fuel code of any set (ETHANOL as an
-- alias of METHANOL would turn the imo set's ethanol into methanol in fueleu, where ethanol has no row).
-- The trigger runs after the row is written, and its lookups read the other table's latest rows, waiting for
-- a transaction that is writing one (src/pg/registry_names.c): the transaction's own snapshot would miss a
-- clash another one commits (REPEATABLE READ) or is writing at the same moment.
-- A trigger's table: Citus runs a reference table's triggers on its shards (fuel_alias_102011, ...).
CREATE FUNCTION portemis._registry_table(rel regclass) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_table_name' LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis._registry_table(regclass) IS
    'Internal (triggers): the registry table a relation is, itself or (on Citus) the reference table it is a shard of';
-- Citus copies the shipped rows into a reference table's shards: a row may come in there only as the install
-- script wrote it into this node's table.
CREATE FUNCTION portemis._shipped_row_installed(shard regclass, r record) RETURNS boolean
    AS 'MODULE_PATHNAME', 'registry_shipped_row_installed' LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis._shipped_row_installed(regclass, record) IS
    'Internal (trigger protect_shipped_factor, on Citus): is the row, written into a shard of a registry table, a shipped row that the install script wrote into the table on this node, equal in every column?';
CREATE FUNCTION portemis._fuel_code_set(fuel text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_fuel_code_set' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._fuel_code_set(text) IS
    'Internal (trigger fuel_name_unique): the first factor set, by name, with this fuel code in the latest state (not the transaction''s snapshot; waits for a transaction writing such a row); NULL if none';
CREATE FUNCTION portemis._fuel_alias_of(alias text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_fuel_alias_of' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._fuel_alias_of(text) IS
    'Internal (trigger fuel_name_unique): the fuel this alias names in the latest state (not the transaction''s snapshot; waits for a transaction writing such a row); NULL if none';

CREATE FUNCTION portemis.fuel_name_unique() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    other text;
BEGIN
    IF portemis._registry_table(TG_RELID) = 'fuel_alias' THEN
        other := portemis._fuel_code_set(NEW.alias);
        IF other IS NOT NULL THEN
            RAISE EXCEPTION 'fuel alias % is a fuel code of factor set %', NEW.alias, other
                USING ERRCODE = 'unique_violation',
                      HINT = 'An alias names a fuel in every set: choose a name no set uses as a fuel code.';
        END IF;
    ELSE
        other := portemis._fuel_alias_of(NEW.fuel);
        IF other IS NOT NULL THEN
            RAISE EXCEPTION 'fuel code % is an alias of %', NEW.fuel, other
                USING ERRCODE = 'unique_violation',
                      HINT = 'Aliases name a fuel in every set: give your fuel another code.';
        END IF;
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION portemis.fuel_name_unique() IS
    'Trigger: a fuel alias is no fuel code of any set, and a fuel code no alias';
CREATE TRIGGER fuel_name_unique AFTER INSERT OR UPDATE OF alias ON portemis.fuel_alias
    FOR EACH ROW EXECUTE FUNCTION portemis.fuel_name_unique();
CREATE TRIGGER fuel_name_unique AFTER INSERT OR UPDATE OF fuel ON portemis.fuel_factor
    FOR EACH ROW EXECUTE FUNCTION portemis.fuel_name_unique();

-- ---------------------------------------------------------------------------
-- Protection of shipped rows, and pg_dump of user rows
-- ---------------------------------------------------------------------------

CREATE FUNCTION portemis.protect_shipped_factor() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    tname text := portemis._registry_table(TG_RELID);
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'cannot truncate %: it holds rows shipped with portemis', tname
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Delete your own rows with DELETE ... WHERE NOT shipped.';
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.shipped THEN
        RAISE EXCEPTION 'cannot % a shipped row of %: %', lower(TG_OP), tname,
                        to_jsonb(OLD) - 'geom' - 'source' - 'shipped' - 'unconfirmed'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = CASE WHEN tname IN ('factor_set', 'fuel_factor', 'fuel_pollutant_factor', 'fuel_alias')
                              THEN 'Copy the set with factor_set_copy(''imo'', ''my_set'') and change your copy.'
                              WHEN tname IN ('zone', 'port', 'port_alias')
                              THEN 'Add your own rows (shipped = false) beside the shipped ones.'
                              ELSE 'Insert your own row with the same key (shipped = false): it overrides the shipped one.' END;
    END IF;
    -- Citus copies the shipped rows into a reference table's shards, as the table's owner: on a shard, the
    -- owner may insert a row the install script wrote into this node's table, as it was written; nothing else
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.shipped
       AND NOT (TG_OP = 'INSERT' AND tname IS DISTINCT FROM TG_TABLE_NAME
                AND pg_has_role((SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'MEMBER')
                AND portemis._shipped_row_installed(TG_RELID, NEW)) THEN
        RAISE EXCEPTION 'rows of % with shipped = true come only from the portemis install script', tname
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION portemis.protect_shipped_factor() IS
    'Trigger: shipped registry rows cannot be changed or deleted; users add their own rows and sets';

-- Tell every backend's factor cache that a registry table changed.
CREATE FUNCTION portemis.factor_registry_changed() RETURNS trigger
    AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION portemis.factor_registry_changed() IS
    'Trigger: invalidates the per-backend factor cache when a registry table changes';

-- Copy a whole set (shipped or not) into a new user set, to edit freely.
CREATE FUNCTION @extschema@.factor_set_copy(source text, target text, description text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    copied integer;
BEGIN
    IF source IS NULL OR target IS NULL THEN
        RAISE EXCEPTION 'factor_set_copy needs a source and a target set name, got % and %',
            coalesce(quote_literal(source), 'NULL'), coalesce(quote_literal(target), 'NULL')
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM portemis.factor_set s WHERE s.name = factor_set_copy.source) THEN
        RAISE EXCEPTION 'unknown factor set "%"', factor_set_copy.source USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF target !~ '^[a-z][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION 'invalid factor set name "%"', target
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'A set name is a lowercase letter, then up to 62 lowercase letters, digits or underscores.';
    END IF;
    IF EXISTS (SELECT 1 FROM portemis.factor_set s WHERE s.name = factor_set_copy.target) THEN
        RAISE EXCEPTION 'factor set "%" already exists', target
            USING ERRCODE = 'unique_violation', HINT = 'Choose another name, or delete your set first.';
    END IF;
    INSERT INTO portemis.factor_set (name, description)
    SELECT factor_set_copy.target,
           coalesce(factor_set_copy.description, 'copy of ' || s.name || ': ' || s.description)
    FROM portemis.factor_set s WHERE s.name = factor_set_copy.source;
    INSERT INTO portemis.fuel_factor
        (factor_set, fuel, lcv_mj_per_g, cf_co2, cf_ch4, cf_n2o, slip_pct, wtt_gco2e_per_mj, sulphur_pct,
         zero_or_low_carbon, source, unconfirmed)
    SELECT factor_set_copy.target, f.fuel, f.lcv_mj_per_g, f.cf_co2, f.cf_ch4, f.cf_n2o, f.slip_pct,
           f.wtt_gco2e_per_mj, f.sulphur_pct, f.zero_or_low_carbon, f.source, f.unconfirmed
    FROM portemis.fuel_factor f WHERE f.factor_set = factor_set_copy.source;
    GET DIAGNOSTICS copied = ROW_COUNT;
    INSERT INTO portemis.fuel_pollutant_factor (factor_set, fuel, pollutant, t_per_t, source, unconfirmed)
    SELECT factor_set_copy.target, p.fuel, p.pollutant, p.t_per_t, p.source, p.unconfirmed
    FROM portemis.fuel_pollutant_factor p WHERE p.factor_set = factor_set_copy.source;
    RETURN copied;
END $$;
COMMENT ON FUNCTION @extschema@.factor_set_copy(text, text, text) IS
    'Copy factor set source into a new user set target (rows not shipped, so editable and dumped); returns the fuels copied';

-- Every factor in one list, with its source: CO2, CH4, N2O per t of fuel
-- burnt, SOx from sulphur, methane slip, and the fuel-based rows of
-- fuel_pollutant_factor.
CREATE VIEW portemis.emission_factors AS
SELECT f.factor_set, f.fuel, p.pollutant, p.t_per_t_fuel, p.basis, f.source, f.unconfirmed, f.shipped
FROM portemis.fuel_factor f
CROSS JOIN LATERAL (VALUES
    ('CO2', f.cf_co2, 'per t of fuel burnt (excluding slip)'),
    ('CH4', f.cf_ch4, 'per t of fuel burnt (excluding slip)'),
    ('N2O', f.cf_n2o, 'per t of fuel burnt (excluding slip)'),
    ('CH4 slip', f.slip_pct / 100, 'unburnt methane per t of fuel'),
    ('SOx', 2 * 0.97753 * f.sulphur_pct / 100,
        CASE WHEN f.sulphur_pct IS NULL
             THEN 'SO2 = fuel x 2 x 0.97753 x S/100, S = MARPOL global limit on the voyage date (EPA Marine_Emissions_Tools)'
             ELSE 'SO2 = fuel x 2 x 0.97753 x S/100 at the default S (EPA Marine_Emissions_Tools)' END)
) AS p(pollutant, t_per_t_fuel, basis)
UNION ALL
SELECT x.factor_set, x.fuel, x.pollutant, x.t_per_t, 'per t of fuel', x.source, x.unconfirmed, x.shipped
FROM portemis.fuel_pollutant_factor x;
COMMENT ON VIEW portemis.emission_factors IS
    'Every fuel-based emission factor of the registry (t per t fuel) with its basis and source';
