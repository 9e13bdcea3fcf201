/*
 * fuel.c: fuel-based emissions (tank-to-wake), energy and FuelEU
 * well-to-wake GHG intensity over the factor registry.
 */
#include "portemis.h"

#include <math.h>

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "registry.h"

static void
fuel_code_arg(text *t, char *code)
{
	PmError		err;
	char		detail[PM_ERRMSG_LEN];

	if (!pm_fuel_code_normalize(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), code, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid fuel code \"%s\"", text_to_cstring(t)),
				 errdetail("%s.", pm_detail_sentence(&err, detail))));
}

/*
 * fuel_emissions(fuel text, tonnes float8, sulphur_pct float8 DEFAULT NULL,
 *                factor_set text DEFAULT NULL) RETURNS emissions
 * Without a sulphur content, the fuel's default applies, else the MARPOL
 * global limit in force at the start of the transaction.
 */
PG_FUNCTION_INFO_V1(fuel_emissions);
Datum
fuel_emissions(PG_FUNCTION_ARGS)
{
	char		code[PM_FUEL_CODE_MAX + 1];
	const PmFactorSet *set;
	const PmFuelFactor *f;
	PmEmissions *e;
	double		tonnes;
	double		sulphur;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	fuel_code_arg(PG_GETARG_TEXT_PP(0), code);
	tonnes = pm_quantity_arg(fcinfo, 1, "tonnes", HUGE_VAL);
	set = pm_factor_set_arg(fcinfo, 3);
	f = pm_fuel_factor(fcinfo, set, code);
	sulphur = pm_fuel_use_sulphur(f, !PG_ARGISNULL(2), PG_ARGISNULL(2) ? 0 : pm_quantity_arg(fcinfo, 2, "sulphur_pct", 100),
						 GetCurrentTransactionStartTimestamp());
	e = palloc0(sizeof(PmEmissions));
	pm_fuel_emissions_add(f, tonnes, sulphur, e);
	pm_check_emissions_finite(e, "emissions");
	PG_RETURN_EMISSIONS_P(e);
}

/*
 * emission_factor(fuel text, pollutant text, factor_set text DEFAULT NULL)
 * RETURNS float8: t of pollutant per t of fuel, as fuel_emissions(fuel, 1).
 */
PG_FUNCTION_INFO_V1(emission_factor);
Datum
emission_factor(PG_FUNCTION_ARGS)
{
	char		code[PM_FUEL_CODE_MAX + 1];
	const PmFactorSet *set;
	const PmFuelFactor *f;
	PmEmissions e;
	int			idx;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	fuel_code_arg(PG_GETARG_TEXT_PP(0), code);
	idx = pm_pollutant_arg(PG_GETARG_TEXT_PP(1));
	set = pm_factor_set_arg(fcinfo, 2);
	f = pm_fuel_factor(fcinfo, set, code);
	memset(&e, 0, sizeof(e));
	pm_fuel_emissions_add(f, 1.0, pm_fuel_use_sulphur(f, false, 0, GetCurrentTransactionStartTimestamp()), &e);
	if (!pm_is_known(e.t[idx]))
		PG_RETURN_NULL();		/* the set has no factor for it */
	PG_RETURN_FLOAT8(e.t[idx]);
}

/*
 * voyage_emissions(voyage, factor_set text DEFAULT NULL) RETURNS emissions:
 * the sum over the voyage's fuel uses; sulphur from the fuel use, else the
 * fuel's default, else the global limit on the departure date.
 */
PG_FUNCTION_INFO_V1(voyage_emissions);
Datum
voyage_emissions(PG_FUNCTION_ARGS)
{
	PmVoyage	v;
	PmFactorCache *c;
	PmEmissions *e;
	int			i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	pm_voyage_from_datum(PG_GETARG_DATUM(0), &v);
	c = pm_factor_cache_arg(fcinfo, 1);
	e = palloc0(sizeof(PmEmissions));
	if (!pm_voyage_fuel_known(&v))
		pm_emissions_set_unknown(e);
	for (i = 0; i < v.nfuels; i++)
	{
		const PmFuelUse *u = &v.fuels[i];
		const PmFuelFactor *f;

		pm_factor_cache_fuel(c, u->code, &f, NULL);

		pm_fuel_emissions_add(f, u->tonnes, pm_fuel_use_sulphur(f, u->has_sulphur, u->sulphur_pct, v.departure), e);
	}
	pm_check_emissions_finite(e, "emissions");
	PG_RETURN_EMISSIONS_P(e);
}

/* Add a voyage's fuel uses to FuelEU sums; every fuel must have a WtT value. */
static void
voyage_ghg_add(FunctionCallInfo fcinfo, const PmVoyage *v, const PmFactorSet *set, PmGhgSums *sums)
{
	int			i;

	for (i = 0; i < v->nfuels; i++)
	{
		const PmFuelFactor *f = pm_fuel_factor(fcinfo, set, v->fuels[i].code);

		if (!pm_ghg_add(f, v->fuels[i].tonnes, sums))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("fuel %s has no well-to-tank factor in factor set \"%s\"", f->fuel, set->name),
					 errhint("Use the fueleu set, or give the fuel a wtt_gco2e_per_mj in your own set.")));
	}
}

/* energy_mj(voyage, factor_set text DEFAULT NULL): sum of tonnes x LCV, MJ. */
PG_FUNCTION_INFO_V1(voyage_energy_mj);
Datum
voyage_energy_mj(PG_FUNCTION_ARGS)
{
	PmVoyage	v;
	const PmFactorSet *set;
	double		energy = 0;
	int			i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	pm_voyage_from_datum(PG_GETARG_DATUM(0), &v);
	set = pm_factor_set_arg(fcinfo, 1);
	if (!pm_voyage_fuel_known(&v))
		PG_RETURN_NULL();		/* not reported: unknown, not 0 */
	for (i = 0; i < v.nfuels; i++)
		energy += v.fuels[i].tonnes * 1e6 * pm_fuel_factor(fcinfo, set, v.fuels[i].code)->lcv_mj_per_g;
	if (!isfinite(energy))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("energy_mj is out of range")));
	PG_RETURN_FLOAT8(energy);
}

/*
 * ghg_intensity(voyage, factor_set text DEFAULT 'fueleu'): FuelEU Annex I
 * well-to-wake GHG intensity in gCO2e/MJ; NULL when the voyage used no energy.
 */
PG_FUNCTION_INFO_V1(voyage_ghg_intensity);
Datum
voyage_ghg_intensity(PG_FUNCTION_ARGS)
{
	PmVoyage	v;
	PmGhgSums	sums = {0, 0, 0};
	double		intensity;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	pm_voyage_from_datum(PG_GETARG_DATUM(0), &v);
	/* NULL takes the default, fueleu (the only shipped set with well-to-tank factors), not the session's set */
	voyage_ghg_add(fcinfo, &v, PG_ARGISNULL(1) ? pm_factor_set_named(fcinfo, "fueleu") : pm_factor_set_arg(fcinfo, 1),
				   &sums);
	if (!isfinite(sums.energy_mj) || !isfinite(sums.wtt_gco2e) || !isfinite(sums.ttw_gco2e))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("ghg_intensity is out of range: the voyage's energy or emissions overflow")));
	if (!pm_ghg_intensity(&sums, &intensity))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(intensity);
}

/*
 * ghg_intensity_agg(voyage [, factor_set]): the state is a float8[3] of
 * {energy MJ, WtT gCO2e, TtW gCO2e}, a real SQL type, so partial states
 * travel between parallel workers and nodes without serialisation.  The
 * result is the ratio of the sums: energy-weighted, not a mean of ratios.
 */
#define GHG_STATE_LEN 3

#define GHG_AGG "ghg_intensity_agg"

static float8 *
ghg_state(ArrayType *a)
{
	return pm_state_values(a, GHG_STATE_LEN, GHG_AGG);
}

/* {energy, WtT, TtW}: energy and TtW are never negative; WtT may be (a fuel's WtT factor may). */
static void
ghg_state_check_signs(const float8 *s)
{
	pm_check_state_nonnegative(s, 0, 1, GHG_AGG);
	pm_check_state_nonnegative(s, 2, 3, GHG_AGG);
}

/* The state (argument 0) plus add. */
static ArrayType *
ghg_state_result(FunctionCallInfo fcinfo, const PmGhgSums *add)
{
	ArrayType  *state = pm_writable_state(fcinfo, GHG_AGG);
	float8	   *s = ghg_state(state);

	s[0] += add->energy_mj;
	s[1] += add->wtt_gco2e;
	s[2] += add->ttw_gco2e;
	/* NaN: a voyage that does not report its fuel made the sums unknown */
	pm_check_state_range(s, GHG_STATE_LEN, GHG_AGG, 0, GHG_STATE_LEN);
	ghg_state_check_signs(s);
	return state;
}

/* Add voyage argument 1 (if not NULL) with the set named (NULL: argument 2, else the session's). */
static ArrayType *
ghg_accum(FunctionCallInfo fcinfo, const char *set_name)
{
	PmVoyage	v;
	PmGhgSums	sums = {0, 0, 0};

	if (!PG_ARGISNULL(1))
	{
		pm_voyage_from_datum(PG_GETARG_DATUM(1), &v);
		/* a NULL set is the one-argument form's, fueleu */
		voyage_ghg_add(fcinfo, &v,
					   set_name ? pm_factor_set_named(fcinfo, set_name) :
					   PG_ARGISNULL(2) ? pm_factor_set_named(fcinfo, "fueleu") : pm_factor_set_arg(fcinfo, 2),
					   &sums);
		if (!pm_voyage_fuel_known(&v))
			sums.energy_mj = sums.wtt_gco2e = sums.ttw_gco2e = NAN;
	}
	return ghg_state_result(fcinfo, &sums);
}

PG_FUNCTION_INFO_V1(ghg_intensity_accum);
Datum
ghg_intensity_accum(PG_FUNCTION_ARGS)
{
	PG_RETURN_ARRAYTYPE_P(ghg_accum(fcinfo, NULL));
}

/* The one-argument form: the fueleu set, whose metric this is. */
PG_FUNCTION_INFO_V1(ghg_intensity_accum_fueleu);
Datum
ghg_intensity_accum_fueleu(PG_FUNCTION_ARGS)
{
	PG_RETURN_ARRAYTYPE_P(ghg_accum(fcinfo, "fueleu"));
}

PG_FUNCTION_INFO_V1(ghg_intensity_combine);
Datum
ghg_intensity_combine(PG_FUNCTION_ARGS)
{
	float8	   *other = ghg_state(pm_state_arg(fcinfo, 1, GHG_AGG));
	PmGhgSums	sums = {other[0], other[1], other[2]};

	PG_RETURN_ARRAYTYPE_P(ghg_state_result(fcinfo, &sums));
}

PG_FUNCTION_INFO_V1(ghg_intensity_final);
Datum
ghg_intensity_final(PG_FUNCTION_ARGS)
{
	float8	   *s = ghg_state(pm_state_arg(fcinfo, 0, GHG_AGG));
	PmGhgSums	sums = {s[0], s[1], s[2]};
	double		intensity;

	pm_check_state_range(s, GHG_STATE_LEN, GHG_AGG, 0, GHG_STATE_LEN);
	ghg_state_check_signs(s);
	if (!pm_ghg_intensity(&sums, &intensity) || isnan(intensity))
		PG_RETURN_NULL();		/* no energy, or a voyage's unknown */
	if (!isfinite(intensity))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("ghg_intensity_agg is out of range: %g g CO2e over %g MJ", s[1] + s[2], s[0])));
	PG_RETURN_FLOAT8(intensity);
}

/*
 * voyage_emissions_apportioned(voyage, fraction, zone_shares float8[],
 *   zone_sulphur_pct float8[], factor_set text DEFAULT NULL): emissions of
 * `fraction` of each fuel use, of which zone_shares[i] (of the whole) was
 * burnt inside a zone with sulphur limit zone_sulphur_pct[i] and the rest
 * under the global limit on the departure date.  Fuel uses that state their
 * sulphur, or fuels with a fixed default (LNG, methanol ...), keep it.
 */
static double *
float8_array_arg(FunctionCallInfo fcinfo, int argno, int *n, const char *what)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(argno);

	if (ARR_NDIM(a) > 1 || ARR_HASNULL(a) || ARR_ELEMTYPE(a) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a one-dimensional float8[] without NULLs", what)));
	*n = ARR_NDIM(a) == 0 ? 0 : ARR_DIMS(a)[0];
	return (double *) ARR_DATA_PTR(a);
}

PG_FUNCTION_INFO_V1(voyage_emissions_apportioned);
Datum
voyage_emissions_apportioned(PG_FUNCTION_ARGS)
{
	PmVoyage	v;
	const PmFactorSet *set;
	PmEmissions *e;
	double		fraction,
				in_zones = 0,
				zone_sulphur = 0;
	double	   *shares,
			   *limits;
	int			nshares,
				nlimits,
				i;

	for (i = 0; i < 4; i++)
		if (PG_ARGISNULL(i))
			PG_RETURN_NULL();
	pm_voyage_from_datum(PG_GETARG_DATUM(0), &v);
	fraction = PG_GETARG_FLOAT8(1);
	if (!isfinite(fraction))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("fraction must be a finite number, got %g", fraction)));
	if (!(fraction >= 0 && fraction <= 1))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("fraction must lie between 0 and 1, got %g", fraction)));
	shares = float8_array_arg(fcinfo, 2, &nshares, "zone_shares");
	limits = float8_array_arg(fcinfo, 3, &nlimits, "zone_sulphur_pct");
	if (nshares != nlimits)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("zone_shares and zone_sulphur_pct must have the same length (%d, %d)", nshares, nlimits)));
	for (i = 0; i < nshares; i++)
	{
		if (!isfinite(shares[i]) || !isfinite(limits[i]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("zone share %g or sulphur limit %g is not a finite number", shares[i], limits[i])));
		if (!(shares[i] >= 0 && shares[i] <= 1) || !(limits[i] >= 0 && limits[i] <= 100))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("zone share %g or sulphur limit %g out of range", shares[i], limits[i])));
		in_zones += shares[i];
		zone_sulphur += shares[i] * limits[i];
	}
	/* rounding of route pieces may overshoot by a few ulps */
	if (in_zones > fraction * (1 + 1e-9) + 1e-12)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("zone shares add up to %g, more than the fraction %g: do the zones overlap?", in_zones, fraction)));
	in_zones = fmin(in_zones, fraction);

	set = pm_factor_set_arg(fcinfo, 4);
	e = palloc0(sizeof(PmEmissions));
	if (!pm_voyage_fuel_known(&v))
	{
		/* what it burnt is not reported: its emissions, anywhere along the route, are unknown (not 0) */
		pm_emissions_set_unknown(e);
		PG_RETURN_EMISSIONS_P(e);
	}
	for (i = 0; i < v.nfuels; i++)
	{
		const PmFuelUse *u = &v.fuels[i];
		const PmFuelFactor *f = pm_fuel_factor(fcinfo, set, u->code);
		double		sulphur;

		if (u->has_sulphur || f->has_sulphur || fraction == 0)
			sulphur = pm_fuel_use_sulphur(f, u->has_sulphur, u->sulphur_pct, v.departure);
		else
			sulphur = (zone_sulphur + (fraction - in_zones) * pm_global_sulphur_limit(v.departure)) / fraction;
		pm_fuel_emissions_add(f, u->tonnes * fraction, sulphur, e);
	}
	pm_check_emissions_finite(e, "emissions");
	PG_RETURN_EMISSIONS_P(e);
}
