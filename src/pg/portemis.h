/*
 * portemis.h: declarations shared by the fmgr wrappers (server side).
 */
#ifndef PORTEMIS_H
#define PORTEMIS_H

#include "postgres.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/array.h"

#include "pm_core.h"
#include "pm_emissions.h"
#include "pm_voyage.h"

/* Install the planner check that no result-changing setting differs on Citus workers (citus.c). */
extern void pm_citus_init(void);
extern void pm_citus_setting_changed(void);
/* Around portemis's own reads of its registry (Citus reference tables inside a worker's shard query): see citus.c. */
extern int	pm_citus_registry_read_begin(void);
extern void pm_citus_registry_read_end(int level);
extern Oid	pm_registry_relation_here(Oid relid);

/* Raise a plain-C parse failure of a text literal as an ERROR with its SQLSTATE. */
extern void pm_raise_input_error(const PmError *err, const char *type_name,
								 const char *input) pg_attribute_noreturn();

/* Raise any other plain-C validation failure, prefixed by the context (NULL: none). */
extern void pm_raise_error(const PmError *err, const char *context) pg_attribute_noreturn();

/* err->detail as the start of a sentence, in buf[PM_ERRMSG_LEN]. */
extern const char *pm_detail_sentence(const PmError *err, char *buf);

/* SQLSTATE for a PmErrorKind. */
extern int	pm_errcode(PmErrorKind kind);

/*
 * A float8 argument that must be finite (else 22023), not negative and at
 * most max (else 22003); what names it in the message.
 */
extern double pm_quantity_arg(FunctionCallInfo fcinfo, int argno, const char *what, double max);

/* The pollutant named by a text argument; unknown names raise 22023 with the known ones. */
extern int	pm_pollutant_arg(text *name);

/*
 * No mass of e may be infinite (an overflow), else 22003 naming the pollutant;
 * NaN (unknown) passes.  Inline: the emissions functions and sum() check
 * every row.
 */
extern void pm_emissions_overflow(const char *what, int pollutant) pg_attribute_noreturn();

static inline void
pm_check_emissions_finite(const PmEmissions *e, const char *what)
{
	int			i;

	for (i = 0; i < PM_NPOLLUTANTS; i++)
		if (unlikely(isinf(e->t[i])))
			pm_emissions_overflow(what, i);
}

/*
 * Aggregate states that are float8[] of running sums (corridor.c, fuel.c).
 * pm_state_arg: argument argno as a state, never NULL (22004: a role may call
 * the support functions directly).  pm_writable_state: argument 0, updated in
 * place inside the aggregate, else a copy.  pm_state_values: the len values
 * of a well-formed state (22023 otherwise).  pm_check_finite_state: 22003 if a
 * sum overflowed (or is NaN); pm_check_state_range: the same, but NaN (an
 * unknown mass) is allowed in s[unknown_from .. unknown_to).
 * pm_check_state_nonnegative: 22023 if a sum in s[from .. to) that no
 * aggregate makes negative (counts, distances, energy, masses) is.
 */
extern ArrayType *pm_state_arg(FunctionCallInfo fcinfo, int argno, const char *agg);
extern ArrayType *pm_writable_state(FunctionCallInfo fcinfo, const char *agg);
extern float8 *pm_state_values(ArrayType *a, int len, const char *agg);
extern void pm_check_finite_state(const float8 *s, int len, const char *agg);
extern void pm_check_state_range(const float8 *s, int len, const char *agg, int unknown_from, int unknown_to);
extern void pm_check_state_nonnegative(const float8 *s, int from, int to, const char *agg);

/* The text of a text argument as a NUL-terminated string (palloc'd). */
#define PM_TEXT_ARG(n) text_to_cstring(PG_GETARG_TEXT_PP(n))

/* voyage datum <-> plain struct */
extern void pm_voyage_from_datum(Datum d, PmVoyage *v);
extern Datum pm_voyage_to_datum(const PmVoyage *v);

#define PG_GETARG_EMISSIONS_P(n) ((PmEmissions *) PG_GETARG_POINTER(n))
#define PG_RETURN_EMISSIONS_P(e) PG_RETURN_POINTER(e)

#endif							/* PORTEMIS_H */
