/*
 * pm_corridor.h: the arithmetic of the corridor aggregates and the what-if
 * helpers, in plain C (the fmgr wrappers are src/pg/corridor.c).
 */
#ifndef PM_CORRIDOR_H
#define PM_CORRIDOR_H

#include "pm_core.h"
#include "pm_emissions.h"
#include "pm_fuel.h"
#include "pm_voyage.h"

/* The running sums of corridor_summary, indexes into its float8[PM_S_LEN] state. */
enum
{
	PM_S_VOYAGES, PM_S_DISTANCE, PM_S_HOURS, PM_S_FUEL, PM_S_ENERGY,
	PM_S_EMISSIONS,				/* the PM_NPOLLUTANTS masses (t) follow */
	PM_S_WTT = PM_S_EMISSIONS + PM_NPOLLUTANTS,
	PM_S_TTW, PM_S_WORK, PM_S_EEOI_CO2, PM_S_ZERO_LOW, PM_S_LEN
};

/*
 * Add one voyage to a corridor_summary state: its masses e (t), its FuelEU
 * sums ghg and the energy of zero/low-carbon fuels (MJ).  A voyage without a
 * distance makes the distance unknown (NaN).  Transport work and EEOI CO2
 * count only voyages whose cargo and distance are known; a ballast leg
 * (cargo 0) adds CO2 and no work.
 */
extern void pm_summary_add(double *s, const PmVoyage *v, const PmEmissions *e, const PmGhgSums *ghg,
						   double zero_low_mj);

/* eeoi state {CO2 g, t nm}: add a voyage with known cargo and distance. */
extern void pm_eeoi_add(double *s, const PmVoyage *v, const PmEmissions *e);

/*
 * What if: every use of fuel `from` becomes `to` at equal energy (tonnes x
 * lcv_from / lcv_to); a stated sulphur is dropped (the new fuel's default
 * applies); uses that now share a code and sulphur merge.
 */
extern void pm_voyage_switch_fuel(PmVoyage *v, const char *from, const char *to, double lcv_from, double lcv_to);

/*
 * What if: the same distance at (1 - pct/100) of the speed.  By the propeller
 * law power goes with speed cubed and time with its inverse, so the fuel for
 * the distance goes with speed squared: every fuel use x (1 - pct/100)^2,
 * the duration / (1 - pct/100).  pct must lie in [0, 100).
 */
extern bool pm_voyage_slow_steam(PmVoyage *v, double pct, PmError *err);

#endif							/* PM_CORRIDOR_H */
