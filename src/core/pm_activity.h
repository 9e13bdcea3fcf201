/*
 * pm_activity.h: the activity-based (engine energy) method of the US EPA
 * Ports Emissions Inventory Guidance (EPA-420-B-22-011, 2022), plain C.
 *
 *   E [g] = P [kW] x A [h] x EF [g/kWh] x LLAF
 *
 * The factors live in the registry tables and are loaded into a
 * PmEnergyTables; this layer does the arithmetic and the code lookups.
 */
#ifndef PM_ACTIVITY_H
#define PM_ACTIVITY_H

#include "pm_core.h"
#include "pm_emissions.h"

typedef enum PmEngineGroup
{
	PM_GROUP_PROPULSION,
	PM_GROUP_AUXILIARY,
	PM_GROUP_BOILER,
	PM_NGROUPS
} PmEngineGroup;

typedef enum PmEngine
{
	PM_ENG_SSD,					/* slow-speed diesel */
	PM_ENG_MSD,					/* medium-speed diesel */
	PM_ENG_MSD_ED,				/* medium-speed diesel-electric */
	PM_ENG_GT,					/* gas turbine */
	PM_ENG_GT_ED,				/* gas turbine, electric drive */
	PM_ENG_ST,					/* steam turbine */
	PM_ENG_LNG,					/* gas engine */
	PM_ENG_HSD,					/* high-speed diesel (auxiliary) */
	PM_ENG_BOILER,
	PM_NENGINES
} PmEngine;

typedef enum PmEnergyFuel
{
	PM_EF_HFO,					/* residual, RM */
	PM_EF_MGO,					/* distillate, MGO/MDO */
	PM_EF_LNG,
	PM_NEFUELS
} PmEnergyFuel;

typedef enum PmQuantity
{
	PM_Q_BSFC,					/* brake-specific fuel consumption */
	PM_Q_HC,
	PM_Q_CO,
	PM_Q_PM10,					/* fixed value (ST, GT, LNG); else the sulphur equation */
	PM_Q_CH4,
	PM_Q_N2O,
	PM_NQ
} PmQuantity;

typedef enum PmMode
{
	PM_MODE_TRANSIT,
	PM_MODE_MANEUVERING,
	PM_MODE_BERTH,
	PM_MODE_ANCHORAGE,
	PM_NMODES
} PmMode;

#define PM_NTIERS 4

typedef struct PmOptional
{
	bool		has;
	double		v;
} PmOptional;

typedef struct PmEnergyFuelRow
{
	bool		has;
	double		cf_co2;			/* t CO2 / t fuel */
	double		sulphur_pct;	/* default % m/m */
	PmOptional	so2_g_per_g;	/* fixed SO2 per g fuel (LNG) */
	PmOptional	pm_nom;			/* g/kWh */
	double		pm_mwr;
	double		pm_fsc;
} PmEnergyFuelRow;

typedef struct PmLlafRow
{
	bool		has;
	double		a;
	double		x;				/* unused for SOx */
	double		b;
} PmLlafRow;

typedef struct PmEnergyTables
{
	PmOptional	ef[PM_NGROUPS][PM_NENGINES][PM_NEFUELS][PM_NQ];
	PmOptional	nox[PM_NGROUPS][PM_NENGINES][PM_NEFUELS][PM_NTIERS];
	PmEnergyFuelRow fuel[PM_NEFUELS];
	PmLlafRow	llaf[PM_NPOLLUTANTS];
} PmEnergyTables;

extern const char *const pm_engine_names[PM_NENGINES];
extern const char *const pm_group_names[PM_NGROUPS];
extern const char *const pm_energy_fuel_names[PM_NEFUELS];
extern const char *const pm_mode_names[PM_NMODES];
extern const char *const pm_quantity_names[PM_NQ];

#define PM_KNOWN_ENGINES "SSD, MSD, MSD_ED, GT, GT_ED, ST, LNG, HSD, BOILER"
#define PM_KNOWN_GROUPS "propulsion, auxiliary, boiler"
#define PM_KNOWN_ENERGY_FUELS "HFO, MGO (or MDO), LNG"
#define PM_KNOWN_MODES "transit, maneuvering (or manoeuvring), berth (or hotelling), anchorage"

/* Electric drive sheds engines instead of running them at low load: no low-load adjustment (EPA tool). */
#define pm_engine_is_electric_drive(e) ((e) == PM_ENG_MSD_ED || (e) == PM_ENG_GT_ED)

/* Code lookups, any case ("msd-ed" is MSD_ED); -1 if unknown. */
extern int	pm_engine_lookup(const char *s, size_t len);
extern int	pm_group_lookup(const char *s, size_t len);
extern int	pm_energy_fuel_lookup(const char *s, size_t len);
extern int	pm_mode_lookup(const char *s, size_t len);
extern int	pm_quantity_lookup(const char *s, size_t len);

/*
 * Propeller law: LF = (speed / max_speed)^3 x (1 + sea_margin / 100), at
 * least 0.02 and at most 1 while moving, 0 at speed 0 (EPA Marine_Emissions_Tools
 * calcPropPwr).  The Admiralty formula (calcAdmPwr) multiplies by
 * draught_ratio^(2/3), draught_ratio = actual / maximum draught; pass 1 for
 * the propeller law.
 */
/* Service speed as a fraction of maximum speed when only the service speed is known (EPA tool). */
#define PM_SERVICE_SPEED_FRACTION 0.94

/* The minimum load of a running propulsion engine (EPA Marine_Emissions_Tools calcPropulsionLoad; guidance Table 3.10's first row) */
#define PM_MIN_LOAD 0.02

extern bool pm_propulsion_load(double speed_kn, double max_speed_kn, double sea_margin_pct,
							   double draught_ratio, double *load, PmError *err);

/*
 * Low-load adjustment factor of a pollutant at fractional load LF (0 <= LF
 * <= 1): 1 above 0.20 and at 0 (engine off), else the EPA formula; SOx needs
 * the sulphur content.  Pollutants without coefficients (CH4, N2O) get 1.
 * Electric drive is the caller's business (no adjustment at all).
 */
extern bool pm_llaf(const PmEnergyTables *t, PmPollutant p, double load, bool has_sulphur,
					double sulphur_pct, double *llaf, PmError *err);

/*
 * IMO NOx tier of a category 3 engine from the keel-laid year (EPA tool
 * calcTier): ST, GT and gas engines or before 2000: 0; before 2011: 1;
 * before 2016: 2; else 3 inside a NOx Emission Control Area, 2 outside.
 * Category 1 and 2 engines: -1 (the tool's "None": the guidance's category 3
 * factors do not apply).
 */
extern int	pm_nox_tier(int keel_laid_year, PmEngine engine, bool in_tier3_area, int engine_category);

/*
 * Operating mode of the EPA tool (calcOperatingMode; guidance Table 3.11 as
 * revised in 2022): anchorage in an anchorage area at <= 3 kn; berth in a
 * berth area at <= 1 kn; maneuvering above 1 kn at load <= 0.20; transit
 * above 0.20; anything else (<= 1 kn, low load, no area) anchorage.
 */
extern bool pm_operating_mode(double speed_kn, double load, bool at_berth, bool in_anchorage,
							  PmMode *mode, PmError *err);

/*
 * Container capacity from deadweight (EPA tool calcTEU, after Kristensen's
 * Ship-Desmo): (dwt/15.19)^(1/0.9814) to 35,000 t, (dwt/28.81)^(1/0.902)
 * to 60,000 t, else (dwt/37)^(1/0.875).
 */
extern bool pm_teu_from_dwt(double dwt, double *teu, PmError *err);

typedef struct PmEngineRun
{
	PmEngineGroup group;
	PmEngine	engine;
	PmEnergyFuel fuel;
	double		power_kw;		/* power delivered, kW */
	double		hours;
	bool		has_load;		/* fractional load, for LLAF and Tier III */
	double		load;
	int			tier;			/* 0..3 */
	bool		has_sulphur;
	double		sulphur_pct;
} PmEngineRun;

/*
 * Add the emissions (t) of one engine run to *e, and, when fuel_t is not
 * NULL, the fuel it burns (t: energy x BSFC x the CO2 low-load adjustment)
 * to *fuel_t.
 */
extern bool pm_engine_emissions_add(const PmEnergyTables *t, const PmEngineRun *run,
									PmEmissions *e, double *fuel_t, PmError *err);

#endif							/* PM_ACTIVITY_H */
