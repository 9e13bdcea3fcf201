-- ---------------------------------------------------------------------------
-- Activity-based functions: load, low-load adjustment, tier, engine runs,
-- vessels in operating modes, shore power.
-- ---------------------------------------------------------------------------

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
    'EPA low-load adjustment factor of a propulsion engine at fractional load [0, 1]: 1 above 0.20, at 0 (engine off), the 0.02 factor below 0.02 (the method''s minimum load) and for electric drive (MSD_ED, GT_ED); SOx needs sulphur_pct (% m/m), except for a gas engine (LNG), whose SO2 follows its fuel (the CO2 factor); CH4, N2O: 1';

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

CREATE FUNCTION @extschema@.engine_emissions(engine text, fuel text, power_kw double precision, hours double precision,
    load double precision DEFAULT NULL, tier integer DEFAULT NULL, sulphur_pct double precision DEFAULT NULL,
    engine_group text DEFAULT 'propulsion')
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.engine_emissions(text, text, double precision, double precision, double precision, integer, double precision, text) IS
    'Emissions (t) of an engine run: power (kW) x hours x EF (g/kWh) x LLAF (propulsion, load <= 0.2); tier NULL = 0; Tier III uses Tier II below 25 % load; sulphur NULL = the fuel default (HFO 0.50, MGO 0.10 %)';

CREATE TYPE portemis.vessel AS (
    imo              integer,
    ship_type        text,
    dwt              double precision,
    gt               double precision,
    teu              double precision,
    passengers       double precision,
    main_engine      text,
    mcr_kw           double precision,
    max_speed_kn     double precision,
    service_speed_kn double precision,
    keel_laid_year   integer,
    aux_engine       text,
    aux_kw           double precision,
    boiler_kw        double precision,
    shore_power      boolean,
    mmsi             integer,
    name             text,
    length_m         double precision,
    beam_m           double precision,
    design_draught_m double precision,
    engine_category  integer,
    estimated        jsonb
);
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
CREATE FUNCTION @extschema@.vessel_estimates(v portemis.vessel) RETURNS jsonb
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

CREATE FUNCTION @extschema@.mode_emissions(v portemis.vessel, mode text, hours double precision,
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
COMMENT ON FUNCTION portemis.ship_register_check() IS
    'Trigger of portemis.ship_register: normalises ship_type (aliases, case; an unknown type is kept with a WARNING, so that a dump restores) and the engine codes, and refuses an estimated key that names no column (22023)';
CREATE TRIGGER ship_register_check BEFORE INSERT OR UPDATE ON portemis.ship_register
    FOR EACH ROW EXECUTE FUNCTION portemis.ship_register_check();
SELECT pg_catalog.pg_extension_config_dump('portemis.ship_register', '');
GRANT SELECT ON portemis.ship_register TO PUBLIC;

-- A register row as vessel particulars, by IMO number or MMSI.
-- (SET citus.allow_nested_distributed_execution: it reads the registry on Citus workers, src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.ship(imo integer DEFAULT NULL, mmsi integer DEFAULT NULL)
RETURNS portemis.vessel
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
DECLARE
    r portemis.ship_register;
    est jsonb;
BEGIN
    IF ship.imo IS NULL AND ship.mmsi IS NULL THEN
        RAISE EXCEPTION 'ship() needs an imo or an mmsi' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT portemis.imo_number_valid(ship.imo) THEN
        RAISE EXCEPTION 'IMO number % is not valid', ship.imo
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'An IMO number is seven digits, the last a check digit (IMO Resolution A.1117(30)).';
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
                              r.design_draught_m, r.engine_category, NULL::integer, est);
END $$;
COMMENT ON FUNCTION @extschema@.ship(integer, integer) IS
    'The vessel particulars of a ship_register row, by IMO number and/or MMSI: mode_emissions(ship(imo => 9321483), ''berth'', 24)';

-- The size bin of a ship in an auxiliary power basis (EPA guidance Appendix E; bins are [min, max)).
-- (SET citus.allow_nested_distributed_execution: it reads the registry on Citus workers, src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.ship_subtype(ship_type text, dwt double precision DEFAULT NULL,
    gt double precision DEFAULT NULL, teu double precision DEFAULT NULL, passengers double precision DEFAULT NULL,
    basis text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
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
        RAISE EXCEPTION '% must be a finite non-negative number, got %', unit, size
            USING ERRCODE = portemis._refused_errcode(size);
    END IF;
    SELECT a.sub_type INTO result FROM portemis.auxiliary_power a
    WHERE a.basis = b AND a.ship_type = v_code AND a.engine_group = 'auxiliary' AND size >= a.size_min AND size < a.size_max
    ORDER BY a.shipped LIMIT 1;
    RETURN result;
END $$;
COMMENT ON FUNCTION @extschema@.ship_subtype(text, double precision, double precision, double precision, double precision, text) IS
    'The size bin (sub type) of a ship in an auxiliary power basis (default portemis.aux_power_basis, else imo_ghg3): bins are [size_min, size_max) in the type''s unit (dwt, gt, teu or passengers); a type with one bin needs no size';

CREATE FUNCTION @extschema@.shore_power_kwh(v portemis.vessel, hours double precision)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shore_power_kwh(portemis.vessel, double precision) IS
    'Electricity (kWh) the grid supplies at berth instead of the auxiliary engines: berth auxiliary kW x hours';

CREATE FUNCTION @extschema@.shore_power_emissions(v portemis.vessel, hours double precision, grid_kg_co2_per_kwh double precision)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shore_power_emissions(portemis.vessel, double precision, double precision) IS
    'CO2 (t) of the grid electricity of shore power: shore_power_kwh x grid_kg_co2_per_kwh / 1000; the grid factor is yours';

-- Every code the activity-based functions accept, in one list.
CREATE VIEW portemis.activity_codes AS
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
