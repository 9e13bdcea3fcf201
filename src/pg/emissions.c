/*
 * emissions.c: the emissions type (fixed 80 bytes: ten float8 masses in t),
 * arithmetic, accessors, CO2-equivalent, jsonb cast and sum().  A mass that
 * was not computed is unknown (NaN inside, NULL outside): it is never 0.
 */
#include "portemis.h"

#include <math.h>

#include "access/hash.h"
#include "access/htup_details.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

StaticAssertDecl(sizeof(PmEmissions) == PM_NPOLLUTANTS * sizeof(double),
				 "emissions must be exactly ten float8, INTERNALLENGTH 80");

static PmEmissions *
emissions_alloc(void)
{
	return (PmEmissions *) palloc(sizeof(PmEmissions));
}


PG_FUNCTION_INFO_V1(emissions_in);
Datum
emissions_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	PmEmissions *e = emissions_alloc();
	PmError		err;

	if (!pm_emissions_parse(str, e, &err))
		pm_raise_input_error(&err, "emissions", str);
	PG_RETURN_EMISSIONS_P(e);
}

PG_FUNCTION_INFO_V1(emissions_out);
Datum
emissions_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(PM_EMISSIONS_TEXT_MAX);

	pm_emissions_format(PG_GETARG_EMISSIONS_P(0), buf);
	PG_RETURN_CSTRING(buf);
}

/* Binary form: ten float8 in the order CO2, CH4, N2O, NOx, SOx, PM10, PM2.5, CO, HC, BC; NaN: unknown. */
PG_FUNCTION_INFO_V1(emissions_recv);
Datum
emissions_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	PmEmissions *e = emissions_alloc();
	int			i;

	for (i = 0; i < PM_NPOLLUTANTS; i++)
	{
		e->t[i] = pq_getmsgfloat8(buf);
		if (isinf(e->t[i]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid binary emissions: %s is infinite",
							pm_pollutant_name((PmPollutant) i))));
		if (isnan(e->t[i]))
			e->t[i] = PM_UNKNOWN;	/* one NaN for every unknown */
		else if (e->t[i] == 0.0)
			e->t[i] = 0.0;
	}
	if (buf->cursor != buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary emissions: extra data after the end of the value (%d bytes)", buf->len - buf->cursor)));
	PG_RETURN_EMISSIONS_P(e);
}

PG_FUNCTION_INFO_V1(emissions_send);
Datum
emissions_send(PG_FUNCTION_ARGS)
{
	PmEmissions *e = PG_GETARG_EMISSIONS_P(0);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	for (i = 0; i < PM_NPOLLUTANTS; i++)
		pq_sendfloat8(&buf, e->t[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* emissions(co2_t => ..., ch4_t => ..., ...): every argument in t; NULL (the default): unknown. */
PG_FUNCTION_INFO_V1(emissions_make);
Datum
emissions_make(PG_FUNCTION_ARGS)
{
	PmEmissions *e = emissions_alloc();
	int			i;

	for (i = 0; i < PM_NPOLLUTANTS; i++)
	{
		if (PG_ARGISNULL(i))
		{
			e->t[i] = PM_UNKNOWN;
			continue;
		}
		e->t[i] = PG_GETARG_FLOAT8(i);
		if (!isfinite(e->t[i]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("emissions: %s must be finite",
							pm_pollutant_json_key((PmPollutant) i))));
		if (e->t[i] == 0.0)
			e->t[i] = 0.0;
	}
	PG_RETURN_EMISSIONS_P(e);
}

PG_FUNCTION_INFO_V1(emissions_add);
Datum
emissions_add(PG_FUNCTION_ARGS)
{
	PmEmissions *a = PG_GETARG_EMISSIONS_P(0);
	PmEmissions *b = PG_GETARG_EMISSIONS_P(1);
	PmEmissions *r = emissions_alloc();
	int			i;

	for (i = 0; i < PM_NPOLLUTANTS; i++)
		r->t[i] = a->t[i] + b->t[i];
	pm_check_emissions_finite(r, "emissions sum");
	PG_RETURN_EMISSIONS_P(r);
}

PG_FUNCTION_INFO_V1(emissions_sub);
Datum
emissions_sub(PG_FUNCTION_ARGS)
{
	PmEmissions *a = PG_GETARG_EMISSIONS_P(0);
	PmEmissions *b = PG_GETARG_EMISSIONS_P(1);
	PmEmissions *r = emissions_alloc();
	int			i;

	for (i = 0; i < PM_NPOLLUTANTS; i++)
	{
		r->t[i] = a->t[i] - b->t[i];
		if (r->t[i] == 0.0)
			r->t[i] = 0.0;
	}
	pm_check_emissions_finite(r, "emissions difference");
	PG_RETURN_EMISSIONS_P(r);
}

static PmEmissions *
emissions_scale(const PmEmissions *a, double factor, const char *what)
{
	PmEmissions *r = emissions_alloc();
	int			i;

	if (!isfinite(factor))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: the factor must be finite", what)));
	for (i = 0; i < PM_NPOLLUTANTS; i++)
	{
		r->t[i] = a->t[i] * factor;
		if (r->t[i] == 0.0)
			r->t[i] = 0.0;
	}
	pm_check_emissions_finite(r, what);
	return r;
}

PG_FUNCTION_INFO_V1(emissions_mul);
Datum
emissions_mul(PG_FUNCTION_ARGS)
{
	PG_RETURN_EMISSIONS_P(emissions_scale(PG_GETARG_EMISSIONS_P(0), PG_GETARG_FLOAT8(1),
										  "emissions product"));
}

PG_FUNCTION_INFO_V1(emissions_mul_commuted);
Datum
emissions_mul_commuted(PG_FUNCTION_ARGS)
{
	PG_RETURN_EMISSIONS_P(emissions_scale(PG_GETARG_EMISSIONS_P(1), PG_GETARG_FLOAT8(0),
										  "emissions product"));
}

PG_FUNCTION_INFO_V1(emissions_div);
Datum
emissions_div(PG_FUNCTION_ARGS)
{
	double		divisor = PG_GETARG_FLOAT8(1);

	if (divisor == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("division by zero")));
	if (!isfinite(divisor))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("emissions quotient: the divisor must be finite")));
	PG_RETURN_EMISSIONS_P(emissions_scale(PG_GETARG_EMISSIONS_P(0), 1.0 / divisor,
										  "emissions quotient"));
}

static bool
emissions_equal(const PmEmissions *a, const PmEmissions *b)
{
	int			i;

	for (i = 0; i < PM_NPOLLUTANTS; i++)
		if (pm_is_known(a->t[i]) != pm_is_known(b->t[i]) ||
			(pm_is_known(a->t[i]) && a->t[i] != b->t[i]))
			return false;
	return true;
}

PG_FUNCTION_INFO_V1(emissions_eq);
Datum
emissions_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(emissions_equal(PG_GETARG_EMISSIONS_P(0), PG_GETARG_EMISSIONS_P(1)));
}

PG_FUNCTION_INFO_V1(emissions_ne);
Datum
emissions_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!emissions_equal(PG_GETARG_EMISSIONS_P(0), PG_GETARG_EMISSIONS_P(1)));
}

/*
 * Hash support, consistent with =: every unknown mass hashes alike (whatever
 * NaN it holds) and -0 as 0, so equal values hash equal.  It lets DISTINCT,
 * GROUP BY and UNION hash emissions (there is no order to sort by).
 */
static void
emissions_canonical(const PmEmissions *e, PmEmissions *c)
{
	int			i;

	for (i = 0; i < PM_NPOLLUTANTS; i++)
		c->t[i] = !pm_is_known(e->t[i]) ? PM_UNKNOWN : (e->t[i] == 0 ? 0.0 : e->t[i]);
}

PG_FUNCTION_INFO_V1(emissions_hash);
Datum
emissions_hash(PG_FUNCTION_ARGS)
{
	PmEmissions c;

	emissions_canonical(PG_GETARG_EMISSIONS_P(0), &c);
	return hash_any((const unsigned char *) &c, sizeof(c));
}

PG_FUNCTION_INFO_V1(emissions_hash_extended);
Datum
emissions_hash_extended(PG_FUNCTION_ARGS)
{
	PmEmissions c;

	emissions_canonical(PG_GETARG_EMISSIONS_P(0), &c);
	return hash_any_extended((const unsigned char *) &c, sizeof(c), PG_GETARG_INT64(1));
}

PG_FUNCTION_INFO_V1(emissions_tonnes);
Datum
emissions_tonnes(PG_FUNCTION_ARGS)
{
	PmEmissions *e = PG_GETARG_EMISSIONS_P(0);
	double		t = e->t[pm_pollutant_arg(PG_GETARG_TEXT_PP(1))];

	if (!pm_is_known(t))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(t);
}

/* tonnes(emissions) RETURNS portemis.emissions_tonnes: a column per pollutant, NULL where unknown. */
PG_FUNCTION_INFO_V1(emissions_tonnes_row);
Datum
emissions_tonnes_row(PG_FUNCTION_ARGS)
{
	PmEmissions *e = PG_GETARG_EMISSIONS_P(0);
	TupleDesc	tupdesc;
	Datum		values[PM_NPOLLUTANTS];
	bool		nulls[PM_NPOLLUTANTS];
	int			i;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE ||
		tupdesc->natts != PM_NPOLLUTANTS)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("tonnes(emissions) must return portemis.emissions_tonnes")));
	tupdesc = BlessTupleDesc(tupdesc);
	for (i = 0; i < PM_NPOLLUTANTS; i++)
	{
		nulls[i] = !pm_is_known(e->t[i]);
		values[i] = Float8GetDatum(nulls[i] ? 0 : e->t[i]);
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

PG_FUNCTION_INFO_V1(emissions_co2e_t);
Datum
emissions_co2e_t(PG_FUNCTION_ARGS)
{
	PmEmissions *e = PG_GETARG_EMISSIONS_P(0);
	text	   *gwp = PG_GETARG_TEXT_PP(1);
	double		ch4,
				n2o,
				result;

	if (!pm_gwp_lookup(VARDATA_ANY(gwp), VARSIZE_ANY_EXHDR(gwp), &ch4, &n2o))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown GWP set \"%s\"", text_to_cstring(gwp)),
				 errhint("Known GWP100 sets: " PM_KNOWN_GWP_SETS ".")));
	if (!pm_is_known(e->t[PM_CO2]) || !pm_is_known(e->t[PM_CH4]) || !pm_is_known(e->t[PM_N2O]))
		PG_RETURN_NULL();		/* CO2, CH4 or N2O unknown */
	result = pm_emissions_co2e(e, ch4, n2o);
	if (!isfinite(result))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("co2e_t: result is out of range")));
	PG_RETURN_FLOAT8(result);
}

/* Cast to jsonb: {"co2_t": ..., ..., "bc_t": ...}, every pollutant, in t; unknown: null. */
PG_FUNCTION_INFO_V1(emissions_to_jsonb);
Datum
emissions_to_jsonb(PG_FUNCTION_ARGS)
{
	PmEmissions *e = PG_GETARG_EMISSIONS_P(0);
	StringInfoData json;
	char		num[PM_DOUBLE_BUFLEN];
	int			i;

	initStringInfo(&json);
	appendStringInfoChar(&json, '{');
	for (i = 0; i < PM_NPOLLUTANTS; i++)
	{
		if (pm_is_known(e->t[i]))
			pm_format_double(e->t[i], num);
		else
			strcpy(num, "null");
		appendStringInfo(&json, "%s\"%s\": %s", i > 0 ? ", " : "",
						 pm_pollutant_json_key((PmPollutant) i), num);
	}
	appendStringInfoChar(&json, '}');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(json.data));
}

/*
 * sum(emissions): transition and combine function.  The state is an
 * emissions value; inside an aggregate the left argument is the executor's
 * own copy in the aggregate context, so it is updated in place instead of
 * allocating per row.  Both arguments are non-null (STRICT, no initcond).
 */
PG_FUNCTION_INFO_V1(emissions_sum_accum);
Datum
emissions_sum_accum(PG_FUNCTION_ARGS)
{
	PmEmissions *state = PG_GETARG_EMISSIONS_P(0);
	PmEmissions *add = PG_GETARG_EMISSIONS_P(1);
	int			i;

	if (!AggCheckCallContext(fcinfo, NULL))
		return emissions_add(fcinfo);
	for (i = 0; i < PM_NPOLLUTANTS; i++)
		state->t[i] += add->t[i];
	pm_check_emissions_finite(state, "emissions sum");
	PG_RETURN_EMISSIONS_P(state);
}
