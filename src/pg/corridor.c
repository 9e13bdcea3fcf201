/*
 * corridor.c: corridor membership, the corridor aggregates (corridor_summary,
 * eeoi, cii_attained) and the what-if helpers.
 *
 * Every aggregate state is a float8[] of running sums: a real SQL type, so
 * partial states travel between parallel workers (and Citus nodes) without
 * serialisation, the combine function is one element-wise sum, memory per
 * group is constant and the result does not depend on the order of rows.
 */
#include "portemis.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"

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

/* ---------- float8[] states ---------- */

static float8 *
state_values(ArrayType *a, int len, const char *agg)
{
	if (ARR_NDIM(a) != 1 || ARR_DIMS(a)[0] != len || ARR_HASNULL(a) || ARR_ELEMTYPE(a) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s state must be a float8[%d] without NULLs", agg, len)));
	return (float8 *) ARR_DATA_PTR(a);
}

/* The state to update: the aggregate's own in place, else a copy. */
static ArrayType *
writable_state(FunctionCallInfo fcinfo)
{
	ArrayType  *state = PG_GETARG_ARRAYTYPE_P(0);

	if (!AggCheckCallContext(fcinfo, NULL))
		state = DatumGetArrayTypePCopy(PointerGetDatum(state));
	return state;
}

static void
check_finite_state(const float8 *s, int len, const char *agg)
{
	int			i;

	for (i = 0; i < len; i++)
		if (!isfinite(s[i]))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s sums are out of range", agg)));
}

/* Combine function of every corridor aggregate: element-wise sum of equal-length states. */
PG_FUNCTION_INFO_V1(corridor_state_combine);
Datum
corridor_state_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *state = writable_state(fcinfo);
	ArrayType  *other = PG_GETARG_ARRAYTYPE_P(1);
	int			len = ARR_NDIM(state) == 1 ? ARR_DIMS(state)[0] : 0;
	float8	   *s = state_values(state, len, "corridor aggregate");
	float8	   *o = state_values(other, len, "corridor aggregate");
	int			i;

	for (i = 0; i < len; i++)
		s[i] += o[i];
	check_finite_state(s, len, "corridor aggregate");
	PG_RETURN_ARRAYTYPE_P(state);
}

/* ---------- corridor_summary ---------- */

enum
{
	S_VOYAGES, S_DISTANCE, S_HOURS, S_FUEL, S_ENERGY,
	S_EMISSIONS,				/* 10 pollutants follow */
	S_WTT = S_EMISSIONS + PM_NPOLLUTANTS,
	S_TTW, S_WORK, S_EEOI_CO2, S_ZERO_LOW, S_LEN
};

/*
 * Per call (fn_extra): the factor sets and, for the fuel codes seen, their
 * factors in both sets, valid while the registry generation is unchanged.
 * This keeps name lookups out of the per-row path.
 */
#define SUMMARY_MEMO 8
typedef struct SummaryCache
{
	uint64		generation;
	char		mass_name[PM_FACTOR_SET_NAME_MAX + 2];
	char		energy_name[PM_FACTOR_SET_NAME_MAX + 2];
	const PmFactorSet *mass_set;
	const PmFactorSet *energy_set;	/* NULL: masses only */
	int			nmemo;
	struct
	{
		char		code[PM_FUEL_CODE_MAX + 1];
		const PmFuelFactor *mass;
		const PmFuelFactor *energy;
	}			memo[SUMMARY_MEMO];
} SummaryCache;

/* The cache for sets named mass_name (NULL: the session default) and energy_name (NULL: none). */
static SummaryCache *
summary_cache(FunctionCallInfo fcinfo, const char *mass_name, const char *energy_name)
{
	SummaryCache *c = (SummaryCache *) fcinfo->flinfo->fn_extra;
	uint64		generation = pm_registry_generation();

	if (mass_name == NULL)
		mass_name = pm_default_factor_set ? pm_default_factor_set : "imo";
	if (energy_name == NULL)
		energy_name = "";
	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(SummaryCache));
		fcinfo->flinfo->fn_extra = c;
	}
	if (c->generation != generation || c->mass_set == NULL ||
		strcmp(c->mass_name, mass_name) != 0 || strcmp(c->energy_name, energy_name) != 0)
	{
		c->mass_set = pm_factor_set_find(mass_name);
		c->energy_set = energy_name[0] ? pm_factor_set_find(energy_name) : NULL;
		strlcpy(c->mass_name, mass_name, sizeof(c->mass_name));
		strlcpy(c->energy_name, energy_name, sizeof(c->energy_name));
		c->generation = generation;
		c->nmemo = 0;
	}
	return c;
}

/* The factors of a fuel code in the cache's sets (energy NULL without an energy set). */
static void
summary_factors(SummaryCache *c, const char *code, const PmFuelFactor **mass, const PmFuelFactor **energy)
{
	int			i;

	for (i = 0; i < c->nmemo; i++)
		if (strcmp(c->memo[i].code, code) == 0)
		{
			*mass = c->memo[i].mass;
			*energy = c->memo[i].energy;
			return;
		}
	*mass = pm_fuel_find(c->mass_set, code);
	*energy = c->energy_set == NULL ? NULL :
		c->energy_set == c->mass_set ? *mass : pm_fuel_find(c->energy_set, code);
	if (c->nmemo < SUMMARY_MEMO)
	{
		strlcpy(c->memo[c->nmemo].code, code, sizeof(c->memo[c->nmemo].code));
		c->memo[c->nmemo].mass = *mass;
		c->memo[c->nmemo].energy = *energy;
		c->nmemo++;
	}
}

/*
 * The masses (t) of a voyage with the cache's mass set.  With an energy set,
 * also the FuelEU sums (energy, well-to-tank, tank-to-wake) and the energy
 * of zero/low-carbon fuels.
 */
static void
voyage_sums(SummaryCache *c, const PmVoyage *v, PmEmissions *e, PmGhgSums *ghg, double *zero_low_mj)
{
	int			i;

	memset(e, 0, sizeof(*e));
	for (i = 0; i < v->nfuels; i++)
	{
		const PmFuelUse *u = &v->fuels[i];
		const PmFuelFactor *f,
				   *fe;
		double		before;

		summary_factors(c, u->code, &f, &fe);
		pm_fuel_emissions_add(f, u->tonnes, pm_fuel_use_sulphur(f, u->has_sulphur, u->sulphur_pct, v->departure), e);
		if (fe == NULL)
			continue;
		before = ghg->energy_mj;
		if (!pm_ghg_add(fe, u->tonnes, ghg))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("fuel %s has no well-to-tank factor in factor set \"%s\"", fe->fuel, c->energy_set->name),
					 errhint("Use corridor_summary(voyage, factor_set) with a set that gives one.")));
		if (fe->zero_or_low_carbon)
			*zero_low_mj += ghg->energy_mj - before;
	}
}

static void
summary_add(float8 *s, const PmVoyage *v, SummaryCache *c)
{
	PmEmissions e;
	PmGhgSums	ghg = {0, 0, 0};
	double		zero_low = 0,
				fuel = 0;
	int			i;

	voyage_sums(c, v, &e, &ghg, &zero_low);
	for (i = 0; i < v->nfuels; i++)
		fuel += v->fuels[i].tonnes;
	s[S_VOYAGES] += 1;
	if (v->has_distance)
		s[S_DISTANCE] += v->distance_nm;
	s[S_HOURS] += (double) (v->arrival - v->departure) / (3600.0 * PM_USECS_PER_SEC);
	s[S_FUEL] += fuel;
	s[S_ENERGY] += ghg.energy_mj;
	for (i = 0; i < PM_NPOLLUTANTS; i++)
		s[S_EMISSIONS + i] += e.t[i];
	s[S_WTT] += ghg.wtt_gco2e;
	s[S_TTW] += ghg.ttw_gco2e;
	/* EEOI counts voyages whose cargo and distance are known; a ballast leg (cargo 0) adds CO2, no work */
	if (v->has_cargo && v->has_distance)
	{
		s[S_WORK] += v->cargo_t * v->distance_nm;
		s[S_EEOI_CO2] += e.t[PM_CO2] * 1e6;
	}
	s[S_ZERO_LOW] += zero_low;
}

/* corridor_summary(voyage): masses with the session's set, energy and well-to-wake with fueleu */
PG_FUNCTION_INFO_V1(corridor_summary_accum);
Datum
corridor_summary_accum(PG_FUNCTION_ARGS)
{
	ArrayType  *state = writable_state(fcinfo);
	float8	   *s = state_values(state, S_LEN, "corridor_summary");
	PmVoyage	v;

	if (!PG_ARGISNULL(1))
	{
		pm_voyage_from_datum(PG_GETARG_DATUM(1), &v);
		summary_add(s, &v, summary_cache(fcinfo, NULL, "fueleu"));
		check_finite_state(s, S_LEN, "corridor_summary");
	}
	PG_RETURN_ARRAYTYPE_P(state);
}

/* corridor_summary(voyage, factor_set): one set for everything */
PG_FUNCTION_INFO_V1(corridor_summary_accum_set);
Datum
corridor_summary_accum_set(PG_FUNCTION_ARGS)
{
	ArrayType  *state = writable_state(fcinfo);
	float8	   *s = state_values(state, S_LEN, "corridor_summary");
	PmVoyage	v;

	if (!PG_ARGISNULL(1))
	{
		char		name[PM_FACTOR_SET_NAME_MAX + 2];
		const char *set_name = NULL;

		if (!PG_ARGISNULL(2))
		{
			text_to_cstring_buffer(PG_GETARG_TEXT_PP(2), name, sizeof(name));
			set_name = name;
		}
		pm_voyage_from_datum(PG_GETARG_DATUM(1), &v);
		/* one set for everything: the energy set is the mass set */
		summary_add(s, &v, summary_cache(fcinfo, set_name,
										 set_name ? set_name : (pm_default_factor_set ? pm_default_factor_set : "imo")));
		check_finite_state(s, S_LEN, "corridor_summary");
	}
	PG_RETURN_ARRAYTYPE_P(state);
}

static Datum
ratio_or_null(double num, double den, bool *isnull)
{
	*isnull = !(den > 0);
	return Float8GetDatum(*isnull ? 0 : num / den);
}

PG_FUNCTION_INFO_V1(corridor_summary_final);
Datum
corridor_summary_final(PG_FUNCTION_ARGS)
{
	float8	   *s = state_values(PG_GETARG_ARRAYTYPE_P(0), S_LEN, "corridor_summary");
	TupleDesc	tupdesc;
	Datum		values[12];
	bool		nulls[12] = {false};
	PmEmissions *e = palloc(sizeof(PmEmissions));
	int			i;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("corridor_summary must return its composite type")));
	tupdesc = BlessTupleDesc(tupdesc);
	for (i = 0; i < PM_NPOLLUTANTS; i++)
		e->t[i] = s[S_EMISSIONS + i];
	values[0] = Int64GetDatum((int64) s[S_VOYAGES]);
	values[1] = Float8GetDatum(s[S_DISTANCE]);
	values[2] = Float8GetDatum(s[S_HOURS]);
	values[3] = Float8GetDatum(s[S_FUEL]);
	values[4] = Float8GetDatum(s[S_ENERGY]);
	values[5] = PointerGetDatum(e);
	values[6] = Float8GetDatum(s[S_TTW] / 1e6);
	values[7] = Float8GetDatum((s[S_WTT] + s[S_TTW]) / 1e6);
	values[8] = Float8GetDatum(s[S_WORK]);
	values[9] = ratio_or_null(s[S_EEOI_CO2], s[S_WORK], &nulls[9]);
	values[10] = ratio_or_null(s[S_WTT] + s[S_TTW], s[S_ENERGY], &nulls[10]);
	values[11] = ratio_or_null(s[S_ZERO_LOW], s[S_ENERGY], &nulls[11]);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* ---------- eeoi and cii_attained ---------- */

/* eeoi(voyage): {CO2 g, transport work t nm} of voyages with known cargo and distance */
PG_FUNCTION_INFO_V1(eeoi_accum);
Datum
eeoi_accum(PG_FUNCTION_ARGS)
{
	ArrayType  *state = writable_state(fcinfo);
	float8	   *s = state_values(state, 2, "eeoi");
	PmVoyage	v;

	if (!PG_ARGISNULL(1))
	{
		pm_voyage_from_datum(PG_GETARG_DATUM(1), &v);
		if (v.has_cargo && v.has_distance)
		{
			PmEmissions e;

			voyage_sums(summary_cache(fcinfo, NULL, NULL), &v, &e, NULL, NULL);
			s[0] += e.t[PM_CO2] * 1e6;
			s[1] += v.cargo_t * v.distance_nm;
			check_finite_state(s, 2, "eeoi");
		}
	}
	PG_RETURN_ARRAYTYPE_P(state);
}

/* g CO2 per t nm: the ratio of the sums; NULL without transport work */
PG_FUNCTION_INFO_V1(ratio_final);
Datum
ratio_final(PG_FUNCTION_ARGS)
{
	float8	   *s = state_values(PG_GETARG_ARRAYTYPE_P(0), 2, "eeoi");

	if (!(s[1] > 0))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(s[0] / s[1]);
}

/*
 * cii_attained(voyage, capacity): {CO2 g, distance nm, capacity, 1, capacity^2}
 * per partial state.  The capacity is the ship's and must be the same on
 * every row; combining sums the states, so the final function recovers it
 * as sum / count and checks that its spread is zero.
 */
PG_FUNCTION_INFO_V1(cii_attained_accum);
Datum
cii_attained_accum(PG_FUNCTION_ARGS)
{
	ArrayType  *state = writable_state(fcinfo);
	float8	   *s = state_values(state, 5, "cii_attained");
	PmVoyage	v;
	double		capacity;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_ARRAYTYPE_P(state);
	capacity = PG_GETARG_FLOAT8(2);
	if (!(capacity > 0) || isinf(capacity))
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

		voyage_sums(summary_cache(fcinfo, NULL, NULL), &v, &e, NULL, NULL);
		s[0] += e.t[PM_CO2] * 1e6;
		s[1] += v.distance_nm;
	}
	if (s[3] == 0)
	{
		s[2] = capacity;
		s[3] = 1;
		s[4] = capacity * capacity;
	}
	check_finite_state(s, 5, "cii_attained");
	PG_RETURN_ARRAYTYPE_P(state);
}

PG_FUNCTION_INFO_V1(cii_attained_final);
Datum
cii_attained_final(PG_FUNCTION_ARGS)
{
	float8	   *s = state_values(PG_GETARG_ARRAYTYPE_P(0), 5, "cii_attained");
	double		capacity = s[3] > 0 ? s[2] / s[3] : 0;

	if (s[3] > 1 && fabs(s[4] / s[3] - capacity * capacity) > 1e-9 * capacity * capacity)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cii_attained needs one capacity per group"),
				 errhint("Group by ship.")));
	if (!(s[1] > 0) || !(capacity > 0))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(s[0] / (capacity * s[1]));
}

/* ---------- what-if helpers ---------- */

/*
 * voyage_with_fuel(voyage, from_fuel, to_fuel, factor_set DEFAULT 'fueleu'):
 * the voyage with every use of from_fuel replaced by to_fuel at equal energy
 * (tonnes x LCV_from / LCV_to); a stated sulphur is dropped (the new fuel's
 * default applies).
 */
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
	text	   *t;
	int			i;

	pm_voyage_from_datum(PG_GETARG_DATUM(0), &v);
	t = PG_GETARG_TEXT_PP(1);
	if (!pm_fuel_code_normalize(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), from, &err))
		pm_raise_error(&err, "voyage_with_fuel");
	t = PG_GETARG_TEXT_PP(2);
	if (!pm_fuel_code_normalize(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), to, &err))
		pm_raise_error(&err, "voyage_with_fuel");
	text_to_cstring_buffer(PG_GETARG_TEXT_PP(3), setname, sizeof(setname));
	set = pm_factor_set_find(setname);
	ff = pm_fuel_find(set, from);
	ft = pm_fuel_find(set, to);
	for (i = 0; i < v.nfuels; i++)
	{
		if (strcmp(v.fuels[i].code, from) != 0)
			continue;
		strlcpy(v.fuels[i].code, to, sizeof(v.fuels[i].code));
		v.fuels[i].tonnes *= ff->lcv_mj_per_g / ft->lcv_mj_per_g;
		v.fuels[i].has_sulphur = false;
	}
	/* merge uses that now share a code and sulphur */
	for (i = 1; i < v.nfuels; i++)
	{
		int			j;

		for (j = 0; j < i; j++)
			if (strcmp(v.fuels[j].code, v.fuels[i].code) == 0 &&
				v.fuels[j].has_sulphur == v.fuels[i].has_sulphur &&
				(!v.fuels[j].has_sulphur || v.fuels[j].sulphur_pct == v.fuels[i].sulphur_pct))
			{
				v.fuels[j].tonnes += v.fuels[i].tonnes;
				v.fuels[i] = v.fuels[--v.nfuels];
				i--;
				break;
			}
	}
	if (!pm_voyage_validate(&v, &err))
		pm_raise_error(&err, "voyage_with_fuel");
	return pm_voyage_to_datum(&v);
}

/*
 * voyage_slow_steamed(voyage, speed_reduction_pct): the same distance at
 * (1 - x/100) of the speed.  By the propeller law power goes with speed
 * cubed and time with its inverse, so fuel for the distance goes with speed
 * squared: every fuel use x (1 - x/100)^2, the duration / (1 - x/100).
 */
PG_FUNCTION_INFO_V1(voyage_slow_steamed);
Datum
voyage_slow_steamed(PG_FUNCTION_ARGS)
{
	PmVoyage	v;
	double		x = PG_GETARG_FLOAT8(1);
	double		k;
	PmError		err;
	int			i;

	if (!(x >= 0 && x < 100))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("speed_reduction_pct must lie in [0, 100), got %g", x)));
	pm_voyage_from_datum(PG_GETARG_DATUM(0), &v);
	k = 1 - x / 100;
	for (i = 0; i < v.nfuels; i++)
		v.fuels[i].tonnes *= k * k;
	v.arrival = v.departure + (int64) llround((double) (v.arrival - v.departure) / k);
	if (!pm_voyage_validate(&v, &err))
		pm_raise_error(&err, "voyage_slow_steamed");
	return pm_voyage_to_datum(&v);
}
