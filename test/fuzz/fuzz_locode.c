/*
 * fuzz_locode.c: libFuzzer driver for pm_locode_parse (src/core/pm_locode.c).
 *
 * Properties:
 *   - on failure: err.kind is SYNTAX/RANGE/PARAM, err.detail is printable ASCII;
 *   - on success: pm_locode_valid(code); pm_locode_format gives 5 characters
 *     equal to the upper-cased non-blank characters of the input; re-parsing
 *     the formatted text succeeds and gives the same code.
 */
#include "fuzzing.h"
#include "pm_locode.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_cstring(data, size);
	char	   *exact;
	int32_t		code = -1;
	int32_t		code2 = -1;
	char		buf[PM_LOCODE_LEN + 1];
	char		expect[PM_LOCODE_LEN + 1];
	PmError		err;
	size_t		i,
				n;

	if (text == NULL)
		return -1;

	/* An exact-size copy without terminator: the parser must honour len. */
	exact = malloc(size ? size : 1);
	memcpy(exact, data, size);

	fuzz_error_init(&err);
	if (!pm_locode_parse(exact, size, &code, &err))
	{
		fuzz_check_error(&err, text);
		free(exact);
		free(text);
		return 0;
	}

	FUZZ_CHECK(pm_locode_valid(code), "code %d out of range for \"%s\"", code, text);
	pm_locode_format(code, buf);
	FUZZ_CHECK(strlen(buf) == PM_LOCODE_LEN, "formatted \"%s\" for \"%s\"", buf, text);

	/* The accepted characters, upper-cased, are the canonical text. */
	for (i = 0, n = 0; i < size; i++)
	{
		if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')
			continue;
		FUZZ_CHECK(n < PM_LOCODE_LEN, "accepted more than 5 characters: \"%s\"", text);
		expect[n++] = pm_to_upper(text[i]);
	}
	expect[n] = '\0';
	FUZZ_CHECK(strcmp(expect, buf) == 0, "input \"%s\" formats as \"%s\"", text, buf);

	fuzz_error_init(&err);
	FUZZ_CHECK(pm_locode_parse(buf, strlen(buf), &code2, &err),
			   "re-parse of \"%s\" failed: %s", buf, err.detail);
	FUZZ_CHECK(code2 == code, "re-parse of \"%s\" gives %d, not %d", buf, code2, code);

	free(exact);
	free(text);
	return 0;
}
