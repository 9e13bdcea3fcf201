/*
 * fuzz_voyage.c: libFuzzer driver for pm_voyage_parse (src/core/pm_voyage.c).
 *
 * Properties:
 *   - on failure: err.kind is SYNTAX/RANGE/PARAM, err.detail is printable ASCII;
 *   - on success:
 *     - pm_voyage_validate on a copy succeeds and changes nothing (parse
 *       output is already canonical);
 *     - pm_voyage_format output is shorter than PM_VOYAGE_TEXT_MAX (not
 *       truncated); re-parsing it succeeds, compares equal (pm_voyage_cmp)
 *       and has identical pm_voyage_encode bytes; formatting it again gives
 *       the same text;
 *     - pm_voyage_encode fits in PM_VOYAGE_ENCODED_MAX; pm_voyage_decode of
 *       it succeeds and compares equal; decoding any proper prefix fails.
 */
#include "fuzzing.h"
#include "pm_voyage.h"

static void
check_encoding_equal(const PmVoyage *a, const PmVoyage *b, const char *what,
					 const char *text)
{
	uint8_t    *ea = malloc(PM_VOYAGE_ENCODED_MAX);
	uint8_t    *eb = malloc(PM_VOYAGE_ENCODED_MAX);
	size_t		la = pm_voyage_encode(a, ea);
	size_t		lb = pm_voyage_encode(b, eb);

	FUZZ_CHECK(la == lb && memcmp(ea, eb, la) == 0,
			   "%s: encodings differ (%zu vs %zu bytes) for \"%s\"", what, la, lb, text);
	free(eb);
	free(ea);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_cstring(data, size);
	char	   *out;
	char	   *out2;
	uint8_t    *enc;
	size_t		enclen;
	size_t		cut;
	PmVoyage   *v,
			   *v2,
			   *v3;
	PmError		err;

	if (text == NULL)
		return -1;

	v = malloc(sizeof(PmVoyage));
	fuzz_error_init(&err);
	if (!pm_voyage_parse(text, v, &err))
	{
		fuzz_check_error(&err, text);
		free(v);
		free(text);
		return 0;
	}

	v2 = malloc(sizeof(PmVoyage));
	v3 = malloc(sizeof(PmVoyage));

	/* validate is idempotent on parser output */
	memcpy(v2, v, sizeof(PmVoyage));
	fuzz_error_init(&err);
	FUZZ_CHECK(pm_voyage_validate(v2, &err), "validate rejects parser output of \"%s\": %s",
			   text, err.detail);
	FUZZ_CHECK(pm_voyage_cmp(v, v2) == 0, "validate changed parser output of \"%s\"", text);
	check_encoding_equal(v, v2, "validate", text);

	/* text round trip; exact-size heap buffers so ASan catches overruns */
	out = malloc(PM_VOYAGE_TEXT_MAX);
	out2 = malloc(PM_VOYAGE_TEXT_MAX);
	pm_voyage_format(v, out);
	FUZZ_CHECK(strlen(out) < PM_VOYAGE_TEXT_MAX - 1,
			   "formatted text of %zu bytes may be truncated", strlen(out));
	fuzz_error_init(&err);
	FUZZ_CHECK(pm_voyage_parse(out, v2, &err),
			   "re-parse of \"%s\" (from \"%s\") failed: %s", out, text, err.detail);
	FUZZ_CHECK(pm_voyage_cmp(v, v2) == 0 && pm_voyage_cmp(v2, v) == 0,
			   "re-parse of \"%s\" (from \"%s\") compares unequal", out, text);
	check_encoding_equal(v, v2, "text round trip", text);
	pm_voyage_format(v2, out2);
	FUZZ_CHECK(strcmp(out, out2) == 0, "format not canonical: \"%s\" vs \"%s\"", out, out2);

	/* binary round trip */
	enc = malloc(PM_VOYAGE_ENCODED_MAX);
	enclen = pm_voyage_encode(v, enc);
	FUZZ_CHECK(enclen <= PM_VOYAGE_ENCODED_MAX, "encoding of %zu bytes", enclen);
	FUZZ_CHECK(pm_voyage_decode(enc, enclen, v3), "decode of own encoding failed for \"%s\"",
			   text);
	FUZZ_CHECK(pm_voyage_cmp(v, v3) == 0 && pm_voyage_cmp(v3, v) == 0,
			   "decode compares unequal for \"%s\"", text);
	check_encoding_equal(v, v3, "binary round trip", text);
	for (cut = 0; cut < enclen; cut++)
	{
		uint8_t    *prefix = malloc(cut ? cut : 1);

		memcpy(prefix, enc, cut);
		FUZZ_CHECK(!pm_voyage_decode(prefix, cut, v3),
				   "decode accepts a %zu-byte prefix of %zu bytes", cut, enclen);
		free(prefix);
	}

	free(enc);
	free(out2);
	free(out);
	free(v3);
	free(v2);
	free(v);
	free(text);
	return 0;
}
