/*
 * pm_core.c: error reporting and number scanning shared by the plain C parsers.
 */
#include "pm_core.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/shortest_dec.h"

void		(*pm_interrupt_hook) (void) = NULL;

bool
pm_fail(PmError *err, PmErrorKind kind, const char *fmt,...)
{
	va_list		ap;

	err->kind = kind;
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	return false;
}

const char *
pm_skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
		   *p == '\v' || *p == '\f')
		p++;
	return p;
}

const char *
pm_snippet(const char *p, char *buf)
{
	return pm_snippet_n(p, SIZE_MAX, buf);
}

const char *
pm_snippet_n(const char *p, size_t n, char *buf)
{
	size_t		i;

	for (i = 0; i < PM_SNIPPET_LEN - 4 && i < n && p[i] != '\0'; i++)
		buf[i] = (p[i] >= 0x20 && p[i] < 0x7f) ? p[i] : '?';
	if (i < n && p[i] != '\0')
	{
		memcpy(buf + i, "...", 3);
		i += 3;
	}
	buf[i] = '\0';
	return buf;
}

bool
pm_word_eq(const char *p, size_t n, const char *word)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		if (word[i] == '\0' || pm_to_upper(p[i]) != pm_to_upper(word[i]))
			return false;
	}
	return word[n] == '\0';
}

bool
pm_scan_double(const char **pp, double *out, const char *what, PmError *err)
{
	const char *start = *pp;
	const char *p = start;
	char		tmp[128];
	char		snip[PM_SNIPPET_LEN];
	size_t		len;
	bool		digits = false;
	double		val;
	char	   *end;

	if (*p == '+' || *p == '-')
		p++;
	while (pm_is_digit(*p))
	{
		p++;
		digits = true;
	}
	if (*p == '.')
	{
		p++;
		while (pm_is_digit(*p))
		{
			p++;
			digits = true;
		}
	}
	if (!digits)
		return pm_fail(err, PM_ERR_SYNTAX, "%s: expected a number at \"%s\"",
					   what, pm_snippet(start, snip));
	if (*p == 'e' || *p == 'E')
	{
		const char *q = p + 1;

		if (*q == '+' || *q == '-')
			q++;
		if (!pm_is_digit(*q))
			return pm_fail(err, PM_ERR_SYNTAX,
						   "%s: malformed exponent in \"%s\"", what, pm_snippet(start, snip));
		while (pm_is_digit(*q))
			q++;
		p = q;
	}
	len = (size_t) (p - start);
	if (len >= sizeof(tmp))
		return pm_fail(err, PM_ERR_SYNTAX, "%s: number too long at \"%s\"",
					   what, pm_snippet(start, snip));
	memcpy(tmp, start, len);
	tmp[len] = '\0';

	errno = 0;
	val = strtod(tmp, &end);

	/*
	 * Like float8in: ERANGE with a result of 0 or infinity is a real
	 * overflow or underflow; ERANGE with a subnormal result is accepted, so
	 * that every value the type can print also reads back.
	 */
	if (errno == ERANGE && (val == 0.0 || !isfinite(val)))
		return pm_fail(err, PM_ERR_RANGE,
					   "%s: \"%s\" is out of range for double precision", what, tmp);
	if (end != tmp + len)
		return pm_fail(err, PM_ERR_SYNTAX, "%s: malformed number \"%s\"", what, tmp);
	if (val == 0.0)
		val = 0.0;				/* fold -0 into 0 so equal values have equal bits */
	*out = val;
	*pp = p;
	return true;
}

int
pm_format_double(double d, char *buf)
{
	if (d == 0.0)
		d = 0.0;				/* never print "-0" */
	return double_to_shortest_decimal_buf(d, buf);
}
