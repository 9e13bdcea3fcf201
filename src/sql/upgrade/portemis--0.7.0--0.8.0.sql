-- portemis 0.7.0 -> 0.8.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis UPDATE TO '0.8.0'" to load this file. \quit

-- emissions can be hashed: DISTINCT, GROUP BY and UNION on an emissions column.
CREATE FUNCTION @extschema@.emissions_hash(@extschema@.emissions) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.emissions_hash_extended(@extschema@.emissions, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR CLASS @extschema@.emissions_hash_ops
    DEFAULT FOR TYPE @extschema@.emissions USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.emissions_hash(@extschema@.emissions),
        FUNCTION 2 @extschema@.emissions_hash_extended(@extschema@.emissions, bigint);
COMMENT ON FUNCTION @extschema@.emissions_hash(@extschema@.emissions) IS 'Hash support of emissions';
COMMENT ON FUNCTION @extschema@.emissions_hash_extended(@extschema@.emissions, bigint) IS 'Extended hash support of emissions';

-- A zone's valid_from and valid_to are UTC days: compared with a departure at midnight UTC, not in the
-- session's TimeZone (a 03:00Z departure on 2015-01-01 took the 2014 limit under America/Los_Angeles).
CREATE OR REPLACE FUNCTION portemis.eca_shares(route geometry, at timestamptz, within geometry DEFAULT NULL)
RETURNS TABLE (sulphur_pct double precision, share double precision)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH eca AS (
        SELECT z.sulphur_pct,
               CASE WHEN within IS NULL THEN z.geom
                    ELSE st_collectionextract(st_intersection(within, z.geom), 3) END AS geom
        FROM portemis.zone z
        WHERE route IS NOT NULL AND z.kind = 'eca' AND z.sulphur_pct IS NOT NULL
          -- a zone's dates are UTC days, whatever the session's TimeZone
          AND (z.valid_from::timestamp AT TIME ZONE 'UTC') <= at
          AND (z.valid_to IS NULL OR at < (z.valid_to::timestamp AT TIME ZONE 'UTC'))
          AND (within IS NULL OR st_intersects(portemis.valid_zone(within), z.geom))),
    cumulative AS (
        SELECT l.sulphur_pct,
               @extschema@.route_share(route, (SELECT st_collectionextract(st_collect(e.geom), 3)
                                               FROM eca e WHERE e.sulphur_pct <= l.sulphur_pct)) AS share
        FROM (SELECT DISTINCT e.sulphur_pct FROM eca e) l)
    SELECT c.sulphur_pct, greatest(0, c.share - coalesce(lag(c.share) OVER (ORDER BY c.sulphur_pct), 0))
    FROM cumulative c;
END;

-- cii_rating: on a boundary (cii_required(...) x exp(d)) the worse rating for every size (a division rounded
-- some to the better side); a NULL year gives no rating (it gave E); a size of 0 is refused by name.
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
                                 THEN 'null_value_not_allowed' ELSE 'numeric_value_out_of_range' END;
    END IF;
    RETURN line;
END $$;
CREATE OR REPLACE FUNCTION @extschema@.cii_rating(ship_type text, dwt double precision, gt double precision, year integer,
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
    'CII rating A-E of an attained CII: below required x exp(d1) A, d2 B, d3 C, d4 D, else E; exactly on a boundary (cii_required(...) x exp(d)) the worse rating; NULL for an unknown (NULL or NaN) attained CII or a NULL year, 22003 for a negative or infinite one';

-- Zones must be two-dimensional and valid: one user ECA row with Z coordinates (or self-intersecting) made
-- every voyage_emissions(voyage, route) fail.  The update stops, naming them, if rows of yours break it.
DO $$
DECLARE
    bad text;
BEGIN
    SELECT string_agg(format('%s (from %s): %s', name, valid_from,
                             CASE WHEN st_ndims(geom) <> 2 THEN 'not 2D' ELSE st_isvalidreason(geom) END), ', ')
    INTO bad FROM portemis.zone WHERE NOT (st_ndims(geom) = 2 AND st_isvalid(geom));
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'portemis.zone has rows that are not two-dimensional, valid polygons: %', bad
            USING ERRCODE = 'check_violation',
                  HINT = 'Correct them (UPDATE ... SET geom = ST_Force2D(geom), or ST_MakeValid(geom)) or delete them, then update again.';
    END IF;
END $$;
ALTER TABLE portemis.zone ADD CONSTRAINT zone_shape CHECK (st_ndims(geom) = 2 AND st_isvalid(geom));
COMMENT ON CONSTRAINT zone_shape ON portemis.zone IS
    'Two-dimensional (ST_Force2D a Z or M polygon) and valid (ST_MakeValid a self-intersecting one; ST_IsValidReason says why)';

-- factor_set_copy: a NULL, malformed or taken target is an error that says so (not a constraint's).
CREATE OR REPLACE FUNCTION @extschema@.factor_set_copy(source text, target text, description text DEFAULT NULL)
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

-- One name, one fuel: an alias holds in every set, so it must not be a fuel code of any set (ETHANOL as an
-- alias of METHANOL would turn the imo set's ethanol into methanol in fueleu, where ethanol has no row).
CREATE FUNCTION portemis.fuel_name_unique() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    other text;
BEGIN
    -- one writer of fuel names at a time, so that two transactions cannot each add one side of a clash
    -- (the lookups below then see what the other committed, under READ COMMITTED)
    PERFORM pg_advisory_xact_lock(pg_catalog.hashtext('portemis.fuel_name_unique'));
    IF TG_TABLE_NAME = 'fuel_alias' THEN
        SELECT min(f.factor_set) INTO other FROM portemis.fuel_factor f WHERE f.fuel = NEW.alias;
        IF other IS NOT NULL THEN
            RAISE EXCEPTION 'fuel alias % is a fuel code of factor set %', NEW.alias, other
                USING ERRCODE = 'unique_violation',
                      HINT = 'An alias names a fuel in every set: choose a name no set uses as a fuel code.';
        END IF;
    ELSE
        SELECT min(a.fuel) INTO other FROM portemis.fuel_alias a WHERE a.alias = NEW.fuel;
        IF other IS NOT NULL THEN
            RAISE EXCEPTION 'fuel code % is an alias of %', NEW.fuel, other
                USING ERRCODE = 'unique_violation',
                      HINT = 'Aliases name a fuel in every set: give your fuel another code.';
        END IF;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION portemis.fuel_name_unique() IS
    'Trigger: a fuel alias is no fuel code of any set, and a fuel code no alias';
DO $$
DECLARE
    bad text;
BEGIN
    SELECT string_agg(DISTINCT a.alias, ', ') INTO bad FROM portemis.fuel_alias a JOIN portemis.fuel_factor f ON f.fuel = a.alias;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'portemis.fuel_alias has aliases that are fuel codes of a factor set: %', bad
            USING ERRCODE = 'unique_violation', HINT = 'Delete those aliases (DELETE FROM portemis.fuel_alias WHERE alias = ...), then update again.';
    END IF;
END $$;
CREATE TRIGGER fuel_name_unique BEFORE INSERT OR UPDATE OF alias ON portemis.fuel_alias
    FOR EACH ROW EXECUTE FUNCTION portemis.fuel_name_unique();
CREATE TRIGGER fuel_name_unique BEFORE INSERT OR UPDATE OF fuel ON portemis.fuel_factor
    FOR EACH ROW EXECUTE FUNCTION portemis.fuel_name_unique();

-- is_eu_eea_port: the French outermost regions (GP GF MQ YT RE MF) and the Aland Islands (AX) are member-state
-- ports (TFEU Articles 349 and 355); a voyage from Martinique to Marseille was half in scope, now whole.
CREATE OR REPLACE FUNCTION @extschema@.is_eu_eea_port(@extschema@.locode) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.country_code($1) = ANY (ARRAY['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR',
    'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
    'GP', 'GF', 'MQ', 'YT', 'RE', 'MF', 'AX']);
COMMENT ON FUNCTION @extschema@.is_eu_eea_port(@extschema@.locode) IS
    'True for a port in an EU member state (27, with the French outermost regions GP GF MQ YT RE MF and the Aland Islands AX, which have UN/LOCODE countries of their own) or an EEA state (Iceland, Liechtenstein, Norway)';

-- port_area: a circle across the antimeridian was a band round the globe (invalid; wrong shares): its negative
-- longitudes now take +360; a circle round a pole is refused (22023).
CREATE FUNCTION portemis.port_area_round_pole(@extschema@.locode, radius_nm double precision, north boolean)
RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'a port area of % nm around % would contain the % pole', radius_nm, $1,
                    CASE WHEN north THEN 'north' ELSE 'south' END
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Use a smaller radius, or draw the zone yourself.';
END $$;
COMMENT ON FUNCTION portemis.port_area_round_pole(@extschema@.locode, double precision, boolean) IS
    'Support function of port_area: raises 22023 for a circle that would contain a pole';
CREATE OR REPLACE FUNCTION @extschema@.port_area(@extschema@.locode, radius_nm double precision) RETURNS geometry
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN (SELECT CASE WHEN radius_nm * 1852 >= st_distance(c.centre::geography, c.pole::geography)
                    THEN portemis.port_area_round_pole($1, radius_nm, st_y(c.pole) > 0)
                    ELSE (SELECT CASE WHEN st_xmax(b.g) - st_xmin(b.g) > 180 THEN st_shiftlongitude(b.g) ELSE b.g END
                          FROM (SELECT st_setsrid(st_buffer(c.centre::geography, radius_nm * 1852, 64)::geometry, 4326) AS g) b) END
        FROM (SELECT p.centre, st_setsrid(st_makepoint(0, CASE WHEN st_y(p.centre) >= 0 THEN 90 ELSE -90 END), 4326) AS pole
              FROM (SELECT portemis.port_area_centre($1, radius_nm) AS centre) p) c);
COMMENT ON FUNCTION @extschema@.port_area(@extschema@.locode, double precision) IS
    'A circular port area (Polygon, SRID 4326) of radius_nm nautical miles (geodesic) around a port of the gazetteer; across the antimeridian with longitudes in (0, 360); none round a pole (22023)';

-- fueleu_balance_t: a reporting year before 2025 is an error naming it on the first row (a group with nothing
-- in scope gave NULL); fueleu_balance_t(voyage, year, as_if_in_scope, factor_set) gives the balance with a set
-- of the user's (certified biofuel batches in a copy of fueleu), and the as_if_in_scope form runs through it.
CREATE OR REPLACE FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer) RETURNS double precision[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    scope double precision;
    energy double precision;
BEGIN
    IF array_ndims($1) IS DISTINCT FROM 1 OR array_length($1, 1) <> 3 OR array_lower($1, 1) <> 1 THEN
        PERFORM portemis.fueleu_balance_state($1);      -- raises, naming what is wrong (the rest: combine, final)
    END IF;
    IF $2 IS NULL OR $3 IS NULL THEN
        RETURN $1;
    END IF;
    IF $3 < 2025 THEN
        PERFORM @extschema@.fueleu_target($3);          -- raises: no target before 2025, naming the year
    END IF;
    IF $1[3] <> 0 AND $1[3] <> $3 THEN
        PERFORM portemis.fueleu_balance_state($1);      -- a forged year (NaN, 1e300) is named as such
        RAISE EXCEPTION 'fueleu_balance_t needs one reporting year per group: got % and %', $1[3]::integer, $3
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Group by year.';
    END IF;
    scope := @extschema@.fueleu_scope($2);
    IF scope = 0 THEN
        RETURN ARRAY[$1[1], $1[2], $3::double precision];    -- out of scope, even with its fuel unknown
    END IF;
    -- NULL for a voyage that does not report its fuel: the balance is then unknown (NULL), not 0
    energy := @extschema@.energy_mj($2, 'fueleu');
    RETURN ARRAY[$1[1] + scope * energy,
                 $1[2] + scope * energy * coalesce(@extschema@.ghg_intensity($2, 'fueleu'), 0),
                 $3::double precision];
END $$;
CREATE FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean, text)
RETURNS double precision[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    scope double precision;
    energy double precision;
BEGIN
    IF array_ndims($1) IS DISTINCT FROM 1 OR array_length($1, 1) <> 3 OR array_lower($1, 1) <> 1 THEN
        PERFORM portemis.fueleu_balance_state($1);      -- raises, naming what is wrong (the rest: combine, final)
    END IF;
    IF $2 IS NULL OR $3 IS NULL THEN
        RETURN $1;
    END IF;
    IF $3 < 2025 THEN
        PERFORM @extschema@.fueleu_target($3);          -- raises: no target before 2025, naming the year
    END IF;
    IF $1[3] <> 0 AND $1[3] <> $3 THEN
        PERFORM portemis.fueleu_balance_state($1);      -- a forged year (NaN, 1e300) is named as such
        RAISE EXCEPTION 'fueleu_balance_t needs one reporting year per group: got % and %', $1[3]::integer, $3
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Group by year.';
    END IF;
    scope := CASE WHEN coalesce($4, false) THEN 1 ELSE @extschema@.fueleu_scope($2) END;
    IF scope = 0 THEN
        RETURN ARRAY[$1[1], $1[2], $3::double precision];    -- out of scope, even with its fuel unknown
    END IF;
    -- NULL for a voyage that does not report its fuel: the balance is then unknown (NULL), not 0
    energy := @extschema@.energy_mj($2, coalesce($5, 'fueleu'));
    RETURN ARRAY[$1[1] + scope * energy,
                 $1[2] + scope * energy * coalesce(@extschema@.ghg_intensity($2, coalesce($5, 'fueleu')), 0),
                 $3::double precision];
END $$;
COMMENT ON FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean, text) IS
    'Transition function of fueleu_balance_t(voyage, year, as_if_in_scope, factor_set): energy and intensity with that set (NULL: fueleu)';
CREATE OR REPLACE FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean) RETURNS double precision[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN portemis.fueleu_balance_accum($1, $2, $3, $4, 'fueleu');
END $$;
CREATE AGGREGATE @extschema@.fueleu_balance_t(@extschema@.voyage, year integer, as_if_in_scope boolean, factor_set text) (
    SFUNC = portemis.fueleu_balance_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.fueleu_balance_combine,
    FINALFUNC = portemis.fueleu_balance_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fueleu_balance_t(@extschema@.voyage, integer, boolean, text) IS
    'FuelEU compliance balance (t CO2e) with the energy and well-to-wake intensity of a factor set of yours (a copy of fueleu with certified biofuel batches; NULL: fueleu): fueleu_balance_t(v, 2025, false, ''my_set'')';

-- A zone in another SRID is 22023 (as route_share says it), not PostGIS's internal error on mixed SRIDs;
-- geometry_for_maps refuses arcs by name (PostGIS raised an internal error).
CREATE FUNCTION portemis.zone_not_4326(srid integer) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'zone must be in SRID 4326 (WGS 84 longitude/latitude), not SRID %', srid
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Set the SRID with ST_SetSRID(geom, 4326).';
END $$;
COMMENT ON FUNCTION portemis.zone_not_4326(integer) IS
    'Support function of voyage_emissions_in: raises 22023 for a zone not in SRID 4326 (as route_share does)';
CREATE OR REPLACE FUNCTION portemis.valid_zone(zone geometry) RETURNS geometry
LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN CASE WHEN st_srid(zone) <> 4326 THEN portemis.zone_not_4326(st_srid(zone))
            WHEN st_isvalid(zone) THEN zone ELSE portemis.invalid_zone(st_isvalidreason(zone)) END;
COMMENT ON FUNCTION portemis.valid_zone(geometry) IS
    'Support function of voyage_emissions_in: the zone if it is a valid polygon in SRID 4326, else error 22023 saying why';
CREATE FUNCTION portemis.curve_not_for_maps(geomtype text) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'a geometry for maps cannot have arcs (%)', geomtype
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Approximate it with ST_CurveToLine(geom).';
END $$;
COMMENT ON FUNCTION portemis.curve_not_for_maps(text) IS
    'Support function of geometry_for_maps: raises 22023 for a geometry with arcs (CircularString, CurvePolygon, ...)';
CREATE OR REPLACE FUNCTION @extschema@.geometry_for_maps(geom geometry) RETURNS geometry
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN st_srid(geom) <> 4326 THEN portemis.not_for_maps(st_srid(geom))
            WHEN st_hasarc(geom) THEN portemis.curve_not_for_maps(geometrytype(geom))
            WHEN geometrytype(geom) IN ('LINESTRING', 'MULTILINESTRING', 'LINESTRINGM', 'MULTILINESTRINGM')
            THEN st_setsrid(st_geomfromwkb(portemis.route_for_maps_wkb(st_asbinary(geom), 4326)), 4326)
            WHEN NOT st_isempty(geom) AND (st_xmin(geom) < -540 OR st_xmax(geom) > 540 OR st_ymin(geom) < -90 OR st_ymax(geom) > 90)
            THEN portemis.not_for_maps(4326)
            ELSE st_wrapx(st_wrapx(st_wrapx(st_wrapx(geom, 180, -360), 180, -360), -180, 360), -180, 360) END;

-- The Citus change log's policy tests the table name first: a row without one was refused with 22004 from
-- format(), now as any row a role may not add.
ALTER POLICY registry_writers ON portemis.registry_change
    WITH CHECK (CASE WHEN table_name IN (SELECT portemis.registry_tables())      -- first: then it names a table
                     THEN has_any_column_privilege(to_regclass(format('portemis.%I', table_name)), 'INSERT, UPDATE')
                          OR has_table_privilege(to_regclass(format('portemis.%I', table_name)), 'DELETE, TRUNCATE')
                     ELSE false END
                AND changed_by = current_user AND changed_at = now());

-- An alias leads to a port of the gazetteer: port_geom resolves an alias first, so an alias to a code the
-- gazetteer lacks (another alias, a typo) would lose the port (port_geom NULL).  Checked from both sides: a new
-- or changed alias, and a port whose last row with a code an alias leads to is deleted or re-coded.  (An alias
-- may be a port's own code: a user's mapping of one port under another, Yokohama under Tokyo.)
CREATE FUNCTION portemis.port_alias_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    orphan text;
BEGIN
    -- one writer at a time, so that the lookups see what another transaction committed (READ COMMITTED)
    PERFORM pg_advisory_xact_lock(pg_catalog.hashtext('portemis.port_alias_check'));
    IF TG_TABLE_NAME = 'port_alias' THEN
        IF NOT EXISTS (SELECT 1 FROM portemis.port p WHERE p.locode OPERATOR(@extschema@.=) NEW.locode) THEN
            RAISE EXCEPTION 'port alias % leads to %, which is not a port of portemis.port', NEW.alias, NEW.locode
                USING ERRCODE = 'foreign_key_violation', HINT = 'Point the alias at the code the gazetteer uses (not at another alias).';
        END IF;
        RETURN NEW;
    END IF;
    SELECT min(a.alias::text) INTO orphan FROM portemis.port_alias a
    WHERE a.locode OPERATOR(@extschema@.=) OLD.locode
      AND NOT EXISTS (SELECT 1 FROM portemis.port p WHERE p.locode OPERATOR(@extschema@.=) OLD.locode);
    IF orphan IS NOT NULL THEN
        RAISE EXCEPTION 'port % is the last of its code, and port alias % leads to it', OLD.locode, orphan
            USING ERRCODE = 'foreign_key_violation', HINT = 'Delete or re-point the alias first.';
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION portemis.port_alias_check() IS
    'Trigger: a port alias leads to a port of the gazetteer (checked on port_alias, and on port when a code goes)';
DO $$
DECLARE
    bad text;
BEGIN
    SELECT string_agg(a.alias::text || ' -> ' || a.locode::text, ', ') INTO bad FROM portemis.port_alias a
    WHERE NOT EXISTS (SELECT 1 FROM portemis.port p WHERE p.locode OPERATOR(@extschema@.=) a.locode);
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'portemis.port_alias has aliases that lead to no port of portemis.port: %', bad
            USING ERRCODE = 'check_violation', HINT = 'Correct or delete them, then update again.';
    END IF;
END $$;
CREATE TRIGGER port_alias_check BEFORE INSERT OR UPDATE ON portemis.port_alias
    FOR EACH ROW EXECUTE FUNCTION portemis.port_alias_check();
CREATE TRIGGER port_alias_check AFTER DELETE OR UPDATE OF locode ON portemis.port
    FOR EACH ROW EXECUTE FUNCTION portemis.port_alias_check();
