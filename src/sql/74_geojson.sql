-- ---------------------------------------------------------------------------
-- Geometries for maps: GeoJSON (RFC 7946) that QGIS and web maps draw right
-- across the antimeridian.  RFC 7946 section 3.1.9 asks for geometries that
-- cross it to be split there, with longitudes in [-180, 180].
-- ---------------------------------------------------------------------------

CREATE FUNCTION portemis.route_for_maps_wkb(bytea, integer) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.route_for_maps_wkb(bytea, integer) IS
    'A route (WKB) split at the antimeridian where its geodesic segments cross it, as MultiLineString WKB; use geometry_for_maps(geometry)';

-- The raiser is STABLE so that a constant argument is never folded into an error at plan time.
CREATE FUNCTION portemis.not_for_maps(srid integer) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF srid = 4326 THEN
        RAISE EXCEPTION 'a geometry for maps must have longitudes within -540..540 and latitudes within -90..90'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RAISE EXCEPTION 'a geometry for maps must be in SRID 4326 (WGS 84 longitude/latitude), not SRID %', srid
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Transform it with ST_Transform(geom, 4326).';
END $$;
COMMENT ON FUNCTION portemis.not_for_maps(integer) IS
    'Support function of geometry_for_maps: raises 22023 for a geometry not in SRID 4326 or out of range';
CREATE FUNCTION portemis.curve_not_for_maps(geomtype text) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'a geometry for maps cannot have arcs (%)', geomtype
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Approximate it with ST_CurveToLine(geom).';
END $$;
COMMENT ON FUNCTION portemis.curve_not_for_maps(text) IS
    'Support function of geometry_for_maps: raises 22023 for a geometry with arcs (CircularString, CurvePolygon, ...)';

CREATE FUNCTION portemis.bad_properties(properties jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'GeoJSON properties must be a JSON object, got %', jsonb_typeof(properties)
        USING ERRCODE = 'invalid_parameter_value';
END $$;
COMMENT ON FUNCTION portemis.bad_properties(jsonb) IS
    'Support function of geojson_feature: raises 22023 for properties that are not a JSON object';

-- Lines are routes: each segment is a geodesic taken the short way round (as route_length_nm measures
-- it), split at the latitude where that geodesic crosses the antimeridian, so the lengths add up.
-- Polygons and points are zones and ports, whose edges are straight in longitude/latitude (as
-- route_share reads them): a zone across the antimeridian is stored with longitudes beyond 180 and
-- split at +-180 in that plane (PostGIS ST_WrapX).
CREATE FUNCTION @extschema@.geometry_for_maps(geom geometry) RETURNS geometry
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN st_srid(geom) <> 4326 THEN portemis.not_for_maps(st_srid(geom))
            WHEN st_hasarc(geom) THEN portemis.curve_not_for_maps(geometrytype(geom))
            WHEN geometrytype(geom) IN ('LINESTRING', 'MULTILINESTRING', 'LINESTRINGM', 'MULTILINESTRINGM')
            THEN st_setsrid(st_geomfromwkb(portemis.route_for_maps_wkb(st_asbinary(geom), 4326)), 4326)
            WHEN NOT st_isempty(geom) AND (st_xmin(geom) < -540 OR st_xmax(geom) > 540 OR st_ymin(geom) < -90 OR st_ymax(geom) > 90)
            THEN portemis.not_for_maps(4326)
            ELSE st_wrapx(st_wrapx(st_wrapx(st_wrapx(geom, 180, -360), 180, -360), -180, 360), -180, 360) END;
COMMENT ON FUNCTION @extschema@.geometry_for_maps(geometry) IS
    'A geometry (SRID 4326) with longitudes in [-180, 180], split at the antimeridian: routes at the latitude where each geodesic segment crosses it (lengths are kept), zones and points in the longitude/latitude plane; routes lose Z and M';

CREATE FUNCTION @extschema@.geojson_feature(geom geometry, properties jsonb DEFAULT '{}') RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN jsonb_build_object(
    'type', 'Feature',
    'geometry', CASE WHEN geom IS NOT NULL THEN st_asgeojson(@extschema@.geometry_for_maps(geom), 9)::jsonb END,
    'properties', CASE WHEN properties IS NULL OR jsonb_typeof(properties) IN ('object', 'null') THEN properties
                       ELSE portemis.bad_properties(properties) END);
COMMENT ON FUNCTION @extschema@.geojson_feature(geometry, jsonb) IS
    'A GeoJSON Feature (RFC 7946) of a geometry in SRID 4326, drawn right across the antimeridian (geometry_for_maps), coordinates to 9 decimals, with a JSON object of properties';

CREATE FUNCTION portemis.geojson_collection_accum(internal, geometry, jsonb) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
COMMENT ON FUNCTION portemis.geojson_collection_accum(internal, geometry, jsonb) IS
    'Transition function of geojson_collection: appends geojson_feature(geometry, properties)';
CREATE FUNCTION portemis.geojson_collection_final(internal) RETURNS jsonb
    AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
COMMENT ON FUNCTION portemis.geojson_collection_final(internal) IS
    'Final function of geojson_collection';
CREATE AGGREGATE @extschema@.geojson_collection(geom geometry, properties jsonb) (
    SFUNC = portemis.geojson_collection_accum,
    STYPE = internal,
    FINALFUNC = portemis.geojson_collection_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.geojson_collection(geometry, jsonb) IS
    'A GeoJSON FeatureCollection of the rows'' geometries and properties: SELECT geojson_collection(geom, jsonb_build_object(''name'', name)) FROM portemis.zone';
