-- ---------------------------------------------------------------------------
-- Activity-based functions: load, low-load adjustment, tier, engine runs,
-- vessels in operating modes, shore power.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.propulsion_load(speed_kn double precision, max_speed_kn double precision,
    sea_margin_pct double precision DEFAULT 0)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.propulsion_load(double precision, double precision, double precision) IS
    'Propeller law: fraction of MCR = (speed/max speed)^3 x (1 + sea margin %/100), floor 0.02 and cap 1 while moving, 0 at speed 0';

CREATE FUNCTION @extschema@.llaf(pollutant text, load double precision, sulphur_pct double precision DEFAULT NULL)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.llaf(text, double precision, double precision) IS
    'EPA low-load adjustment factor of a propulsion engine at fractional load (0, 1]: 1 above 0.20; SOx needs sulphur_pct (% m/m); CH4, N2O, BC: 1';

CREATE FUNCTION @extschema@.nox_tier(keel_laid_year integer, engine text DEFAULT 'SSD', in_tier3_area boolean DEFAULT true)
RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nox_tier(integer, text, boolean) IS
    'IMO NOx tier from the keel-laid year: ST, GT, LNG or before 2000: 0; before 2011: 1; before 2016: 2; else 3 inside a NOx ECA (in_tier3_area), 2 outside';

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
    shore_power      boolean
);
COMMENT ON TYPE portemis.vessel IS
    'Particulars for the activity-based method: ship type (EPA codes, e.g. container.ship), size (dwt, gt, teu, passengers), main engine and MCR (kW), maximum or service speed (kn), keel-laid year, auxiliary engine, aux/boiler kW overrides, shore-power capability';

CREATE FUNCTION @extschema@.vessel(ship_type text DEFAULT NULL, imo integer DEFAULT NULL,
    dwt double precision DEFAULT NULL, gt double precision DEFAULT NULL, teu double precision DEFAULT NULL,
    passengers double precision DEFAULT NULL, main_engine text DEFAULT NULL, mcr_kw double precision DEFAULT NULL,
    max_speed_kn double precision DEFAULT NULL, service_speed_kn double precision DEFAULT NULL,
    keel_laid_year integer DEFAULT NULL, aux_engine text DEFAULT NULL, aux_kw double precision DEFAULT NULL,
    boiler_kw double precision DEFAULT NULL, shore_power boolean DEFAULT false)
RETURNS portemis.vessel
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN ROW(imo, ship_type, dwt, gt, teu, passengers, main_engine, mcr_kw, max_speed_kn, service_speed_kn,
           keel_laid_year, aux_engine, aux_kw, boiler_kw, shore_power)::portemis.vessel;
COMMENT ON FUNCTION @extschema@.vessel(text, integer, double precision, double precision, double precision, double precision, text, double precision, double precision, double precision, integer, text, double precision, double precision, boolean) IS
    'Build vessel particulars by name: vessel(''container.ship'', teu => 10000, mcr_kw => 48000, max_speed_kn => 24, keel_laid_year => 2012)';

CREATE FUNCTION @extschema@.mode_emissions(portemis.vessel, mode text, hours double precision,
    speed_kn double precision DEFAULT NULL, in_eca boolean DEFAULT true, shore_power boolean DEFAULT false)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mode_emissions(portemis.vessel, text, double precision, double precision, boolean, boolean) IS
    'Ship-side emissions (t) of hours in a mode (transit, maneuvering, berth, anchorage): propulsion (transit, maneuvering) + auxiliary + boiler, fuel and sulphur by location; shore power zeroes the auxiliary engines, whose grid emissions shore_power_emissions() reports';

CREATE FUNCTION @extschema@.shore_power_kwh(portemis.vessel, hours double precision)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shore_power_kwh(portemis.vessel, double precision) IS
    'Electricity (kWh) the grid supplies at berth instead of the auxiliary engines: berth auxiliary kW x hours';

CREATE FUNCTION @extschema@.shore_power_emissions(portemis.vessel, hours double precision, grid_kg_co2_per_kwh double precision)
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
SELECT DISTINCT 'ship_type', ship_type, 'size in ' || size_unit || ' (' || basis || ')' FROM portemis.auxiliary_power;
COMMENT ON VIEW portemis.activity_codes IS
    'Engine groups, engines, fuels, modes and ship types of the activity-based method (codes are case-insensitive)';
