/*
 * pm_voyage.c: voyage text literal, validation and packed encoding (plain C).
 */
#include "pm_voyage.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PM_IMO_MIN 1000000
#define PM_IMO_MAX 9999999

/* Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm). */
static int64_t
days_from_civil(int64_t y, int m, int d)
{
	int64_t		era;
	int64_t		yoe;
	int64_t		doy;
	int64_t		doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(int64_t z, int *y, int *m, int *d)
{
	int64_t		era;
	int64_t		doe;
	int64_t		yoe;
	int64_t		doy;
	int64_t		mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = (int) (yoe + era * 400 + (*m <= 2));
}

/* Days from 1970-01-01 to 2000-01-01, PostgreSQL's timestamp epoch. */
#define PG_EPOCH_DAYS 10957

static int
days_in_month(int y, int m)
{
	static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool		leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return (m == 2 && leap) ? 29 : mdays[m - 1];
}

/* Read exactly n digits at *pp into *out. */
static bool
fixed_digits(const char **pp, int n, int *out)
{
	const char *p = *pp;
	int			v = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		if (!pm_is_digit(p[i]))
			return false;
		v = v * 10 + (p[i] - '0');
	}
	*out = v;
	*pp = p + n;
	return true;
}

bool
pm_timestamp_parse(const char **pp, int64_t *ts, const char *what, PmError *err)
{
	const char *start = *pp;
	const char *p = start;
	int			y,
				mo,
				d,
				h,
				mi,
				s = 0;
	int64_t		usec = 0;
	int64_t		offset_sec = 0;
	int64_t		value;
	char		snip[PM_SNIPPET_LEN];

	if (!fixed_digits(&p, 4, &y) || *p++ != '-' ||
		!fixed_digits(&p, 2, &mo) || *p++ != '-' ||
		!fixed_digits(&p, 2, &d) || (*p != 'T' && *p != 't') ||
		!(p++, fixed_digits(&p, 2, &h)) || *p++ != ':' ||
		!fixed_digits(&p, 2, &mi))
		return pm_fail(err, PM_ERR_SYNTAX,
					   "%s: expected an ISO 8601 timestamp like 2024-03-01T08:00:00Z at \"%s\"",
					   what, pm_snippet(start, snip));
	if (*p == ':')
	{
		p++;
		if (!fixed_digits(&p, 2, &s))
			return pm_fail(err, PM_ERR_SYNTAX, "%s: malformed seconds in \"%s\"",
						   what, pm_snippet(start, snip));
		if (*p == '.')
		{
			int			ndig = 0;

			p++;
			while (pm_is_digit(*p))
			{
				if (++ndig > 6)
					return pm_fail(err, PM_ERR_SYNTAX,
								   "%s: more than 6 fractional digits of seconds in \"%s\"",
								   what, pm_snippet(start, snip));
				usec = usec * 10 + (*p++ - '0');
			}
			if (ndig == 0)
				return pm_fail(err, PM_ERR_SYNTAX, "%s: malformed fraction in \"%s\"",
							   what, pm_snippet(start, snip));
			while (ndig++ < 6)
				usec *= 10;
		}
	}
	if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) ||
		h > 23 || mi > 59 || s > 59)
		return pm_fail(err, PM_ERR_RANGE, "%s: date or time field out of range in \"%s\"",
					   what, pm_snippet(start, snip));

	if (*p == 'Z' || *p == 'z')
		p++;
	else if (*p == '+' || *p == '-')
	{
		int			sign = (*p == '-') ? -1 : 1;
		int			oh,
					om = 0;

		p++;
		if (!fixed_digits(&p, 2, &oh))
			return pm_fail(err, PM_ERR_SYNTAX, "%s: malformed zone offset in \"%s\"",
						   what, pm_snippet(start, snip));
		if (*p == ':')
		{
			p++;
			if (!fixed_digits(&p, 2, &om))
				return pm_fail(err, PM_ERR_SYNTAX, "%s: malformed zone offset in \"%s\"",
							   what, pm_snippet(start, snip));
		}
		else if (pm_is_digit(*p) && !fixed_digits(&p, 2, &om))
			return pm_fail(err, PM_ERR_SYNTAX, "%s: malformed zone offset in \"%s\"",
						   what, pm_snippet(start, snip));
		if (oh > 15 || om > 59)
			return pm_fail(err, PM_ERR_RANGE, "%s: zone offset out of range in \"%s\"",
						   what, pm_snippet(start, snip));
		offset_sec = sign * (oh * 3600 + om * 60);
	}
	else
		return pm_fail(err, PM_ERR_SYNTAX,
					   "%s: a time zone is required (Z or +hh:mm) in \"%s\"",
					   what, pm_snippet(start, snip));

	value = (days_from_civil(y, mo, d) - PG_EPOCH_DAYS) * PM_USECS_PER_DAY +
		((int64_t) h * 3600 + mi * 60 + s - offset_sec) * PM_USECS_PER_SEC + usec;
	if (value < PM_TS_MIN || value > PM_TS_MAX)
		return pm_fail(err, PM_ERR_RANGE,
					   "%s: timestamp out of range (years 0001 to 9999 UTC) in \"%s\"",
					   what, pm_snippet(start, snip));
	*ts = value;
	*pp = p;
	return true;
}

/* Write v as exactly n decimal digits, zero-padded. */
static char *
put_digits(char *p, int v, int n)
{
	int			i;

	for (i = n - 1; i >= 0; i--)
	{
		p[i] = (char) ('0' + v % 10);
		v /= 10;
	}
	return p + n;
}

int
pm_timestamp_format(int64_t ts, char *buf)
{
	int64_t		days = ts / PM_USECS_PER_DAY;
	int64_t		rem = ts % PM_USECS_PER_DAY;
	int			y,
				mo,
				d;
	int			secs;
	int			usec;
	char	   *p = buf;

	if (rem < 0)
	{
		rem += PM_USECS_PER_DAY;
		days--;
	}
	civil_from_days(days + PG_EPOCH_DAYS, &y, &mo, &d);
	secs = (int) (rem / PM_USECS_PER_SEC);
	usec = (int) (rem % PM_USECS_PER_SEC);
	/* YYYY-MM-DDTHH:MM:SS[.ffffff]Z without printf: this runs for every row of a COPY */
	p = put_digits(p, y, 4);
	*p++ = '-';
	p = put_digits(p, mo, 2);
	*p++ = '-';
	p = put_digits(p, d, 2);
	*p++ = 'T';
	p = put_digits(p, secs / 3600, 2);
	*p++ = ':';
	p = put_digits(p, (secs / 60) % 60, 2);
	*p++ = ':';
	p = put_digits(p, secs % 60, 2);
	if (usec != 0)
	{
		int			ndig = 6;

		while (usec % 10 == 0)
		{
			usec /= 10;
			ndig--;
		}
		*p++ = '.';
		p = put_digits(p, usec, ndig);
	}
	*p++ = 'Z';
	*p = '\0';
	return (int) (p - buf);
}

bool
pm_imo_valid(int32_t imo)
{
	static const int weights[6] = {7, 6, 5, 4, 3, 2};
	int			digits[7];
	int			sum = 0;
	int			i;

	if (imo < PM_IMO_MIN || imo > PM_IMO_MAX)
		return false;
	for (i = 6; i >= 0; i--)
	{
		digits[i] = imo % 10;
		imo /= 10;
	}
	for (i = 0; i < 6; i++)
		sum += digits[i] * weights[i];
	return sum % 10 == digits[6];
}

bool
pm_fuel_code_normalize(const char *s, size_t len, char *out, PmError *err)
{
	size_t		i;
	char		snip[PM_SNIPPET_LEN];

	if (len == 0)
		return pm_fail(err, PM_ERR_SYNTAX, "empty fuel code");
	if (len > PM_FUEL_CODE_MAX)
		return pm_fail(err, PM_ERR_SYNTAX, "fuel code longer than %d characters at \"%s\"",
					   PM_FUEL_CODE_MAX, pm_snippet_n(s, len, snip));
	for (i = 0; i < len; i++)
	{
		char		c = pm_to_upper(s[i]);

		if (!((c >= 'A' && c <= 'Z') || pm_is_digit(c) || c == '_'))
			return pm_fail(err, PM_ERR_SYNTAX,
						   "fuel code may hold only A-Z, 0-9 and _, found \"%s\"",
						   pm_snippet_n(s + i, len - i, snip));
		out[i] = c;
	}
	out[len] = '\0';
	return true;
}

/* Canonical order of fuel uses: code, then no sulphur before sulphur, then sulphur. */
static int
fuel_use_key_cmp(const PmFuelUse *a, const PmFuelUse *b)
{
	int			c = strcmp(a->code, b->code);

	if (c != 0)
		return c;
	if (a->has_sulphur != b->has_sulphur)
		return a->has_sulphur ? 1 : -1;
	if (a->has_sulphur && a->sulphur_pct != b->sulphur_pct)
		return a->sulphur_pct < b->sulphur_pct ? -1 : 1;
	return 0;
}

static int
fuel_use_qsort_cmp(const void *a, const void *b)
{
	return fuel_use_key_cmp((const PmFuelUse *) a, (const PmFuelUse *) b);
}

/* A finite, non-negative quantity; folds -0 into 0.  The field is "what" or "what of fuel". */
static bool
check_quantity(double *x, const char *what, const char *fuel, PmError *err)
{
	if (isfinite(*x) && *x >= 0)
	{
		if (*x == 0.0)
			*x = 0.0;
		return true;
	}
	if (!isfinite(*x))
		return pm_fail(err, PM_ERR_PARAM, "%s%s%s must be a finite number", what,
					   fuel ? " of " : "", fuel ? fuel : "");
	return pm_fail(err, PM_ERR_RANGE, "%s%s%s must not be negative", what,
				   fuel ? " of " : "", fuel ? fuel : "");
}

bool
pm_voyage_validate(PmVoyage *v, PmError *err)
{
	int			i;

	if (v->has_imo && !pm_imo_valid(v->imo))
	{
		if (v->imo < PM_IMO_MIN || v->imo > PM_IMO_MAX)
			return pm_fail(err, PM_ERR_RANGE, "IMO number %d must lie between 1000000 and 9999999 (seven digits, the first not 0)", v->imo);
		return pm_fail(err, PM_ERR_PARAM, "IMO number %d fails its check digit", v->imo);
	}
	if (!v->has_imo)
		v->imo = 0;
	if (!pm_locode_valid(v->origin) || !pm_locode_valid(v->destination))
		return pm_fail(err, PM_ERR_RANGE, "origin or destination is not a valid UN/LOCODE");
	if (v->departure < PM_TS_MIN || v->departure > PM_TS_MAX ||
		v->arrival < PM_TS_MIN || v->arrival > PM_TS_MAX)
		return pm_fail(err, PM_ERR_RANGE,
					   "departure and arrival must lie in years 0001 to 9999 UTC");
	if (v->arrival < v->departure)
	{
		char		dep[32],
					arr[32];

		pm_timestamp_format(v->departure, dep);
		pm_timestamp_format(v->arrival, arr);
		return pm_fail(err, PM_ERR_PARAM, "arrival %s is before departure %s", arr, dep);
	}
	if (v->has_distance && !check_quantity(&v->distance_nm, "distance_nm", NULL, err))
		return false;
	if (!v->has_distance)
		v->distance_nm = 0;
	if (v->has_cargo && !check_quantity(&v->cargo_t, "cargo_t", NULL, err))
		return false;
	if (!v->has_cargo)
		v->cargo_t = 0;
	if (v->nfuels < 0 || v->nfuels > PM_MAX_FUEL_USES)
		return pm_fail(err, PM_ERR_RANGE, "a voyage holds at most %d fuel uses",
					   PM_MAX_FUEL_USES);

	for (i = 0; i < v->nfuels; i++)
	{
		PmFuelUse  *f = &v->fuels[i];
		size_t		len = strnlen(f->code, PM_FUEL_CODE_MAX + 1);

		if (!pm_fuel_code_normalize(f->code, len, f->code, err))
			return false;
		if (!check_quantity(&f->tonnes, "tonnes", f->code, err))
			return false;
		if (f->has_sulphur)
		{
			if (!check_quantity(&f->sulphur_pct, "sulphur_pct", f->code, err))
				return false;
			if (f->sulphur_pct > 100)
				return pm_fail(err, PM_ERR_RANGE, "sulphur_pct of %s must lie between 0 and 100 %%",
							   f->code);
		}
		else
			f->sulphur_pct = 0;
	}
	qsort(v->fuels, (size_t) v->nfuels, sizeof(PmFuelUse), fuel_use_qsort_cmp);
	for (i = 1; i < v->nfuels; i++)
	{
		if (fuel_use_key_cmp(&v->fuels[i - 1], &v->fuels[i]) == 0)
			return pm_fail(err, PM_ERR_PARAM,
						   "fuel %s is listed twice with the same sulphur; give its total once",
						   v->fuels[i].code);
	}
	return true;
}

/* ---------- text input ---------- */

typedef enum VoyageKey
{
	KEY_IMO,
	KEY_ORIGIN,
	KEY_DESTINATION,
	KEY_DEPARTURE,
	KEY_ARRIVAL,
	KEY_DISTANCE,
	KEY_CARGO,
	KEY_FUELS,
	NUM_KEYS
} VoyageKey;

static const char *const key_names[NUM_KEYS] = {
	"imo", "origin", "destination", "departure", "arrival", "distance_nm", "cargo_t", "fuels"
};

#define KNOWN_KEYS "imo, origin, destination, departure, arrival, distance_nm, cargo_t, fuels"

static bool
parse_imo(const char **pp, PmVoyage *v, PmError *err)
{
	const char *p = *pp;
	int			value = 0;
	int			n = 0;
	char		snip[PM_SNIPPET_LEN];

	if (pm_word_eq(p, 3, "imo"))
		p += 3;
	while (pm_is_digit(*p) && n < 8)
	{
		value = value * 10 + (*p++ - '0');
		n++;
	}
	if (n != 7 || pm_is_digit(*p))
		return pm_fail(err, PM_ERR_SYNTAX, "IMO number: expected 7 digits at \"%s\"",
					   pm_snippet(*pp, snip));
	v->has_imo = true;
	v->imo = value;
	*pp = p;
	return true;
}

static bool
parse_locode_value(const char **pp, int32_t *code, const char *what, PmError *err)
{
	const char *start = *pp;
	const char *p = start;
	PmError		inner;
	char		snip[PM_SNIPPET_LEN];

	/* letters, digits and at most one inner space ("US LAX") */
	while (pm_is_alpha(*p) || pm_is_digit(*p) ||
		   (*p == ' ' && p - start == 2 && (pm_is_alpha(p[1]) || pm_is_digit(p[1]))))
		p++;
	if (!pm_locode_parse(start, (size_t) (p - start), code, &inner))
		return pm_fail(err, inner.kind, "%s: \"%s\": %s", what,
					   pm_snippet(start, snip), inner.detail);
	*pp = p;
	return true;
}

/*
 * One fuel use: CODE  NUMBER t  [S=NUMBER%]
 */
static bool
parse_fuel_use(const char **pp, PmFuelUse *f, PmError *err)
{
	const char *p = *pp;
	const char *code = p;
	char		snip[PM_SNIPPET_LEN];

	while (pm_is_alpha(*p) || pm_is_digit(*p) || *p == '_')
		p++;
	if (!pm_fuel_code_normalize(code, (size_t) (p - code), f->code, err))
		return false;
	if (pm_skip_ws(p) == p)
		return pm_fail(err, PM_ERR_SYNTAX, "fuels: expected a space after fuel code %s",
					   f->code);
	p = pm_skip_ws(p);
	if (!pm_scan_double(&p, &f->tonnes, "fuels", err))
		return false;
	p = pm_skip_ws(p);
	if (*p != 't')
		return pm_fail(err, PM_ERR_SYNTAX,
					   "fuels: expected the unit t after the tonnes of %s at \"%s\"",
					   f->code, pm_snippet(p, snip));
	p++;
	if (pm_is_alpha(*p) || pm_is_digit(*p))
		return pm_fail(err, PM_ERR_SYNTAX, "fuels: unexpected \"%s\" after the tonnes of %s",
					   pm_snippet(p - 1, snip), f->code);
	f->has_sulphur = false;
	p = pm_skip_ws(p);
	if (*p == 'S' || *p == 's')
	{
		p = pm_skip_ws(p + 1);
		if (*p != '=')
			return pm_fail(err, PM_ERR_SYNTAX, "fuels: expected S=<percent>%% for %s",
						   f->code);
		p = pm_skip_ws(p + 1);
		if (!pm_scan_double(&p, &f->sulphur_pct, "fuels", err))
			return false;
		p = pm_skip_ws(p);
		if (*p != '%')
			return pm_fail(err, PM_ERR_SYNTAX,
						   "fuels: expected %% after the sulphur of %s at \"%s\"",
						   f->code, pm_snippet(p, snip));
		p++;
		f->has_sulphur = true;
	}
	*pp = p;
	return true;
}

static bool
parse_fuels(const char **pp, PmVoyage *v, PmError *err)
{
	const char *p = *pp;
	char		snip[PM_SNIPPET_LEN];

	if (*p != '[')
		return pm_fail(err, PM_ERR_SYNTAX, "fuels: expected [ at \"%s\"", pm_snippet(p, snip));
	p = pm_skip_ws(p + 1);
	if (*p == ']')
	{
		*pp = p + 1;
		return true;
	}
	for (;;)
	{
		if (v->nfuels == PM_MAX_FUEL_USES)
			return pm_fail(err, PM_ERR_RANGE, "fuels: a voyage holds at most %d fuel uses",
						   PM_MAX_FUEL_USES);
		if (!parse_fuel_use(&p, &v->fuels[v->nfuels], err))
			return false;
		v->nfuels++;
		p = pm_skip_ws(p);
		if (*p == ']')
			break;
		if (*p != ',')
			return pm_fail(err, PM_ERR_SYNTAX, "fuels: expected , or ] at \"%s\"",
						   pm_snippet(p, snip));
		p = pm_skip_ws(p + 1);
	}
	*pp = p + 1;
	return true;
}

static bool
parse_value(VoyageKey key, const char **pp, PmVoyage *v, PmError *err)
{
	switch (key)
	{
		case KEY_IMO:
			return parse_imo(pp, v, err);
		case KEY_ORIGIN:
			return parse_locode_value(pp, &v->origin, "origin", err);
		case KEY_DESTINATION:
			return parse_locode_value(pp, &v->destination, "destination", err);
		case KEY_DEPARTURE:
			return pm_timestamp_parse(pp, &v->departure, "departure", err);
		case KEY_ARRIVAL:
			return pm_timestamp_parse(pp, &v->arrival, "arrival", err);
		case KEY_DISTANCE:
			v->has_distance = true;
			return pm_scan_double(pp, &v->distance_nm, "distance_nm", err);
		case KEY_CARGO:
			v->has_cargo = true;
			return pm_scan_double(pp, &v->cargo_t, "cargo_t", err);
		case KEY_FUELS:
			return parse_fuels(pp, v, err);
		default:
			return pm_fail(err, PM_ERR_SYNTAX, "unknown key");
	}
}

bool
pm_voyage_parse(const char *text, PmVoyage *v, PmError *err)
{
	const char *p = pm_skip_ws(text);
	bool		seen[NUM_KEYS] = {false};
	char		snip[PM_SNIPPET_LEN];
	int			k;

	memset(v, 0, sizeof(*v));
	if (*p == '\0')
		return pm_fail(err, PM_ERR_SYNTAX, "empty voyage; required keys: origin, destination, departure, arrival");

	for (;;)
	{
		const char *key = p;
		size_t		keylen;
		VoyageKey	found = NUM_KEYS;

		while (pm_is_alpha(*p) || *p == '_')
			p++;
		keylen = (size_t) (p - key);
		if (keylen == 0)
			return pm_fail(err, PM_ERR_SYNTAX, "expected a key at \"%s\"", pm_snippet(key, snip));
		for (k = 0; k < NUM_KEYS && found == NUM_KEYS; k++)
			if (pm_word_eq(key, keylen, key_names[k]))
				found = (VoyageKey) k;
		if (found == NUM_KEYS)
		{
			char		name[PM_SNIPPET_LEN];

			snprintf(name, sizeof(name), "%.*s", (int) (keylen < 24 ? keylen : 24), key);
			return pm_fail(err, PM_ERR_SYNTAX, "unknown key \"%s\"; known keys: " KNOWN_KEYS,
						   pm_snippet(name, snip));
		}
		if (seen[found])
			return pm_fail(err, PM_ERR_SYNTAX, "key \"%s\" appears twice", key_names[found]);
		seen[found] = true;

		p = pm_skip_ws(p);
		if (*p != '=')
			return pm_fail(err, PM_ERR_SYNTAX, "expected = after key \"%s\"", key_names[found]);
		p = pm_skip_ws(p + 1);
		if (!parse_value(found, &p, v, err))
			return false;
		p = pm_skip_ws(p);
		if (*p == '\0')
			break;
		if (*p != ',')
			return pm_fail(err, PM_ERR_SYNTAX, "expected , or end of input after %s at \"%s\"",
						   key_names[found], pm_snippet(p, snip));
		p = pm_skip_ws(p + 1);
	}

	for (k = KEY_ORIGIN; k <= KEY_ARRIVAL; k++)
		if (!seen[k])
			return pm_fail(err, PM_ERR_SYNTAX, "missing required key \"%s\"", key_names[k]);
	return pm_voyage_validate(v, err);
}

/* ---------- text output ---------- */

static char *
put_str(char *p, const char *s)
{
	size_t		n = strlen(s);

	memcpy(p, s, n);
	return p + n;
}

static char *
put_double(char *p, double d)
{
	return p + pm_format_double(d, p);
}

/*
 * The longest output: keys and separators about 150 bytes, two timestamps of
 * 27, two numbers of at most 24 (PM_DOUBLE_BUFLEN - 8), and 16 fuel uses of
 * at most 2 + 32 + 1 + 24 + 2 + 3 + 24 + 1 bytes: under 1,700 < PM_VOYAGE_TEXT_MAX.
 * Written with memcpy and Ryu, not printf: it runs for every row of a COPY.
 */
void
pm_voyage_format(const PmVoyage *v, char *buf)
{
	char	   *p = buf;
	int			i;

	if (v->has_imo)
	{
		p = put_str(p, "imo=");
		p = put_digits(p, v->imo, 7);
		p = put_str(p, ", ");
	}
	p = put_str(p, "origin=");
	pm_locode_format(v->origin, p);
	p += PM_LOCODE_LEN;
	p = put_str(p, ", destination=");
	pm_locode_format(v->destination, p);
	p += PM_LOCODE_LEN;
	p = put_str(p, ", departure=");
	p += pm_timestamp_format(v->departure, p);
	p = put_str(p, ", arrival=");
	p += pm_timestamp_format(v->arrival, p);
	if (v->has_distance)
	{
		p = put_str(p, ", distance_nm=");
		p = put_double(p, v->distance_nm);
	}
	if (v->has_cargo)
	{
		p = put_str(p, ", cargo_t=");
		p = put_double(p, v->cargo_t);
	}
	if (v->nfuels > 0)
	{
		p = put_str(p, ", fuels=[");
		for (i = 0; i < v->nfuels; i++)
		{
			if (i > 0)
				p = put_str(p, ", ");
			p = put_str(p, v->fuels[i].code);
			*p++ = ' ';
			p = put_double(p, v->fuels[i].tonnes);
			p = put_str(p, " t");
			if (v->fuels[i].has_sulphur)
			{
				p = put_str(p, " S=");
				p = put_double(p, v->fuels[i].sulphur_pct);
				*p++ = '%';
			}
		}
		*p++ = ']';
	}
	*p = '\0';
}

/* ---------- packed encoding ---------- */

#define FLAG_IMO 0x01
#define FLAG_DISTANCE 0x02
#define FLAG_CARGO 0x04
#define FUEL_HAS_SULPHUR 0x80

#define PUT(p, x) (memcpy((p), &(x), sizeof(x)), (p) += sizeof(x))

size_t
pm_voyage_encode(const PmVoyage *v, uint8_t *buf)
{
	uint8_t    *p = buf;
	int			i;

	*p++ = (uint8_t) ((v->has_imo ? FLAG_IMO : 0) |
					  (v->has_distance ? FLAG_DISTANCE : 0) |
					  (v->has_cargo ? FLAG_CARGO : 0));
	*p++ = (uint8_t) v->nfuels;
	if (v->has_imo)
		PUT(p, v->imo);
	PUT(p, v->origin);
	PUT(p, v->destination);
	PUT(p, v->departure);
	PUT(p, v->arrival);
	if (v->has_distance)
		PUT(p, v->distance_nm);
	if (v->has_cargo)
		PUT(p, v->cargo_t);
	for (i = 0; i < v->nfuels; i++)
	{
		const PmFuelUse *f = &v->fuels[i];
		size_t		len = strlen(f->code);

		*p++ = (uint8_t) (len | (f->has_sulphur ? FUEL_HAS_SULPHUR : 0));
		memcpy(p, f->code, len);
		p += len;
		PUT(p, f->tonnes);
		if (f->has_sulphur)
			PUT(p, f->sulphur_pct);
	}
	return (size_t) (p - buf);
}

#define GET(p, end, x) \
	do { \
		if ((size_t) ((end) - (p)) < sizeof(x)) \
			return false; \
		memcpy(&(x), (p), sizeof(x)); \
		(p) += sizeof(x); \
	} while (0)

bool
pm_voyage_decode(const uint8_t *buf, size_t len, PmVoyage *v)
{
	const uint8_t *p = buf;
	const uint8_t *end = buf + len;
	uint8_t		flags;
	int			i;

	if (len < 2)
		return false;
	flags = *p++;
	v->nfuels = *p++;
	if (v->nfuels > PM_MAX_FUEL_USES)
		return false;
	v->has_imo = (flags & FLAG_IMO) != 0;
	v->has_distance = (flags & FLAG_DISTANCE) != 0;
	v->has_cargo = (flags & FLAG_CARGO) != 0;
	v->imo = 0;
	v->distance_nm = 0;
	v->cargo_t = 0;
	if (v->has_imo)
		GET(p, end, v->imo);
	GET(p, end, v->origin);
	GET(p, end, v->destination);
	GET(p, end, v->departure);
	GET(p, end, v->arrival);
	if (v->has_distance)
		GET(p, end, v->distance_nm);
	if (v->has_cargo)
		GET(p, end, v->cargo_t);
	for (i = 0; i < v->nfuels; i++)
	{
		PmFuelUse  *f = &v->fuels[i];
		size_t		clen;

		if (p >= end)
			return false;
		clen = *p & ~FUEL_HAS_SULPHUR;
		f->has_sulphur = (*p & FUEL_HAS_SULPHUR) != 0;
		p++;
		if (clen == 0 || clen > PM_FUEL_CODE_MAX || (size_t) (end - p) < clen)
			return false;
		memcpy(f->code, p, clen);
		f->code[clen] = '\0';
		p += clen;
		GET(p, end, f->tonnes);
		f->sulphur_pct = 0;
		if (f->has_sulphur)
			GET(p, end, f->sulphur_pct);
	}
	return p == end;
}

/* ---------- ordering ---------- */

#define CMP(a, b) do { if ((a) != (b)) return (a) < (b) ? -1 : 1; } while (0)

int
pm_voyage_cmp(const PmVoyage *a, const PmVoyage *b)
{
	int			i;

	CMP(a->departure, b->departure);
	CMP(a->arrival, b->arrival);
	CMP(a->origin, b->origin);
	CMP(a->destination, b->destination);
	CMP(a->has_imo, b->has_imo);
	CMP(a->imo, b->imo);
	CMP(a->has_distance, b->has_distance);
	CMP(a->distance_nm, b->distance_nm);
	CMP(a->has_cargo, b->has_cargo);
	CMP(a->cargo_t, b->cargo_t);
	for (i = 0; i < a->nfuels && i < b->nfuels; i++)
	{
		int			c = fuel_use_key_cmp(&a->fuels[i], &b->fuels[i]);

		if (c != 0)
			return c;
		CMP(a->fuels[i].tonnes, b->fuels[i].tonnes);
	}
	CMP(a->nfuels, b->nfuels);
	return 0;
}
