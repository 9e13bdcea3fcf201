/*
 * pm_fuel.c: fuel-based emissions and FuelEU GHG intensity (plain C).
 */
#include "pm_fuel.h"

/* PostgreSQL timestamps (microseconds since 2000-01-01 UTC) of the limit changes. */
#define TS_2012_01_01 (INT64_C(4383) * INT64_C(86400000000))
#define TS_2020_01_01 (INT64_C(7305) * INT64_C(86400000000))

double
pm_global_sulphur_limit(int64_t ts)
{
	if (ts >= TS_2020_01_01)
		return 0.50;
	if (ts >= TS_2012_01_01)
		return 3.50;
	return 4.50;
}

double
pm_fuel_use_sulphur(const PmFuelFactor *f, bool has_stated, double stated, int64_t departure)
{
	if (has_stated)
		return stated;
	if (f->has_sulphur)
		return f->sulphur_pct;
	return pm_global_sulphur_limit(departure);
}

/*
 * FuelEU Maritime Annex I with RWD = 1 and no shore power:
 *   WtT = sum(M * WtT * LCV),  TtW = sum(M * [(1 - slip) * (CfCO2 + 25 CfCH4 + 298 CfN2O)
 *   + slip * 25]),  energy = sum(M * LCV), M in g.
 */
bool
pm_ghg_add(const PmFuelFactor *f, double tonnes, PmGhgSums *s)
{
	double		grams = tonnes * 1e6;
	double		slip = f->slip_pct / 100.0;
	double		energy = grams * f->lcv_mj_per_g;

	if (!f->has_wtt)
		return false;
	s->energy_mj += energy;
	s->wtt_gco2e += energy * f->wtt_gco2e_per_mj;
	s->ttw_gco2e += grams * ((1.0 - slip) * (f->cf_co2 + PM_FUELEU_GWP_CH4 * f->cf_ch4 +
											 PM_FUELEU_GWP_N2O * f->cf_n2o) +
							 slip * PM_FUELEU_GWP_CH4);
	return true;
}

bool
pm_ghg_intensity(const PmGhgSums *s, double *gco2e_per_mj)
{
	if (!(s->energy_mj > 0))
		return false;
	*gco2e_per_mj = (s->wtt_gco2e + s->ttw_gco2e) / s->energy_mj;
	return true;
}
