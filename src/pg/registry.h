/*
 * registry.h: the registry (factors, activity tables, corridors) as seen by the SQL functions.
 */
#ifndef FACTORS_H
#define FACTORS_H

#include "portemis.h"
#include "pm_activity.h"
#include "pm_fuel.h"

/* The extension's own schema: registry tables and internal functions (src/sql/00_header.sql). */
#define PM_REGISTRY_SCHEMA "portemis"

#define PM_FACTOR_SET_NAME_MAX 63

typedef struct PmFactorSet
{
	char		name[PM_FACTOR_SET_NAME_MAX + 1];
	int			nfuels;
	int			capacity;
	PmFuelFactor *fuels;
} PmFactorSet;

extern char *pm_default_factor_set;

/* Define the GUC and register the cache invalidation callback (from _PG_init). */
extern void pm_factors_init(void);

/*
 * The factor set named by text argument argno, or the session default
 * (portemis.factor_set) when that argument is NULL.  Unknown names raise
 * 22023 with the list of known sets.
 */
extern const PmFactorSet *pm_factor_set_arg(FunctionCallInfo fcinfo, int argno);

/* The session's default factor set: portemis.factor_set, imo unless SET. */
extern const char *pm_factor_set_default(void);

/*
 * A call site's cache (fn_extra) of a mass set, an optional energy set (NULL:
 * none) and the factors of the fuels seen in both; names NULL: the session
 * default.  pm_factor_cache_fuel gives a fuel's factors in both sets (energy
 * may be NULL when not wanted); unknown sets and fuels raise 22023.
 */
typedef struct PmFactorCache PmFactorCache;
extern PmFactorCache *pm_factor_cache(FunctionCallInfo fcinfo, const char *mass_set, const char *energy_set);
/* The same for the factor set named by argument argno (NULL: the session default). */
extern PmFactorCache *pm_factor_cache_arg(FunctionCallInfo fcinfo, int argno);
extern const PmFactorSet *pm_factor_cache_set(const PmFactorCache *c, bool energy);
extern void pm_factor_cache_fuel(PmFactorCache *c, const char *code, const PmFuelFactor **mass,
								 const PmFuelFactor **energy);

/* The same for a set given by name (NULL for the session default). */
extern const PmFactorSet *pm_factor_set_named(FunctionCallInfo fcinfo, const char *name);

/*
 * The factors of one fuel (or alias) in a set just returned by
 * pm_factor_set_arg for the same call; unknown fuels raise 22023 with the
 * list of the set's fuels.
 */
extern const PmFuelFactor *pm_fuel_factor(FunctionCallInfo fcinfo, const PmFactorSet *set,
										  const char *code);

/*
 * Uncached lookups, for a call that needs two sets at once: a set by name
 * (NULL: the session default) and a fuel (or alias) in it.  The pointers
 * stay valid until the registry reloads, which cannot happen within one call
 * that takes no locks in between.  Unknown names raise 22023.
 */
extern const PmFactorSet *pm_factor_set_find(const char *name);
/* A fuel of the set by code or alias: NULL if it has none (pm_fuel_lookup), or 22023 naming the set's fuels. */
extern const PmFuelFactor *pm_fuel_lookup(const PmFactorSet *set, const char *code);
extern const PmFuelFactor *pm_fuel_find(const PmFactorSet *set, const char *code);

/* Changes whenever the registry reloads: a key for per-call caches of set and fuel pointers. */
extern uint64 pm_registry_generation(void);

/* The activity-based factor tables, loaded with the registry. */
extern const PmEnergyTables *pm_energy_tables(void);

/* Size units of the auxiliary power defaults. */
typedef enum PmSizeUnit
{
	PM_SIZE_DWT,
	PM_SIZE_GT,
	PM_SIZE_TEU,
	PM_SIZE_PASSENGERS,
	PM_NSIZE_UNITS
} PmSizeUnit;

extern const char *const pm_size_unit_names[PM_NSIZE_UNITS];

/*
 * Default auxiliary or boiler power (kW) in a mode for a ship type and size,
 * from auxiliary_power rows of the basis portemis.aux_power_basis.  sizes
 * holds the vessel's size in each unit (has[] false when unknown).  Raises
 * 22023 for a ship type without defaults and 22004 when the needed size is
 * missing, unless missing is given: then *missing is set and 0 returned.
 */
extern double pm_auxiliary_power(const char *ship_type, const bool *has_size, const double *size,
								 PmEngineGroup group, PmMode mode, bool *missing);

/* Transit speed / maximum speed for a ship type; false if none is tabled. */
extern bool pm_transit_speed_ratio(const char *ship_type, double *ratio);

/*
 * The portemis code (portemis.ship_type) of a ship type name or alias, any
 * case, palloc'd; an unknown name is an error.  The two functions above take
 * codes, and fall back to a type's parent when it has no rows of its own.
 */
extern char *pm_ship_type_resolve(const char *name);

/* The ship type an AIS type code maps to (portemis.ais_ship_type) and the code's meaning, palloc'd; false if none. */
extern bool pm_ship_type_from_ais(int ais_code, char **code, char **meaning);

/* The corridor (table corridor_port) joining two ports in either direction, or NULL. */
extern const char *pm_corridor_of(int32 origin, int32 destination);

#endif							/* FACTORS_H */
