/*
 * pm_voyage.h: one voyage leg in plain C: text parsing and formatting,
 * validation, canonical packed encoding, ordering.
 *
 * Text form (keys in any order, separated by commas, whitespace free):
 *
 *   imo=9811000, origin=USLAX, destination=CNSHA,
 *   departure=2024-03-01T08:00:00Z, arrival=2024-03-15T20:00:00Z,
 *   distance_nm=5712.5, cargo_t=61000, fuels=[HFO 410.2 t S=0.48%, MGO 12.5 t]
 *
 * origin, destination, departure and arrival are required; the rest optional.
 */
#ifndef PM_VOYAGE_H
#define PM_VOYAGE_H

#include "pm_core.h"
#include "pm_locode.h"

#define PM_MAX_FUEL_USES 16
#define PM_FUEL_CODE_MAX 32		/* characters of A-Z, 0-9 and _ */

/* Text output never exceeds this many bytes, NUL included. */
#define PM_VOYAGE_TEXT_MAX 2048
/* Packed encoding never exceeds this many bytes. */
#define PM_VOYAGE_ENCODED_MAX (2 + 4 * 3 + 8 * 4 + PM_MAX_FUEL_USES * (1 + PM_FUEL_CODE_MAX + 16))

/*
 * Timestamps are PostgreSQL's: microseconds since 2000-01-01 00:00:00 UTC.
 * Accepted range 0001-01-01T00:00:00Z .. 9999-12-31T23:59:59.999999Z, so that
 * every timestamp prints as a 4-digit-year ISO 8601 literal.
 */
#define PM_USECS_PER_SEC INT64_C(1000000)
#define PM_USECS_PER_DAY INT64_C(86400000000)
#define PM_TS_MIN (-INT64_C(730119) * PM_USECS_PER_DAY)	/* 0001-01-01 */
#define PM_TS_MAX (INT64_C(2921940) * PM_USECS_PER_DAY - 1)	/* 10000-01-01 minus 1 us */

typedef struct PmFuelUse
{
	char		code[PM_FUEL_CODE_MAX + 1]; /* upper case, NUL-terminated */
	double		tonnes;			/* t, finite, >= 0 */
	bool		has_sulphur;
	double		sulphur_pct;	/* % m/m, 0..100, when has_sulphur */
} PmFuelUse;

typedef struct PmVoyage
{
	bool		has_imo;
	int32_t		imo;			/* 7 digits, check digit verified */
	int32_t		origin;			/* packed locode */
	int32_t		destination;
	int64_t		departure;		/* PostgreSQL timestamptz, UTC */
	int64_t		arrival;
	bool		has_distance;
	double		distance_nm;
	bool		has_cargo;
	double		cargo_t;
	int			nfuels;			/* 0: what the voyage burnt is not reported (see below) */
	PmFuelUse	fuels[PM_MAX_FUEL_USES];
} PmVoyage;

/*
 * Does the voyage report what it burnt?  A voyage without fuel uses has
 * unknown emissions and energy (NaN inside, NULL outside), never 0: a ship
 * that sailed burnt something, and 0 would rate it A.
 */
static inline bool
pm_voyage_fuel_known(const PmVoyage *v)
{
	return v->nfuels > 0;
}

/* Parse the NUL-terminated text literal; validates and canonicalises. */
extern bool pm_voyage_parse(const char *text, PmVoyage *v, PmError *err);

/* Write the canonical text literal into buf[PM_VOYAGE_TEXT_MAX]. */
extern void pm_voyage_format(const PmVoyage *v, char *buf);

/*
 * Check every rule the text parser checks (IMO check digit, locode range,
 * timestamp range, arrival not before departure, finite non-negative
 * numbers, fuel code syntax, sulphur 0..100 %, no repeated fuel use) and put
 * the fuel uses in canonical order.  Every input path calls this.
 */
extern bool pm_voyage_validate(PmVoyage *v, PmError *err);

/* Packed canonical encoding; returns the number of bytes written. */
extern size_t pm_voyage_encode(const PmVoyage *v, uint8_t *buf);

/* Decode bytes written by pm_voyage_encode; false if they are malformed. */
extern bool pm_voyage_decode(const uint8_t *buf, size_t len, PmVoyage *v);

/* Total order used by the btree opclass: <0, 0, >0. */
extern int	pm_voyage_cmp(const PmVoyage *a, const PmVoyage *b);

/* Fuel code rules: 1..PM_FUEL_CODE_MAX of A-Z, 0-9, _ (input may be lower case). */
extern bool pm_fuel_code_normalize(const char *s, size_t len, char *out, PmError *err);

/* IMO number check digit (MSC.1/Circ.1142; weights 7..2 on the first six digits). */
extern bool pm_imo_valid(int32_t imo);

/* ISO 8601 timestamps with a mandatory zone (Z or +hh[:mm]). */
extern bool pm_timestamp_parse(const char **pp, int64_t *ts, const char *what, PmError *err);
extern int	pm_timestamp_format(int64_t ts, char *buf);	/* buf >= 32 bytes */

#endif							/* PM_VOYAGE_H */
