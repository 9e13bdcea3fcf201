/*
 * pm_locode.c: UN/LOCODE parsing and packing (plain C).
 */
#include "pm_locode.h"

#include <stdio.h>
#include <string.h>

/* Rank of a location character in ASCII order: '2'..'9' -> 0..7, 'A'..'Z' -> 8..33. */
static int
location_rank(char c)
{
	c = pm_to_upper(c);
	if (c >= '2' && c <= '9')
		return c - '2';
	if (c >= 'A' && c <= 'Z')
		return 8 + (c - 'A');
	return -1;
}

static char
location_char(int rank)
{
	return rank < 8 ? (char) ('2' + rank) : (char) ('A' + rank - 8);
}

/* A character as text that is valid in any encoding: itself or \xNN. */
static const char *
char_repr(char c, char *buf)
{
	if (c >= 0x20 && c < 0x7f)
		snprintf(buf, 8, "%c", c);
	else
		snprintf(buf, 8, "\\x%02X", (unsigned char) c);
	return buf;
}

bool
pm_locode_valid(int32_t code)
{
	return code >= 0 && code <= PM_LOCODE_MAX;
}

bool
pm_locode_parse(const char *s, size_t len, int32_t *code, PmError *err)
{
	const char *end = s + len;
	char		chars[PM_LOCODE_LEN];
	int			n = 0;
	int32_t		value = 0;
	char		shown[8];
	int			i;

	while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
		s++;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'))
		end--;

	for (; s < end; s++)
	{
		if (*s == ' ' && n == 2 && s + 1 < end && s[1] != ' ')
			continue;			/* the one space WPI writes: "US LAX" */
		if ((unsigned char) *s >= 0x80)	/* before counting: one such character is several bytes */
			return pm_fail(err, PM_ERR_SYNTAX, "a UN/LOCODE holds only the letters A-Z and digits 2-9, found a non-ASCII character");
		if (n == PM_LOCODE_LEN)
			return pm_fail(err, PM_ERR_SYNTAX, "a UN/LOCODE has exactly 5 characters");
		chars[n++] = *s;
	}
	if (n != PM_LOCODE_LEN)
		return pm_fail(err, PM_ERR_SYNTAX, "a UN/LOCODE has exactly 5 characters");

	for (i = 0; i < 2; i++)
	{
		if (!pm_is_alpha(chars[i]))
			return pm_fail(err, PM_ERR_SYNTAX,
						   "country code must be 2 letters A-Z, found \"%s\"",
						   char_repr(chars[i], shown));
		value = value * 26 + (pm_to_upper(chars[i]) - 'A');
	}
	for (i = 2; i < PM_LOCODE_LEN; i++)
	{
		int			rank = location_rank(chars[i]);

		if (rank < 0)
			return pm_fail(err, PM_ERR_SYNTAX,
						   "location code must be 3 characters of A-Z or 2-9, found \"%s\"",
						   char_repr(chars[i], shown));
		value = value * 34 + rank;
	}
	*code = value;
	return true;
}

void
pm_locode_format(int32_t code, char *buf)
{
	int			i;

	for (i = PM_LOCODE_LEN - 1; i >= 2; i--)
	{
		buf[i] = location_char(code % 34);
		code /= 34;
	}
	buf[1] = (char) ('A' + code % 26);
	buf[0] = (char) ('A' + code / 26);
	buf[PM_LOCODE_LEN] = '\0';
}
