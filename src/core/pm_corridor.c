/*
 * pm_corridor.c: corridor aggregate sums and what-if transformations of a
 * voyage.  Plain C, no PostgreSQL headers.
 */
#include "pm_corridor.h"

#include <math.h>
#include <string.h>

void
pm_summary_add(double *s, const PmVoyage *v, const PmEmissions *e, const PmGhgSums *ghg, double zero_low_mj)
{
	double		fuel = pm_voyage_fuel_known(v) ? 0 : NAN;
	int			i;

	for (i = 0; i < v->nfuels; i++)
		fuel += v->fuels[i].tonnes;
	s[PM_S_VOYAGES] += 1;
	/* one voyage without a distance makes the group's distance unknown, not the others' sum */
	s[PM_S_DISTANCE] += v->has_distance ? v->distance_nm : NAN;
	s[PM_S_HOURS] += (double) (v->arrival - v->departure) / (3600.0 * PM_USECS_PER_SEC);
	s[PM_S_FUEL] += fuel;
	s[PM_S_ENERGY] += ghg->energy_mj;
	for (i = 0; i < PM_NPOLLUTANTS; i++)
		s[PM_S_EMISSIONS + i] += e->t[i];
	s[PM_S_WTT] += ghg->wtt_gco2e;
	s[PM_S_TTW] += ghg->ttw_gco2e;
	if (v->has_cargo && v->has_distance)
	{
		s[PM_S_WORK] += v->cargo_t * v->distance_nm;
		s[PM_S_EEOI_CO2] += e->t[PM_CO2] * 1e6;
	}
	s[PM_S_ZERO_LOW] += zero_low_mj;
}

void
pm_eeoi_add(double *s, const PmVoyage *v, const PmEmissions *e)
{
	if (!(v->has_cargo && v->has_distance))
		return;
	s[0] += e->t[PM_CO2] * 1e6;
	s[1] += v->cargo_t * v->distance_nm;
}

static bool
same_use(const PmFuelUse *a, const PmFuelUse *b)
{
	return strcmp(a->code, b->code) == 0 && a->has_sulphur == b->has_sulphur &&
		(!a->has_sulphur || a->sulphur_pct == b->sulphur_pct);
}

void
pm_voyage_switch_fuel(PmVoyage *v, const char *from, const char *to, double lcv_from, double lcv_to)
{
	int			i,
				j;

	for (i = 0; i < v->nfuels; i++)
	{
		if (strcmp(v->fuels[i].code, from) != 0)
			continue;
		strncpy(v->fuels[i].code, to, PM_FUEL_CODE_MAX);
		v->fuels[i].code[PM_FUEL_CODE_MAX] = '\0';
		v->fuels[i].tonnes *= lcv_from / lcv_to;
		v->fuels[i].has_sulphur = false;
	}
	for (i = 1; i < v->nfuels; i++)
		for (j = 0; j < i; j++)
			if (same_use(&v->fuels[j], &v->fuels[i]))
			{
				v->fuels[j].tonnes += v->fuels[i].tonnes;
				v->fuels[i] = v->fuels[--v->nfuels];
				i--;			/* look at the use moved into slot i */
				break;
			}
}

bool
pm_voyage_slow_steam(PmVoyage *v, double pct, PmError *err)
{
	double		k,
				usecs;
	int			i;

	if (!isfinite(pct))
		return pm_fail(err, PM_ERR_PARAM, "speed_reduction_pct must be a finite number, got %g", pct);
	if (!(pct >= 0 && pct < 100))
		return pm_fail(err, PM_ERR_RANGE, "speed_reduction_pct must lie in [0, 100), got %g", pct);
	k = 1 - pct / 100;
	usecs = (double) (v->arrival - v->departure) / k;
	/* stay far inside int64 microseconds (the voyage validator then checks the year range) */
	if (!(usecs < 4e17))
		return pm_fail(err, PM_ERR_RANGE, "speed_reduction_pct %.15g makes the voyage too long", pct);
	for (i = 0; i < v->nfuels; i++)
		v->fuels[i].tonnes *= k * k;
	v->arrival = v->departure + (int64_t) llround(usecs);
	return true;
}
