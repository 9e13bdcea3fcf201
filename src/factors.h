/*
 * factors.h: the emission-factor registry as seen by the SQL functions.
 */
#ifndef FACTORS_H
#define FACTORS_H

#include "portemis.h"
#include "pm_fuel.h"

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

/* The same for a set given by name (NULL for the session default). */
extern const PmFactorSet *pm_factor_set_named(FunctionCallInfo fcinfo, const char *name);

/*
 * The factors of one fuel (or alias) in a set just returned by
 * pm_factor_set_arg for the same call; unknown fuels raise 22023 with the
 * list of the set's fuels.
 */
extern const PmFuelFactor *pm_fuel_factor(FunctionCallInfo fcinfo, const PmFactorSet *set,
										  const char *code);

#endif							/* FACTORS_H */
