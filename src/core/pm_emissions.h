/*
 * pm_emissions.h: masses of pollutants in tonnes (plain C).
 *
 * Text form: pollutants by name in any order, each "NAME=number" with an
 * optional unit "t", separated by commas; a pollutant not listed is unknown
 * (not computed), which is not zero; "unknown" alone: nothing is known.
 *
 *   CO2=3114 t, CH4=0.05 t, N2O=0.18 t
 *
 * In memory an unknown mass is NaN: it propagates through sums and
 * products (a total is known only if every part is), and the SQL accessors
 * turn it into NULL.
 */
#ifndef PM_EMISSIONS_H
#define PM_EMISSIONS_H

#include <math.h>

#include "pm_core.h"

typedef enum PmPollutant
{
	PM_CO2 = 0,
	PM_CH4,
	PM_N2O,
	PM_NOX,
	PM_SOX,						/* as SO2 */
	PM_PM10,
	PM_PM25,
	PM_CO,
	PM_HC,						/* hydrocarbons / NMVOC */
	PM_BC,						/* black carbon */
	PM_NPOLLUTANTS
} PmPollutant;

typedef struct PmEmissions
{
	double		t[PM_NPOLLUTANTS];	/* tonnes, finite; NaN: unknown */
} PmEmissions;

#define PM_UNKNOWN NAN
#define pm_is_known(x) (!isnan(x))

/* Mark every pollutant unknown. */
extern void pm_emissions_set_unknown(PmEmissions *e);

#define PM_EMISSIONS_TEXT_MAX (PM_NPOLLUTANTS * (8 + PM_DOUBLE_BUFLEN + 4) + 1)

#define PM_KNOWN_POLLUTANTS "CO2, CH4, N2O, NOx, SOx (or SO2), PM10, PM2.5, CO, HC, BC"

/* Canonical name of a pollutant, e.g. "PM2.5". */
extern const char *pm_pollutant_name(PmPollutant p);
/* JSON key of a pollutant with its unit, e.g. "pm2_5_t". */
extern const char *pm_pollutant_json_key(PmPollutant p);

/* Index of a pollutant named by the first len bytes of s (any case, aliases); -1 if unknown. */
extern int	pm_pollutant_lookup(const char *s, size_t len);

extern bool pm_emissions_parse(const char *text, PmEmissions *e, PmError *err);
extern void pm_emissions_format(const PmEmissions *e, char *buf);

/*
 * GWP100 sets for CO2-equivalent.  Fills the CH4 and N2O factors; false if
 * the name (any case) is unknown.
 */
#define PM_KNOWN_GWP_SETS "AR4, AR5"
extern bool pm_gwp_lookup(const char *name, size_t len, double *ch4, double *n2o);

/* CO2-equivalent in t: CO2 + GWP_CH4 * CH4 + GWP_N2O * N2O. */
extern double pm_emissions_co2e(const PmEmissions *e, double gwp_ch4, double gwp_n2o);

#endif							/* PM_EMISSIONS_H */
