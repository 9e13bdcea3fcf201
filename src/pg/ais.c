/*
 * ais.c: SQL glue of the AIS functions (src/sql/76_ais.sql): the aggregate
 * ais_track (pings -> portemis.ais_interval[]) and the set-returning
 * ais_activity (intervals split at UTC days and at the zones of
 * portemis.zone).  The method is in src/core/pm_ais.c.
 */
#include "portemis.h"

#include <math.h>

#include "access/htup_details.h"
#include "common/int.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"

#include "pm_ais.h"

/* The attributes of portemis.ais_interval, in order. */
enum
{
	I_T_START, I_T_END, I_HOURS, I_DISTANCE_NM, I_SPEED_KN, I_SPEED_SOURCE, I_NAV_STATUS, I_DRAUGHT_M,
	I_GAP, I_LON_START, I_LAT_START, I_LON_END, I_LAT_END, I_PINGS_DUPLICATE, I_PINGS_REJECTED,
	I_PINGS_UNUSABLE, I_ZONES, I_AT_BERTH, I_IN_ANCHORAGE, I_IN_PORT_AREA, I_IN_INVENTORY, I_IN_ECA,
	I_NATTS
};

/* Zone kinds that set a flag of an interval (portemis.zone.kind); 'custom' sets none. */
static const char *const flag_kinds[] = {"berth", "anchorage", "port_area", "inventory", "eca"};
#define N_FLAG_KINDS 5

/* ---------- ais_track: the aggregate ---------- */

typedef struct TrackState
{
	PmPing	   *pings;
	int			n,
				capacity;
	PmAisOptions opt;
	bool		opt_given;
} TrackState;

/*
 * The most pings one track may hold: its intervals become one array of
 * composites (about 200 bytes each), which must stay under 1 GB.
 */
#define MAX_TRACK_PINGS 4000000

static double
interval_hours(Interval *iv, const char *what)
{
	if (iv->month != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be given in days, hours or minutes, not months", what)));
	return (double) iv->day * 24 + (double) iv->time / PM_USECS_PER_HOUR;
}

/* The options of the 8-argument form: the same on every row. */
static void
track_options(FunctionCallInfo fcinfo, TrackState *s)
{
	PmAisOptions opt = {PM_AIS_DEFAULT_MAX_GAP_H, PM_AIS_DEFAULT_MAX_SPEED_KN};
	PmError		err;

	if (PG_NARGS() >= 9)
	{
		if (!PG_ARGISNULL(7))
			opt.max_gap_h = interval_hours(PG_GETARG_INTERVAL_P(7), "max_gap");
		if (!PG_ARGISNULL(8))
			opt.max_speed_kn = PG_GETARG_FLOAT8(8);
	}
	if (!s->opt_given)
	{
		if (!pm_ais_options_check(&opt, &err))
			pm_raise_error(&err, "ais_track");
		s->opt = opt;
		s->opt_given = true;
	}
	else if (opt.max_gap_h != s->opt.max_gap_h || opt.max_speed_kn != s->opt.max_speed_kn)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ais_track: max_gap and max_speed_kn must be the same for every row of a track")));
}

static double
float_arg_or_nan(FunctionCallInfo fcinfo, int argno)
{
	return PG_NARGS() > argno && !PG_ARGISNULL(argno) ? PG_GETARG_FLOAT8(argno) : NAN;
}

/* One report as a ping: AIS placeholders and impossible values become "not available". */
static void
read_ping(FunctionCallInfo fcinfo, PmPing *p)
{
	double		lon = float_arg_or_nan(fcinfo, 2),
				lat = float_arg_or_nan(fcinfo, 3),
				sog = float_arg_or_nan(fcinfo, 4),
				draught = float_arg_or_nan(fcinfo, 6);
	TimestampTz t = PG_ARGISNULL(1) ? DT_NOBEGIN : PG_GETARG_TIMESTAMPTZ(1);
	bool		placed = !TIMESTAMP_NOT_FINITE(t) && isfinite(lon) && isfinite(lat) &&
		fabs(lat) <= 90 && fabs(lon) <= 180;

	p->t = t;
	p->lon = placed ? lon : NAN;
	p->lat = placed ? lat : NAN;
	/*
	 * SOG 102.3 is "not available", 102.2 "102.2 knots or more" (ITU-R
	 * M.1371-5, Annex 2, position report): a bound, not a speed, whatever
	 * max_speed_kn allows.  SOG comes in steps of 0.1 kn: 102.1 is the last.
	 */
	p->sog = isfinite(sog) && sog >= 0 && sog < 102.15 ? sog : NAN;
	p->draught_m = isfinite(draught) && draught > 0 && draught < 100 ? draught : NAN;
	p->nav_status = -1;
	if (!PG_ARGISNULL(5))
	{
		int32		status = PG_GETARG_INT32(5);

		if (status >= 0 && status < PM_AIS_STATUS_NA)
			p->nav_status = status;
	}
}

/*
 * ais_track(t, lon, lat, sog, nav_status [, draught_m [, max_gap, max_speed_kn]])
 * transition: arguments 1.. are the aggregate's (0 is the state).
 */
PG_FUNCTION_INFO_V1(ais_track_accum);
Datum
ais_track_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx;
	TrackState *s;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("ais_track_accum is the transition function of ais_track")));
	s = PG_ARGISNULL(0) ? NULL : (TrackState *) PG_GETARG_POINTER(0);
	if (s == NULL)
	{
		s = MemoryContextAllocZero(aggctx, sizeof(TrackState));
		s->capacity = 64;
		s->pings = MemoryContextAlloc(aggctx, sizeof(PmPing) * s->capacity);
	}
	track_options(fcinfo, s);
	if (s->n == s->capacity)
	{
		if (s->n >= MAX_TRACK_PINGS)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("ais_track: a track holds at most %d pings", MAX_TRACK_PINGS),
					 errhint("Group by ship and day, or by ship and month.")));
		s->capacity = Min(s->capacity * 2, MAX_TRACK_PINGS);
		s->pings = repalloc_huge(s->pings, sizeof(PmPing) * s->capacity);
	}
	read_ping(fcinfo, &s->pings[s->n]);
	s->pings[s->n].seq = s->n;
	s->n++;
	PG_RETURN_POINTER(s);
}

static TupleDesc
interval_tupdesc(Oid array_type)
{
	Oid			elem = get_element_type(array_type);
	TupleDesc	desc;

	if (!OidIsValid(elem))
		elog(ERROR, "ais: expected an array of portemis.ais_interval");
	desc = lookup_rowtype_tupdesc_copy(elem, -1);
	if (desc->natts != I_NATTS)
		elog(ERROR, "ais: portemis.ais_interval has %d attributes, expected %d", desc->natts, I_NATTS);
	return desc;
}

/* The speed sources as text datums, made once per call rather than once per interval. */
static void
speed_source_texts(Datum *texts)
{
	int			s;

	for (s = 0; s <= PM_SPEED_NONE; s++)
		texts[s] = CStringGetTextDatum(pm_speed_source_names[s]);
}

/*
 * An interval's attribute values.  flags NULL: zones and flags unknown (a
 * track's interval before ais_activity, or a gap, whose whereabouts are
 * unknown).  Otherwise asked[k]: whether zones of flag kind k were looked at;
 * a kind not asked for is unknown (NULL), not false: ais_emissions would
 * count an unknown ECA flag as outside the ECA.
 */
static void
interval_values(const PmInterval *iv, const Datum *source_texts, Datum zones, const bool *flags,
				const bool *asked, Datum *values, bool *nulls)
{
	int			k;

	memset(nulls, 0, sizeof(bool) * I_NATTS);
	values[I_T_START] = TimestampTzGetDatum(iv->t0);
	values[I_T_END] = TimestampTzGetDatum(iv->t1);
	values[I_HOURS] = Float8GetDatum(iv->hours);
	values[I_DISTANCE_NM] = Float8GetDatum(iv->distance_nm);
	values[I_SPEED_KN] = Float8GetDatum(iv->speed_kn);
	nulls[I_SPEED_KN] = isnan(iv->speed_kn);
	values[I_SPEED_SOURCE] = source_texts[iv->speed_source];
	values[I_NAV_STATUS] = Int32GetDatum(iv->nav_status);
	nulls[I_NAV_STATUS] = iv->nav_status < 0;
	values[I_DRAUGHT_M] = Float8GetDatum(iv->draught_m);
	nulls[I_DRAUGHT_M] = isnan(iv->draught_m);
	values[I_GAP] = BoolGetDatum(iv->gap);
	values[I_LON_START] = Float8GetDatum(iv->lon0);
	values[I_LAT_START] = Float8GetDatum(iv->lat0);
	values[I_LON_END] = Float8GetDatum(iv->lon1);
	values[I_LAT_END] = Float8GetDatum(iv->lat1);
	values[I_PINGS_DUPLICATE] = Int32GetDatum(iv->duplicates);
	values[I_PINGS_REJECTED] = Int32GetDatum(iv->rejected);
	values[I_PINGS_UNUSABLE] = Int32GetDatum(iv->unusable);
	values[I_ZONES] = zones;
	nulls[I_ZONES] = flags == NULL;
	for (k = 0; k < N_FLAG_KINDS; k++)
	{
		values[I_AT_BERTH + k] = BoolGetDatum(flags != NULL && flags[k]);
		nulls[I_AT_BERTH + k] = flags == NULL || !asked[k];
	}
}

/*
 * An interval composite's layout: every interval with the same NULL
 * attributes and the same speed source (the one text) has its values at the
 * same places, the rest being fixed-width.  So heap_form_tuple makes one
 * composite of each kind, and the others are its bytes with their own
 * fixed-width values stored in place: heap_compute_data_size and
 * heap_fill_tuple on every interval were 28 % of the aggregate's time.
 */
typedef struct IntervalLayout
{
	uint32		nulls;			/* bit k: attribute k is NULL */
	PmSpeedSource speed_source;
	HeapTupleHeader bytes;		/* one composite of this kind, from heap_form_tuple */
	Size		len;
	int			offset[I_NATTS];	/* where each value lies, from the composite's start */
} IntervalLayout;

/* A track's intervals come in a few kinds: NULL speed, status or draught, three speed sources (24 at most). */
#define MAX_LAYOUTS 64

static uint32
null_mask(const bool *nulls)
{
	uint32		mask = 0;
	int			k;

	for (k = 0; k < I_NATTS; k++)
		mask |= (uint32) nulls[k] << k;
	return mask;
}

/* The layout of a composite made by heap_form_tuple: where each value lies (as heap_deform_tuple finds it). */
static void
layout_offsets(TupleDesc desc, IntervalLayout *layout, const bool *nulls)
{
	char	   *data = (char *) layout->bytes + layout->bytes->t_hoff;
	uint32		off = 0;
	int			k;

	for (k = 0; k < I_NATTS; k++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, k);

		layout->offset[k] = -1;
		if (nulls[k])
			continue;
		if (att->attlen > 0 && !att->attbyval)
			elog(ERROR, "ais: portemis.ais_interval has a fixed-width attribute passed by reference");
		if (att->attlen < 0 && k != I_SPEED_SOURCE)
			elog(ERROR, "ais: portemis.ais_interval has an unexpected variable-width attribute");
		if (att->attlen < 0)
			off = att_align_pointer(off, att->attalign, -1, data + off);
		else
			off = att_align_nominal(off, att->attalign);
		layout->offset[k] = layout->bytes->t_hoff + off;
		off = att_addlength_pointer(off, att->attlen, data + off);
	}
}

/* The layout of an interval with these values, made at its kind's first interval. */
static const IntervalLayout *
interval_layout(TupleDesc desc, IntervalLayout *layouts, int *nlayouts, const PmInterval *iv,
				const Datum *values, const bool *nulls)
{
	uint32		mask = null_mask(nulls);
	IntervalLayout *layout;
	int			i;

	for (i = 0; i < *nlayouts; i++)
		if (layouts[i].nulls == mask && layouts[i].speed_source == iv->speed_source)
			return &layouts[i];
	if (*nlayouts == MAX_LAYOUTS)
		elog(ERROR, "ais: more than %d kinds of interval", MAX_LAYOUTS);
	layout = &layouts[(*nlayouts)++];
	layout->nulls = mask;
	layout->speed_source = iv->speed_source;
	layout->bytes = heap_form_tuple(desc, (Datum *) values, (bool *) nulls)->t_data;
	layout->len = HeapTupleHeaderGetDatumLength(layout->bytes);
	layout_offsets(desc, layout, nulls);
	return layout;
}

/*
 * The intervals as one portemis.ais_interval[], each composite written in
 * place in the array: what heap_form_tuple, HeapTupleGetDatum and
 * construct_array do, without their copies, a palloc per element and the
 * generic fill (see IntervalLayout).
 */
static ArrayType *
interval_array(TupleDesc desc, Oid elem_type, const PmInterval *iv, int n)
{
	Datum		values[I_NATTS],
				texts[PM_SPEED_NONE + 1];
	bool		nulls[I_NATTS];
	IntervalLayout layouts[MAX_LAYOUTS];
	int			nlayouts = 0;
	uint8	   *kind = palloc_extended(Max(n, 1), MCXT_ALLOC_HUGE);
	Size		nbytes = ARR_OVERHEAD_NONULLS(1);
	ArrayType  *result;
	char	   *p;
	int			i,
				k;

	if (n == 0)
		return construct_empty_array(elem_type);	/* '{}', as construct_array makes it */
	speed_source_texts(texts);
	for (i = 0; i < n; i++)
	{
		const IntervalLayout *layout;

		if ((i & 4095) == 4095)
			CHECK_FOR_INTERRUPTS();
		interval_values(&iv[i], texts, (Datum) 0, NULL, NULL, values, nulls);
		layout = interval_layout(desc, layouts, &nlayouts, &iv[i], values, nulls);
		kind[i] = (uint8) (layout - layouts);
		nbytes += att_align_nominal(layout->len, TYPALIGN_DOUBLE);
		if (!AllocSizeIsValid(nbytes))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("ais_track: the track's %d intervals exceed the 1 GB limit of an array", n),
					 errhint("Group by ship and day, or by ship and month.")));
	}
	result = palloc0(nbytes);
	SET_VARSIZE(result, nbytes);
	result->ndim = 1;
	result->dataoffset = 0;
	result->elemtype = elem_type;
	ARR_DIMS(result)[0] = n;
	ARR_LBOUND(result)[0] = 1;
	p = ARR_DATA_PTR(result);
	for (i = 0; i < n; i++)
	{
		const IntervalLayout *layout = &layouts[kind[i]];

		if ((i & 4095) == 4095)
			CHECK_FOR_INTERRUPTS();
		interval_values(&iv[i], texts, (Datum) 0, NULL, NULL, values, nulls);
		memcpy(p, layout->bytes, layout->len);
		for (k = 0; k < I_NATTS; k++)
			if (layout->offset[k] >= 0 && k != I_SPEED_SOURCE)
				store_att_byval(p + layout->offset[k], values[k], TupleDescAttr(desc, k)->attlen);
#ifdef USE_ASSERT_CHECKING
		{
			/* what heap_form_tuple makes, byte for byte */
			HeapTupleHeader made = heap_form_tuple(desc, values, nulls)->t_data;

			Assert(HeapTupleHeaderGetDatumLength(made) == layout->len && memcmp(made, p, layout->len) == 0);
		}
#endif
		p += att_align_nominal(layout->len, TYPALIGN_DOUBLE);
	}
	Assert(p == (char *) result + nbytes);
	return result;
}

/* An interval as a tuple (a piece of ais_activity). */
static HeapTuple
interval_tuple(TupleDesc desc, const PmInterval *iv, const Datum *source_texts, Datum zones, const bool *flags,
			   const bool *asked)
{
	Datum		values[I_NATTS];
	bool		nulls[I_NATTS];

	interval_values(iv, source_texts, zones, flags, asked, values, nulls);
	return heap_form_tuple(desc, values, nulls);
}

/* Has any report of the track a usable position (read_ping leaves NaN where it has none)? */
static bool
track_has_position(const TrackState *s)
{
	int			i;

	for (i = 0; i < s->n; i++)
		if (!isnan(s->pings[i].lon))
			return true;
	return false;
}

PG_FUNCTION_INFO_V1(ais_track_final);
Datum
ais_track_final(PG_FUNCTION_ARGS)
{
	TrackState *s = PG_ARGISNULL(0) ? NULL : (TrackState *) PG_GETARG_POINTER(0);
	Oid			rettype = get_fn_expr_rettype(fcinfo->flinfo);
	TupleDesc	desc;
	PmInterval *iv;
	int			n;

	if (s == NULL)
		PG_RETURN_NULL();
	desc = interval_tupdesc(rettype);
	iv = palloc_extended(sizeof(PmInterval) * Max(s->n, 1), MCXT_ALLOC_HUGE);
	/* sorting in place is fine: a final function may be called again only on the sorted state */
	n = pm_ais_intervals(s->pings, s->n, &s->opt,
						 palloc_extended(sizeof(int) * Max(s->n, 1), MCXT_ALLOC_HUGE), iv);
	/* dropped reports are counted in an interval; without one, say so rather than drop them silently */
	if (n == 0 && !track_has_position(s))
		ereport(WARNING,
				(errmsg("ais_track: none of the track's %d reports has a usable position, so the track has no interval", s->n),
				 errdetail("A usable report has a finite time, a longitude within 180 degrees and a latitude within 90."),
				 errhint("Are longitude and latitude swapped? The arguments are ais_track(t, lon, lat, sog, nav_status).")));
	PG_RETURN_ARRAYTYPE_P(interval_array(desc, get_element_type(rettype), iv, n));
}

/* ---------- ais_imo ---------- */

static const char *
skip_space(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\v' || *p == '\f'))
		p++;
	return p;
}

/*
 * ais_imo(text): the IMO number of an AIS report, 'IMO9321483' or
 * '9321483' (ASCII blanks around), or NULL: a placeholder (IMO0000000), an
 * empty field, anything else, or a number whose check digit fails.  In C, as the
 * COPY recipe calls it on every ping: the SQL form (a regular expression)
 * took 41 us a call.
 */
PG_FUNCTION_INFO_V1(ais_imo);
Datum
ais_imo(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *p = VARDATA_ANY(t),
			   *end = p + VARSIZE_ANY_EXHDR(t);
	int32		imo = 0;
	int			digits;

	p = skip_space(p, end);
	if (end - p >= 3 && memcmp(p, "IMO", 3) == 0)
		p = skip_space(p + 3, end);
	for (digits = 0; digits < 7 && p < end && *p >= '0' && *p <= '9'; digits++, p++)
		imo = imo * 10 + (*p - '0');
	if (digits < 7 || skip_space(p, end) != end || !pm_imo_valid(imo))
		PG_RETURN_NULL();
	PG_RETURN_INT32(imo);
}

/* ---------- ais_activity: intervals split at days and zones ---------- */

typedef struct ActivityZone
{
	PmAisZone	zone;
	char	   *name;
	int			flag;			/* index into flag_kinds, or -1 */
} ActivityZone;

typedef struct ZoneCache
{
	ActivityZone *zones;
	int			nzones;
} ZoneCache;

static void *
fn_alloc(size_t size)
{
	return palloc(size);
}

/* A date column of an SPI row as microseconds (a timestamptz at UTC midnight); NULL: if_null. */
static int64
date_usecs(HeapTuple tup, TupleDesc desc, int col, int64 if_null)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);
	DateADT		date;

	if (isnull)
		return if_null;
	date = DatumGetDateADT(d);
	if (DATE_IS_NOEND(date))
		return PG_INT64_MAX;
	if (DATE_IS_NOBEGIN(date) || date < PG_INT64_MIN / PM_USECS_PER_DAY)
		return PG_INT64_MIN;
	if (date > PG_INT64_MAX / PM_USECS_PER_DAY)
		return PG_INT64_MAX;	/* beyond any timestamp: in force for ever */
	return (int64) date * PM_USECS_PER_DAY;
}

/*
 * The zones of portemis.zone, read once per call site and query (one
 * snapshot for the statement).  The query names nothing through the
 * search_path: the table is schema-qualified, the cast to bytea (EWKB) is
 * found by type, and the kinds are filtered here.
 */
static ZoneCache *
zone_cache(FunctionCallInfo fcinfo)
{
	ZoneCache  *cache = (ZoneCache *) fcinfo->flinfo->fn_extra;
	MemoryContext old;
	uint64		i;
	int			level;

	if (cache != NULL)
		return cache;
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	cache = palloc0(sizeof(ZoneCache));
	level = pm_citus_registry_read_begin();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "ais_activity: SPI_connect failed");
	if (SPI_execute("SELECT name, kind, geom::pg_catalog.bytea, valid_from, valid_to FROM portemis.zone "
					"ORDER BY name, valid_from", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "ais_activity: reading portemis.zone failed");
	MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	cache->zones = palloc0(sizeof(ActivityZone) * Max(SPI_processed, 1));
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *kind = SPI_getvalue(tup, desc, 2);
		int			flag = -1,
					k;
		bool		isnull;
		bytea	   *wkb;
		ActivityZone *z;
		PmError		err;

		for (k = 0; k < N_FLAG_KINDS; k++)
			if (strcmp(kind, flag_kinds[k]) == 0)
				flag = k;
		z = &cache->zones[cache->nzones];
		z->name = SPI_getvalue(tup, desc, 1);
		z->flag = flag;
		wkb = DatumGetByteaPP(SPI_getbinval(tup, desc, 3, &isnull));
		if (!pm_wkb_parse((const uint8_t *) VARDATA_ANY(wkb), VARSIZE_ANY_EXHDR(wkb), true, z->name,
						  fn_alloc, &z->zone.parts, &err))
			pm_raise_error(&err, "portemis.zone");
		z->zone.box = pm_parts_box(&z->zone.parts);
		if (z->zone.parts.npoints > 0)
			pm_zone_index(&z->zone.parts, &z->zone.box, fn_alloc);
		z->zone.valid_from = date_usecs(tup, desc, 4, PG_INT64_MIN);
		z->zone.valid_to = date_usecs(tup, desc, 5, PG_INT64_MAX);
		cache->nzones++;
	}
	SPI_finish();
	pm_citus_registry_read_end(level);
	MemoryContextSwitchTo(old);
	fcinfo->flinfo->fn_extra = cache;
	return cache;
}

/* Which kinds the caller asked for (NULL: all). */
static void
wanted_kinds(FunctionCallInfo fcinfo, int argno, bool *want_kind, bool *want_custom)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i,
				k;

	if (PG_ARGISNULL(argno))
	{
		for (k = 0; k < N_FLAG_KINDS; k++)
			want_kind[k] = true;
		*want_custom = true;
		return;
	}
	memset(want_kind, 0, sizeof(bool) * N_FLAG_KINDS);
	*want_custom = false;
	deconstruct_array(PG_GETARG_ARRAYTYPE_P(argno), TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (i = 0; i < n; i++)
	{
		char	   *kind;
		bool		found;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("zone_kinds must not contain NULL"),
					 errhint("Known: berth, anchorage, port_area, inventory, eca, custom; a NULL array (not an element) means all.")));
		kind = TextDatumGetCString(elems[i]);
		found = strcmp(kind, "custom") == 0;

		*want_custom |= found;
		for (k = 0; k < N_FLAG_KINDS; k++)
			if (strcmp(kind, flag_kinds[k]) == 0)
				found = want_kind[k] = true;
		if (!found)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown zone kind \"%s\"", kind),
					 errhint("Known: berth, anchorage, port_area, inventory, eca, custom.")));
	}
}

static void
bad_interval(int index, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("ais_activity: interval %d of the track is not one ais_track makes: %s", index + 1, what),
			 errhint("Build tracks with ais_track(t, lon, lat, sog, nav_status).")));
}

static double
float_attr(const Datum *v, const bool *isnull, int attno)
{
	return isnull[attno] ? NAN : DatumGetFloat8(v[attno]);
}

/* An element of the track back as a PmInterval, checked: any role may build an array by hand. */
static void
interval_from_record(TupleDesc desc, HeapTupleHeader rec, int index, PmInterval *iv)
{
	HeapTupleData tuple;
	Datum		v[I_NATTS];
	bool		isnull[I_NATTS];
	int			s;

	if (HeapTupleHeaderGetTypeId(rec) != desc->tdtypeid)
		bad_interval(index, "it is not a portemis.ais_interval");
	tuple.t_len = HeapTupleHeaderGetDatumLength(rec);
	ItemPointerSetInvalid(&tuple.t_self);
	tuple.t_tableOid = InvalidOid;
	tuple.t_data = rec;
	heap_deform_tuple(&tuple, desc, v, isnull);

	iv->t0 = DatumGetTimestampTz(v[I_T_START]);
	iv->t1 = DatumGetTimestampTz(v[I_T_END]);
	if (isnull[I_T_START] || TIMESTAMP_NOT_FINITE(iv->t0))
		bad_interval(index, "t_start must be a finite time");
	if (isnull[I_T_END] || TIMESTAMP_NOT_FINITE(iv->t1) || iv->t1 < iv->t0)
		bad_interval(index, "t_end must be a finite time, not before t_start");
	iv->hours = pm_hours_between(iv->t0, iv->t1);	/* finite times may lie further apart than int64 holds */
	iv->lon0 = float_attr(v, isnull, I_LON_START);
	iv->lat0 = float_attr(v, isnull, I_LAT_START);
	iv->lon1 = float_attr(v, isnull, I_LON_END);
	iv->lat1 = float_attr(v, isnull, I_LAT_END);
	if (!(fabs(iv->lon0) <= 180 && fabs(iv->lon1) <= 180 && fabs(iv->lat0) <= 90 && fabs(iv->lat1) <= 90))
		bad_interval(index, "positions must be longitudes in [-180, 180] and latitudes in [-90, 90]");
	iv->distance_nm = float_attr(v, isnull, I_DISTANCE_NM);
	if (!(iv->distance_nm >= 0 && isfinite(iv->distance_nm)))
		bad_interval(index, "distance_nm must be a finite non-negative number");
	iv->speed_kn = float_attr(v, isnull, I_SPEED_KN);
	if (!isnull[I_SPEED_KN] && !(iv->speed_kn >= 0 && isfinite(iv->speed_kn)))
		bad_interval(index, "speed_kn must be a finite non-negative number");
	iv->speed_source = PM_SPEED_NONE;
	if (!isnull[I_SPEED_SOURCE])
	{
		text	   *source = DatumGetTextPP(v[I_SPEED_SOURCE]);

		for (s = 0; s <= PM_SPEED_NONE; s++)
			if (VARSIZE_ANY_EXHDR(source) == strlen(pm_speed_source_names[s]) &&
				memcmp(VARDATA_ANY(source), pm_speed_source_names[s], VARSIZE_ANY_EXHDR(source)) == 0)
				iv->speed_source = (PmSpeedSource) s;
	}
	iv->nav_status = isnull[I_NAV_STATUS] ? -1 : DatumGetInt32(v[I_NAV_STATUS]);
	iv->draught_m = float_attr(v, isnull, I_DRAUGHT_M);
	if (isnull[I_GAP])
		bad_interval(index, "gap is NULL");
	iv->gap = DatumGetBool(v[I_GAP]);
	iv->duplicates = DatumGetInt32(v[I_PINGS_DUPLICATE]);
	iv->rejected = DatumGetInt32(v[I_PINGS_REJECTED]);
	iv->unusable = DatumGetInt32(v[I_PINGS_UNUSABLE]);
	if (isnull[I_PINGS_DUPLICATE] || isnull[I_PINGS_REJECTED] || isnull[I_PINGS_UNUSABLE] ||
		iv->duplicates < 0 || iv->rejected < 0 || iv->unusable < 0)
		bad_interval(index, "the ping counts must be non-negative");
}

/* An interval is split at each midnight: a century of them is the most a real track can hold. */
#define MAX_SPLIT_DAYS 36600

typedef struct EmitState
{
	ReturnSetInfo *rsinfo;
	TupleDesc	desc;
	Datum		source_texts[PM_SPEED_NONE + 1];
	ZoneCache  *zones;
	bool		asked[N_FLAG_KINDS];	/* the flag kinds asked for */
	int			nsel;			/* the zones of the kinds asked for: */
	int		   *map;			/* their indexes in zones */
	PmAisZone  *sel;			/* and their geometry */
} EmitState;

static void
emit_piece(void *arg, const PmAisPiece *piece)
{
	EmitState  *st = arg;
	bool		flags[N_FLAG_KINDS] = {false};
	Datum	   *names = palloc(sizeof(Datum) * Max(st->nsel, 1));
	const char *last = NULL;
	int			n = 0,
				z;
	HeapTuple	tup;

	for (z = 0; z < st->nsel; z++)
	{
		const ActivityZone *az = &st->zones->zones[st->map[z]];

		if (!piece->inside[z])
			continue;
		if (az->flag >= 0)
			flags[az->flag] = true;
		/* rows of one zone's periods share its name: list it once (rows are ordered by name) */
		if (last == NULL || strcmp(last, az->name) != 0)
			names[n++] = CStringGetTextDatum(az->name);
		last = az->name;
	}
	tup = piece->iv.gap ? interval_tuple(st->desc, &piece->iv, st->source_texts, (Datum) 0, NULL, NULL) :
		interval_tuple(st->desc, &piece->iv, st->source_texts,
					   PointerGetDatum(construct_array(names, n, TEXTOID, -1, false, TYPALIGN_INT)), flags,
					   st->asked);
	tuplestore_puttuple(st->rsinfo->setResult, tup);
	heap_freetuple(tup);
	pfree(names);
}

/* The time zone argument of ais_activity: a name of the tz database ('America/Los_Angeles') or a POSIX zone. */
static pg_tz *
time_zone_arg(text *name)
{
	char	   *s = text_to_cstring(name);
	pg_tz	   *tz = pg_tzset(s);

	if (tz == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("time zone \"%s\" not recognized", s),
				 errhint("Name a zone of the tz database, as pg_timezone_names lists them: 'America/Los_Angeles', 'Asia/Tokyo', 'UTC' (a POSIX string such as '+05:30' counts hours west of Greenwich).")));
	return tz;
}

/* The local date (Julian day number) of an instant in time zone tz; false outside the range of timestamps. */
static bool
local_julian(TimestampTz t, pg_tz *tz, int *julian)
{
	struct pg_tm tm;
	fsec_t		fsec;
	int			tzoff;

	if (!IS_VALID_TIMESTAMP(t) || timestamp2tm(t, &tzoff, &tm, &fsec, NULL, tz) != 0)
		return false;
	*julian = date2j(tm.tm_year, tm.tm_mon, tm.tm_mday);
	return true;
}

/*
 * The first instant of local day julian in time zone tz: its midnight as
 * PostgreSQL's rules for the zone read it, which, where daylight saving skips
 * midnight, is the day's first instant.  Where midnight comes twice (clocks
 * going back from 01:00 to 00:00, Havana in November) PostgreSQL reads the
 * later one, and the day began at the earlier: it is searched for (to the
 * microsecond) between two days before and the later one.  A day a zone skipped
 * (Samoa's 30 December 2011) starts where the next one does, and so has no
 * hours.  false past the range of timestamps.
 */
static bool
local_day_start(int julian, pg_tz *tz, TimestampTz *start)
{
	struct pg_tm tm;
	int			tzoff,
				j;
	TimestampTz lo,
				hi;

	memset(&tm, 0, sizeof(tm));
	j2date(julian, &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
	tzoff = DetermineTimeZoneOffset(&tm, tz);
	if (tm2timestamp(&tm, 0, &tzoff, start) != 0 || !IS_VALID_TIMESTAMP(*start))
		return false;
	if (!local_julian(*start - 1, tz, &j) || j < julian)
		return true;			/* the usual case: a microsecond before, the day before */
	lo = *start - 2 * USECS_PER_DAY;
	if (!local_julian(lo, tz, &j) || j >= julian)
		return true;			/* no zone's clock has gone back two days */
	hi = *start;
	while (hi - lo > 1)
	{
		TimestampTz mid = lo + (hi - lo) / 2;

		if (local_julian(mid, tz, &j) && j >= julian)
			hi = mid;
		else
			lo = mid;
	}
	*start = hi;
	return true;
}

/*
 * The instants strictly inside (t0, t1) where a day of time zone tz starts,
 * in order, into *days (palloc'd, *size long; grown as needed).
 */
static size_t
local_day_starts(TimestampTz t0, TimestampTz t1, pg_tz *tz, int64 **days, size_t *size)
{
	int			julian;
	size_t		n = 0;

	if (!local_julian(t0, tz, &julian))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("ais_activity: timestamp out of range")));
	for (julian++;; julian++)
	{
		TimestampTz start;

		CHECK_FOR_INTERRUPTS();
		/* a day starting past the range of timestamps starts after t1 too */
		if (!local_day_start(julian, tz, &start) || start >= t1)
			return n;
		if (start <= t0)
			continue;
		if (n == *size)
		{
			*size *= 2;
			*days = repalloc(*days, sizeof(int64) * *size);
		}
		(*days)[n++] = start;
	}
}

/*
 * ais_activity(track portemis.ais_interval[], zone_kinds text[] DEFAULT NULL) RETURNS SETOF portemis.ais_interval
 * ais_activity(track portemis.ais_interval[], zone_kinds text[], time_zone text): days of that zone (NULL: UTC)
 */
PG_FUNCTION_INFO_V1(ais_activity);
Datum
ais_activity(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	bool		want_custom;
	pg_tz	   *tz = NULL;
	int64	   *days = NULL;
	size_t		days_size = 0,
				ndays = 0;
	EmitState	st;
	ArrayType  *track;
	Datum	   *elems;
	bool	   *elem_nulls;
	int			n,
				i;
	Oid			elem_type;
	double	   *scratch = NULL;
	size_t		scratch_size = 0;
	bool	   *inside;
	int16		elmlen;
	bool		elmbyval;
	char		elmalign;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	wanted_kinds(fcinfo, 1, st.asked, &want_custom);
	if (PG_NARGS() > 2 && !PG_ARGISNULL(2))
	{
		/* days non-NULL: the zone's day starts (pm_ais_split takes NULL for UTC's midnights) */
		tz = time_zone_arg(PG_GETARG_TEXT_PP(2));
		days_size = 16;
		days = palloc(sizeof(int64) * days_size);
	}
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	st.rsinfo = rsinfo;
	st.desc = rsinfo->setDesc;
	if (st.desc->natts != I_NATTS)
		elog(ERROR, "ais_activity: portemis.ais_interval has %d attributes, expected %d", st.desc->natts, I_NATTS);
	speed_source_texts(st.source_texts);
	st.zones = zone_cache(fcinfo);
	st.map = palloc(sizeof(int) * Max(st.zones->nzones, 1));
	st.sel = palloc(sizeof(PmAisZone) * Max(st.zones->nzones, 1));
	st.nsel = 0;
	for (i = 0; i < st.zones->nzones; i++)
	{
		int			flag = st.zones->zones[i].flag;

		if (flag >= 0 ? st.asked[flag] : want_custom)
		{
			st.map[st.nsel] = i;
			st.sel[st.nsel++] = st.zones->zones[i].zone;
		}
	}
	track = PG_GETARG_ARRAYTYPE_P(0);
	elem_type = ARR_ELEMTYPE(track);
	get_typlenbyvalalign(elem_type, &elmlen, &elmbyval, &elmalign);
	deconstruct_array(track, elem_type, elmlen, elmbyval, elmalign, &elems, &elem_nulls, &n);
	inside = palloc(sizeof(bool) * Max(st.nsel, 1));
	for (i = 0; i < n; i++)
	{
		PmInterval	iv;
		size_t		need;

		if (elem_nulls[i])
			bad_interval(i, "it is NULL");
		interval_from_record(st.desc, DatumGetHeapTupleHeader(elems[i]), i, &iv);
		if ((double) iv.t1 - (double) iv.t0 > (double) MAX_SPLIT_DAYS * PM_USECS_PER_DAY)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("ais_activity: interval %d of the track spans more than %d days", i + 1, MAX_SPLIT_DAYS),
					 errhint("Its times are wrong: AIS reports of one ship are not a century apart.")));
		if (tz != NULL)
			ndays = local_day_starts(iv.t0, iv.t1, tz, &days, &days_size);
		need = pm_ais_split_scratch(st.sel, st.nsel, &iv, days, ndays);
		if (need > scratch_size)
		{
			if (scratch)
				pfree(scratch);
			scratch_size = Max(need, 2 * scratch_size);
			scratch = palloc(sizeof(double) * scratch_size);
		}
		pm_ais_split(&iv, days, ndays, st.sel, st.nsel, scratch, inside, emit_piece, &st);
	}
	return (Datum) 0;
}

/*
 * The NOx Tier III dates of the ECAs, read once per call site and query (one
 * snapshot for the statement), for ais_emissions: a SQL subquery there kept
 * PostgreSQL from inlining it, and each call cost twenty times the
 * arithmetic.
 */
typedef struct Tier3Zone
{
	char	   *name;
	int64		valid_from,
				valid_to;		/* microseconds, as date_usecs */
	int			first_keel_year;	/* the first keel year wholly on or after nox_tier3_from */
} Tier3Zone;

typedef struct Tier3Cache
{
	int			nzones;
	Tier3Zone  *zones;
} Tier3Cache;

static Tier3Cache *
tier3_cache(FunctionCallInfo fcinfo)
{
	Tier3Cache *cache = (Tier3Cache *) fcinfo->flinfo->fn_extra;
	MemoryContext old;
	uint64		i;
	int			level;

	if (cache != NULL)
		return cache;
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	cache = palloc0(sizeof(Tier3Cache));
	level = pm_citus_registry_read_begin();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "ais_emissions: SPI_connect failed");
	/* the year of the day before the date, plus one: 2016-01-01 gives 2016, 2016-07-01 gives 2017 */
	if (SPI_execute("SELECT name, valid_from, valid_to, "
					"(extract(year FROM nox_tier3_from OPERATOR(pg_catalog.-) 1) "
					"OPERATOR(pg_catalog.+) 1)::pg_catalog.float8 FROM portemis.zone "
					"WHERE kind OPERATOR(pg_catalog.=) 'eca' AND nox_tier3_from IS NOT NULL", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "ais_emissions: reading portemis.zone failed");
	MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	cache->zones = palloc0(sizeof(Tier3Zone) * Max(SPI_processed, 1));
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		Tier3Zone  *z = &cache->zones[cache->nzones];
		bool		isnull;
		double		year = DatumGetFloat8(SPI_getbinval(tup, desc, 4, &isnull));

		z->name = SPI_getvalue(tup, desc, 1);
		z->valid_from = date_usecs(tup, desc, 2, PG_INT64_MIN);
		z->valid_to = date_usecs(tup, desc, 3, PG_INT64_MAX);
		/* +-infinity dates: no keel year reaches (or every one does) */
		z->first_keel_year = isnan(year) || year > INT_MAX ? INT_MAX : year < INT_MIN ? INT_MIN : (int) year;
		cache->nzones++;
	}
	SPI_finish();
	pm_citus_registry_read_end(level);
	MemoryContextSwitchTo(old);
	fcinfo->flinfo->fn_extra = cache;
	return cache;
}

/*
 * portemis._eca_tier3_year(zones text[], at timestamptz) RETURNS integer:
 * of the ECAs named in zones and in force at `at`, the first keel year of
 * NOx Tier III (the earliest: the strictest zone); NULL if none sets one.
 */
PG_FUNCTION_INFO_V1(ais_eca_tier3_year);
Datum
ais_eca_tier3_year(PG_FUNCTION_ARGS)
{
	ArrayType  *names = PG_GETARG_ARRAYTYPE_P(0);
	TimestampTz at = PG_GETARG_TIMESTAMPTZ(1);
	Tier3Cache *cache = tier3_cache(fcinfo);
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i,
				k;
	int			best = INT_MAX;

	if (cache->nzones == 0)
		PG_RETURN_NULL();
	deconstruct_array(names, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (i = 0; i < n; i++)
	{
		char	   *name;

		if (nulls[i])
			continue;
		name = TextDatumGetCString(elems[i]);
		for (k = 0; k < cache->nzones; k++)
		{
			const Tier3Zone *z = &cache->zones[k];

			if (z->valid_from <= at && at < z->valid_to && strcmp(z->name, name) == 0 &&
				z->first_keel_year < best)
				best = z->first_keel_year;
		}
	}
	if (best == INT_MAX)
		PG_RETURN_NULL();
	PG_RETURN_INT32(best);
}
