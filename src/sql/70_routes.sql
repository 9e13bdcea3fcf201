-- ---------------------------------------------------------------------------
-- Routes and zones.  PostGIS stays at the SQL boundary: these SQL functions
-- hand ST_AsBinary/ST_SRID to C, which measures geodesics on WGS 84 with
-- Karney's algorithm (PROJ geodesic.h).  Their bodies are parsed at install
-- time (SQL-standard bodies), so PostGIS's functions are bound by OID and the
-- caller's search_path does not matter.
-- ---------------------------------------------------------------------------

CREATE FUNCTION portemis.route_length_nm_wkb(wkb bytea, srid integer) RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.route_length_nm_wkb(bytea, integer) IS
    'Geodesic length (nm) of a LineString/MultiLineString given as WKB; use route_length_nm(geometry)';
CREATE FUNCTION portemis.route_inside_nm_wkb(route bytea, route_srid integer, zone bytea, zone_srid integer)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.route_inside_nm_wkb(bytea, integer, bytea, integer) IS
    'Geodesic length (nm) of a route inside a zone, both as WKB; use route_split_nm(geometry, geometry)';
CREATE FUNCTION portemis.route_share_wkb(route bytea, route_srid integer, zone bytea, zone_srid integer)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.route_share_wkb(bytea, integer, bytea, integer) IS
    'Share (0..1) of a route''s geodesic length inside a zone, both as WKB; use route_share(geometry, geometry)';

CREATE FUNCTION @extschema@.route_length_nm(route geometry) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN portemis.route_length_nm_wkb(st_asbinary(route), st_srid(route));
COMMENT ON FUNCTION @extschema@.route_length_nm(geometry) IS
    'Geodesic length on WGS 84 of a LineString or MultiLineString in SRID 4326, nautical miles; a segment takes the short way round (across the antimeridian if shorter); longitudes -180..180 or 0..360; empty: 0';

CREATE FUNCTION @extschema@.route_share(route geometry, zone geometry) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN portemis.route_share_wkb(st_asbinary(route), st_srid(route), st_asbinary(zone), st_srid(zone));
COMMENT ON FUNCTION @extschema@.route_share(geometry, geometry) IS
    'Fraction (0..1) of a route''s geodesic length inside a zone (Polygon/MultiPolygon, SRID 4326): the route is split at the zone boundary in longitude/latitude, pieces measured geodesically; antimeridian-safe; NULL for an empty route';

CREATE FUNCTION @extschema@.route_split_nm(route geometry, zone geometry,
    OUT inside_nm double precision, OUT outside_nm double precision)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT i, greatest(0, t - i)
    FROM (SELECT portemis.route_inside_nm_wkb(st_asbinary(route), st_srid(route), st_asbinary(zone), st_srid(zone)) AS i,
                 portemis.route_length_nm_wkb(st_asbinary(route), st_srid(route)) AS t) s;
END;
COMMENT ON FUNCTION @extschema@.route_split_nm(geometry, geometry) IS
    'Nautical miles of a route inside and outside a zone (see route_share)';

-- Zones: ECAs with their dated limits, port areas, user polygons.
-- Every vertex of a zone where the C code reads it (src/core/pm_geo.c): latitudes within +-90 degrees,
-- longitudes within +-540, no NaN (which a geometry's bounding box leaves out).
CREATE FUNCTION portemis.zone_coordinates_valid(geom geometry) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT coalesce(bool_and(st_y(d.geom) BETWEEN -90 AND 90 AND st_x(d.geom) BETWEEN -540 AND 540), true)
    FROM st_dumppoints(geom) d;
END;
COMMENT ON FUNCTION portemis.zone_coordinates_valid(geometry) IS
    'Support function of portemis.zone''s check: every vertex within +-90 degrees of latitude and +-540 of longitude, none NaN';

CREATE TABLE portemis.zone (
    name            text NOT NULL CHECK (name <> ''),
    kind            text NOT NULL CHECK (kind IN ('eca', 'port_area', 'berth', 'anchorage', 'inventory', 'custom')),
    valid_from      date NOT NULL DEFAULT '-infinity',
    valid_to        date CHECK (valid_to > valid_from),
    sulphur_pct     double precision CHECK (sulphur_pct >= 0 AND sulphur_pct <= 100),
    nox_tier3_from  date,
    geom            geometry NOT NULL CHECK (st_srid(geom) = 4326 AND geometrytype(geom) IN ('POLYGON', 'MULTIPOLYGON')),
    source          text NOT NULL CHECK (source <> ''),
    shipped         boolean NOT NULL DEFAULT false,
    locode          @extschema@.locode,
    PRIMARY KEY (name, valid_from),
    -- what the C code reads (src/core/pm_geo.c): a zone it refuses would stop every user's ais_activity
    CONSTRAINT zone_coordinates CHECK (portemis.zone_coordinates_valid(geom)),
    -- zones are unioned and intersected (eca_shares): one Z or self-intersecting row would stop every query
    CONSTRAINT zone_shape CHECK (st_ndims(geom) = 2 AND st_isvalid(geom))
);
COMMENT ON CONSTRAINT zone_coordinates ON portemis.zone IS
    'Latitudes within +-90 degrees, longitudes within +-540 (a zone across the antimeridian may use 0..360 or beyond 180); no NaN';
COMMENT ON CONSTRAINT zone_shape ON portemis.zone IS
    'Two-dimensional (ST_Force2D a Z or M polygon) and valid (ST_MakeValid a self-intersecting one; ST_IsValidReason says why)';
COMMENT ON COLUMN portemis.zone.locode IS
    'The port (UN/LOCODE) of a port_area, berth or anchorage zone: ais_port_calls() names a call by it';
COMMENT ON TABLE portemis.zone IS
    'Zones: Emission Control Areas (one row per period of a sulphur limit, % m/m, with the NOx Tier III start for ships built from that date), port areas, berths, anchorages, inventory boundaries and user polygons (custom); geometry SRID 4326; ais_activity() splits AIS intervals at their boundaries';
CREATE INDEX zone_geom ON portemis.zone USING gist (geom);

-- The port gazetteer: the World Port Index (NGA Pub. 150, US Government work, public domain).
CREATE TABLE portemis.port (
    id          integer GENERATED BY DEFAULT AS IDENTITY (START WITH 1000000) PRIMARY KEY,
    wpi_number  numeric,
    locode      @extschema@.locode,
    wpi_locode  text,
    name        text NOT NULL,
    country     text NOT NULL,
    geom        geometry NOT NULL CHECK (st_srid(geom) = 4326 AND geometrytype(geom) = 'POINT'),
    shipped     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE portemis.port IS
    'Ports of the World Port Index (NGA Pub. 150, public domain): UN/LOCODE (normalised from "US LAX", corrected where WPI differs), the WPI''s own code, name, country, position (SRID 4326)';
CREATE INDEX port_locode ON portemis.port (locode);
CREATE INDEX port_wpi_number ON portemis.port (wpi_number);

CREATE TABLE portemis.port_alias (
    alias   @extschema@.locode PRIMARY KEY,
    locode  @extschema@.locode NOT NULL,
    note    text NOT NULL,
    shipped boolean NOT NULL DEFAULT false
);
-- (the port_alias_check trigger looks up the aliases that lead to a port)
CREATE INDEX port_alias_locode ON portemis.port_alias (locode);
COMMENT ON TABLE portemis.port_alias IS
    'Other codes for a port: alias -> UN/LOCODE (e.g. CNSGH, the World Port Index code of Shanghai, -> CNSHA)';
-- An alias leads to a port of the gazetteer: port_geom resolves an alias first, so an alias to a code the
-- gazetteer lacks (another alias, a typo) would lose the port (port_geom NULL).  Checked from both sides: a new
-- or changed alias, and a port whose last row with a code an alias leads to is deleted or re-coded.  (An alias
-- may be a port's own code: a user's mapping of one port under another, Yokohama under Tokyo.)
-- The trigger runs after the row is written, and its lookups read the other table's latest rows, waiting for
-- a transaction that is writing one (src/pg/registry_names.c): the transaction's own snapshot would miss a
-- change another one commits (REPEATABLE READ) or is making at the same moment.
CREATE FUNCTION portemis._port_with_code(code text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_port_with_code' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._port_with_code(text) IS
    'Internal (trigger port_alias_check): the code, if a port of the gazetteer has it in the latest state (not the transaction''s snapshot; waits for a transaction writing such a row); NULL if none';
CREATE FUNCTION portemis._port_alias_to(code text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_port_alias_to' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._port_alias_to(text) IS
    'Internal (trigger port_alias_check): the first port alias, by code, that leads to this code in the latest state (not the transaction''s snapshot; waits for a transaction writing such a row); NULL if none';

CREATE FUNCTION portemis.port_alias_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    orphan text;
BEGIN
    IF portemis._registry_table(TG_RELID) = 'port_alias' THEN
        IF portemis._port_with_code(NEW.locode::text) IS NULL THEN
            RAISE EXCEPTION 'port alias % leads to %, which is not a port of portemis.port', NEW.alias, NEW.locode
                USING ERRCODE = 'foreign_key_violation', HINT = 'Point the alias at the code the gazetteer uses (not at another alias).';
        END IF;
        RETURN NULL;
    END IF;
    IF portemis._port_with_code(OLD.locode::text) IS NULL THEN
        orphan := portemis._port_alias_to(OLD.locode::text);
        IF orphan IS NOT NULL THEN
            RAISE EXCEPTION 'port % is the last of its code, and port alias % leads to it', OLD.locode, orphan
                USING ERRCODE = 'foreign_key_violation', HINT = 'Delete or re-point the alias first.';
        END IF;
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION portemis.port_alias_check() IS
    'Trigger: a port alias leads to a port of the gazetteer (checked on port_alias, and on port when a code goes)';
CREATE TRIGGER port_alias_check AFTER INSERT OR UPDATE ON portemis.port_alias
    FOR EACH ROW EXECUTE FUNCTION portemis.port_alias_check();
CREATE TRIGGER port_alias_check AFTER DELETE OR UPDATE OF locode ON portemis.port
    FOR EACH ROW EXECUTE FUNCTION portemis.port_alias_check();
