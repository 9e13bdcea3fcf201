/*
 * pm_fuel.h: fuel-based (tank-to-wake) emissions and FuelEU well-to-wake
 * GHG intensity, in plain C.  The factors come from the registry tables;
 * this layer only does the arithmetic on a filled PmFuelFactor.
 */
#ifndef PM_FUEL_H
#define PM_FUEL_H

#include "pm_core.h"
#include "pm_emissions.h"

typedef struct PmFuelFactor
{
	char		fuel[33];
	double		lcv_mj_per_g;	/* lower calorific value, MJ/g (= GJ/t) */
	double		cf_co2;			/* t CO2 per t of fuel burnt */
	double		cf_ch4;			/* t CH4 per t of fuel burnt */
	double		cf_n2o;			/* t N2O per t of fuel burnt */
	double		slip_pct;		/* unburnt methane, % of fuel mass */
	bool		has_wtt;
	double		wtt_gco2e_per_mj;	/* well-to-tank, gCO2e/MJ */
	bool		has_sulphur;	/* a fixed default sulphur content */
	double		sulphur_pct;	/* % m/m; else the MARPOL global limit */
	/* NOx, PM, CO, HC, BC per t fuel; PM_UNKNOWN (NaN) without a factor, so the mass is unknown */
	double		other_t_per_t[PM_NPOLLUTANTS];
	bool		zero_or_low_carbon;	/* counts towards the zero/low-carbon energy share */
} PmFuelFactor;

/*
 * SO2 from fuel sulphur: SO2 = fuel x 2 x 0.97753 x S/100, 97.753 % of the
 * sulphur converted to SO2, molar mass ratio SO2/S = 2
 * (US EPA Marine_Emissions_Tools ShipEF; also MarU).
 */
#define PM_SO2_PER_SULPHUR (2.0 * 0.97753)

/* GWP100 of FuelEU Maritime Annex I (IPCC AR4): CH4 25, N2O 298. */
#define PM_FUELEU_GWP_CH4 25.0
#define PM_FUELEU_GWP_N2O 298.0

/*
 * The MARPOL Annex VI regulation 14.1 global sulphur limit (% m/m) in force
 * at a PostgreSQL timestamp: 4.50 before 2012-01-01, 3.50 from 2012-01-01,
 * 0.50 from 2020-01-01.
 */
extern double pm_global_sulphur_limit(int64_t ts);

/*
 * The sulphur (% m/m) a fuel use burns at: the stated content, else the
 * fuel's fixed default, else the global limit on the departure date.
 */
extern double pm_fuel_use_sulphur(const PmFuelFactor *f, bool has_stated, double stated, int64_t departure);

/*
 * Add to *e the emissions of burning `tonnes` of a fuel with the given
 * sulphur content (% m/m).  The slipped fraction is emitted as CH4 and not
 * burnt; CO2, CH4 and N2O factors apply to the burnt fraction.  A pollutant
 * the fuel has no factor for (NOx, PM, CO, HC, BC) becomes unknown in e.
 */
static inline void
pm_fuel_emissions_add(const PmFuelFactor *f, double tonnes, double sulphur_pct, PmEmissions *e)
{
	double		slipped = tonnes * f->slip_pct / 100.0;
	double		burnt = tonnes - slipped;
	int			i;

	e->t[PM_CO2] += burnt * f->cf_co2;
	e->t[PM_CH4] += burnt * f->cf_ch4 + slipped;
	e->t[PM_N2O] += burnt * f->cf_n2o;
	e->t[PM_SOX] += tonnes * PM_SO2_PER_SULPHUR * sulphur_pct / 100.0;
	/* no branch per pollutant: a missing factor is NaN, and so becomes the sum */
	for (i = PM_NOX; i < PM_NPOLLUTANTS; i++)
		if (i != PM_SOX)
			e->t[i] += tonnes * f->other_t_per_t[i];
}

/* Running sums of FuelEU Annex I: energy (MJ) and gCO2e well-to-tank and tank-to-wake. */
typedef struct PmGhgSums
{
	double		energy_mj;
	double		wtt_gco2e;
	double		ttw_gco2e;
} PmGhgSums;

/* Add one fuel use; false if the factor has no WtT value. */
extern bool pm_ghg_add(const PmFuelFactor *f, double tonnes, PmGhgSums *s);

/* (WtT + TtW) / energy in gCO2e/MJ; false when the energy is 0. */
extern bool pm_ghg_intensity(const PmGhgSums *s, double *gco2e_per_mj);

#endif							/* PM_FUEL_H */
