/*
 * route.c: SQL wrappers of the route functions.  PostGIS stays at the SQL
 * boundary: the SQL functions pass ST_AsBinary(geometry) and ST_SRID(geometry)
 * here (src/sql/70_routes.sql), and the plain C layer (pm_geo.c) parses WKB.
 */
#include "portemis.h"

#include <math.h>

#include "utils/builtins.h"

#include "pm_geo.h"

static void *
pm_palloc(size_t size)
{
	return palloc(size);
}

static void
geometry_arg(FunctionCallInfo fcinfo, int wkb_arg, int srid_arg, bool polygon, const char *what,
			 PmParts *out)
{
	bytea	   *wkb = PG_GETARG_BYTEA_PP(wkb_arg);
	int32		srid = PG_GETARG_INT32(srid_arg);
	PmError		err;

	if (srid != PM_SRID_WGS84)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be in SRID 4326 (WGS 84 longitude/latitude), not SRID %d", what, srid),
				 errhint(srid == 0 ? "Set the SRID with ST_SetSRID(geom, 4326)."
						 : "Transform it with ST_Transform(geom, 4326).")));
	if (!pm_wkb_parse((const uint8_t *) VARDATA_ANY(wkb), VARSIZE_ANY_EXHDR(wkb), polygon, what,
					  pm_palloc, out, &err))
		pm_raise_error(&err, NULL);
}

/* route_length_nm_wkb(wkb bytea, srid int): geodesic length in nm */
PG_FUNCTION_INFO_V1(route_length_nm_wkb);
Datum
route_length_nm_wkb(PG_FUNCTION_ARGS)
{
	PmParts		route;

	geometry_arg(fcinfo, 0, 1, false, "route", &route);
	PG_RETURN_FLOAT8(pm_route_length_nm(&route));
}

/* route_inside_nm_wkb(route bytea, route_srid int, zone bytea, zone_srid int): nm inside the zone */
PG_FUNCTION_INFO_V1(route_inside_nm_wkb);
Datum
route_inside_nm_wkb(PG_FUNCTION_ARGS)
{
	PmParts		route,
				zone;
	double	   *scratch;

	geometry_arg(fcinfo, 0, 1, false, "route", &route);
	geometry_arg(fcinfo, 2, 3, true, "zone", &zone);
	scratch = palloc(sizeof(double) * (5 * (size_t) zone.npoints + 8));
	PG_RETURN_FLOAT8(pm_route_inside_nm(&route, &zone, scratch));
}

/* route_share_wkb(...): fraction of the route's geodesic length inside the zone; NULL for an empty route */
PG_FUNCTION_INFO_V1(route_share_wkb);
Datum
route_share_wkb(PG_FUNCTION_ARGS)
{
	PmParts		route,
				zone;
	double	   *scratch;
	double		total,
				inside;

	geometry_arg(fcinfo, 0, 1, false, "route", &route);
	geometry_arg(fcinfo, 2, 3, true, "zone", &zone);
	scratch = palloc(sizeof(double) * (5 * (size_t) zone.npoints + 8));
	pm_route_measure(&route, &zone, scratch, &total, &inside);
	if (!(total > 0))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(fmin(1.0, fmax(0.0, inside / total)));
}

/* route_for_maps_wkb(wkb bytea, srid int): the route split at the antimeridian, as MultiLineString WKB */
PG_FUNCTION_INFO_V1(route_for_maps_wkb);
Datum
route_for_maps_wkb(PG_FUNCTION_ARGS)
{
	PmParts		route,
				split;
	uint8_t    *wkb;
	size_t		len;
	bytea	   *result;

	geometry_arg(fcinfo, 0, 1, false, "route", &route);
	pm_route_split_antimeridian(&route, pm_palloc, &split);
	wkb = pm_wkb_multilinestring(&split, pm_palloc, &len);
	result = palloc(VARHDRSZ + len);
	SET_VARSIZE(result, VARHDRSZ + len);
	memcpy(VARDATA(result), wkb, len);
	PG_RETURN_BYTEA_P(result);
}
