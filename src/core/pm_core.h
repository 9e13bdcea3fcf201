/*
 * pm_core.h: shared definitions of portemis's plain C layer.
 *
 * Everything under src/core/ is plain C99: no PostgreSQL headers, no palloc,
 * no ereport.  Parsers report failure through a PmError, which the fmgr
 * wrappers (src/pg/) turn into ereport with the
 * matching SQLSTATE.  This keeps the domain code testable without a server
 * and lets the libFuzzer drivers under test/fuzz link it directly.
 */
#ifndef PM_CORE_H
#define PM_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What kind of failure a parser or validator reports; mapped to SQLSTATEs. */
typedef enum PmErrorKind
{
	PM_OK = 0,
	PM_ERR_SYNTAX,				/* 22P02 invalid_text_representation */
	PM_ERR_RANGE,				/* 22003 numeric_value_out_of_range */
	PM_ERR_PARAM				/* 22023 invalid_parameter_value */
} PmErrorKind;

#define PM_ERRMSG_LEN 256

typedef struct PmError
{
	PmErrorKind kind;
	char		detail[PM_ERRMSG_LEN];	/* names the offending token or field */
} PmError;

/*
 * Long loops call PM_CHECK_INTERRUPTS(): the server layer sets the hook to
 * a function that may leave by ereport (query cancel, statement_timeout);
 * NULL elsewhere (fuzzers, stand-alone tests).  Memory of the plain layer
 * comes from the caller's allocator, so leaving mid-loop leaks nothing.
 */
extern void (*pm_interrupt_hook) (void);
#define PM_CHECK_INTERRUPTS() do { if (pm_interrupt_hook) pm_interrupt_hook(); } while (0)

extern bool pm_fail(PmError *err, PmErrorKind kind, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

/*
 * Scan one non-negative-or-signed decimal number at *pp: optional sign,
 * digits with an optional fraction, optional exponent.  No hex, no "nan",
 * no "inf".  On success *pp points after the number.  Rejects overflow and
 * underflow (22003) like float8in does.  "what" names the field in errors.
 */
extern bool pm_scan_double(const char **pp, double *out, const char *what,
						   PmError *err);

/* Write the shortest text that reads back as exactly d (PostgreSQL's Ryu). */
extern int	pm_format_double(double d, char *buf);

/* Buffer size that holds any pm_format_double output plus NUL. */
#define PM_DOUBLE_BUFLEN 32

/* Skip ASCII whitespace (space, tab, newline, carriage return, vt, ff). */
extern const char *pm_skip_ws(const char *p);

/* ASCII-only, locale-independent character classes. */
static inline bool
pm_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
pm_is_alpha(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static inline char
pm_to_upper(char c)
{
	return (c >= 'a' && c <= 'z') ? (char) (c - 'a' + 'A') : c;
}

/*
 * Copy up to 24 bytes of the input at p into buf[PM_SNIPPET_LEN] for an error
 * message, replacing bytes that are not printable ASCII by '?' so the message
 * is valid in any encoding.
 */
#define PM_SNIPPET_LEN 28
extern const char *pm_snippet(const char *p, char *buf);
/* The same for the n bytes at p, which need no terminator (a text datum's data) */
extern const char *pm_snippet_n(const char *p, size_t n, char *buf);

/* Case-insensitive comparison of the n bytes at p with the NUL-terminated word. */
extern bool pm_word_eq(const char *p, size_t n, const char *word);

#endif							/* PM_CORE_H */
