/*
 * fuzzing.h: helpers shared by the libFuzzer drivers (test/fuzz only).
 */
#ifndef FUZZING_H
#define FUZZING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pm_core.h"

/* SQL text literals are short in practice; longer inputs only slow fuzzing. */
#define FUZZ_MAX_INPUT 4096

/* Report a property violation and abort so libFuzzer saves the input. */
#define FUZZ_CHECK(cond, ...) \
	do { \
		if (!(cond)) { \
			fprintf(stderr, "PROPERTY VIOLATED at %s:%d: %s\n  ", \
					__FILE__, __LINE__, #cond); \
			fprintf(stderr, __VA_ARGS__); \
			fputc('\n', stderr); \
			abort(); \
		} \
	} while (0)

/*
 * Copy data into a fresh NUL-terminated heap buffer (so ASan sees reads past
 * the terminator).  Returns NULL for inputs a SQL text value cannot hold:
 * too long, or containing a NUL byte.
 */
static inline char *
fuzz_cstring(const uint8_t *data, size_t size)
{
	char	   *s;

	if (size > FUZZ_MAX_INPUT || memchr(data, '\0', size) != NULL)
		return NULL;
	s = malloc(size + 1);
	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* The error contract: a known kind, a NUL-terminated printable-ASCII detail. */
static inline void
fuzz_check_error(const PmError *err, const char *input)
{
	size_t		len = strnlen(err->detail, PM_ERRMSG_LEN);
	size_t		i;

	FUZZ_CHECK(err->kind == PM_ERR_SYNTAX || err->kind == PM_ERR_RANGE ||
			   err->kind == PM_ERR_PARAM,
			   "error kind %d for input \"%s\"", (int) err->kind, input);
	FUZZ_CHECK(len < PM_ERRMSG_LEN, "error detail not NUL-terminated");
	FUZZ_CHECK(len > 0, "empty error detail for input \"%s\"", input);
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) err->detail[i];

		FUZZ_CHECK(c >= 0x20 && c <= 0x7e,
				   "byte 0x%02x at offset %zu of error detail \"%s\" is not printable ASCII",
				   c, i, err->detail);
	}
}

/* Poison an error so a parser that fails without setting it is caught. */
static inline void
fuzz_error_init(PmError *err)
{
	err->kind = PM_OK;
	memset(err->detail, 0x01, sizeof(err->detail));
}

#endif							/* FUZZING_H */
