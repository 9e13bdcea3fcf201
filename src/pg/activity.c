/*
 * activity.c: SQL functions of the activity-based (engine energy) method:
 * propulsion_load, llaf, nox_tier, engine_emissions, mode_emissions and
 * shore power.
 */
#include "portemis.h"

#include <math.h>

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/typcache.h"

#include "pm_voyage.h"

#include "registry.h"

static int
code_arg(text *t, int (*lookup_fn) (const char *, size_t), const char *what, const char *known)
{
	int			code = lookup_fn(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));

	if (code < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown %s \"%s\"", what, text_to_cstring(t)),
				 errhint("Known: %s.", known)));
	return code;
}

static int
tier_arg(FunctionCallInfo fcinfo, int argno)
{
	int			tier;

	if (PG_ARGISNULL(argno))
		return 0;				/* unknown tier: Tier 0, the highest NOx */
	tier = PG_GETARG_INT32(argno);
	if (tier < 0 || tier > 3)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("tier must be 0, 1, 2 or 3, got %d", tier)));
	return tier;
}

/* Maximum draught of a ship at sea: beyond it a draught is a typing error. */
#define MAX_DRAUGHT_M 40.0

/* actual / maximum draught for the Admiralty formula; 1 (propeller law) when neither is given. */
static double
draught_ratio_args(FunctionCallInfo fcinfo, int draught_arg, int max_arg)
{
	double		draught,
				max_draught;

	if (PG_ARGISNULL(draught_arg) && PG_ARGISNULL(max_arg))
		return 1.0;
	if (PG_ARGISNULL(draught_arg) || PG_ARGISNULL(max_arg))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the Admiralty formula needs both draught_m and max_draught_m")));
	draught = pm_quantity_arg(fcinfo, draught_arg, "draught_m", MAX_DRAUGHT_M);
	max_draught = pm_quantity_arg(fcinfo, max_arg, "max_draught_m", MAX_DRAUGHT_M);
	if (max_draught == 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("max_draught_m must be positive")));
	return draught / max_draught;
}

/*
 * propulsion_load(speed_kn, max_speed_kn, sea_margin_pct DEFAULT 0,
 *   draught_m DEFAULT NULL, max_draught_m DEFAULT NULL, speed_reference DEFAULT 'maximum')
 * (0.2.0 declared the first three only, STRICT.)
 */
PG_FUNCTION_INFO_V1(propulsion_load);
Datum
propulsion_load(PG_FUNCTION_ARGS)
{
	double		max_speed,
				ratio = 1.0,
				load;
	PmError		err;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	max_speed = PG_GETARG_FLOAT8(1);
	if (PG_NARGS() >= 6)
	{
		ratio = draught_ratio_args(fcinfo, 3, 4);
		if (!PG_ARGISNULL(5))
		{
			/* read in place: the default 'maximum' comes with every row */
			text	   *ref = PG_GETARG_TEXT_PP(5);
			size_t		len = VARSIZE_ANY_EXHDR(ref);

			if (len == 7 && pg_strncasecmp(VARDATA_ANY(ref), "service", 7) == 0)
				max_speed /= PM_SERVICE_SPEED_FRACTION;
			else if (!(len == 7 && pg_strncasecmp(VARDATA_ANY(ref), "maximum", 7) == 0))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("unknown speed_reference \"%s\"", text_to_cstring(ref)),
						 errhint("Known: maximum (max_speed_kn is the maximum speed), service (it is the service speed; maximum = service / 0.94).")));
		}
	}
	if (!pm_propulsion_load(PG_GETARG_FLOAT8(0), max_speed, PG_GETARG_FLOAT8(2), ratio, &load, &err))
		pm_raise_error(&err, NULL);
	PG_RETURN_FLOAT8(load);
}

/* llaf(pollutant text, load float8, sulphur_pct float8 DEFAULT NULL, engine text DEFAULT NULL) */
PG_FUNCTION_INFO_V1(llaf);
Datum
llaf(PG_FUNCTION_ARGS)
{
	int			p;
	int			engine = -1;
	double		result;
	PmError		err;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	p = pm_pollutant_arg(PG_GETARG_TEXT_PP(0));
	if (PG_NARGS() >= 4 && !PG_ARGISNULL(3))
		engine = code_arg(PG_GETARG_TEXT_PP(3), pm_engine_lookup, "engine", PM_KNOWN_ENGINES);
	/* a gas engine's SO2 is a fixed share of its fuel: it takes the fuel (CO2) factor, as engine_emissions does */
	if (p == PM_SOX && engine == PM_ENG_LNG)
		p = PM_CO2;
	if (!PG_ARGISNULL(2))
		(void) pm_quantity_arg(fcinfo, 2, "sulphur_pct", 100);
	if (!pm_llaf(pm_energy_tables(), (PmPollutant) p, PG_GETARG_FLOAT8(1), !PG_ARGISNULL(2),
				 PG_ARGISNULL(2) ? 0 : PG_GETARG_FLOAT8(2), &result, &err))
		pm_raise_error(&err, NULL);
	/* electric drive switches engines off rather than run them at low load (EPA tool) */
	if (engine >= 0 && pm_engine_is_electric_drive(engine))
		result = 1.0;
	PG_RETURN_FLOAT8(result);
}

/*
 * nox_tier(keel_laid_year int, engine text DEFAULT 'SSD', in_tier3_area boolean DEFAULT true,
 *   engine_category int DEFAULT 3); NULL for category 1 and 2.
 */
PG_FUNCTION_INFO_V1(nox_tier);
Datum
nox_tier(PG_FUNCTION_ARGS)
{
	int			year = PG_GETARG_INT32(0);
	int			engine = code_arg(PG_GETARG_TEXT_PP(1), pm_engine_lookup, "engine", PM_KNOWN_ENGINES);
	int			category = PG_NARGS() >= 4 ? PG_GETARG_INT32(3) : 3;
	int			tier;

	if (year < 1800 || year > 2200)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("keel_laid_year %d is out of range (1800 to 2200)", year)));
	if (category < 1 || category > 3)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("engine_category must be 1, 2 or 3, got %d", category)));
	tier = pm_nox_tier(year, (PmEngine) engine, PG_GETARG_BOOL(2), category);
	if (tier < 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(tier);
}

/* operating_mode(speed_kn, load, at_berth DEFAULT false, in_anchorage DEFAULT false) */
PG_FUNCTION_INFO_V1(operating_mode);
Datum
operating_mode(PG_FUNCTION_ARGS)
{
	PmMode		mode;
	PmError		err;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	if (!pm_operating_mode(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1),
						   !PG_ARGISNULL(2) && PG_GETARG_BOOL(2), !PG_ARGISNULL(3) && PG_GETARG_BOOL(3),
						   &mode, &err))
		pm_raise_error(&err, NULL);
	PG_RETURN_TEXT_P(cstring_to_text(pm_mode_names[mode]));
}

/* teu_from_dwt(dwt) */
PG_FUNCTION_INFO_V1(teu_from_dwt);
Datum
teu_from_dwt(PG_FUNCTION_ARGS)
{
	double		teu;
	PmError		err;

	if (!pm_teu_from_dwt(PG_GETARG_FLOAT8(0), &teu, &err))
		pm_raise_error(&err, NULL);
	PG_RETURN_FLOAT8(teu);
}

/*
 * engine_emissions(engine text, fuel text, power_kw float8, hours float8,
 *   load float8 DEFAULT NULL, tier int DEFAULT NULL, sulphur_pct float8 DEFAULT NULL,
 *   engine_group text DEFAULT 'propulsion') RETURNS emissions
 */
PG_FUNCTION_INFO_V1(engine_emissions);
Datum
engine_emissions(PG_FUNCTION_ARGS)
{
	PmEngineRun run;
	PmEmissions *e;
	PmError		err;
	int			i;

	for (i = 0; i < 4; i++)
		if (PG_ARGISNULL(i))
			PG_RETURN_NULL();
	memset(&run, 0, sizeof(run));
	run.engine = (PmEngine) code_arg(PG_GETARG_TEXT_PP(0), pm_engine_lookup, "engine", PM_KNOWN_ENGINES);
	run.fuel = (PmEnergyFuel) code_arg(PG_GETARG_TEXT_PP(1), pm_energy_fuel_lookup, "fuel", PM_KNOWN_ENERGY_FUELS);
	run.power_kw = pm_quantity_arg(fcinfo, 2, "power_kw", HUGE_VAL);
	run.hours = pm_quantity_arg(fcinfo, 3, "hours", HUGE_VAL);
	run.has_load = !PG_ARGISNULL(4);
	if (run.has_load)
		run.load = pm_quantity_arg(fcinfo, 4, "load", 1);
	run.tier = tier_arg(fcinfo, 5);
	run.has_sulphur = !PG_ARGISNULL(6);
	if (run.has_sulphur)
	{
		run.sulphur_pct = pm_quantity_arg(fcinfo, 6, "sulphur_pct", 100);
	}
	run.group = PG_ARGISNULL(7) ? PM_GROUP_PROPULSION :
		(PmEngineGroup) code_arg(PG_GETARG_TEXT_PP(7), pm_group_lookup, "engine group", PM_KNOWN_GROUPS);
	if (run.group == PM_GROUP_BOILER)
		run.engine = PM_ENG_BOILER;

	e = palloc0(sizeof(PmEmissions));
	if (!pm_engine_emissions_add(pm_energy_tables(), &run, e, NULL, &err))
		pm_raise_error(&err, NULL);
	pm_check_emissions_finite(e, "engine_emissions");
	PG_RETURN_EMISSIONS_P(e);
}

/* ---------- vessels and modes ---------- */

/* Attribute numbers of the composite type vessel (src/sql/63_vessel.sql). */
enum
{
	V_IMO, V_SHIP_TYPE, V_DWT, V_GT, V_TEU, V_PASSENGERS, V_MAIN_ENGINE, V_MCR_KW,
	V_MAX_SPEED_KN, V_SERVICE_SPEED_KN, V_KEEL_LAID_YEAR, V_AUX_ENGINE, V_AUX_KW,
	V_BOILER_KW, V_SHORE_POWER, V_MMSI, V_NAME, V_LENGTH_M, V_BEAM_M, V_DESIGN_DRAUGHT_M,
	V_ENGINE_CATEGORY, V_ESTIMATED, V_NATTS
};

typedef struct PmVessel
{
	char	   *ship_type;		/* a portemis.ship_type code, palloc'd */
	bool		has_ship_type;
	bool		has_size[PM_NSIZE_UNITS];
	double		size[PM_NSIZE_UNITS];
	PmEngine	main_engine;
	PmOptional	mcr_kw;
	PmOptional	max_speed_kn;
	bool		has_keel_laid_year;
	int			keel_laid_year;
	PmEngine	aux_engine;
	PmOptional	aux_kw;
	PmOptional	boiler_kw;
	bool		shore_power;
	PmOptional	design_draught_m;
	int			engine_category;	/* 1, 2 or 3; unknown: 3 */
} PmVessel;

#define VESSEL_TYPE_MEMO 8

typedef struct VesselCallCache
{
	TupleDesc	tupdesc;
	bool		shore_power_noticed;
	/* the ship types resolved at this call site: a table has few, so most rows repeat one */
	uint64		type_generation;
	int			type_next;
	char		type_given[VESSEL_TYPE_MEMO][48];
	char		type_code[VESSEL_TYPE_MEMO][48];
} VesselCallCache;

/* The code of the vessel's ship type, resolved once per distinct name at a call site. */
static char *
vessel_type_code(VesselCallCache *cache, text *given)
{
	int			len = VARSIZE_ANY_EXHDR(given);
	uint64		generation = pm_registry_generation();
	char	   *code;
	int			i;

	if (cache->type_generation != generation)
	{
		memset(cache->type_given, 0, sizeof(cache->type_given));
		cache->type_generation = generation;
	}
	if (len < (int) sizeof(cache->type_given[0]))
		for (i = 0; i < VESSEL_TYPE_MEMO; i++)
			if (cache->type_given[i][len] == '\0' && cache->type_given[i][0] != '\0' &&
				memcmp(cache->type_given[i], VARDATA_ANY(given), len) == 0)
				return cache->type_code[i];
	code = pm_ship_type_resolve(text_to_cstring(given));
	if (len > 0 && len < (int) sizeof(cache->type_given[0]) && strlen(code) < sizeof(cache->type_code[0]))
	{
		i = cache->type_next++ % VESSEL_TYPE_MEMO;
		memcpy(cache->type_given[i], VARDATA_ANY(given), len);
		cache->type_given[i][len] = '\0';
		strlcpy(cache->type_code[i], code, sizeof(cache->type_code[i]));
	}
	return code;
}

static double
vessel_float(Datum *values, bool *nulls, int att, const char *what, bool *has)
{
	double		x;

	*has = !nulls[att];
	if (nulls[att])
		return 0;
	x = DatumGetFloat8(values[att]);
	if (isnan(x) || isinf(x) || x < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("vessel %s must be a finite non-negative number, got %g", what, x)));
	return x;
}

static PmEngine
vessel_engine(Datum *values, bool *nulls, int att, PmEngine dflt)
{
	if (nulls[att])
		return dflt;
	return (PmEngine) code_arg(DatumGetTextPP(values[att]), pm_engine_lookup, "engine", PM_KNOWN_ENGINES);
}

static VesselCallCache *
vessel_cache(FunctionCallInfo fcinfo, HeapTupleHeader td)
{
	VesselCallCache *cache = (VesselCallCache *) fcinfo->flinfo->fn_extra;

	if (cache == NULL)
	{
		Oid			typid = HeapTupleHeaderGetTypeId(td);
		int32		typmod = HeapTupleHeaderGetTypMod(td);
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		cache = palloc0(sizeof(VesselCallCache));
		cache->tupdesc = lookup_rowtype_tupdesc_copy(typid, typmod);
		MemoryContextSwitchTo(old);
		/* 0.2.0's vessel had the first 15 attributes: read it until the database is updated */
		if (cache->tupdesc->natts != V_NATTS && cache->tupdesc->natts != V_MMSI)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("expected a vessel with %d attributes, got %d", V_NATTS, cache->tupdesc->natts)));
		fcinfo->flinfo->fn_extra = cache;
	}
	return cache;
}

static void
vessel_from_datum(FunctionCallInfo fcinfo, HeapTupleHeader td, PmVessel *v)
{
	VesselCallCache *cache = vessel_cache(fcinfo, td);
	HeapTupleData tuple;
	Datum		values[V_NATTS];
	bool		nulls[V_NATTS];

	tuple.t_len = HeapTupleHeaderGetDatumLength(td);
	ItemPointerSetInvalid(&tuple.t_self);
	tuple.t_tableOid = InvalidOid;
	tuple.t_data = td;
	memset(nulls, true, sizeof(nulls));
	heap_deform_tuple(&tuple, cache->tupdesc, values, nulls);

	memset(v, 0, sizeof(*v));
	v->has_ship_type = !nulls[V_SHIP_TYPE];
	if (v->has_ship_type)
		v->ship_type = vessel_type_code(cache, DatumGetTextPP(values[V_SHIP_TYPE]));
	v->size[PM_SIZE_DWT] = vessel_float(values, nulls, V_DWT, "dwt", &v->has_size[PM_SIZE_DWT]);
	v->size[PM_SIZE_GT] = vessel_float(values, nulls, V_GT, "gt", &v->has_size[PM_SIZE_GT]);
	v->size[PM_SIZE_TEU] = vessel_float(values, nulls, V_TEU, "teu", &v->has_size[PM_SIZE_TEU]);
	v->size[PM_SIZE_PASSENGERS] = vessel_float(values, nulls, V_PASSENGERS, "passengers",
											   &v->has_size[PM_SIZE_PASSENGERS]);
	v->main_engine = vessel_engine(values, nulls, V_MAIN_ENGINE, PM_ENG_SSD);
	v->mcr_kw.v = vessel_float(values, nulls, V_MCR_KW, "mcr_kw", &v->mcr_kw.has);
	v->max_speed_kn.v = vessel_float(values, nulls, V_MAX_SPEED_KN, "max_speed_kn", &v->max_speed_kn.has);
	if (!v->max_speed_kn.has && !nulls[V_SERVICE_SPEED_KN])
	{
		bool		has;

		/* only the service speed known: max = service / 0.94 (EPA Marine_Emissions_Tools) */
		v->max_speed_kn.v = vessel_float(values, nulls, V_SERVICE_SPEED_KN, "service_speed_kn", &has) /
			PM_SERVICE_SPEED_FRACTION;
		v->max_speed_kn.has = has;
	}
	v->has_keel_laid_year = !nulls[V_KEEL_LAID_YEAR];
	if (v->has_keel_laid_year)
	{
		v->keel_laid_year = DatumGetInt32(values[V_KEEL_LAID_YEAR]);
		if (v->keel_laid_year < 1800 || v->keel_laid_year > 2200)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("vessel keel_laid_year %d is out of range (1800 to 2200)", v->keel_laid_year)));
	}
	v->aux_engine = vessel_engine(values, nulls, V_AUX_ENGINE, PM_ENG_MSD);
	v->aux_kw.v = vessel_float(values, nulls, V_AUX_KW, "aux_kw", &v->aux_kw.has);
	v->boiler_kw.v = vessel_float(values, nulls, V_BOILER_KW, "boiler_kw", &v->boiler_kw.has);
	v->shore_power = !nulls[V_SHORE_POWER] && DatumGetBool(values[V_SHORE_POWER]);
	v->design_draught_m.v = vessel_float(values, nulls, V_DESIGN_DRAUGHT_M, "design_draught_m",
										 &v->design_draught_m.has);
	v->engine_category = nulls[V_ENGINE_CATEGORY] ? 3 : DatumGetInt32(values[V_ENGINE_CATEGORY]);
	if (v->engine_category < 1 || v->engine_category > 3)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("vessel engine_category must be 1, 2 or 3, got %d", v->engine_category)));
}

/*
 * Fuel by location (EPA Marine_Emissions_Tools): inside an ECA distillate for
 * diesel engines and boilers; outside HFO for diesel engines and boilers,
 * distillate for steam and gas turbines; gas engines on LNG.
 */
static PmEnergyFuel
fuel_by_location(PmEngine engine, bool in_eca)
{
	if (engine == PM_ENG_LNG)
		return PM_EF_LNG;
	if (in_eca || engine == PM_ENG_ST || engine == PM_ENG_GT || engine == PM_ENG_GT_ED)
		return PM_EF_MGO;
	return PM_EF_HFO;
}

/*
 * Auxiliary or boiler power in a mode: the vessel's own, else the defaults
 * of its type and size.  missing NULL: a missing particular raises 22004;
 * else *missing is set and 0 returned.
 */
static double
group_power(const PmVessel *v, PmEngineGroup group, PmMode mode, bool *missing)
{
	const PmOptional *override = group == PM_GROUP_AUXILIARY ? &v->aux_kw : &v->boiler_kw;

	if (override->has)
		return override->v;
	if (!v->has_ship_type && missing != NULL)
	{
		*missing = true;
		return 0;
	}
	if (!v->has_ship_type)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("vessel needs a ship_type, or its %s_kw, for the %s power",
						group == PM_GROUP_AUXILIARY ? "aux" : "boiler", pm_group_names[group])));
	return pm_auxiliary_power(v->ship_type, v->has_size, v->size, group, mode, missing);
}

static int
vessel_tier(const PmVessel *v, PmEngine engine, bool tier3_area)
{
	/* unknown keel-laid year: Tier 0, the highest NOx factors */
	return v->has_keel_laid_year ? pm_nox_tier(v->keel_laid_year, engine, tier3_area, 3) : 0;
}

/* Add a run's emissions to e and its fuel to fuel_t[its fuel] (fuel_t may be NULL). */
static void
add_run(const PmEnergyTables *t, PmEngineRun *run, PmEmissions *e, double *fuel_t)
{
	PmError		err;

	if (run->power_kw == 0 || run->hours == 0)
		return;
	if (!pm_engine_emissions_add(t, run, e, fuel_t ? &fuel_t[run->fuel] : NULL, &err))
		pm_raise_error(&err, NULL);
}

/* The tables hold category 3 (ocean-going) factors: other engines are refused, not computed wrongly. */
static void
require_category3(const PmVessel *v)
{
	if (v->engine_category != 3)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the vessel's engines are category %d: the activity tables hold category 3 (ocean-going) factors",
						v->engine_category),
				 errhint("Category 1 and 2 (harbour craft) engines need the EPA guidance's harbour craft method.")));
}

/* Speed in a propulsion mode: the argument, else (transit) the tabled ratio of maximum speed. */
static double
mode_speed(FunctionCallInfo fcinfo, const PmVessel *v, PmMode mode)
{
	double		ratio;

	if (!PG_ARGISNULL(3))
		return pm_quantity_arg(fcinfo, 3, "speed_kn", HUGE_VAL);
	if (mode == PM_MODE_TRANSIT && v->has_ship_type && v->max_speed_kn.has &&
		pm_transit_speed_ratio(v->ship_type, &ratio))
		return ratio * v->max_speed_kn.v;
	ereport(ERROR,
			(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			 errmsg("%s needs speed_kn", pm_mode_names[mode]),
			 mode == PM_MODE_TRANSIT ?
			 errhint("Transit has a default only for ship types in transit_speed_ratio with a known maximum or service speed.") :
			 errhint("Give the ship's speed while maneuvering (speed_kn); only transit has a default.")));
	return 0;					/* keep compiler quiet */
}

/*
 * Where the hours are: inside an ECA (distillate; Tier III for ships built
 * from 2016), outside, or on the Great Lakes, which the EPA tool's fuel mix
 * tables treat as an ECA (and US rules, 40 CFR 1043, extend ECA standards to
 * US internal waters).  NULL location: the in_eca flag decides.
 */
static bool
location_is_eca(FunctionCallInfo fcinfo, int location_arg, int in_eca_arg)
{
	if (PG_NARGS() > location_arg && !PG_ARGISNULL(location_arg))
	{
		char	   *loc = text_to_cstring(PG_GETARG_TEXT_PP(location_arg));

		if (pg_strcasecmp(loc, "eca") == 0 || pg_strcasecmp(loc, "great_lakes") == 0)
			return true;
		if (pg_strcasecmp(loc, "outside_eca") == 0)
			return false;
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown location \"%s\"", loc),
				 errhint("Known: eca, outside_eca, great_lakes.")));
	}
	return PG_ARGISNULL(in_eca_arg) ? true : PG_GETARG_BOOL(in_eca_arg);
}

/* A ship drifting at anchor faster than this runs its main engine (guidance Table 3.11: under way above 1 kn). */
#define ANCHORAGE_DRIFT_KN 1.0

/*
 * The main engine's load in a mode, 0 when it is off: transit and
 * maneuvering always, anchorage when drifting above 1 kn.  Propeller law
 * with the sea margin, or the Admiralty formula when the actual draught
 * (argument) and the vessel's design draught are known.
 */
static double
main_engine_load(FunctionCallInfo fcinfo, const PmVessel *v, PmMode mode)
{
	double		speed,
				margin = 0,
				ratio = 1.0,
				load;
	PmError		err;

	if (mode == PM_MODE_BERTH)
		return 0;
	if (mode == PM_MODE_ANCHORAGE &&
		(PG_ARGISNULL(3) || pm_quantity_arg(fcinfo, 3, "speed_kn", HUGE_VAL) <= ANCHORAGE_DRIFT_KN))
		return 0;
	speed = mode_speed(fcinfo, v, mode);
	if (!v->mcr_kw.has || !v->max_speed_kn.has)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s needs the vessel's mcr_kw and max_speed_kn (or service_speed_kn)",
						mode == PM_MODE_ANCHORAGE ? "anchorage while drifting above 1 kn" : pm_mode_names[mode])));
	if (PG_NARGS() >= 9)
	{
		if (!PG_ARGISNULL(7))
			margin = pm_quantity_arg(fcinfo, 7, "sea_margin_pct", 100);
		if (!PG_ARGISNULL(8))
		{
			if (!v->design_draught_m.has || v->design_draught_m.v == 0)
				ereport(ERROR,
						(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
						 errmsg("draught_m needs the vessel's design_draught_m (Admiralty formula)")));
			ratio = pm_quantity_arg(fcinfo, 8, "draught_m", MAX_DRAUGHT_M) / v->design_draught_m.v;
		}
	}
	if (!pm_propulsion_load(speed, v->max_speed_kn.v, margin, ratio, &load, &err))
		pm_raise_error(&err, NULL);
	return load;
}

/* Does the vessel have what its main engine's load in this mode needs (no speed argument: a default)? */
static bool
main_engine_known(FunctionCallInfo fcinfo, const PmVessel *v, PmMode mode)
{
	if (mode == PM_MODE_BERTH ||
		(mode == PM_MODE_ANCHORAGE &&
		 (PG_ARGISNULL(3) || PG_GETARG_FLOAT8(3) <= ANCHORAGE_DRIFT_KN)))
		return true;
	return v->mcr_kw.has && v->max_speed_kn.has && !PG_ARGISNULL(3);
}

/*
 * mode_emissions(vessel, mode text, hours float8, speed_kn float8 DEFAULT NULL,
 *   in_eca boolean DEFAULT true, shore_power boolean DEFAULT false,
 *   location text DEFAULT NULL, sea_margin_pct float8 DEFAULT 0, draught_m float8 DEFAULT NULL,
 *   tier3_area boolean DEFAULT NULL) RETURNS emissions
 * (0.2.0 declared the first six arguments.)  portemis.mode_emissions_or_unknown
 * (ais_emissions) declares an eleventh, unknown_if_missing: a particular the
 * mode needs that the vessel lacks (type, size, MCR, speed), or engines other
 * than category 3, give NULL (unknown) instead of an error, so that an
 * inventory over a mixed fleet is not stopped by one ship.
 */
static PmEmissions *
mode_run(FunctionCallInfo fcinfo, double *fuel_t)
{
	PmVessel	v;
	PmMode		mode;
	double		hours;
	bool		in_eca,
				tier3_area,
				shore_power,
				unknown_if_missing,
				missing = false;
	const PmEnergyTables *t;
	PmEngineRun run;
	PmEmissions *e;
	int			i;
	double		load,
				aux_kw,
				boiler_kw;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return NULL;
	vessel_from_datum(fcinfo, PG_GETARG_HEAPTUPLEHEADER(0), &v);
	mode = (PmMode) code_arg(PG_GETARG_TEXT_PP(1), pm_mode_lookup, "mode", PM_KNOWN_MODES);
	hours = pm_quantity_arg(fcinfo, 2, "hours", HUGE_VAL);
	in_eca = location_is_eca(fcinfo, 6, 4);
	/* Tier III where the NOx ECA applies; the EPA tool applies it wherever the keel year says so */
	tier3_area = PG_NARGS() >= 10 && !PG_ARGISNULL(9) ? PG_GETARG_BOOL(9) : in_eca;
	shore_power = !PG_ARGISNULL(5) && PG_GETARG_BOOL(5);
	unknown_if_missing = PG_NARGS() >= 11 && !PG_ARGISNULL(10) && PG_GETARG_BOOL(10);
	if (unknown_if_missing && (v.engine_category != 3 || !main_engine_known(fcinfo, &v, mode)))
		return NULL;
	require_category3(&v);
	if (shore_power && mode != PM_MODE_BERTH)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("shore power applies at berth only, not in %s", pm_mode_names[mode])));
	if (shore_power && !v.shore_power)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the vessel is not shore-power capable (vessel.shore_power is not true)")));

	/*
	 * Look up every table value before taking the factor tables: a lookup
	 * may reload the registry, which would leave an earlier pointer dangling.
	 */
	load = main_engine_load(fcinfo, &v, mode);
	aux_kw = shore_power ? 0 : group_power(&v, PM_GROUP_AUXILIARY, mode, unknown_if_missing ? &missing : NULL);
	boiler_kw = group_power(&v, PM_GROUP_BOILER, mode, unknown_if_missing ? &missing : NULL);
	if (missing)
		return NULL;
	t = pm_energy_tables();
	e = palloc0(sizeof(PmEmissions));

	if (load > 0)
	{
		memset(&run, 0, sizeof(run));
		run.group = PM_GROUP_PROPULSION;
		run.engine = v.main_engine;
		run.fuel = fuel_by_location(v.main_engine, in_eca);
		run.power_kw = v.mcr_kw.v * load;
		run.hours = hours;
		run.has_load = true;
		run.load = load;
		run.tier = vessel_tier(&v, v.main_engine, tier3_area);
		add_run(t, &run, e, fuel_t);
	}

	if (!shore_power)
	{
		memset(&run, 0, sizeof(run));
		run.group = PM_GROUP_AUXILIARY;
		run.engine = v.aux_engine;
		run.fuel = fuel_by_location(v.aux_engine, in_eca);
		run.power_kw = aux_kw;
		run.hours = hours;
		run.tier = vessel_tier(&v, v.aux_engine, tier3_area);
		add_run(t, &run, e, fuel_t);
	}
	else
	{
		VesselCallCache *cache = (VesselCallCache *) fcinfo->flinfo->fn_extra;

		if (!cache->shore_power_noticed)
			ereport(NOTICE,
					(errmsg("shore power: the auxiliary energy comes from the grid and its emissions are not in mode_emissions"),
					 errhint("Report them with shore_power_emissions(vessel, hours, grid_kg_co2_per_kwh).")));
		cache->shore_power_noticed = true;
	}

	memset(&run, 0, sizeof(run));
	run.group = PM_GROUP_BOILER;
	run.engine = PM_ENG_BOILER;
	run.fuel = fuel_by_location(PM_ENG_BOILER, in_eca);
	run.power_kw = boiler_kw;
	run.hours = hours;
	add_run(t, &run, e, fuel_t);

	/* hours and power are each finite, their product need not be: 22003, never Infinity */
	pm_check_emissions_finite(e, "mode_emissions");
	for (i = 0; fuel_t != NULL && i < PM_NEFUELS; i++)
		if (isinf(fuel_t[i]))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("mode_emissions: fuel %s is out of range", pm_energy_fuel_names[i])));
	return e;
}

PG_FUNCTION_INFO_V1(mode_emissions);
Datum
mode_emissions(PG_FUNCTION_ARGS)
{
	PmEmissions *e = mode_run(fcinfo, NULL);

	if (e == NULL)
		PG_RETURN_NULL();
	PG_RETURN_EMISSIONS_P(e);
}

/*
 * portemis.mode_fuel_or_unknown(the arguments of mode_emissions_or_unknown) RETURNS jsonb:
 * the fuel the engines burn in the mode, t by fuel ({"HFO": ..., "MGO": ...}; fuels not burnt
 * are left out); NULL where mode_emissions_or_unknown is NULL.
 */
PG_FUNCTION_INFO_V1(mode_fuel);
Datum
mode_fuel(PG_FUNCTION_ARGS)
{
	double		fuel_t[PM_NEFUELS] = {0};
	StringInfoData json;
	int			f;

	if (mode_run(fcinfo, fuel_t) == NULL)
		PG_RETURN_NULL();
	initStringInfo(&json);
	appendStringInfoChar(&json, '{');
	for (f = 0; f < PM_NEFUELS; f++)
		if (fuel_t[f] > 0)
		{
			char		buf[PM_DOUBLE_BUFLEN];

			pm_format_double(fuel_t[f], buf);
			appendStringInfo(&json, "%s\"%s\": %s", json.len > 1 ? ", " : "", pm_energy_fuel_names[f], buf);
		}
	appendStringInfoChar(&json, '}');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(json.data));
}

/* shore_power_kwh(vessel, hours): the auxiliary energy at berth that the grid supplies, kWh. */
PG_FUNCTION_INFO_V1(shore_power_kwh);
Datum
shore_power_kwh(PG_FUNCTION_ARGS)
{
	PmVessel	v;
	double		hours = pm_quantity_arg(fcinfo, 1, "hours", HUGE_VAL);

	double		kwh;

	vessel_from_datum(fcinfo, PG_GETARG_HEAPTUPLEHEADER(0), &v);
	require_category3(&v);
	kwh = group_power(&v, PM_GROUP_AUXILIARY, PM_MODE_BERTH, NULL) * hours;
	if (!isfinite(kwh))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("shore_power_kwh: energy (%g h at berth) is out of range", hours)));
	PG_RETURN_FLOAT8(kwh);
}

/* shore_power_emissions(vessel, hours, grid_kg_co2_per_kwh): the grid's CO2, t. */
PG_FUNCTION_INFO_V1(shore_power_emissions);
Datum
shore_power_emissions(PG_FUNCTION_ARGS)
{
	PmVessel	v;
	double		hours = pm_quantity_arg(fcinfo, 1, "hours", HUGE_VAL);
	double		grid = pm_quantity_arg(fcinfo, 2, "grid_kg_co2_per_kwh", HUGE_VAL);
	double		kwh;
	PmEmissions *e = palloc0(sizeof(PmEmissions));

	vessel_from_datum(fcinfo, PG_GETARG_HEAPTUPLEHEADER(0), &v);
	require_category3(&v);
	pm_emissions_set_unknown(e);	/* a CO2 grid factor says nothing of the rest */
	kwh = group_power(&v, PM_GROUP_AUXILIARY, PM_MODE_BERTH, NULL) * hours;
	if (isinf(kwh))					/* x a grid factor of 0 would read as unknown (NaN) */
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("shore_power_emissions: energy (%g h at berth) is out of range", hours)));
	e->t[PM_CO2] = kwh * grid / 1000.0;
	pm_check_emissions_finite(e, "shore_power_emissions");
	PG_RETURN_EMISSIONS_P(e);
}

/* ---------- vessel(): particulars by name, with what is derived or assumed ---------- */

/* The arguments of vessel() (src/sql/63_vessel.sql); the first 22 match the type's attributes but ais_type. */
enum
{
	A_SHIP_TYPE, A_IMO, A_DWT, A_GT, A_TEU, A_PASSENGERS, A_MAIN_ENGINE, A_MCR_KW, A_MAX_SPEED_KN,
	A_SERVICE_SPEED_KN, A_KEEL_LAID_YEAR, A_AUX_ENGINE, A_AUX_KW, A_BOILER_KW, A_SHORE_POWER, A_MMSI,
	A_NAME, A_LENGTH_M, A_BEAM_M, A_DESIGN_DRAUGHT_M, A_ENGINE_CATEGORY, A_AIS_TYPE, A_ESTIMATED, A_NARGS
};

static const char *const vessel_arg_names[A_NARGS] = {
	"ship_type", "imo", "dwt", "gt", "teu", "passengers", "main_engine", "mcr_kw", "max_speed_kn",
	"service_speed_kn", "keel_laid_year", "aux_engine", "aux_kw", "boiler_kw", "shore_power", "mmsi",
	"name", "length_m", "beam_m", "design_draught_m", "engine_category", "ais_type", "estimated"
};

/*
 * What vessel() notes of a value it derives (the type from an AIS code, TEU
 * from DWT).  What it would assume of an unknown value is not stored in
 * every row: vessel_estimates(vessel) adds it from the NULLs.
 */
#define NOTE_TEU "teu_from_dwt(dwt): Kristensen, Ship-Desmo, as in the EPA tool (ShipPowerModel calcTEU)"

static void
json_note(StringInfo json, const char *key, const char *note)
{
	appendStringInfo(json, "%s\"%s\": ", json->len > 1 ? ", " : "", key);
	escape_json(json, note);
}

static void
vessel_range(bool bad, int sqlstate, const char *fmt, const char *what)
{
	if (bad)
		ereport(ERROR, (errcode(sqlstate), errmsg(fmt, what)));
}

#define NOTE_BIT_TEU 1
#define NOTE_FROM_AIS 2			/* the note names the AIS code: not cached */
/* Per call site: the result's tuple descriptor, the notes' jsonb and the ship types seen, made once each. */
typedef struct VesselMakeCache
{
	TupleDesc	tupdesc;
	Datum		notes[2];		/* by the mask of the notes without an AIS one */
	VesselCallCache types;		/* the names resolved here */
	text	   *type_text[VESSEL_TYPE_MEMO];	/* their codes as text, in fn_mcxt */
} VesselMakeCache;

static VesselMakeCache *
vessel_make_cache(FunctionCallInfo fcinfo)
{
	VesselMakeCache *cache = (VesselMakeCache *) fcinfo->flinfo->fn_extra;
	TupleDesc	tupdesc;
	MemoryContext old;

	if (cache != NULL)
		return cache;
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE || tupdesc->natts != V_NATTS ||
		PG_NARGS() != A_NARGS)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("vessel() must return portemis.vessel of %d attributes", V_NATTS)));
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	cache = palloc0(sizeof(VesselMakeCache));
	cache->tupdesc = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
	MemoryContextSwitchTo(old);
	fcinfo->flinfo->fn_extra = cache;
	return cache;
}

/* The code of a ship type name as a text Datum, made once per distinct name at the call site. */
static Datum
vessel_make_type(VesselMakeCache *cache, MemoryContext mcxt, text *given)
{
	char	   *code = vessel_type_code(&cache->types, given);
	int			i;

	for (i = 0; i < VESSEL_TYPE_MEMO; i++)
		if (code == cache->types.type_code[i])
		{
			if (cache->type_text[i] == NULL || VARSIZE_ANY_EXHDR(cache->type_text[i]) != strlen(code) ||
				memcmp(VARDATA_ANY(cache->type_text[i]), code, strlen(code)) != 0)
			{
				MemoryContext old = MemoryContextSwitchTo(mcxt);

				if (cache->type_text[i] != NULL)
					pfree(cache->type_text[i]);	/* the slot holds another type now */
				cache->type_text[i] = cstring_to_text(code);
				MemoryContextSwitchTo(old);
			}
			return PointerGetDatum(cache->type_text[i]);
		}
	return CStringGetTextDatum(code);
}

/* The notes as jsonb: without an AIS note they are one of 2 texts, parsed once per call site. */
static Datum
notes_jsonb(VesselMakeCache *cache, MemoryContext mcxt, int mask, const char *text)
{
	MemoryContext old;

	if (mask & NOTE_FROM_AIS)
		return DirectFunctionCall1(jsonb_in, CStringGetDatum(text));
	if (cache->notes[mask] == (Datum) 0)
	{
		old = MemoryContextSwitchTo(mcxt);
		cache->notes[mask] = DirectFunctionCall1(jsonb_in, CStringGetDatum(text));
		MemoryContextSwitchTo(old);
	}
	return cache->notes[mask];
}

/*
 * vessel(...) RETURNS portemis.vessel.  C for speed (it is called per row of
 * an inventory): the type is resolved through the cached vocabulary, and the
 * notes of what is derived or assumed are one small jsonb per row.
 */
PG_FUNCTION_INFO_V1(vessel_make);
Datum
vessel_make(PG_FUNCTION_ARGS)
{
	VesselMakeCache *cache = vessel_make_cache(fcinfo);
	Datum		values[V_NATTS];
	bool		nulls[V_NATTS];
	StringInfoData notes;
	Datum		estimated;
	int			mask;
	int			i;

	/*
	 * Arguments 2..20 are the attributes 2..20; the first two come in the
	 * other order (ship_type, imo); ais_type and estimated follow.
	 */
	StaticAssertStmt((int) A_DWT == (int) V_DWT && (int) A_ENGINE_CATEGORY == (int) V_ENGINE_CATEGORY && (int) A_SHIP_TYPE == (int) V_IMO,
					 "vessel() arguments and attributes out of step");
	for (i = 0; i < V_ESTIMATED; i++)
	{
		int			arg = i == V_IMO ? A_IMO : i == V_SHIP_TYPE ? A_SHIP_TYPE : i;

		nulls[i] = PG_ARGISNULL(arg);
		values[i] = nulls[i] ? (Datum) 0 : PG_GETARG_DATUM(arg);
	}
	initStringInfo(&notes);
	appendStringInfoChar(&notes, '{');
	mask = 0;

	if (!PG_ARGISNULL(A_IMO) && !pm_imo_valid(PG_GETARG_INT32(A_IMO)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("imo %d is not an IMO number (seven digits, the last a check digit)", PG_GETARG_INT32(A_IMO))));
	if (!PG_ARGISNULL(A_MMSI) && (PG_GETARG_INT32(A_MMSI) < 100000000 || PG_GETARG_INT32(A_MMSI) > 999999999))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("mmsi %d is not a nine-digit MMSI", PG_GETARG_INT32(A_MMSI)),
				 errhint("Pass NULL for a report whose MMSI is not one, e.g. mmsi => CASE WHEN mmsi BETWEEN 100000000 AND 999999999 THEN mmsi END.")));
	vessel_range(!PG_ARGISNULL(A_KEEL_LAID_YEAR) &&
				 (PG_GETARG_INT32(A_KEEL_LAID_YEAR) < 1800 || PG_GETARG_INT32(A_KEEL_LAID_YEAR) > 2200),
				 ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, "%s is out of range (1800 to 2200)", "keel_laid_year");
	/* NaN and infinities are invalid values (22023), as for the other particulars; then the ranges (22003) */
	vessel_range(!PG_ARGISNULL(A_LENGTH_M) && !isfinite(PG_GETARG_FLOAT8(A_LENGTH_M)),
				 ERRCODE_INVALID_PARAMETER_VALUE, "%s must be a finite number", "length_m");
	vessel_range(!PG_ARGISNULL(A_BEAM_M) && !isfinite(PG_GETARG_FLOAT8(A_BEAM_M)),
				 ERRCODE_INVALID_PARAMETER_VALUE, "%s must be a finite number", "beam_m");
	vessel_range(!PG_ARGISNULL(A_DESIGN_DRAUGHT_M) && !isfinite(PG_GETARG_FLOAT8(A_DESIGN_DRAUGHT_M)),
				 ERRCODE_INVALID_PARAMETER_VALUE, "%s must be a finite number", "design_draught_m");
	vessel_range(!PG_ARGISNULL(A_LENGTH_M) && !(PG_GETARG_FLOAT8(A_LENGTH_M) > 0 && PG_GETARG_FLOAT8(A_LENGTH_M) < 600),
				 ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, "%s must be a positive length below 600 m", "length_m");
	vessel_range(!PG_ARGISNULL(A_BEAM_M) && !(PG_GETARG_FLOAT8(A_BEAM_M) > 0 && PG_GETARG_FLOAT8(A_BEAM_M) < 100),
				 ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, "%s must be a positive beam below 100 m", "beam_m");
	vessel_range(!PG_ARGISNULL(A_DESIGN_DRAUGHT_M) &&
				 !(PG_GETARG_FLOAT8(A_DESIGN_DRAUGHT_M) > 0 && PG_GETARG_FLOAT8(A_DESIGN_DRAUGHT_M) < 40),
				 ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, "%s must be a positive draught below 40 m", "design_draught_m");

	/* sizes, power and speeds as mode_emissions will read them: refused here, not rows later */
	for (i = 0; i < A_NARGS; i++)
		if ((i == A_DWT || i == A_GT || i == A_TEU || i == A_PASSENGERS || i == A_MCR_KW || i == A_MAX_SPEED_KN ||
			 i == A_SERVICE_SPEED_KN || i == A_AUX_KW || i == A_BOILER_KW) && !PG_ARGISNULL(i))
			(void) pm_quantity_arg(fcinfo, i, vessel_arg_names[i], 1e9);
	/* a speed or main-engine power of 0 has no load: every later row would be refused (the register's checks) */
	for (i = 0; i < A_NARGS; i++)
		if ((i == A_MCR_KW || i == A_MAX_SPEED_KN || i == A_SERVICE_SPEED_KN) && !PG_ARGISNULL(i))
			vessel_range(PG_GETARG_FLOAT8(i) == 0, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, "%s must be positive, got 0",
						 vessel_arg_names[i]);
	if (!PG_ARGISNULL(A_MAIN_ENGINE))
		(void) code_arg(PG_GETARG_TEXT_PP(A_MAIN_ENGINE), pm_engine_lookup, "engine", PM_KNOWN_ENGINES);
	if (!PG_ARGISNULL(A_AUX_ENGINE))
		(void) code_arg(PG_GETARG_TEXT_PP(A_AUX_ENGINE), pm_engine_lookup, "engine", PM_KNOWN_ENGINES);

	/* the type: by name or alias, else from the AIS code (an estimate) */
	if (!PG_ARGISNULL(A_SHIP_TYPE))
		values[V_SHIP_TYPE] = vessel_make_type(cache, fcinfo->flinfo->fn_mcxt, PG_GETARG_TEXT_PP(A_SHIP_TYPE));
	else if (!PG_ARGISNULL(A_AIS_TYPE))
	{
		int			ais = PG_GETARG_INT32(A_AIS_TYPE);
		char	   *code,
				   *meaning;

		if (ais < 0 || ais > 99)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("AIS type code %d is not one: the codes run from 0 to 99", ais),
					 errhint("ITU-R M.1371-5 Table 53; give ship_type instead.")));
		if (pm_ship_type_from_ais(ais, &code, &meaning))
		{
			values[V_SHIP_TYPE] = CStringGetTextDatum(code);
			nulls[V_SHIP_TYPE] = false;
			json_note(&notes, "ship_type", psprintf("from AIS type code %d (%s; ITU-R M.1371-5 Table 53)", ais, meaning));
		}
		else					/* 0: not available; 1-19: reserved; as ship_type_from_ais, the type is unknown */
			json_note(&notes, "ship_type", psprintf("unknown: AIS type code %d names no ship type (ITU-R M.1371-5 Table 53: 0 not available, 1-19 reserved)", ais));
		mask |= NOTE_FROM_AIS;
	}

	/* TEU of a container ship from its DWT */
	if (PG_ARGISNULL(A_TEU) && !PG_ARGISNULL(A_DWT) && !nulls[V_SHIP_TYPE] &&
		strcmp(TextDatumGetCString(values[V_SHIP_TYPE]), "container_ship") == 0)
	{
		double		teu;
		PmError		err;

		if (!pm_teu_from_dwt(PG_GETARG_FLOAT8(A_DWT), &teu, &err))
			pm_raise_error(&err, NULL);
		values[V_TEU] = Float8GetDatum(teu);
		nulls[V_TEU] = false;
		json_note(&notes, "teu", NOTE_TEU);
		mask |= NOTE_BIT_TEU;
	}
	if (!PG_ARGISNULL(A_ENGINE_CATEGORY))
		vessel_range(PG_GETARG_INT32(A_ENGINE_CATEGORY) < 1 || PG_GETARG_INT32(A_ENGINE_CATEGORY) > 3,
					 ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, "%s must be 1, 2 or 3", "engine_category");
	if (nulls[V_SHORE_POWER])
	{
		values[V_SHORE_POWER] = BoolGetDatum(false);
		nulls[V_SHORE_POWER] = false;
	}
	appendStringInfoChar(&notes, '}');
	estimated = notes_jsonb(cache, fcinfo->flinfo->fn_mcxt, mask, notes.data);

	/* what the caller says about a value (a register's notes) wins over the notes made here */
	if (!PG_ARGISNULL(A_ESTIMATED))
	{
		Jsonb	   *given = PG_GETARG_JSONB_P(A_ESTIMATED);

		if (!JB_ROOT_IS_OBJECT(given) || JB_ROOT_IS_SCALAR(given))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("estimated must be a JSON object of attribute: relationship")));
		if (JB_ROOT_COUNT(given) > 0)
			estimated = DirectFunctionCall2(jsonb_concat, estimated, JsonbPGetDatum(given));
	}
	values[V_ESTIMATED] = estimated;
	nulls[V_ESTIMATED] = false;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(cache->tupdesc, values, nulls)));
}
