-- portemis 0.1.0 -> 0.2.0: the registry tables, views, composite result types
-- and internal support functions move to the extension's own schema
-- portemis (a user's own tables named port, zone, corridor or vessel no
-- longer collide); functions whose bodies name a moved table are re-created;
-- the registry becomes readable by every role.  ALTER ... SET SCHEMA keeps
-- OIDs, so user rows, triggers, indexes, grants and dependent objects follow.

\echo Use "ALTER EXTENSION portemis UPDATE TO '0.2.0'" to load this file. \quit

-- CREATE EXTENSION portemis SCHEMA portemis puts everything in one schema, the
-- user's own: its comment and privileges stay the user's to set.
DO $$
BEGIN
    IF '@extschema@' <> 'portemis' THEN
        CREATE SCHEMA portemis;
        COMMENT ON SCHEMA portemis IS
            'portemis registry (emission factors, activity tables, zones, ports, corridors, CII lines) and internal support functions';
        -- the registry is public reference data: every role may read it (README, Security)
        GRANT USAGE ON SCHEMA portemis TO PUBLIC;
    END IF;
END $$;

ALTER TABLE @extschema@.factor_set SET SCHEMA portemis;
ALTER TABLE @extschema@.fuel_factor SET SCHEMA portemis;
ALTER TABLE @extschema@.fuel_pollutant_factor SET SCHEMA portemis;
ALTER TABLE @extschema@.fuel_alias SET SCHEMA portemis;
ALTER TABLE @extschema@.energy_factor SET SCHEMA portemis;
ALTER TABLE @extschema@.energy_fuel SET SCHEMA portemis;
ALTER TABLE @extschema@.llaf_coefficient SET SCHEMA portemis;
ALTER TABLE @extschema@.auxiliary_power SET SCHEMA portemis;
ALTER TABLE @extschema@.transit_speed_ratio SET SCHEMA portemis;
ALTER TABLE @extschema@.corridor SET SCHEMA portemis;
ALTER TABLE @extschema@.corridor_port SET SCHEMA portemis;
ALTER TABLE @extschema@.zone SET SCHEMA portemis;
ALTER TABLE @extschema@.port SET SCHEMA portemis;
ALTER TABLE @extschema@.port_alias SET SCHEMA portemis;
ALTER TABLE @extschema@.cii_reference_line SET SCHEMA portemis;
ALTER TABLE @extschema@.cii_reduction SET SCHEMA portemis;
ALTER VIEW @extschema@.emission_factors SET SCHEMA portemis;
ALTER VIEW @extschema@.activity_codes SET SCHEMA portemis;
ALTER TYPE @extschema@.vessel SET SCHEMA portemis;
ALTER TYPE @extschema@.corridor_summary SET SCHEMA portemis;

ALTER FUNCTION @extschema@.protect_shipped_factor() SET SCHEMA portemis;
ALTER FUNCTION @extschema@.factor_registry_changed() SET SCHEMA portemis;
ALTER FUNCTION @extschema@.emissions_sum_accum(@extschema@.emissions, @extschema@.emissions) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.ghg_intensity_accum(double precision[], @extschema@.voyage) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.ghg_intensity_accum(double precision[], @extschema@.voyage, text) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.ghg_intensity_combine(double precision[], double precision[]) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.ghg_intensity_final(double precision[]) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.route_length_nm_wkb(bytea, integer) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.route_inside_nm_wkb(bytea, integer, bytea, integer) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.route_share_wkb(bytea, integer, bytea, integer) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.port_area_centre(@extschema@.locode, double precision) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.voyage_emissions_apportioned(@extschema@.voyage, double precision, double precision[], double precision[], text) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.cii_line(text, double precision, double precision) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.cii_reduction_pct(integer) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.corridor_summary_accum(double precision[], @extschema@.voyage) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.corridor_summary_accum(double precision[], @extschema@.voyage, text) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.corridor_state_combine(double precision[], double precision[]) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.corridor_summary_final(double precision[]) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.eeoi_accum(double precision[], @extschema@.voyage) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.eeoi_final(double precision[]) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.cii_attained_accum(double precision[], @extschema@.voyage, double precision) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.cii_attained_final(double precision[]) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.fueleu_balance_accum(double precision[], @extschema@.voyage, integer) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.fueleu_balance_combine(double precision[], double precision[]) SET SCHEMA portemis;
ALTER FUNCTION @extschema@.fueleu_balance_final(double precision[]) SET SCHEMA portemis;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['factor_set', 'fuel_factor', 'fuel_pollutant_factor', 'fuel_alias', 'energy_factor',
                             'energy_fuel', 'llaf_coefficient', 'auxiliary_power', 'transit_speed_ratio', 'corridor',
                             'corridor_port', 'zone', 'port', 'port_alias', 'cii_reference_line', 'cii_reduction',
                             'emission_factors', 'activity_codes']
    LOOP
        EXECUTE pg_catalog.format('GRANT SELECT ON portemis.%I TO PUBLIC', t);
    END LOOP;
END $$;

-- plpgsql bodies are text: re-create those that name a moved table.
CREATE OR REPLACE FUNCTION @extschema@.factor_set_copy(source text, target text, description text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    copied integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM portemis.factor_set s WHERE s.name = factor_set_copy.source) THEN
        RAISE EXCEPTION 'unknown factor set "%"', factor_set_copy.source USING ERRCODE = 'invalid_parameter_value';
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

CREATE OR REPLACE FUNCTION portemis.port_area_centre(@extschema@.locode, radius_nm double precision)
RETURNS geometry
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    centre portemis.port.geom%TYPE := @extschema@.port_geom($1);
BEGIN
    IF centre IS NULL THEN
        RAISE EXCEPTION 'unknown port %', $1 USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Add it to the table portemis.port, or an alias to portemis.port_alias.';
    END IF;
    IF NOT (radius_nm > 0 AND radius_nm <= 1000) THEN
        RAISE EXCEPTION 'radius_nm must lie in (0, 1000], got %', radius_nm USING ERRCODE = 'numeric_value_out_of_range';
    END IF;
    RETURN centre;
END $$;

CREATE OR REPLACE FUNCTION portemis.cii_line(ship_type text, dwt double precision, gt double precision)
RETURNS portemis.cii_reference_line
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    line portemis.cii_reference_line;
    known text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM portemis.cii_reference_line l WHERE l.ship_type = lower(cii_line.ship_type)) THEN
        SELECT string_agg(DISTINCT l.ship_type, ', ') INTO known FROM portemis.cii_reference_line l;
        RAISE EXCEPTION 'unknown CII ship type "%"', cii_line.ship_type
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Known: ' || known || '.';
    END IF;
    SELECT l.* INTO line FROM portemis.cii_reference_line l
    WHERE l.ship_type = lower(cii_line.ship_type)
      AND CASE l.size_unit WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END >= l.size_min
      AND CASE l.size_unit WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END < l.size_max
    ORDER BY l.shipped LIMIT 1;
    IF NOT FOUND THEN
        SELECT l.size_unit INTO known FROM portemis.cii_reference_line l WHERE l.ship_type = lower(cii_line.ship_type) LIMIT 1;
        RAISE EXCEPTION 'the CII of a % needs its % (a positive number), got %', cii_line.ship_type, upper(known),
            CASE known WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END
            USING ERRCODE = CASE WHEN (CASE known WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END) IS NULL
                                 THEN 'null_value_not_allowed' ELSE 'numeric_value_out_of_range' END;
    END IF;
    RETURN line;
END $$;

CREATE OR REPLACE FUNCTION portemis.cii_reduction_pct(year integer) RETURNS double precision
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
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

-- Shipped rows that named a file outside the project as their source now say what is known of it.
ALTER TABLE portemis.energy_factor DISABLE TRIGGER protect_shipped;
UPDATE portemis.energy_factor
SET source = 'g/kWh value of a single secondary compilation; primary document not identified'
WHERE shipped AND source = 'METHODS.md 2.3 (single secondary source)';
ALTER TABLE portemis.energy_factor ENABLE TRIGGER protect_shipped;

-- voyage_emissions(v, NULL route) and voyage_emissions_in(v, route, NULL zone) are NULL;
-- an invalid zone raises 22023 instead of a GEOS internal error.
-- A user's zone for an overlay with the ECAs: GEOS cannot intersect an invalid
-- polygon (it raises an internal error), so say what is wrong instead.  The
-- raiser is STABLE so that a constant zone is never folded into an error at
-- plan time (the CASE decides).
CREATE FUNCTION portemis.invalid_zone(reason text) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'zone is not a valid polygon: %', reason
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Repair it with ST_MakeValid(zone).';
END $$;
COMMENT ON FUNCTION portemis.invalid_zone(text) IS
    'Support function of voyage_emissions_in: raises 22023 naming why a zone is not a valid polygon';
CREATE FUNCTION portemis.valid_zone(zone geometry) RETURNS geometry
LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN CASE WHEN st_isvalid(zone) THEN zone ELSE portemis.invalid_zone(st_isvalidreason(zone)) END;
COMMENT ON FUNCTION portemis.valid_zone(geometry) IS
    'Support function of voyage_emissions_in: the zone if it is a valid polygon, else error 22023 with the reason';


CREATE OR REPLACE FUNCTION @extschema@.voyage_emissions(v @extschema@.voyage, route geometry, factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN route IS NOT NULL THEN
           portemis.voyage_emissions_apportioned(v, 1,
               coalesce(array_agg(@extschema@.route_share(route, z.geom)), '{}'),
               coalesce(array_agg(z.sulphur_pct), '{}'), factor_set) END
    FROM portemis.zone z
    WHERE z.kind = 'eca' AND z.sulphur_pct IS NOT NULL
      AND z.valid_from <= @extschema@.departure(v)
      AND (z.valid_to IS NULL OR @extschema@.departure(v) < z.valid_to);
END;

CREATE OR REPLACE FUNCTION @extschema@.voyage_emissions_in(v @extschema@.voyage, route geometry, zone geometry, factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN route IS NOT NULL AND zone IS NOT NULL THEN
           portemis.voyage_emissions_apportioned(v, @extschema@.route_share(route, zone),
               coalesce(array_agg(@extschema@.route_share(route, st_intersection(zone, z.geom))), '{}'),
               coalesce(array_agg(z.sulphur_pct), '{}'), factor_set) END
    FROM portemis.zone z
    WHERE z.kind = 'eca' AND z.sulphur_pct IS NOT NULL
      AND z.valid_from <= @extschema@.departure(v)
      AND (z.valid_to IS NULL OR @extschema@.departure(v) < z.valid_to)
      AND st_intersects(portemis.valid_zone(zone), z.geom);
END;

-- PostGIS's spatial_ref_sys lookup (the geography buffer) resolves operators through the caller's path.
ALTER FUNCTION @extschema@.port_area(@extschema@.locode, double precision) SET search_path = pg_catalog, pg_temp;

-- CII reduction factors of the years before 2023 (MEPC.338(76) Table 1; 2019 is the reference year).
ALTER TABLE portemis.cii_reduction DISABLE TRIGGER protect_shipped;
INSERT INTO portemis.cii_reduction (year, z_pct, source, unconfirmed, shipped) VALUES
 (2019, 0, 'MEPC.338(76): 2019 is the reference year of the reference lines (MEPC.353(78))', NULL, true),
 (2020, 1, 'MEPC.338(76) Table 1', NULL, true),
 (2021, 2, 'MEPC.338(76) Table 1', NULL, true),
 (2022, 3, 'MEPC.338(76) Table 1', NULL, true);
ALTER TABLE portemis.cii_reduction ENABLE TRIGGER protect_shipped;
