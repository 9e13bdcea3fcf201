-- ---------------------------------------------------------------------------
-- Activity-based (engine energy) method of the US EPA Ports Emissions
-- Inventory Guidance (EPA-420-B-22-011, April 2022): registry tables.
-- Rows are in 61_activity_data.sql, generated from the EPA's own data tables.
-- Shipped rows are protected like the fuel factors; a user row with the same
-- key (shipped = false) overrides the shipped one, and user rows are dumped.
-- ---------------------------------------------------------------------------

CREATE TABLE portemis.energy_factor (
    engine_group text NOT NULL CHECK (engine_group IN ('propulsion', 'auxiliary', 'boiler')),
    engine       text NOT NULL CHECK (engine ~ '^[A-Z0-9_]{1,16}$'),
    fuel         text NOT NULL CHECK (fuel IN ('HFO', 'MGO', 'LNG')),
    quantity     text NOT NULL CHECK (quantity IN ('BSFC', 'NOx', 'HC', 'CO', 'PM10', 'CH4', 'N2O')),
    tier         integer CHECK (tier BETWEEN 0 AND 3),
    g_per_kwh    double precision NOT NULL CHECK (g_per_kwh >= 0 AND g_per_kwh < 10000),
    source       text NOT NULL CHECK (source <> ''),
    unconfirmed  text,
    shipped      boolean NOT NULL DEFAULT false,
    CHECK ((quantity = 'NOx') = (tier IS NOT NULL))
);
CREATE UNIQUE INDEX energy_factor_key ON portemis.energy_factor (engine_group, engine, fuel, quantity, coalesce(tier, -1), shipped);
COMMENT ON TABLE portemis.energy_factor IS
    'Energy-based factors in g/kWh by engine group, engine type and fuel: BSFC (fuel), NOx by IMO tier, HC, CO, fixed PM10 (ST, GT, LNG), CH4, N2O';

CREATE TABLE portemis.energy_fuel (
    fuel              text NOT NULL CHECK (fuel IN ('HFO', 'MGO', 'LNG')),
    cf_co2            double precision NOT NULL CHECK (cf_co2 >= 0 AND cf_co2 < 10),
    sulphur_pct       double precision NOT NULL CHECK (sulphur_pct >= 0 AND sulphur_pct <= 100),
    so2_g_per_g_fuel  double precision CHECK (so2_g_per_g_fuel >= 0 AND so2_g_per_g_fuel < 1),
    pm_nom_g_per_kwh  double precision CHECK (pm_nom_g_per_kwh >= 0),
    pm_mwr            double precision CHECK (pm_mwr >= 0),
    pm_fsc            double precision CHECK (pm_fsc >= 0),
    source            text NOT NULL CHECK (source <> ''),
    shipped           boolean NOT NULL DEFAULT false,
    PRIMARY KEY (fuel, shipped)
);
COMMENT ON TABLE portemis.energy_fuel IS
    'Fuels of the activity-based method: CO2 per t fuel, default sulphur (% m/m), fixed SO2 per g fuel (LNG), PM sulphur-equation coefficients';

CREATE TABLE portemis.llaf_coefficient (
    pollutant text NOT NULL CHECK (pollutant IN ('NOx', 'HC', 'CO', 'PM10', 'PM2.5', 'SOx', 'CO2')),
    a         double precision NOT NULL,
    x         double precision,
    b         double precision NOT NULL,
    source    text NOT NULL CHECK (source <> ''),
    shipped   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (pollutant, shipped),
    CHECK ((pollutant = 'SOx') = (x IS NULL))
);
COMMENT ON TABLE portemis.llaf_coefficient IS
    'Low-load adjustment: LLAF(LF) = (a LF^-x + b) / (a 0.2^-x + b) for 0 < LF <= 0.2; SOx uses (a (14.1205/LF + 205.7169) S + b) / (a (14.1205/0.2 + 205.7169) S + b)';

CREATE TABLE portemis.auxiliary_power (
    basis          text NOT NULL CHECK (basis ~ '^[a-z][a-z0-9_]*$'),
    ship_type      text NOT NULL CHECK (ship_type ~ '^[a-z][a-z0-9_]*$'),
    size_min       double precision NOT NULL,
    size_max       double precision NOT NULL CHECK (size_max > size_min),
    size_unit      text NOT NULL CHECK (size_unit IN ('dwt', 'gt', 'teu', 'passengers')),
    sub_type       text,
    engine_group   text NOT NULL CHECK (engine_group IN ('auxiliary', 'boiler')),
    transit_kw     double precision NOT NULL CHECK (transit_kw >= 0),
    maneuvering_kw double precision NOT NULL CHECK (maneuvering_kw >= 0),
    berth_kw       double precision NOT NULL CHECK (berth_kw >= 0),
    anchorage_kw   double precision NOT NULL CHECK (anchorage_kw >= 0),
    source         text NOT NULL CHECK (source <> ''),
    shipped        boolean NOT NULL DEFAULT false,
    PRIMARY KEY (basis, ship_type, engine_group, size_min, shipped)
);
COMMENT ON TABLE portemis.auxiliary_power IS
    'Default auxiliary engine and boiler power (kW) by ship type, size bin [size_min, size_max) and mode; basis imo_ghg3 (EPA guidance Appendix E) or starcrest2016 (Port of Los Angeles)';

CREATE TABLE portemis.transit_speed_ratio (
    ship_type text NOT NULL CHECK (ship_type ~ '^[a-z][a-z0-9_]*$'),
    ratio     double precision NOT NULL CHECK (ratio > 0 AND ratio <= 1),
    source    text NOT NULL CHECK (source <> ''),
    shipped   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (ship_type, shipped)
);
COMMENT ON TABLE portemis.transit_speed_ratio IS
    'Default transit speed as a fraction of maximum speed, by ship type (EPA guidance Table 3.12)';
