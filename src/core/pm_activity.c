/*
 * pm_activity.c: activity-based emissions, EPA Ports Emissions Inventory
 * Guidance (EPA-420-B-22-011), plain C.  Equations: the guidance, chapter 3.
 */
#include "pm_activity.h"

#include <math.h>

#include "pm_fuel.h"

const char *const pm_engine_names[PM_NENGINES] = {
	"SSD", "MSD", "MSD_ED", "GT", "GT_ED", "ST", "LNG", "HSD", "BOILER"
};
const char *const pm_group_names[PM_NGROUPS] = {"propulsion", "auxiliary", "boiler"};
const char *const pm_energy_fuel_names[PM_NEFUELS] = {"HFO", "MGO", "LNG"};
const char *const pm_mode_names[PM_NMODES] = {"transit", "maneuvering", "berth", "anchorage"};
const char *const pm_quantity_names[PM_NQ] = {"BSFC", "HC", "CO", "PM10", "CH4", "N2O"};

/* Compare a code with '-' and '_' as the same character, any case. */
static bool
code_eq(const char *s, size_t len, const char *name)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		char		c = s[i] == '-' ? '_' : pm_to_upper(s[i]);

		if (name[i] == '\0' || c != pm_to_upper(name[i]))
			return false;
	}
	return name[len] == '\0';
}

static int
lookup(const char *s, size_t len, const char *const *names, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (code_eq(s, len, names[i]))
			return i;
	return -1;
}

int
pm_engine_lookup(const char *s, size_t len)
{
	return lookup(s, len, pm_engine_names, PM_NENGINES);
}

int
pm_group_lookup(const char *s, size_t len)
{
	if (code_eq(s, len, "main"))
		return PM_GROUP_PROPULSION;
	if (code_eq(s, len, "aux"))
		return PM_GROUP_AUXILIARY;
	return lookup(s, len, pm_group_names, PM_NGROUPS);
}

int
pm_energy_fuel_lookup(const char *s, size_t len)
{
	if (code_eq(s, len, "MDO"))
		return PM_EF_MGO;
	return lookup(s, len, pm_energy_fuel_names, PM_NEFUELS);
}

int
pm_mode_lookup(const char *s, size_t len)
{
	if (code_eq(s, len, "manoeuvring"))
		return PM_MODE_MANEUVERING;
	if (code_eq(s, len, "hotelling"))
		return PM_MODE_BERTH;
	return lookup(s, len, pm_mode_names, PM_NMODES);
}

int
pm_quantity_lookup(const char *s, size_t len)
{
	return lookup(s, len, pm_quantity_names, PM_NQ);
}

bool
pm_propulsion_load(double speed_kn, double max_speed_kn, double sea_margin_pct, double draught_ratio,
				   double *load, PmError *err)
{
	double		lf;

	if (!isfinite(speed_kn) || !isfinite(max_speed_kn) || !isfinite(sea_margin_pct) || !isfinite(draught_ratio))
		return pm_fail(err, PM_ERR_PARAM, "speed, maximum speed, sea margin and draught must be finite");
	if (speed_kn < 0)
		return pm_fail(err, PM_ERR_RANGE, "speed_kn must not be negative, got %g", speed_kn);
	if (max_speed_kn <= 0)
		return pm_fail(err, PM_ERR_RANGE, "max_speed_kn must be positive, got %g", max_speed_kn);
	if (sea_margin_pct < 0 || sea_margin_pct > 100)
		return pm_fail(err, PM_ERR_RANGE, "sea_margin_pct must lie between 0 and 100, got %g",
					   sea_margin_pct);
	if (draught_ratio <= 0 || draught_ratio > 1.5)
		return pm_fail(err, PM_ERR_RANGE, "draught / maximum draught must lie in (0, 1.5], got %g",
					   draught_ratio);
	if (speed_kn == 0)
	{
		*load = 0;
		return true;
	}
	lf = pow(draught_ratio, 2.0 / 3.0) * pow(speed_kn / max_speed_kn, 3) * (1 + sea_margin_pct / 100);
	*load = fmin(1.0, fmax(PM_MIN_LOAD, lf));
	return true;
}

/* The denominator constants of the SOx form (EPA guidance Table 3.10, EPA tool). */
#define SO2_LLAF_K1 14.1205
#define SO2_LLAF_K2 205.7169
#define LLAF_LOAD_LIMIT 0.20

bool
pm_llaf(const PmEnergyTables *t, PmPollutant p, double load, bool has_sulphur,
		double sulphur_pct, double *llaf, PmError *err)
{
	const PmLlafRow *c = &t->llaf[p];

	if (!isfinite(load))
		return pm_fail(err, PM_ERR_PARAM, "load must be a finite number, got %g", load);
	if (load < 0 || load > 1)
		return pm_fail(err, PM_ERR_RANGE, "load must lie in [0, 1], got %g", load);
	*llaf = 1.0;
	/* load 0 is an engine that is off: nothing to adjust (EPA tool calcLLAF) */
	if (!c->has || load > LLAF_LOAD_LIMIT || load == 0)
		return true;
	/*
	 * The adjustment is defined from the method's minimum load up (EPA guidance
	 * Table 3.10 runs from 2 %; propulsion_load never goes below it): a running
	 * engine below 2 % takes the 2 % factor, not a power of a vanishing load
	 * (at 0.0001 the NOx form gave 10,589).
	 */
	load = fmax(load, PM_MIN_LOAD);
	if (p == PM_SOX)
	{
		double		num,
					den;

		if (!has_sulphur)
			return pm_fail(err, PM_ERR_PARAM, "the SOx low-load factor needs sulphur_pct");
		num = c->a * (SO2_LLAF_K1 / load + SO2_LLAF_K2) * sulphur_pct + c->b;
		den = c->a * (SO2_LLAF_K1 / LLAF_LOAD_LIMIT + SO2_LLAF_K2) * sulphur_pct + c->b;
		if (!(den > 0) || !(num > 0))
			return true;		/* no sulphur: no SO2 to adjust */
		*llaf = num / den;
		return true;
	}
	*llaf = (c->a * pow(load, -c->x) + c->b) / (c->a * pow(LLAF_LOAD_LIMIT, -c->x) + c->b);
	return true;
}

int
pm_nox_tier(int keel_laid_year, PmEngine engine, bool in_tier3_area, int engine_category)
{
	if (engine_category != 3)
		return -1;
	if (engine == PM_ENG_ST || engine == PM_ENG_GT || engine == PM_ENG_GT_ED ||
		engine == PM_ENG_LNG || keel_laid_year < 2000)
		return 0;
	if (keel_laid_year < 2011)
		return 1;
	if (keel_laid_year < 2016 || !in_tier3_area)
		return 2;
	return 3;
}

/* Tier III SCR is not effective below 25 % load: Tier II factors (EPA tool). */
#define TIER3_MIN_LOAD 0.25

static bool
nox_factor(const PmEnergyTables *t, const PmEngineRun *run, double *ef, PmError *err)
{
	int			tier = run->tier;
	const PmOptional *row;

	if (run->group == PM_GROUP_PROPULSION && tier == 3 && run->has_load && run->load < TIER3_MIN_LOAD)
		tier = 2;
	row = &t->nox[run->group][run->engine][run->fuel][tier];
	if (!row->has)
		row = &t->nox[run->group][run->engine][run->fuel][0];	/* only Tier 0 tabled */
	if (!row->has)
		return pm_fail(err, PM_ERR_PARAM, "no NOx factor for %s %s engine on %s",
					   pm_group_names[run->group], pm_engine_names[run->engine],
					   pm_energy_fuel_names[run->fuel]);
	*ef = row->v;
	return true;
}

/* A factor the tables do not have makes the mass unknown, never 0. */
static double
optional_or_unknown(const PmOptional *o)
{
	return o->has ? o->v : PM_UNKNOWN;
}

bool
pm_engine_emissions_add(const PmEnergyTables *t, const PmEngineRun *run, PmEmissions *e,
						double *fuel_t, PmError *err)
{
	const PmOptional *ef = t->ef[run->group][run->engine][run->fuel];
	const PmEnergyFuelRow *fuel = &t->fuel[run->fuel];
	double		kwh = run->power_kw * run->hours;
	double		bsfc,
				sulphur,
				so2,
				pm10,
				nox = 0;
	double		adj[PM_NPOLLUTANTS];
	int			i;
	bool		adjusts;

	if (!ef[PM_Q_BSFC].has)
		return pm_fail(err, PM_ERR_PARAM, "no %s %s engine burns %s (no BSFC in energy_factor)",
					   pm_group_names[run->group], pm_engine_names[run->engine],
					   pm_energy_fuel_names[run->fuel]);
	if (!fuel->has)
		return pm_fail(err, PM_ERR_PARAM, "fuel %s is missing from energy_fuel",
					   pm_energy_fuel_names[run->fuel]);
	/* each finite, their product need not be; Infinity x a factor of 0 would even read as unknown (NaN) */
	if (isinf(kwh))
		return pm_fail(err, PM_ERR_RANGE, "energy (%g kW x %g h) is out of range", run->power_kw, run->hours);
	bsfc = ef[PM_Q_BSFC].v;
	sulphur = run->has_sulphur ? run->sulphur_pct : fuel->sulphur_pct;
	if (!nox_factor(t, run, &nox, err))
		return false;

	/* SO2 from the sulphur; gas engines: a fixed fraction of the fuel (its pilot oil) */
	so2 = fuel->so2_g_per_g.has ? bsfc * fuel->so2_g_per_g.v : bsfc * PM_SO2_PER_SULPHUR * sulphur / 100.0;
	/* PM10: fixed for ST, GT and gas engines, else PMnom + S x BSFC x FSC x MWR x 1e-4 */
	if (ef[PM_Q_PM10].has)
		pm10 = ef[PM_Q_PM10].v;
	else if (fuel->pm_nom.has)
		pm10 = fuel->pm_nom.v + sulphur * bsfc * fuel->pm_fsc * fuel->pm_mwr * 1e-4;
	else
		pm10 = PM_UNKNOWN;

	/* low-load adjustment: propulsion engines with a known load only, never electric drive */
	adjusts = run->group == PM_GROUP_PROPULSION && run->has_load && run->load > 0 &&
		!pm_engine_is_electric_drive(run->engine);
	for (i = 0; i < PM_NPOLLUTANTS; i++)
	{
		adj[i] = 1.0;
		if (adjusts && !pm_llaf(t, (PmPollutant) i, run->load, true, sulphur, &adj[i], err))
			return false;
	}

	/* g -> t: 1e-6 */
	e->t[PM_CO2] += kwh * bsfc * fuel->cf_co2 * adj[PM_CO2] * 1e-6;
	if (fuel_t != NULL)
		*fuel_t += kwh * bsfc * adj[PM_CO2] * 1e-6;	/* CO2 = fuel x cf: CO2's adjustment is the fuel's */
	/*
	 * A fixed SO2 per gram of fuel follows the fuel: at low load it rises with
	 * the CO2 (fuel) adjustment.  The sulphur form needs a sulphur content LNG
	 * does not have (0.2.0 left LNG's SO2 flat while its fuel per kWh rose
	 * 3.3x at 2 % load; the EPA tool applies the form at 0.10 % S).
	 */
	e->t[PM_SOX] += kwh * so2 * (fuel->so2_g_per_g.has ? adj[PM_CO2] : adj[PM_SOX]) * 1e-6;
	e->t[PM_PM10] += kwh * pm10 * adj[PM_PM10] * 1e-6;
	e->t[PM_PM25] += kwh * 0.92 * pm10 * adj[PM_PM25] * 1e-6;	/* PM2.5 = 0.92 PM10 (EPA tool) */
	e->t[PM_NOX] += kwh * nox * adj[PM_NOX] * 1e-6;
	e->t[PM_HC] += kwh * optional_or_unknown(&ef[PM_Q_HC]) * adj[PM_HC] * 1e-6;
	e->t[PM_CO] += kwh * optional_or_unknown(&ef[PM_Q_CO]) * adj[PM_CO] * 1e-6;
	e->t[PM_CH4] += kwh * optional_or_unknown(&ef[PM_Q_CH4]) * 1e-6;
	e->t[PM_N2O] += kwh * optional_or_unknown(&ef[PM_Q_N2O]) * 1e-6;
	e->t[PM_BC] = PM_UNKNOWN;	/* the method has no black carbon factors */
	return true;
}

bool
pm_operating_mode(double speed_kn, double load, bool at_berth, bool in_anchorage, PmMode *mode, PmError *err)
{
	if (!isfinite(speed_kn))
		return pm_fail(err, PM_ERR_PARAM, "speed_kn must be a finite number, got %g", speed_kn);
	if (speed_kn < 0)
		return pm_fail(err, PM_ERR_RANGE, "speed_kn must be a finite non-negative number, got %g", speed_kn);
	if (!isfinite(load))
		return pm_fail(err, PM_ERR_PARAM, "load must be a finite number, got %g", load);
	if (load < 0 || load > 1)
		return pm_fail(err, PM_ERR_RANGE, "load must lie in [0, 1], got %g", load);
	if (in_anchorage && speed_kn <= 3)
		*mode = PM_MODE_ANCHORAGE;
	else if (at_berth && speed_kn <= 1)
		*mode = PM_MODE_BERTH;
	else if (speed_kn > 1 && load <= 0.20)
		*mode = PM_MODE_MANEUVERING;
	else if (load > 0.20)
		*mode = PM_MODE_TRANSIT;
	else
		*mode = PM_MODE_ANCHORAGE;	/* at most 1 kn, outside berth areas */
	return true;
}

bool
pm_teu_from_dwt(double dwt, double *teu, PmError *err)
{
	/* the largest ships are about 0.6 million t: beyond a million the input is wrong */
	if (!isfinite(dwt))
		return pm_fail(err, PM_ERR_PARAM, "dwt must be a finite number, got %g", dwt);
	if (dwt < 0 || dwt > 1e6)
		return pm_fail(err, PM_ERR_RANGE, "dwt must lie between 0 and 1,000,000 t, got %g", dwt);
	if (dwt <= 35000)			/* feeder */
		*teu = pow(dwt / 15.19, 1 / 0.9814);
	else if (dwt <= 60000)		/* Panamax */
		*teu = pow(dwt / 28.81, 1 / 0.902);
	else
		*teu = pow(dwt / 37.0, 1 / 0.875);
	return true;
}
