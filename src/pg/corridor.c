/*
 * corridor.c: corridor membership, the corridor aggregates (corridor_summary,
 * eeoi, cii_attained) and the what-if helpers; the arithmetic is in
 * src/core/pm_corridor.c.
 *
 * Every aggregate state is a float8[] of running sums: a real SQL type, so
 * partial states travel between parallel workers (and Citus nodes) without
 * serialisation, the combine function is one element-wise sum, memory per
 * group is constant and the result does not depend on the order of rows.
 */
#include "portemis.h"

#include <math.h>

#include "funcapi.h"
#include "utils/builtins.h"

#include "pm_corridor.h"
#include "registry.h"

PG_FUNCTION_INFO_V1(voyage_corridor_of);
Datum
voyage_corridor_of(PG_FUNCTION_ARGS)
{
	PmVoyage	v;
	const char *name;

	pm_voyage_from_datum(PG_GETARG_DATUM(0), &v);
	name = pm_corridor_of(v.origin, v.destination);
	if (name == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(name));
}

/*
 * A corridor_summary state: no infinite sums; unknown (NaN) only where a
 * method may not compute (masses) or a voyage may not report its fuel (fuel,
 * energy, masses and what is computed from them) or its distance, never in
 * the counts, hours or transport work (of the voyages with cargo and distance).
 */
static void
check_summary_state(const float8 *s, const char *agg)
{
	int			i;

	for (i = 0; i < PM_S_LEN; i++)
		if (isinf(s[i]) ||
			(isnan(s[i]) && (i == PM_S_VOYAGES || i == PM_S_HOURS || i == PM_S_WORK)))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s sums are out of range", agg)));
	/* every sum but the well-to-tank one (a fuel's WtT may be negative) is >= 0 */
	pm_check_state_nonnegative(s, 0, PM_S_WTT, agg);
	pm_check_state_nonnegative(s, PM_S_WTT + 1, PM_S_LEN, agg);
}

/* Combine function of every corridor aggregate: element-wise sum of equal-length states. */
PG_FUNCTION_INFO_V1(corridor_state_combine);
Datum
corridor_state_combine(PG_FUNCTION_ARGS)
{
	const char *agg = "corridor aggregate";
	ArrayType  *state = pm_writable_state(fcinfo, agg);
	int			len = ARR_NDIM(state) == 1 ? ARR_DIMS(state)[0] : 0;
	float8	   *s;
	float8	   *o;
	int			i;

	if (!(len == 2 || len == 5 || len == PM_S_LEN))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s state must be a one-dimensional float8 array of 2 (eeoi), 5 (cii_attained) or %d (corridor_summary) sums",
						agg, PM_S_LEN)));
	s = pm_state_values(state, len, agg);
	o = pm_state_values(pm_state_arg(fcinfo, 1, agg), len, agg);

	for (i = 0; i < len; i++)
		s[i] += o[i];
	if (len == PM_S_LEN)		/* corridor_summary: its masses may be unknown */
		check_summary_state(s, agg);
	else
	{
		/* eeoi, cii_attained: the CO2 sum (first) may be unknown; no sum is negative */
		pm_check_state_range(s, len, agg, 0, 1);
		pm_check_state_nonnegative(s, 0, len, agg);
	}
	PG_RETURN_ARRAYTYPE_P(state);
}

/*
 * The masses (t) of a voyage with the cache's mass set.  With an energy set,
 * also the FuelEU sums (energy, well-to-tank, tank-to-wake) and the energy
 * of zero/low-carbon fuels.
 */
static void
voyage_sums(PmFactorCache *c, const PmVoyage *v, PmEmissions *e, PmGhgSums *ghg, double *zero_low_mj)
{
	int			i;

	memset(e, 0, sizeof(*e));
	if (!pm_voyage_fuel_known(v))
	{
		/* what it burnt is not reported: its masses and energy are unknown, not 0 */
		pm_emissions_set_unknown(e);
		if (ghg != NULL)
			ghg->energy_mj = ghg->wtt_gco2e = ghg->ttw_gco2e = NAN;
		if (zero_low_mj != NULL)
			*zero_low_mj = NAN;
		return;
	}
	for (i = 0; i < v->nfuels; i++)
	{
		const PmFuelUse *u = &v->fuels[i];
		const PmFuelFactor *f,
				   *fe;
		double		before;

		pm_factor_cache_fuel(c, u->code, &f, &fe);
		pm_fuel_emissions_add(f, u->tonnes, pm_fuel_use_sulphur(f, u->has_sulphur, u->sulphur_pct, v->departure), e);
		if (fe == NULL)
			continue;
		before = ghg->energy_mj;
		if (!pm_ghg_add(fe, u->tonnes, ghg))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("fuel %s has no well-to-tank factor in factor set \"%s\"", fe->fuel,
							pm_factor_cache_set(c, true)->name),
					 errhint("Use corridor_summary(voyage, factor_set) with a set that gives one.")));
		if (fe->zero_or_low_carbon)
			*zero_low_mj += ghg->energy_mj - before;
	}
}

/* ---------- corridor_summary ---------- */

#define SUMMARY "corridor_summary"

/* Add voyage argument 1 (if not NULL) with the sets named; return the state. */
static ArrayType *
summary_accum(FunctionCallInfo fcinfo, const char *mass_set, const char *energy_set)
{
	ArrayType  *state = pm_writable_state(fcinfo, SUMMARY);
	float8	   *s = pm_state_values(state, PM_S_LEN, SUMMARY);
	PmVoyage	v;
	PmEmissions e;
	PmGhgSums	ghg = {0, 0, 0};
	double		zero_low = 0;

	if (PG_ARGISNULL(1))
		return state;
	pm_voyage_from_datum(PG_GETARG_DATUM(1), &v);
	voyage_sums(pm_factor_cache(fcinfo, mass_set, energy_set), &v, &e, &ghg, &zero_low);
	/*
	 * No range check per row (it cost 4 % of the aggregate): a voyage's
	 * values are finite and bounded, so only a sum can overflow to Infinity,
	 * and it stays Infinity (or becomes NaN): the combine and final
	 * functions check the state and raise the same error.
	 */
	pm_summary_add(s, &v, &e, &ghg, zero_low);
	return state;
}

/* corridor_summary(voyage): masses with the session's set, energy and well-to-wake with fueleu */
PG_FUNCTION_INFO_V1(corridor_summary_accum);
Datum
corridor_summary_accum(PG_FUNCTION_ARGS)
{
	PG_RETURN_ARRAYTYPE_P(summary_accum(fcinfo, NULL, "fueleu"));
}

/* corridor_summary(voyage, factor_set): one set for everything */
PG_FUNCTION_INFO_V1(corridor_summary_accum_set);
Datum
corridor_summary_accum_set(PG_FUNCTION_ARGS)
{
	char		name[PM_FACTOR_SET_NAME_MAX + 2];

	/* a NULL set is the one-argument form's: masses with the session's set, energy with fueleu */
	if (PG_ARGISNULL(2))
		PG_RETURN_ARRAYTYPE_P(summary_accum(fcinfo, NULL, "fueleu"));
	text_to_cstring_buffer(PG_GETARG_TEXT_PP(2), name, sizeof(name));
	PG_RETURN_ARRAYTYPE_P(summary_accum(fcinfo, name, name));
}

/* num / den; NULL without a positive denominator or with an unknown (NaN) numerator; 22003 if it overflows */
static Datum
ratio_or_null(double num, double den, const char *what, bool *isnull)
{
	*isnull = !(den > 0) || isnan(num);
	if (!*isnull && !isfinite(num / den))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("corridor_summary %s is out of range: %g over %g", what, num, den)));
	return Float8GetDatum(*isnull ? 0 : num / den);
}

/* x; NULL when unknown (NaN) */
static Datum
float_or_null(double x, bool *isnull)
{
	*isnull = isnan(x);
	return Float8GetDatum(*isnull ? 0 : x);
}

PG_FUNCTION_INFO_V1(corridor_summary_final);
Datum
corridor_summary_final(PG_FUNCTION_ARGS)
{
	float8	   *s = pm_state_values(pm_state_arg(fcinfo, 0, SUMMARY), PM_S_LEN, SUMMARY);
	TupleDesc	tupdesc;
	Datum		values[12];
	bool		nulls[12] = {false};
	PmEmissions *e = palloc(sizeof(PmEmissions));
	int			i;

	/* a state passed in by hand must still be one this aggregate could build */
	check_summary_state(s, SUMMARY);
	if (!(s[PM_S_VOYAGES] >= 0 && s[PM_S_VOYAGES] <= 9007199254740992.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("corridor_summary state has an impossible voyage count %g", s[PM_S_VOYAGES])));
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("corridor_summary must return its composite type")));
	tupdesc = BlessTupleDesc(tupdesc);
	for (i = 0; i < PM_NPOLLUTANTS; i++)
		e->t[i] = s[PM_S_EMISSIONS + i];
	values[0] = Int64GetDatum((int64) s[PM_S_VOYAGES]);
	values[1] = float_or_null(s[PM_S_DISTANCE], &nulls[1]);
	values[2] = Float8GetDatum(s[PM_S_HOURS]);
	values[3] = float_or_null(s[PM_S_FUEL], &nulls[3]);
	values[4] = float_or_null(s[PM_S_ENERGY], &nulls[4]);
	values[5] = PointerGetDatum(e);
	values[6] = float_or_null(s[PM_S_TTW] / 1e6, &nulls[6]);
	values[7] = float_or_null((s[PM_S_WTT] + s[PM_S_TTW]) / 1e6, &nulls[7]);
	values[8] = Float8GetDatum(s[PM_S_WORK]);
	values[9] = ratio_or_null(s[PM_S_EEOI_CO2], s[PM_S_WORK], "eeoi_g_per_tnm (g CO2 over t nm)", &nulls[9]);
	values[10] = ratio_or_null(s[PM_S_WTT] + s[PM_S_TTW], s[PM_S_ENERGY],
							   "ghg_intensity_gco2e_per_mj (g CO2e over MJ)", &nulls[10]);
	values[11] = ratio_or_null(s[PM_S_ZERO_LOW], s[PM_S_ENERGY], "zero_low_carbon_share (MJ over MJ)", &nulls[11]);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* ---------- eeoi and cii_attained ---------- */

/* eeoi(voyage): {CO2 g, transport work t nm} of voyages with known cargo and distance */
PG_FUNCTION_INFO_V1(eeoi_accum);
Datum
eeoi_accum(PG_FUNCTION_ARGS)
{
	ArrayType  *state = pm_writable_state(fcinfo, "eeoi");
	float8	   *s = pm_state_values(state, 2, "eeoi");
	PmVoyage	v;
	PmEmissions e;

	if (!PG_ARGISNULL(1))
	{
		pm_voyage_from_datum(PG_GETARG_DATUM(1), &v);
		if (v.has_cargo && v.has_distance)
		{
			voyage_sums(pm_factor_cache(fcinfo, NULL, NULL), &v, &e, NULL, NULL);
			pm_eeoi_add(s, &v, &e);
			pm_check_state_range(s, 2, "eeoi", 0, 1);	/* CO2 unknown (NaN): a voyage without fuel */
		}
	}
	PG_RETURN_ARRAYTYPE_P(state);
}

/* g CO2 per t nm: the ratio of the sums; NULL without transport work */
PG_FUNCTION_INFO_V1(ratio_final);
Datum
ratio_final(PG_FUNCTION_ARGS)
{
	float8	   *s = pm_state_values(pm_state_arg(fcinfo, 0, "eeoi"), 2, "eeoi");

	pm_check_state_range(s, 2, "eeoi", 0, 1);
	pm_check_state_nonnegative(s, 0, 2, "eeoi");
	if (!(s[1] > 0) || isnan(s[0]))
		PG_RETURN_NULL();		/* no transport work, or a voyage's CO2 unknown */
	if (!isfinite(s[0] / s[1]))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("eeoi is out of range: %g g CO2 over %g t nm", s[0], s[1])));
	PG_RETURN_FLOAT8(s[0] / s[1]);
}

/*
 * cii_attained(voyage, capacity): {CO2 g, distance nm, capacity, 1, capacity^2}
 * per partial state.  The capacity is the ship's and must be the same on
 * every row; combining sums the states, so the final function recovers it
 * as sum / count and checks that its spread is zero.
 */
#define CII "cii_attained"

PG_FUNCTION_INFO_V1(cii_attained_accum);
Datum
cii_attained_accum(PG_FUNCTION_ARGS)
{
	ArrayType  *state = pm_writable_state(fcinfo, CII);
	float8	   *s = pm_state_values(state, 5, CII);
	PmVoyage	v;
	double		capacity;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_ARRAYTYPE_P(state);
	capacity = PG_GETARG_FLOAT8(2);
	if (!isfinite(capacity))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("capacity must be a finite number (DWT or GT), got %g", capacity)));
	if (!(capacity > 0))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("capacity must be a positive number (DWT or GT), got %g", capacity)));
	if (s[3] > 0 && s[2] / s[3] != capacity)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cii_attained needs one capacity per group: got %g and %g", s[2] / s[3], capacity),
				 errhint("Group by ship.")));
	pm_voyage_from_datum(PG_GETARG_DATUM(1), &v);
	if (v.has_distance)
	{
		PmEmissions e;

		voyage_sums(pm_factor_cache(fcinfo, NULL, NULL), &v, &e, NULL, NULL);
		s[0] += e.t[PM_CO2] * 1e6;
		s[1] += v.distance_nm;
	}
	if (s[3] == 0)
	{
		s[2] = capacity;
		s[3] = 1;
		s[4] = capacity * capacity;
	}
	pm_check_state_range(s, 5, CII, 0, 1);	/* CO2 unknown (NaN): a voyage without fuel */
	PG_RETURN_ARRAYTYPE_P(state);
}

PG_FUNCTION_INFO_V1(cii_attained_final);
Datum
cii_attained_final(PG_FUNCTION_ARGS)
{
	float8	   *s = pm_state_values(pm_state_arg(fcinfo, 0, CII), 5, CII);
	double		capacity;

	pm_check_state_range(s, 5, CII, 0, 1);
	pm_check_state_nonnegative(s, 0, 5, CII);
	capacity = s[3] > 0 ? s[2] / s[3] : 0;
	if (s[3] > 1 && fabs(s[4] / s[3] - capacity * capacity) > 1e-9 * capacity * capacity)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cii_attained needs one capacity per group"),
				 errhint("Group by ship.")));
	if (!(s[1] > 0) || !(capacity > 0) || isnan(s[0]))
		PG_RETURN_NULL();		/* no distance, or a voyage's CO2 unknown */
	if (!isfinite(s[0] / (capacity * s[1])))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("cii_attained is out of range: %g g CO2 over a capacity of %g and %g nm", s[0], capacity, s[1])));
	PG_RETURN_FLOAT8(s[0] / (capacity * s[1]));
}

/* ---------- what-if helpers ---------- */

static void
fuel_code_arg(text *t, char *code, const char *context)
{
	PmError		err;

	if (!pm_fuel_code_normalize(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), code, &err))
		pm_raise_error(&err, context);
}

/* voyage_with_fuel(voyage, from_fuel, to_fuel, factor_set DEFAULT 'fueleu') */
PG_FUNCTION_INFO_V1(voyage_with_fuel);
Datum
voyage_with_fuel(PG_FUNCTION_ARGS)
{
	PmVoyage	v;
	char		from[PM_FUEL_CODE_MAX + 1],
				to[PM_FUEL_CODE_MAX + 1],
				setname[PM_FACTOR_SET_NAME_MAX + 2];
	const PmFactorSet *set;
	const PmFuelFactor *ff,
			   *ft;
	PmError		err;
	int			i;

	pm_voyage_from_datum(PG_GETARG_DATUM(0), &v);
	fuel_code_arg(PG_GETARG_TEXT_PP(1), from, "voyage_with_fuel");
	fuel_code_arg(PG_GETARG_TEXT_PP(2), to, "voyage_with_fuel");
	text_to_cstring_buffer(PG_GETARG_TEXT_PP(3), setname, sizeof(setname));
	set = pm_factor_set_find(setname);
	ff = pm_fuel_find(set, from);
	ft = pm_fuel_find(set, to);
	/* a fuel use written as another name of from_fuel (an alias, or the fuel an alias names) is from_fuel too */
	for (i = 0; i < v.nfuels; i++)
		if (pm_fuel_lookup(set, v.fuels[i].code) == ff)
			strlcpy(v.fuels[i].code, from, sizeof(v.fuels[i].code));
	pm_voyage_switch_fuel(&v, from, to, ff->lcv_mj_per_g, ft->lcv_mj_per_g);
	if (!pm_voyage_validate(&v, &err))
		pm_raise_error(&err, "voyage_with_fuel");
	return pm_voyage_to_datum(&v);
}

/* voyage_slow_steamed(voyage, speed_reduction_pct) */
PG_FUNCTION_INFO_V1(voyage_slow_steamed);
Datum
voyage_slow_steamed(PG_FUNCTION_ARGS)
{
	PmVoyage	v;
	PmError		err;

	pm_voyage_from_datum(PG_GETARG_DATUM(0), &v);
	if (!pm_voyage_slow_steam(&v, PG_GETARG_FLOAT8(1), &err))
		pm_raise_error(&err, NULL);
	if (!pm_voyage_validate(&v, &err))
		pm_raise_error(&err, "voyage_slow_steamed");
	return pm_voyage_to_datum(&v);
}
