/*
 * voyage.c: the voyage type (varlena holding pm_voyage_encode's packed bytes),
 * its constructor, accessors and operators.
 */
#include "portemis.h"

#include <math.h>

#include "access/hash.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/timestamp.h"

void
pm_voyage_from_datum(Datum d, PmVoyage *v)
{
	struct varlena *raw = PG_DETOAST_DATUM_PACKED(d);

	if (!pm_voyage_decode((const uint8_t *) VARDATA_ANY(raw), VARSIZE_ANY_EXHDR(raw), v))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupted voyage value")));
}

Datum
pm_voyage_to_datum(const PmVoyage *v)
{
	uint8_t		buf[PM_VOYAGE_ENCODED_MAX];
	size_t		len = pm_voyage_encode(v, buf);
	bytea	   *result = palloc(VARHDRSZ + len);

	SET_VARSIZE(result, VARHDRSZ + len);
	memcpy(VARDATA(result), buf, len);
	return PointerGetDatum(result);
}

static void
voyage_arg(FunctionCallInfo fcinfo, int n, PmVoyage *v)
{
	pm_voyage_from_datum(PG_GETARG_DATUM(n), v);
}

PG_FUNCTION_INFO_V1(voyage_in);
Datum
voyage_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	PmVoyage	v;
	PmError		err;

	if (!pm_voyage_parse(str, &v, &err))
		pm_raise_input_error(&err, "voyage", str);
	return pm_voyage_to_datum(&v);
}

PG_FUNCTION_INFO_V1(voyage_out);
Datum
voyage_out(PG_FUNCTION_ARGS)
{
	PmVoyage	v;
	char	   *buf = palloc(PM_VOYAGE_TEXT_MAX);

	voyage_arg(fcinfo, 0, &v);
	pm_voyage_format(&v, buf);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary form (version 1), all integers in network order:
 *   int8 version = 1
 *   int8 flags: 1 imo, 2 distance_nm, 4 cargo_t
 *   int4 imo, if flagged
 *   5 bytes origin, 5 bytes destination (canonical UN/LOCODE characters)
 *   int8 departure, int8 arrival (PostgreSQL timestamptz microseconds)
 *   float8 distance_nm, float8 cargo_t, if flagged
 *   int8 number of fuel uses, then each:
 *     int8 code length, code bytes, float8 tonnes,
 *     int8 has sulphur (0/1), float8 sulphur_pct if 1
 * Everything passes through pm_voyage_validate, like text input.
 */
#define VOYAGE_BINARY_VERSION 1

static void
recv_locode(StringInfo buf, int32_t *code, const char *what)
{
	const char *bytes = pq_getmsgbytes(buf, PM_LOCODE_LEN);
	PmError		err;

	if (memchr(bytes, ' ', PM_LOCODE_LEN) != NULL ||
		!pm_locode_parse(bytes, PM_LOCODE_LEN, code, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary voyage: %s is not a UN/LOCODE", what)));
}

PG_FUNCTION_INFO_V1(voyage_recv);
Datum
voyage_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	PmVoyage	v;
	PmError		err;
	int			version,
				flags,
				i;

	memset(&v, 0, sizeof(v));
	version = pq_getmsgbyte(buf);
	if (version != VOYAGE_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary voyage: unsupported version %d", version)));
	flags = pq_getmsgbyte(buf);
	if (flags & ~0x07)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary voyage: unknown flags 0x%02x", flags)));
	v.has_imo = (flags & 1) != 0;
	v.has_distance = (flags & 2) != 0;
	v.has_cargo = (flags & 4) != 0;
	if (v.has_imo)
		v.imo = pq_getmsgint(buf, 4);
	recv_locode(buf, &v.origin, "origin");
	recv_locode(buf, &v.destination, "destination");
	v.departure = pq_getmsgint64(buf);
	v.arrival = pq_getmsgint64(buf);
	if (v.has_distance)
		v.distance_nm = pq_getmsgfloat8(buf);
	if (v.has_cargo)
		v.cargo_t = pq_getmsgfloat8(buf);
	v.nfuels = pq_getmsgbyte(buf);
	if (v.nfuels > PM_MAX_FUEL_USES)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("invalid binary voyage: %d fuel uses, at most %d allowed",
						v.nfuels, PM_MAX_FUEL_USES)));
	for (i = 0; i < v.nfuels; i++)
	{
		PmFuelUse  *f = &v.fuels[i];
		int			len = pq_getmsgbyte(buf);
		int			has_sulphur;

		if (len < 1 || len > PM_FUEL_CODE_MAX)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid binary voyage: fuel code length %d, expected 1 to %d",
							len, PM_FUEL_CODE_MAX)));
		memcpy(f->code, pq_getmsgbytes(buf, len), len);
		f->code[len] = '\0';
		f->tonnes = pq_getmsgfloat8(buf);
		has_sulphur = pq_getmsgbyte(buf);
		if (has_sulphur != 0 && has_sulphur != 1)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid binary voyage: sulphur flag must be 0 or 1")));
		f->has_sulphur = has_sulphur == 1;
		if (f->has_sulphur)
			f->sulphur_pct = pq_getmsgfloat8(buf);
		if (strlen(f->code) != (size_t) len)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid binary voyage: fuel code contains a NUL byte")));
	}
	if (buf->cursor != buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary voyage: extra data after the end of the value (%d bytes)", buf->len - buf->cursor)));
	if (!pm_voyage_validate(&v, &err))
		pm_raise_error(&err, "invalid binary voyage");
	return pm_voyage_to_datum(&v);
}

PG_FUNCTION_INFO_V1(voyage_send);
Datum
voyage_send(PG_FUNCTION_ARGS)
{
	PmVoyage	v;
	StringInfoData buf;
	char		code[PM_LOCODE_LEN + 1];
	int			i;

	voyage_arg(fcinfo, 0, &v);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, VOYAGE_BINARY_VERSION);
	pq_sendbyte(&buf, (v.has_imo ? 1 : 0) | (v.has_distance ? 2 : 0) | (v.has_cargo ? 4 : 0));
	if (v.has_imo)
		pq_sendint32(&buf, v.imo);
	pm_locode_format(v.origin, code);
	pq_sendbytes(&buf, code, PM_LOCODE_LEN);
	pm_locode_format(v.destination, code);
	pq_sendbytes(&buf, code, PM_LOCODE_LEN);
	pq_sendint64(&buf, v.departure);
	pq_sendint64(&buf, v.arrival);
	if (v.has_distance)
		pq_sendfloat8(&buf, v.distance_nm);
	if (v.has_cargo)
		pq_sendfloat8(&buf, v.cargo_t);
	pq_sendbyte(&buf, v.nfuels);
	for (i = 0; i < v.nfuels; i++)
	{
		int			len = (int) strlen(v.fuels[i].code);

		pq_sendbyte(&buf, len);
		pq_sendbytes(&buf, v.fuels[i].code, len);
		pq_sendfloat8(&buf, v.fuels[i].tonnes);
		pq_sendbyte(&buf, v.fuels[i].has_sulphur ? 1 : 0);
		if (v.fuels[i].has_sulphur)
			pq_sendfloat8(&buf, v.fuels[i].sulphur_pct);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------- constructor ---------- */

static void
require_arg(FunctionCallInfo fcinfo, int n, const char *name)
{
	if (PG_ARGISNULL(n))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("voyage: %s must not be null", name)));
}

static TimestampTz
finite_timestamp_arg(FunctionCallInfo fcinfo, int n, const char *name)
{
	TimestampTz ts;

	require_arg(fcinfo, n, name);
	ts = PG_GETARG_TIMESTAMPTZ(n);
	if (TIMESTAMP_NOT_FINITE(ts))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("voyage: %s must be a finite timestamp", name)));
	return ts;
}

static double
jsonb_number(const JsonbValue *jv, const char *fuel, const char *field)
{
	double		value;

	if (jv->type != jbvNumeric)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("voyage: fuels.%s%s%s must be a number", fuel,
						field ? "." : "", field ? field : "")));
	/* the _no_overflow variant gives +-Infinity instead of an error naming all digits */
	value = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow,
											   NumericGetDatum(jv->val.numeric)));
	if (isinf(value))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("voyage: fuels.%s%s%s is out of range for double precision", fuel,
						field ? "." : "", field ? field : "")));
	return value;
}

/* {"t": tonnes, "sulphur_pct": percent} */
static void
fuel_use_from_object(JsonbContainer *obj, PmFuelUse *f)
{
	JsonbIterator *it = JsonbIteratorInit(obj);
	JsonbValue	jv;
	JsonbIteratorToken tok;
	bool		has_tonnes = false;

	while ((tok = JsonbIteratorNext(&it, &jv, true)) != WJB_DONE)
	{
		char	   *key;

		if (tok != WJB_KEY)
			continue;
		key = pnstrdup(jv.val.string.val, jv.val.string.len);
		tok = JsonbIteratorNext(&it, &jv, true);
		if (strcmp(key, "t") == 0)
		{
			f->tonnes = jsonb_number(&jv, f->code, "t");
			has_tonnes = true;
		}
		else if (strcmp(key, "sulphur_pct") == 0)
		{
			f->sulphur_pct = jsonb_number(&jv, f->code, "sulphur_pct");
			f->has_sulphur = true;
		}
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("voyage: unknown key \"%s\" in fuels.%s", key, f->code),
					 errhint("A fuel use is a number of tonnes or an object {\"t\": tonnes, \"sulphur_pct\": percent}.")));
	}
	if (!has_tonnes)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("voyage: fuels.%s has no tonnes (\"t\")", f->code)));
}

static void
fuel_uses_from_jsonb(Jsonb *fuels, PmVoyage *v)
{
	JsonbIterator *it;
	JsonbValue	jv;
	JsonbIteratorToken tok;

	if (!JB_ROOT_IS_OBJECT(fuels))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("voyage: fuels must be a JSON object mapping fuel codes to tonnes"),
				 errhint("For example {\"HFO\": 410.2, \"MGO\": {\"t\": 12.5, \"sulphur_pct\": 0.08}}.")));

	it = JsonbIteratorInit(&fuels->root);
	while ((tok = JsonbIteratorNext(&it, &jv, true)) != WJB_DONE)
	{
		PmFuelUse  *f;
		PmError		err;

		if (tok != WJB_KEY)
			continue;
		if (v->nfuels == PM_MAX_FUEL_USES)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("voyage: at most %d fuel uses", PM_MAX_FUEL_USES)));
		f = &v->fuels[v->nfuels++];
		if (!pm_fuel_code_normalize(jv.val.string.val, jv.val.string.len, f->code, &err))
			pm_raise_error(&err, "voyage");
		tok = JsonbIteratorNext(&it, &jv, true);
		if (jv.type == jbvBinary && JsonContainerIsObject(jv.val.binary.data))
			fuel_use_from_object(jv.val.binary.data, f);
		else
			f->tonnes = jsonb_number(&jv, f->code, NULL);
	}
}

PG_FUNCTION_INFO_V1(voyage_make);
Datum
voyage_make(PG_FUNCTION_ARGS)
{
	PmVoyage	v;
	PmError		err;

	memset(&v, 0, sizeof(v));
	if (!PG_ARGISNULL(0))
	{
		v.has_imo = true;
		v.imo = PG_GETARG_INT32(0);
	}
	require_arg(fcinfo, 1, "origin");
	require_arg(fcinfo, 2, "destination");
	v.origin = PG_GETARG_INT32(1);
	v.destination = PG_GETARG_INT32(2);
	v.departure = finite_timestamp_arg(fcinfo, 3, "departure");
	v.arrival = finite_timestamp_arg(fcinfo, 4, "arrival");
	if (!PG_ARGISNULL(5))
	{
		v.has_distance = true;
		v.distance_nm = PG_GETARG_FLOAT8(5);
	}
	if (!PG_ARGISNULL(6))
	{
		v.has_cargo = true;
		v.cargo_t = PG_GETARG_FLOAT8(6);
	}
	if (!PG_ARGISNULL(7))
		fuel_uses_from_jsonb(PG_GETARG_JSONB_P(7), &v);
	if (!pm_voyage_validate(&v, &err))
		pm_raise_error(&err, "voyage");
	return pm_voyage_to_datum(&v);
}

/* ---------- accessors ---------- */

PG_FUNCTION_INFO_V1(voyage_imo);
Datum
voyage_imo(PG_FUNCTION_ARGS)
{
	PmVoyage	v;

	voyage_arg(fcinfo, 0, &v);
	if (!v.has_imo)
		PG_RETURN_NULL();
	PG_RETURN_INT32(v.imo);
}

PG_FUNCTION_INFO_V1(voyage_origin);
Datum
voyage_origin(PG_FUNCTION_ARGS)
{
	PmVoyage	v;

	voyage_arg(fcinfo, 0, &v);
	PG_RETURN_INT32(v.origin);
}

PG_FUNCTION_INFO_V1(voyage_destination);
Datum
voyage_destination(PG_FUNCTION_ARGS)
{
	PmVoyage	v;

	voyage_arg(fcinfo, 0, &v);
	PG_RETURN_INT32(v.destination);
}

PG_FUNCTION_INFO_V1(voyage_departure);
Datum
voyage_departure(PG_FUNCTION_ARGS)
{
	PmVoyage	v;

	voyage_arg(fcinfo, 0, &v);
	PG_RETURN_TIMESTAMPTZ(v.departure);
}

PG_FUNCTION_INFO_V1(voyage_arrival);
Datum
voyage_arrival(PG_FUNCTION_ARGS)
{
	PmVoyage	v;

	voyage_arg(fcinfo, 0, &v);
	PG_RETURN_TIMESTAMPTZ(v.arrival);
}

PG_FUNCTION_INFO_V1(voyage_duration_h);
Datum
voyage_duration_h(PG_FUNCTION_ARGS)
{
	PmVoyage	v;

	voyage_arg(fcinfo, 0, &v);
	PG_RETURN_FLOAT8((double) (v.arrival - v.departure) / (3600.0 * PM_USECS_PER_SEC));
}

PG_FUNCTION_INFO_V1(voyage_distance_nm);
Datum
voyage_distance_nm(PG_FUNCTION_ARGS)
{
	PmVoyage	v;

	voyage_arg(fcinfo, 0, &v);
	if (!v.has_distance)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(v.distance_nm);
}

PG_FUNCTION_INFO_V1(voyage_cargo_t);
Datum
voyage_cargo_t(PG_FUNCTION_ARGS)
{
	PmVoyage	v;

	voyage_arg(fcinfo, 0, &v);
	if (!v.has_cargo)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(v.cargo_t);
}

/* A sum of fuel uses, each finite: only the sum can overflow (1e308 t twice) */
static double
fuel_total_checked(double total, const char *what)
{
	if (!isfinite(total))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s is out of range: the fuel uses sum to more than a double holds", what)));
	return total;
}

PG_FUNCTION_INFO_V1(voyage_fuel_t);
Datum
voyage_fuel_t(PG_FUNCTION_ARGS)
{
	PmVoyage	v;
	double		total = 0;
	int			i;

	voyage_arg(fcinfo, 0, &v);
	if (!pm_voyage_fuel_known(&v))
		PG_RETURN_NULL();		/* what it burnt is not reported: unknown, not 0 */
	for (i = 0; i < v.nfuels; i++)
		total += v.fuels[i].tonnes;
	PG_RETURN_FLOAT8(fuel_total_checked(total, "fuel_t"));
}

PG_FUNCTION_INFO_V1(voyage_fuel_t_of);
Datum
voyage_fuel_t_of(PG_FUNCTION_ARGS)
{
	PmVoyage	v;
	text	   *fuel = PG_GETARG_TEXT_PP(1);
	char		code[PM_FUEL_CODE_MAX + 1];
	PmError		err;
	double		total = 0;
	int			i;

	if (!pm_fuel_code_normalize(VARDATA_ANY(fuel), VARSIZE_ANY_EXHDR(fuel), code, &err))
		pm_raise_error(&err, "fuel_t");
	voyage_arg(fcinfo, 0, &v);
	if (!pm_voyage_fuel_known(&v))
		PG_RETURN_NULL();		/* no fuel reported: how much of this one is unknown */
	for (i = 0; i < v.nfuels; i++)
		if (strcmp(v.fuels[i].code, code) == 0)
			total += v.fuels[i].tonnes;
	PG_RETURN_FLOAT8(fuel_total_checked(total, "fuel_t"));
}

/* fuel_uses(voyage) -> SETOF (fuel text, tonnes float8, sulphur_pct float8) */
PG_FUNCTION_INFO_V1(voyage_fuel_uses);
Datum
voyage_fuel_uses(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	PmVoyage   *v;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext oldcontext;
		TupleDesc	tupdesc;

		funcctx = SRF_FIRSTCALL_INIT();
		oldcontext = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("fuel_uses must be called in a context that accepts a record")));
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		v = palloc(sizeof(PmVoyage));
		voyage_arg(fcinfo, 0, v);
		funcctx->user_fctx = v;
		funcctx->max_calls = v->nfuels;
		MemoryContextSwitchTo(oldcontext);
	}
	funcctx = SRF_PERCALL_SETUP();
	v = (PmVoyage *) funcctx->user_fctx;
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		const PmFuelUse *f = &v->fuels[funcctx->call_cntr];
		Datum		values[3];
		bool		nulls[3] = {false, false, false};
		HeapTuple	tuple;

		values[0] = CStringGetTextDatum(f->code);
		values[1] = Float8GetDatum(f->tonnes);
		values[2] = Float8GetDatum(f->sulphur_pct);
		nulls[2] = !f->has_sulphur;
		tuple = heap_form_tuple(funcctx->tuple_desc, values, nulls);
		SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(tuple));
	}
	SRF_RETURN_DONE(funcctx);
}

/* ---------- ordering, equality, hashing ---------- */

static int
voyage_cmp_args(FunctionCallInfo fcinfo)
{
	PmVoyage	a,
				b;

	voyage_arg(fcinfo, 0, &a);
	voyage_arg(fcinfo, 1, &b);
	return pm_voyage_cmp(&a, &b);
}

PG_FUNCTION_INFO_V1(voyage_cmp);
Datum
voyage_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(voyage_cmp_args(fcinfo));
}

#define VOYAGE_CMP_FN(name, test) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = voyage_cmp_args(fcinfo); \
	PG_RETURN_BOOL(test); \
}

VOYAGE_CMP_FN(voyage_lt, c < 0)
VOYAGE_CMP_FN(voyage_le, c <= 0)
VOYAGE_CMP_FN(voyage_ge, c >= 0)
VOYAGE_CMP_FN(voyage_gt, c > 0)

/*
 * Equality compares the canonical packed bytes: input paths fold -0 to 0,
 * reject NaN, zero absent fields and sort fuel uses, so equal voyages have
 * equal bytes and the hash below agrees with it.
 */
static bool
voyage_bytes_equal(FunctionCallInfo fcinfo)
{
	struct varlena *a = PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(0));
	struct varlena *b = PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(1));

	return VARSIZE_ANY_EXHDR(a) == VARSIZE_ANY_EXHDR(b) &&
		memcmp(VARDATA_ANY(a), VARDATA_ANY(b), VARSIZE_ANY_EXHDR(a)) == 0;
}

PG_FUNCTION_INFO_V1(voyage_eq);
Datum
voyage_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(voyage_bytes_equal(fcinfo));
}

PG_FUNCTION_INFO_V1(voyage_ne);
Datum
voyage_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!voyage_bytes_equal(fcinfo));
}

PG_FUNCTION_INFO_V1(voyage_hash);
Datum
voyage_hash(PG_FUNCTION_ARGS)
{
	struct varlena *a = PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(0));

	return hash_any((const unsigned char *) VARDATA_ANY(a), VARSIZE_ANY_EXHDR(a));
}

PG_FUNCTION_INFO_V1(voyage_hash_extended);
Datum
voyage_hash_extended(PG_FUNCTION_ARGS)
{
	struct varlena *a = PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(0));

	return hash_any_extended((const unsigned char *) VARDATA_ANY(a), VARSIZE_ANY_EXHDR(a),
							 PG_GETARG_INT64(1));
}
