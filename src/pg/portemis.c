/*
 * portemis.c: module magic, the translation of plain-C errors to ereport, and
 * the argument and aggregate-state checks every wrapper shares.
 */
#include "portemis.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "utils/builtins.h"

#include "registry.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/* The plain-C layer's long loops (pm_core.h) honour query cancel and statement_timeout. */
static void
check_for_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
_PG_init(void)
{
	pm_interrupt_hook = check_for_interrupts;
	pm_factors_init();
	pm_citus_init();
}

int
pm_errcode(PmErrorKind kind)
{
	switch (kind)
	{
		case PM_ERR_RANGE:
			return ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
		case PM_ERR_PARAM:
			return ERRCODE_INVALID_PARAMETER_VALUE;
		case PM_ERR_SYNTAX:
		default:
			return ERRCODE_INVALID_TEXT_REPRESENTATION;
	}
}

/*
 * A detail message is a sentence: capital first letter (the caller adds the
 * final period); a leading field name such as distance_nm keeps its spelling.
 */
const char *
pm_detail_sentence(const PmError *err, char *buf)
{
	strlcpy(buf, err->detail, PM_ERRMSG_LEN);
	if (strcspn(buf, "_ :") == strcspn(buf, " :"))
		buf[0] = pg_toupper((unsigned char) buf[0]);
	return buf;
}

void
pm_raise_input_error(const PmError *err, const char *type_name, const char *input)
{
	char		detail[PM_ERRMSG_LEN];

	pm_detail_sentence(err, detail);

	switch (err->kind)
	{
		case PM_ERR_RANGE:
			ereport(ERROR,
					(errcode(pm_errcode(err->kind)),
					 errmsg("value out of range for type %s: \"%s\"", type_name, input),
					 errdetail("%s.", detail)));
			break;
		case PM_ERR_PARAM:
			ereport(ERROR,
					(errcode(pm_errcode(err->kind)),
					 errmsg("invalid value for type %s: \"%s\"", type_name, input),
					 errdetail("%s.", detail)));
			break;
		default:
			ereport(ERROR,
					(errcode(pm_errcode(err->kind)),
					 errmsg("invalid input syntax for type %s: \"%s\"", type_name, input),
					 errdetail("%s.", detail)));
	}
	pg_unreachable();
}

void
pm_raise_error(const PmError *err, const char *context)
{
	if (context == NULL)
		ereport(ERROR,
				(errcode(pm_errcode(err->kind)),
				 errmsg("%s", err->detail)));
	ereport(ERROR,
			(errcode(pm_errcode(err->kind)),
			 errmsg("%s: %s", context, err->detail)));
	pg_unreachable();
}

int
pm_pollutant_arg(text *name)
{
	int			idx = pm_pollutant_lookup(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));

	if (idx < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown pollutant \"%s\"", text_to_cstring(name)),
				 errhint("Known pollutants: " PM_KNOWN_POLLUTANTS ".")));
	return idx;
}

void
pm_emissions_overflow(const char *what, int pollutant)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s: %s is out of range", what, pm_pollutant_name((PmPollutant) pollutant))));
	pg_unreachable();
}

/* ---------- float8[] aggregate states ---------- */

ArrayType *
pm_state_arg(FunctionCallInfo fcinfo, int argno, const char *agg)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s state must not be NULL", agg)));
	return PG_GETARG_ARRAYTYPE_P(argno);
}

ArrayType *
pm_writable_state(FunctionCallInfo fcinfo, const char *agg)
{
	ArrayType  *state = pm_state_arg(fcinfo, 0, agg);

	if (!AggCheckCallContext(fcinfo, NULL))
		state = DatumGetArrayTypePCopy(PointerGetDatum(state));
	return state;
}

float8 *
pm_state_values(ArrayType *a, int len, const char *agg)
{
	if (ARR_NDIM(a) != 1 || ARR_DIMS(a)[0] != len || ARR_LBOUND(a)[0] != 1 || ARR_HASNULL(a) ||
		ARR_ELEMTYPE(a) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s state must be a float8[%d] without NULLs", agg, len)));
	return (float8 *) ARR_DATA_PTR(a);
}

void
pm_check_finite_state(const float8 *s, int len, const char *agg)
{
	pm_check_state_range(s, len, agg, 0, 0);
}

void
pm_check_state_range(const float8 *s, int len, const char *agg, int unknown_from, int unknown_to)
{
	int			i;

	for (i = 0; i < len; i++)
		if (isinf(s[i]) || (isnan(s[i]) && (i < unknown_from || i >= unknown_to)))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s sums are out of range", agg)));
}

void
pm_check_state_nonnegative(const float8 *s, int from, int to, const char *agg)
{
	int			i;

	for (i = from; i < to; i++)
		if (s[i] < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s state is not one the aggregate builds: sum %d is negative (%g)", agg, i + 1, s[i])));
}

double
pm_quantity_arg(FunctionCallInfo fcinfo, int argno, const char *what, double max)
{
	double		x = PG_GETARG_FLOAT8(argno);

	if (isnan(x) || isinf(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number", what)));
	if (x < 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s must not be negative, got %g", what, x)));
	if (x > max)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s must lie between 0 and %g, got %g", what, max, x)));
	return x;
}
