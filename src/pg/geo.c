/*
 * route.c: SQL wrappers of the route functions.  PostGIS stays at the SQL
 * boundary: the SQL functions pass ST_AsBinary(geometry) and ST_SRID(geometry)
 * here (src/sql/70_routes.sql), and the plain C layer (pm_geo.c) parses WKB.
 */
#include "portemis.h"

#include <math.h>

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/indexing.h"
#include "catalog/namespace.h"
#include "catalog/pg_extension.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "nodes/value.h"
#include "parser/parse_func.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "pm_geo.h"

static void *
pm_palloc(size_t size)
{
	return palloc(size);
}

static void
check_srid(int32 srid, const char *what)
{
	if (srid != PM_SRID_WGS84)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be in SRID 4326 (WGS 84 longitude/latitude), not SRID %d", what, srid),
				 errhint(srid == 0 ? "Set the SRID with ST_SetSRID(geom, 4326)."
						 : "Transform it with ST_Transform(geom, 4326).")));
}

static void
geometry_arg(FunctionCallInfo fcinfo, int wkb_arg, int srid_arg, bool polygon, const char *what,
			 PmParts *out)
{
	bytea	   *wkb = PG_GETARG_BYTEA_PP(wkb_arg);
	PmError		err;

	check_srid(PG_GETARG_INT32(srid_arg), what);
	if (!pm_wkb_parse((const uint8_t *) VARDATA_ANY(wkb), VARSIZE_ANY_EXHDR(wkb), polygon, what,
					  pm_palloc, out, &err))
		pm_raise_error(&err, NULL);
}

/*
 * Zone arguments, parsed and indexed once for as long as the same zones
 * come, with the scratch their measures need: a statement over many routes
 * against one zone (or a few) parses it once.  Kept per backend, not per
 * call site, because route_share(geometry, geometry) is not inlined when
 * the zone is a subquery and then each call is a new call site.  Recognised
 * by their WKB bytes, so a memo cannot be stale.  A zone over
 * ZONE_MEMO_MAX_BYTES (about 60,000 vertices) is parsed for the call only:
 * parsed, indexed and with its scratch a zone takes about 6 times its WKB
 * (up to 10 times for many parts spanning many latitude bands: the index of
 * polygons by band), so a backend keeps at most some 25-40 MB between
 * statements.
 */
#define ZONE_MEMOS 4
#define ZONE_MEMO_MAX_BYTES (1024 * 1024)

typedef struct ZoneMemo
{
	MemoryContext cxt;
	bytea	   *wkb;			/* the zone's WKB, to recognise it; NULL: empty slot */
	PmParts		zone;
	double	   *scratch;		/* 5 * npoints + 8 */
} ZoneMemo;

static ZoneMemo zone_memos[ZONE_MEMOS];
static int	zone_memo_next;
static MemoryContext zone_memo_cxt;

static void *
zone_memo_alloc(size_t size)
{
	return MemoryContextAlloc(zone_memo_cxt, size);
}

/* Parse and index the zone into memory of cxt. */
static void
zone_parse(ZoneMemo *m, bytea *wkb, MemoryContext cxt)
{
	size_t		len = VARSIZE_ANY_EXHDR(wkb);
	PmError		err;
	PmBox		box;

	zone_memo_cxt = cxt;
	if (!pm_wkb_parse((const uint8_t *) VARDATA_ANY(wkb), len, true, "zone", zone_memo_alloc, &m->zone, &err))
		pm_raise_error(&err, NULL);
	box = pm_parts_box(&m->zone);
	if (m->zone.npoints > 0)
		pm_zone_index(&m->zone, &box, zone_memo_alloc);
	m->scratch = MemoryContextAlloc(cxt, sizeof(double) * (5 * (size_t) m->zone.npoints + 8));
}

static ZoneMemo *
zone_arg(FunctionCallInfo fcinfo, int wkb_arg, int srid_arg)
{
	bytea	   *wkb = PG_GETARG_BYTEA_PP(wkb_arg);
	size_t		len = VARSIZE_ANY_EXHDR(wkb);
	ZoneMemo   *m;
	int			i;

	check_srid(PG_GETARG_INT32(srid_arg), "zone");
	for (i = 0; i < ZONE_MEMOS; i++)
	{
		m = &zone_memos[i];
		if (m->wkb != NULL && VARSIZE_ANY_EXHDR(m->wkb) == len &&
			memcmp(VARDATA_ANY(m->wkb), VARDATA_ANY(wkb), len) == 0)
			return m;
	}
	if (len > ZONE_MEMO_MAX_BYTES)
	{
		m = palloc0(sizeof(ZoneMemo));
		zone_parse(m, wkb, CurrentMemoryContext);
		return m;
	}
	m = &zone_memos[zone_memo_next];
	zone_memo_next = (zone_memo_next + 1) % ZONE_MEMOS;
	if (m->cxt == NULL)
		m->cxt = AllocSetContextCreate(TopMemoryContext, "portemis zone memo", ALLOCSET_SMALL_SIZES);
	m->wkb = NULL;				/* until the new zone is whole: an error leaves an empty slot */
	MemoryContextReset(m->cxt);
	zone_parse(m, wkb, m->cxt);
	m->wkb = MemoryContextAlloc(m->cxt, VARHDRSZ + len);
	SET_VARSIZE(m->wkb, VARHDRSZ + len);
	memcpy(VARDATA(m->wkb), VARDATA_ANY(wkb), len);
	return m;
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
	PmParts		route;
	ZoneMemo   *zone = zone_arg(fcinfo, 2, 3);

	geometry_arg(fcinfo, 0, 1, false, "route", &route);
	PG_RETURN_FLOAT8(pm_route_inside_nm(&route, &zone->zone, zone->scratch));
}

/* route_share_wkb(...): fraction of the route's geodesic length inside the zone; NULL for an empty route */
PG_FUNCTION_INFO_V1(route_share_wkb);
Datum
route_share_wkb(PG_FUNCTION_ARGS)
{
	PmParts		route;
	ZoneMemo   *zone = zone_arg(fcinfo, 2, 3);
	double		total,
				inside;

	geometry_arg(fcinfo, 0, 1, false, "route", &route);
	pm_route_measure(&route, &zone->zone, zone->scratch, &total, &inside);
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

/*
 * geojson_collection(geometry, jsonb): the features are appended as text to
 * one buffer in the aggregate's memory (linear in the rows; a jsonb[] state
 * was copied on every row), each made by the SQL function geojson_feature.
 */
typedef struct FeatureFn
{
	FmgrInfo	flinfo;
} FeatureFn;

/* The schema portemis is installed in (get_extension_schema is not exported before PostgreSQL 16). */
static Oid
extension_schema(Oid ext)
{
	Relation	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	Oid			result = InvalidOid;

	ScanKeyInit(&key, Anum_pg_extension_oid, BTEqualStrategyNumber, F_OIDEQ, ObjectIdGetDatum(ext));
	scan = systable_beginscan(rel, ExtensionOidIndexId, true, NULL, 1, &key);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
		result = ((Form_pg_extension) GETSTRUCT(tup))->extnamespace;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return result;
}

static FmgrInfo *
feature_function(FunctionCallInfo fcinfo)
{
	FeatureFn  *fn = (FeatureFn *) fcinfo->flinfo->fn_extra;

	if (fn == NULL)
	{
		Oid			ext = get_extension_oid("portemis", false);
		char	   *schema = get_namespace_name(extension_schema(ext));
		Oid			argtypes[2] = {get_fn_expr_argtype(fcinfo->flinfo, 1), JSONBOID};
		Oid			func = LookupFuncName(list_make2(makeString(schema), makeString("geojson_feature")), 2,
										  argtypes, false);

		fn = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(FeatureFn));
		fmgr_info_cxt(func, &fn->flinfo, fcinfo->flinfo->fn_mcxt);
		fcinfo->flinfo->fn_extra = fn;
	}
	return &fn->flinfo;
}

PG_FUNCTION_INFO_V1(geojson_collection_accum);
Datum
geojson_collection_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx;
	StringInfo	state;
	FmgrInfo   *feature_fn;
	Datum		feature;
	Jsonb	   *jb;

	LOCAL_FCINFO(call, 2);

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("geojson_collection_accum is the transition function of geojson_collection")));
	state = PG_ARGISNULL(0) ? NULL : (StringInfo) PG_GETARG_POINTER(0);
	if (state == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(aggctx);

		state = makeStringInfo();
		MemoryContextSwitchTo(old);
	}
	feature_fn = feature_function(fcinfo);
	InitFunctionCallInfoData(*call, feature_fn, 2, InvalidOid, NULL, NULL);
	call->args[0].value = PG_GETARG_DATUM(1);
	call->args[0].isnull = PG_ARGISNULL(1);
	call->args[1].value = PG_GETARG_DATUM(2);
	call->args[1].isnull = PG_ARGISNULL(2);
	feature = FunctionCallInvoke(call);
	if (call->isnull)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("geojson_feature returned NULL")));
	jb = DatumGetJsonbP(feature);
	appendStringInfoString(state, state->len == 0 ? "[" : ", ");
	(void) JsonbToCString(state, &jb->root, VARSIZE(jb));
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(geojson_collection_final);
Datum
geojson_collection_final(PG_FUNCTION_ARGS)
{
	StringInfo	state = PG_ARGISNULL(0) ? NULL : (StringInfo) PG_GETARG_POINTER(0);
	char	   *json = psprintf("{\"type\": \"FeatureCollection\", \"features\": %s]}",
								state == NULL ? "[" : state->data);

	return DirectFunctionCall1(jsonb_in, CStringGetDatum(json));
}
