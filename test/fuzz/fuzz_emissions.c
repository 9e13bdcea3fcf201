/*
 * fuzz_emissions.c: libFuzzer driver for pm_emissions_parse (src/core/pm_emissions.c).
 *
 * Properties:
 *   - on failure: err.kind is SYNTAX/RANGE/PARAM, err.detail is printable ASCII;
 *   - on success: every mass is finite; pm_emissions_format fits in
 *     PM_EMISSIONS_TEXT_MAX; parsing the formatted text succeeds and gives
 *     exactly the same ten doubles (-0 == 0); formatting again gives the
 *     same text (the output is canonical).
 */
#include <math.h>

#include "fuzzing.h"
#include "pm_emissions.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_cstring(data, size);
	char	   *out;
	char	   *out2;
	PmEmissions e,
				e2;
	PmError		err;
	int			i;

	if (text == NULL)
		return -1;

	fuzz_error_init(&err);
	if (!pm_emissions_parse(text, &e, &err))
	{
		fuzz_check_error(&err, text);
		free(text);
		return 0;
	}

	for (i = 0; i < PM_NPOLLUTANTS; i++)
		FUZZ_CHECK(isfinite(e.t[i]), "%s is not finite for \"%s\"",
				   pm_pollutant_name((PmPollutant) i), text);

	/* Exact-size heap buffers, so ASan catches any overrun of the bound. */
	out = malloc(PM_EMISSIONS_TEXT_MAX);
	out2 = malloc(PM_EMISSIONS_TEXT_MAX);
	pm_emissions_format(&e, out);
	FUZZ_CHECK(strlen(out) < PM_EMISSIONS_TEXT_MAX, "output too long");

	fuzz_error_init(&err);
	FUZZ_CHECK(pm_emissions_parse(out, &e2, &err),
			   "re-parse of \"%s\" (from \"%s\") failed: %s", out, text, err.detail);
	for (i = 0; i < PM_NPOLLUTANTS; i++)
		FUZZ_CHECK(e.t[i] == e2.t[i],
				   "%s: %.17g became %.17g via \"%s\" (input \"%s\")",
				   pm_pollutant_name((PmPollutant) i), e.t[i], e2.t[i], out, text);

	pm_emissions_format(&e2, out2);
	FUZZ_CHECK(strcmp(out, out2) == 0, "format not canonical: \"%s\" vs \"%s\"", out, out2);

	free(out2);
	free(out);
	free(text);
	return 0;
}
