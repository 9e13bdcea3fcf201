/*
 * pm_locode.h: UN/LOCODE parsing and packing (plain C).
 *
 * A UN/LOCODE is a 2-letter ISO 3166-1 country code and a 3-character
 * location code of letters A-Z and digits 2-9 (UNECE Recommendation 16,
 * "UN/LOCODE Code List Manual", section 3.3: digits 0 and 1 are excluded to
 * avoid confusion with O and I).
 *
 * It is packed into an int32 whose integer order is the order of the
 * canonical text (digits sort before letters, as in ASCII), so the btree
 * opclass can compare plain integers.
 */
#ifndef PM_LOCODE_H
#define PM_LOCODE_H

#include "pm_core.h"

#define PM_LOCODE_LEN 5
/* 26 * 26 * 34^3 distinct codes: 0 .. PM_LOCODE_MAX */
#define PM_LOCODE_MAX (26 * 26 * 34 * 34 * 34 - 1)

/*
 * Parse "USLAX", "uslax" or "US LAX" (one optional space after the country,
 * surrounding whitespace ignored) from the first len bytes of s.
 */
extern bool pm_locode_parse(const char *s, size_t len, int32_t *code, PmError *err);

/* Write the canonical 5 characters and a NUL into buf[6]. */
extern void pm_locode_format(int32_t code, char *buf);

/* True if code lies in 0 .. PM_LOCODE_MAX. */
extern bool pm_locode_valid(int32_t code);

#endif							/* PM_LOCODE_H */
