-- ---------------------------------------------------------------------------
-- Intensity metrics: CII (MARPOL Annex VI reg. 28), FuelEU Maritime targets,
-- compliance balance and penalty; the corridor registry.
-- ---------------------------------------------------------------------------

-- CII reference lines, MEPC.353(78) (reference lines) and MEPC.354(78)
-- (rating boundaries, given here as exp(d)).
CREATE TABLE portemis.cii_reference_line (
    ship_type      text NOT NULL CHECK (ship_type ~ '^[a-z_]+$'),
    size_min       double precision NOT NULL,
    size_max       double precision NOT NULL CHECK (size_max > size_min),
    size_unit      text NOT NULL CHECK (size_unit IN ('dwt', 'gt')),
    capacity_fixed double precision CHECK (capacity_fixed > 0),
    a              double precision NOT NULL CHECK (a > 0),
    c              double precision NOT NULL CHECK (c >= 0),
    d1             double precision NOT NULL,
    d2             double precision NOT NULL,
    d3             double precision NOT NULL,
    d4             double precision NOT NULL,
    source         text NOT NULL CHECK (source <> ''),
    unconfirmed    text,
    shipped        boolean NOT NULL DEFAULT false,
    CHECK (d1 < d2 AND d2 < d3 AND d3 < d4),
    PRIMARY KEY (ship_type, size_min, shipped)
);
COMMENT ON TABLE portemis.cii_reference_line IS
    'CII reference line a x capacity^-c and rating boundaries exp(d1..d4) by ship type and size band [size_min, size_max) in DWT or GT; capacity_fixed replaces the size where the regulation fixes it';

INSERT INTO portemis.cii_reference_line
    (ship_type, size_min, size_max, size_unit, capacity_fixed, a, c, d1, d2, d3, d4, source, unconfirmed, shipped)
VALUES
 ('bulk_carrier', 279000, 'Infinity', 'dwt', 279000, 4745, 0.622, 0.86, 0.94, 1.06, 1.18, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('bulk_carrier', 0, 279000, 'dwt', NULL, 4745, 0.622, 0.86, 0.94, 1.06, 1.18, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('gas_carrier', 65000, 'Infinity', 'dwt', NULL, 14405E7, 2.071, 0.81, 0.91, 1.12, 1.44, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('gas_carrier', 0, 65000, 'dwt', NULL, 8104, 0.639, 0.85, 0.95, 1.06, 1.25, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('tanker', 0, 'Infinity', 'dwt', NULL, 5247, 0.610, 0.82, 0.93, 1.08, 1.28, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('container_ship', 0, 'Infinity', 'dwt', NULL, 1984, 0.489, 0.83, 0.94, 1.07, 1.19, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('general_cargo', 20000, 'Infinity', 'dwt', NULL, 31948, 0.792, 0.83, 0.94, 1.06, 1.19, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('general_cargo', 0, 20000, 'dwt', NULL, 588, 0.3885, 0.83, 0.94, 1.06, 1.19, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('refrigerated_cargo', 0, 'Infinity', 'dwt', NULL, 4600, 0.557, 0.78, 0.91, 1.07, 1.20, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('combination_carrier', 0, 'Infinity', 'dwt', NULL, 5119, 0.622, 0.87, 0.96, 1.06, 1.14, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('lng_carrier', 100000, 'Infinity', 'dwt', NULL, 9.827, 0.000, 0.89, 0.98, 1.06, 1.13, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('lng_carrier', 65000, 100000, 'dwt', NULL, 14479E10, 2.673, 0.78, 0.92, 1.10, 1.37, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('lng_carrier', 0, 65000, 'dwt', 65000, 14779E10, 2.673, 0.78, 0.92, 1.10, 1.37, 'MEPC.353(78), MEPC.354(78)', 'a = 14779E10 unconfirmed; another source gives 14479E10', true),
 ('ro_ro_vehicle', 57700, 'Infinity', 'gt', 57700, 3627, 0.590, 0.86, 0.94, 1.06, 1.16, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('ro_ro_vehicle', 30000, 57700, 'gt', NULL, 3627, 0.590, 0.86, 0.94, 1.06, 1.16, 'MEPC.353(78), MEPC.354(78)', 'a = 3627 unconfirmed; another source gives 5739', true),
 ('ro_ro_vehicle', 0, 30000, 'gt', NULL, 330, 0.329, 0.86, 0.94, 1.06, 1.16, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('ro_ro_cargo', 0, 'Infinity', 'gt', NULL, 1967, 0.485, 0.76, 0.89, 1.08, 1.27, 'MEPC.353(78), MEPC.354(78)', 'capacity GT unconfirmed', true),
 ('ro_ro_passenger', 0, 'Infinity', 'gt', NULL, 2023, 0.460, 0.76, 0.92, 1.14, 1.30, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('ro_ro_passenger_hsc', 0, 'Infinity', 'gt', NULL, 4196, 0.460, 0.76, 0.92, 1.14, 1.30, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('cruise_passenger', 0, 'Infinity', 'gt', NULL, 930, 0.383, 0.87, 0.95, 1.06, 1.16, 'MEPC.353(78), MEPC.354(78)', NULL, true);

CREATE TABLE portemis.cii_reduction (
    year        integer NOT NULL CHECK (year BETWEEN 2019 AND 2100),
    z_pct       double precision NOT NULL CHECK (z_pct >= 0 AND z_pct < 100),
    source      text NOT NULL CHECK (source <> ''),
    unconfirmed text,
    shipped     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (year, shipped)
);
COMMENT ON TABLE portemis.cii_reduction IS 'CII reduction factor Z (%) below the 2019 reference line, by year';
INSERT INTO portemis.cii_reduction (year, z_pct, source, unconfirmed, shipped) VALUES
 (2019, 0, 'MEPC.338(76): 2019 is the reference year of the reference lines (MEPC.353(78))', NULL, true),
 (2020, 1, 'MEPC.338(76) Table 1', NULL, true),
 (2021, 2, 'MEPC.338(76) Table 1', NULL, true),
 (2022, 3, 'MEPC.338(76) Table 1', NULL, true),
 (2023, 5, 'MEPC.338(76)', NULL, true),
 (2024, 7, 'MEPC.338(76)', NULL, true),
 (2025, 9, 'MEPC.338(76)', NULL, true),
 (2026, 11, 'MEPC.338(76)', NULL, true),
 (2027, 13.625, '2025 amendment to MEPC.338(76)', 'unconfirmed', true),
 (2028, 16.25, '2025 amendment to MEPC.338(76)', 'unconfirmed', true),
 (2029, 18.875, '2025 amendment to MEPC.338(76)', 'unconfirmed', true),
 (2030, 21.5, '2025 amendment to MEPC.338(76)', 'unconfirmed', true);

-- The reference line row for a ship (user rows first: they override).
-- (SET citus.allow_nested_distributed_execution: it reads the registry on Citus workers, src/sql/92_citus.sql)
CREATE FUNCTION portemis.cii_line(ship_type text, dwt double precision, gt double precision)
RETURNS portemis.cii_reference_line
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
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
      AND CASE l.size_unit WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END > 0
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
                                 THEN 'null_value_not_allowed'
                                 ELSE portemis._refused_errcode(CASE known WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END) END;
    END IF;
    RETURN line;
END $$;
COMMENT ON FUNCTION portemis.cii_line(text, double precision, double precision) IS
    'The CII reference line and rating boundaries (table cii_reference_line) of a ship type and size; its size (DWT or GT by type) NULL: 22004, NaN or infinite: 22023, finite and in no size band (0 or less): 22003';

CREATE FUNCTION @extschema@.cii_capacity(ship_type text, dwt double precision, gt double precision)
RETURNS double precision
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT coalesce(l.capacity_fixed, CASE l.size_unit WHEN 'dwt' THEN dwt ELSE gt END)
    FROM portemis.cii_line(ship_type, dwt, gt) l;
END;
COMMENT ON FUNCTION @extschema@.cii_capacity(text, double precision, double precision) IS
    'The CII capacity of a ship: DWT or GT by ship type, fixed at 279,000 DWT (bulk), 65,000 DWT (LNG) or 57,700 GT (vehicle carriers) above those sizes';

CREATE FUNCTION @extschema@.cii_reference(ship_type text, dwt double precision, gt double precision)
RETURNS double precision
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT l.a * power(coalesce(l.capacity_fixed, CASE l.size_unit WHEN 'dwt' THEN dwt ELSE gt END), -l.c)
    FROM portemis.cii_line(ship_type, dwt, gt) l;
END;
COMMENT ON FUNCTION @extschema@.cii_reference(text, double precision, double precision) IS
    'CII reference value a x capacity^-c (g CO2 per capacity-nm), MEPC.353(78)';

-- (SET citus.allow_nested_distributed_execution: it reads the registry on Citus workers, src/sql/92_citus.sql)
CREATE FUNCTION portemis.cii_reduction_pct(year integer) RETURNS double precision
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
DECLARE
    z double precision;
BEGIN
    SELECT r.z_pct INTO z FROM portemis.cii_reduction r WHERE r.year = cii_reduction_pct.year ORDER BY r.shipped LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no CII reduction factor is adopted for %', year
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Adopted: 2019 (the reference year) to 2026 (MEPC.338(76)); 2027 to 2030 as amended in 2025. Add a row to portemis.cii_reduction for others.';
    END IF;
    RETURN z;
END $$;
COMMENT ON FUNCTION portemis.cii_reduction_pct(integer) IS
    'Reduction factor Z (%) of a year (table cii_reduction); an error for years without an adopted factor';

CREATE FUNCTION @extschema@.cii_required(ship_type text, dwt double precision, gt double precision, year integer)
RETURNS double precision
LANGUAGE sql STABLE PARALLEL SAFE
RETURN (1 - portemis.cii_reduction_pct(year) / 100) * @extschema@.cii_reference(ship_type, dwt, gt);
COMMENT ON FUNCTION @extschema@.cii_required(text, double precision, double precision, integer) IS
    'Required CII of a year: (1 - Z/100) x reference (g CO2 per capacity-nm), MARPOL Annex VI reg. 28';

-- An argument its caller refuses, named: 22023 (invalid value) if it is NaN or an infinity, else 22003 (a
-- finite value out of its range), the rule of README "Errors".  IMMUTABLE, as its callers are: the CASE that
-- calls it decides, and is folded at plan time only where the branch is taken anyway.
CREATE FUNCTION portemis.bad_argument(name text, value double precision, must text) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '% must be %, got %', name, must, value
        USING ERRCODE = portemis._refused_errcode(value);
END $$;
COMMENT ON FUNCTION portemis.bad_argument(text, double precision, text) IS
    'Support function of the metric functions (cii_rating, FuelEU): raises an error naming an argument its caller refuses, 22023 for NaN or an infinity, 22003 for a finite value out of its range';

CREATE FUNCTION @extschema@.cii_rating(ship_type text, dwt double precision, gt double precision, year integer,
    attained double precision)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- the boundaries are required x exp(d), with required computed as cii_required does, so an attained
    -- value of cii_required(...) x exp(d) is exactly on its boundary and takes the worse rating
    SELECT CASE WHEN attained IS NULL OR attained = 'NaN'::float8 THEN NULL      -- unknown: no rating
                WHEN NOT (attained >= 0 AND attained < 'Infinity')
                THEN portemis.bad_argument('attained (g CO2 per capacity-nm)', attained, 'a finite number >= 0 (NULL or NaN: unknown)')::text
                WHEN q.required IS NULL THEN NULL                                  -- the year is unknown
                WHEN attained < q.required * l.d1 THEN 'A' WHEN attained < q.required * l.d2 THEN 'B'
                WHEN attained < q.required * l.d3 THEN 'C' WHEN attained < q.required * l.d4 THEN 'D'
                ELSE 'E' END
    FROM portemis.cii_line(ship_type, dwt, gt) l,
         LATERAL (SELECT (1 - portemis.cii_reduction_pct(year) / 100)
                         * (l.a * power(coalesce(l.capacity_fixed, CASE l.size_unit WHEN 'dwt' THEN dwt ELSE gt END), -l.c)) AS required) q;
END;
COMMENT ON FUNCTION @extschema@.cii_rating(text, double precision, double precision, integer, double precision) IS
    'CII rating A-E of an attained CII: below required x exp(d1) A, d2 B, d3 C, d4 D, else E; exactly on a boundary (cii_required(...) x exp(d)) the worse rating; NULL for an unknown (NULL or NaN) attained CII or a NULL year, 22023 for an infinite one, 22003 for a negative one';

-- FuelEU Maritime (Regulation (EU) 2023/1805) Article 4 and Annex IV.
CREATE FUNCTION @extschema@.fueleu_target(year integer) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- reference 91.16 gCO2e/MJ reduced by 2 % from 2025, 6 % from 2030, 14.5 % from 2035,
    -- 31 % from 2040, 62 % from 2045, 80 % from 2050 (Article 4(2))
    IF year < 2025 THEN
        RAISE EXCEPTION 'FuelEU Maritime sets no GHG intensity target before 2025, got %', year
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN 91.16 * (1 - CASE WHEN year >= 2050 THEN 0.80 WHEN year >= 2045 THEN 0.62 WHEN year >= 2040 THEN 0.31
                             WHEN year >= 2035 THEN 0.145 WHEN year >= 2030 THEN 0.06 ELSE 0.02 END);
END $$;
COMMENT ON FUNCTION @extschema@.fueleu_target(integer) IS
    'FuelEU Maritime GHG intensity limit of a year, gCO2e/MJ: 91.16 reduced by 2 % (2025), 6 % (2030), 14.5 % (2035), 31 % (2040), 62 % (2045), 80 % (2050)';

CREATE FUNCTION @extschema@.fueleu_balance_t(ghg_intensity double precision, energy_mj double precision, year integer)
RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN NOT (ghg_intensity > '-Infinity' AND ghg_intensity < 'Infinity')
            THEN portemis.bad_argument('ghg_intensity (g CO2e/MJ)', ghg_intensity, 'a finite number')
            WHEN NOT (energy_mj >= 0 AND energy_mj < 'Infinity')
            THEN portemis.bad_argument('energy_mj', energy_mj, 'a finite number >= 0')
            ELSE (@extschema@.fueleu_target(year) - ghg_intensity) * energy_mj / 1e6 END;
COMMENT ON FUNCTION @extschema@.fueleu_balance_t(double precision, double precision, integer) IS
    'FuelEU compliance balance (Annex IV), t CO2e: (target - actual gCO2e/MJ) x energy in scope (MJ) / 1e6; negative is a deficit';

CREATE FUNCTION @extschema@.fueleu_penalty_eur(balance_t double precision, ghg_intensity double precision,
    consecutive_deficit_years integer DEFAULT 1)
RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN NOT (balance_t > '-Infinity' AND balance_t < 'Infinity')
            THEN portemis.bad_argument('balance_t', balance_t, 'a finite number')
            WHEN consecutive_deficit_years < 1
            THEN portemis.bad_argument('consecutive_deficit_years', consecutive_deficit_years, 'at least 1')
            WHEN NOT (ghg_intensity > '-Infinity' AND ghg_intensity < 'Infinity')
            THEN portemis.bad_argument('ghg_intensity (g CO2e/MJ)', ghg_intensity, 'a finite number')
            WHEN balance_t >= 0 THEN 0
            -- a deficit: the actual intensity is above the target, so it is > 0 unless the arguments disagree
            WHEN ghg_intensity <= 0
            THEN portemis.bad_argument('ghg_intensity (g CO2e/MJ)', ghg_intensity, '> 0 with a deficit (the penalty divides by it)')
            ELSE abs(balance_t) * 1e6 / (ghg_intensity * 41000) * 2400
                 * (1 + (consecutive_deficit_years - 1) / 10.0) END;
COMMENT ON FUNCTION @extschema@.fueleu_penalty_eur(double precision, double precision, integer) IS
    'FuelEU penalty (Annex IV), EUR: |balance| / (actual x 41,000 MJ/t VLSFO) x 2,400 EUR/t, x (1 + (n - 1)/10) for the n-th consecutive deficit year; 0 without deficit';

-- EU and EEA states (FuelEU Article 2 scope: ports "under the jurisdiction of a Member State"): ISO 3166-1
-- codes of the UN/LOCODE.  Parts of member states with codes of their own are EU territory too: the French
-- outermost regions Guadeloupe GP, French Guiana GF, Martinique MQ, Mayotte YT, Reunion RE and Saint-Martin MF
-- (TFEU Articles 349 and 355(1); the Azores, Madeira and the Canary Islands are PT and ES) and the Aland
-- Islands AX (TFEU Article 355(4)).  Their derogations are not modelled (README, EU ETS).
CREATE FUNCTION @extschema@.is_eu_eea_port(code @extschema@.locode) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.country_code($1) = ANY (ARRAY['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR',
    'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
    'GP', 'GF', 'MQ', 'YT', 'RE', 'MF', 'AX']);
COMMENT ON FUNCTION @extschema@.is_eu_eea_port(@extschema@.locode) IS
    'True for a port in an EU member state (27, with the French outermost regions GP GF MQ YT RE MF and the Aland Islands AX, which have UN/LOCODE countries of their own) or an EEA state (Iceland, Liechtenstein, Norway)';

CREATE FUNCTION @extschema@.fueleu_scope(v @extschema@.voyage) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN @extschema@.is_eu_eea_port(@extschema@.origin($1)) AND @extschema@.is_eu_eea_port(@extschema@.destination($1)) THEN 1.0
            WHEN @extschema@.is_eu_eea_port(@extschema@.origin($1)) OR @extschema@.is_eu_eea_port(@extschema@.destination($1)) THEN 0.5
            ELSE 0.0 END;
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
        USING ERRCODE = portemis._refused_errcode(scope);
END $$;
COMMENT ON FUNCTION portemis.bad_scope(double precision) IS
    'Support function of eu_ets_allowances: raises 22003 for a scope outside 0..1, 22023 for a NaN or infinite one';

CREATE FUNCTION @extschema@.eu_ets_allowances(e @extschema@.emissions, scope double precision, year integer,
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

CREATE FUNCTION @extschema@.eu_ets_allowances(v @extschema@.voyage, year integer, factor_set text DEFAULT 'fueleu',
    gwp text DEFAULT 'AR5') RETURNS double precision
LANGUAGE sql STABLE PARALLEL SAFE
RETURN @extschema@.eu_ets_allowances(@extschema@.voyage_emissions($1, factor_set), @extschema@.fueleu_scope($1), year, gwp);
COMMENT ON FUNCTION @extschema@.eu_ets_allowances(@extschema@.voyage, integer, text, text) IS
    'EU ETS allowances (t CO2e) for a voyage reported in a year: its emissions (factor set, default fueleu: CH4 includes LNG slip), its scope (1 between EU/EEA ports, 0.5 from or to one, 0 otherwise) and the year''s surrender share';
