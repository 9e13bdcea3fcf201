-- ---------------------------------------------------------------------------
-- Fuel-based emissions (tank-to-wake), energy and FuelEU GHG intensity.
-- STABLE: they read the factor registry and the portemis.factor_set setting.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.emission_factor(fuel text, pollutant text, factor_set text DEFAULT NULL)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.emission_factor(text, text, text) IS
    't of pollutant per t of fuel in a factor set (NULL: portemis.factor_set); CH4 includes slip, SOx at the fuel''s default sulphur or today''s MARPOL global limit';

CREATE FUNCTION @extschema@.fuel_emissions(fuel text, tonnes double precision,
    sulphur_pct double precision DEFAULT NULL, factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fuel_emissions(text, double precision, double precision, text) IS
    'Emissions (t) of burning tonnes (t) of a fuel at sulphur_pct (% m/m; NULL: the fuel''s default or today''s MARPOL global limit) with a factor set (NULL: portemis.factor_set)';

CREATE FUNCTION @extschema@.voyage_emissions(v @extschema@.voyage, factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.voyage_emissions(@extschema@.voyage, text) IS
    'Tank-to-wake emissions (t) of a voyage''s fuel uses; sulphur from the fuel use, else the fuel''s default, else the MARPOL Annex VI regulation 14 global limit on the departure date (4.50 % before 2012, 3.50 % before 2020, 0.50 % since)';

CREATE FUNCTION @extschema@.energy_mj(v @extschema@.voyage, factor_set text DEFAULT NULL)
RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_energy_mj' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.energy_mj(@extschema@.voyage, text) IS
    'Energy of the voyage''s fuels, sum of t x LCV, in MJ, with a factor set (NULL: portemis.factor_set)';

CREATE FUNCTION @extschema@.ghg_intensity(v @extschema@.voyage, factor_set text DEFAULT 'fueleu')
RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_ghg_intensity' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ghg_intensity(@extschema@.voyage, text) IS
    'FuelEU Maritime Annex I well-to-wake GHG intensity (WtT + TtW with methane slip, GWP100 CH4 25, N2O 298) in gCO2e/MJ; NULL without fuel';

CREATE FUNCTION portemis.ghg_intensity_accum(double precision[], @extschema@.voyage, text)
RETURNS double precision[]
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION portemis.ghg_intensity_accum(double precision[], @extschema@.voyage)
RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'ghg_intensity_accum_fueleu' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION portemis.ghg_intensity_combine(double precision[], double precision[])
RETURNS double precision[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION portemis.ghg_intensity_final(double precision[])
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.ghg_intensity_agg(v @extschema@.voyage) (
    SFUNC = portemis.ghg_intensity_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.ghg_intensity_combine,
    FINALFUNC = portemis.ghg_intensity_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ghg_intensity_agg(@extschema@.voyage) IS
    'FuelEU well-to-wake GHG intensity of many voyages in gCO2e/MJ with the fueleu set: sum of gCO2e over sum of MJ (energy-weighted), NULL without fuel';

CREATE AGGREGATE @extschema@.ghg_intensity_agg(v @extschema@.voyage, factor_set text) (
    SFUNC = portemis.ghg_intensity_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.ghg_intensity_combine,
    FINALFUNC = portemis.ghg_intensity_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ghg_intensity_agg(@extschema@.voyage, text) IS
    'FuelEU well-to-wake GHG intensity of many voyages in gCO2e/MJ with a given factor set';

COMMENT ON FUNCTION portemis.ghg_intensity_accum(double precision[], @extschema@.voyage, text) IS
    'Transition function of ghg_intensity_agg(voyage, text): adds {MJ, WtT gCO2e, TtW gCO2e}';
COMMENT ON FUNCTION portemis.ghg_intensity_accum(double precision[], @extschema@.voyage) IS
    'Transition function of ghg_intensity_agg(voyage) with the fueleu set';
COMMENT ON FUNCTION portemis.ghg_intensity_combine(double precision[], double precision[]) IS
    'Combine function of ghg_intensity_agg: adds two partial states';
COMMENT ON FUNCTION portemis.ghg_intensity_final(double precision[]) IS
    'Final function of ghg_intensity_agg: (WtT + TtW) / MJ, NULL without energy';
