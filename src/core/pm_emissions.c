/*
 * pm_emissions.c: emissions text literal and CO2-equivalent (plain C).
 */
#include "pm_emissions.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const pollutant_names[PM_NPOLLUTANTS] = {
	"CO2", "CH4", "N2O", "NOx", "SOx", "PM10", "PM2.5", "CO", "HC", "BC"
};

static const char *const pollutant_json_keys[PM_NPOLLUTANTS] = {
	"co2_t", "ch4_t", "n2o_t", "nox_t", "sox_t", "pm10_t", "pm2_5_t", "co_t", "hc_t", "bc_t"
};

/* Other spellings analysts use for the same quantity. */
static const struct
{
	const char *alias;
	PmPollutant pollutant;
}			pollutant_aliases[] = {
	{"SO2", PM_SOX},			/* SOx is reported as SO2 */
	{"PM25", PM_PM25},
	{"PM2_5", PM_PM25},
};

/*
 * GWP100 of CH4 and N2O relative to CO2.
 * AR4: IPCC Fourth Assessment Report, WG I, Table 2.14 (CH4 25, N2O 298);
 *      the set used by FuelEU Maritime (Regulation (EU) 2023/1805, Annex I).
 * AR5: IPCC Fifth Assessment Report, WG I, Table 8.7, without climate-carbon
 *      feedbacks (CH4 28, N2O 265).
 */
static const struct
{
	const char *name;
	double		ch4;
	double		n2o;
}			gwp_sets[] = {
	{"AR4", 25, 298},
	{"AR5", 28, 265},
};

const char *
pm_pollutant_name(PmPollutant p)
{
	return pollutant_names[p];
}

const char *
pm_pollutant_json_key(PmPollutant p)
{
	return pollutant_json_keys[p];
}

int
pm_pollutant_lookup(const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < PM_NPOLLUTANTS; i++)
		if (pm_word_eq(s, len, pollutant_names[i]))
			return (int) i;
	for (i = 0; i < sizeof(pollutant_aliases) / sizeof(pollutant_aliases[0]); i++)
		if (pm_word_eq(s, len, pollutant_aliases[i].alias))
			return (int) pollutant_aliases[i].pollutant;
	return -1;
}

bool
pm_gwp_lookup(const char *name, size_t len, double *ch4, double *n2o)
{
	size_t		i;

	for (i = 0; i < sizeof(gwp_sets) / sizeof(gwp_sets[0]); i++)
	{
		if (pm_word_eq(name, len, gwp_sets[i].name))
		{
			*ch4 = gwp_sets[i].ch4;
			*n2o = gwp_sets[i].n2o;
			return true;
		}
	}
	return false;
}

double
pm_emissions_co2e(const PmEmissions *e, double gwp_ch4, double gwp_n2o)
{
	return e->t[PM_CO2] + gwp_ch4 * e->t[PM_CH4] + gwp_n2o * e->t[PM_N2O];
}

void
pm_emissions_set_unknown(PmEmissions *e)
{
	int			i;

	for (i = 0; i < PM_NPOLLUTANTS; i++)
		e->t[i] = PM_UNKNOWN;
}

#define UNKNOWN_WORD "unknown"

/* Does s start with the lower-case word w, in any case? */
static bool
pm_word_is(const char *s, const char *w)
{
	for (; *w; s++, w++)
		if (*s != *w && !(*s >= 'A' && *s <= 'Z' && *s - 'A' + 'a' == *w))
			return false;
	return true;
}

bool
pm_emissions_parse(const char *text, PmEmissions *e, PmError *err)
{
	const char *p = pm_skip_ws(text);
	bool		seen[PM_NPOLLUTANTS] = {false};
	char		snip[PM_SNIPPET_LEN];

	pm_emissions_set_unknown(e);
	if (*p == '\0')
		return pm_fail(err, PM_ERR_SYNTAX,
					   "empty emissions; write at least one pollutant, e.g. CO2=0 t, or unknown");
	if (pm_word_is(p, UNKNOWN_WORD) && *pm_skip_ws(p + strlen(UNKNOWN_WORD)) == '\0')
		return true;
	for (;;)
	{
		const char *name = p;
		int			idx;
		char		what[16];

		while (pm_is_alpha(*p) || pm_is_digit(*p) || *p == '.' || *p == '_')
			p++;
		if (p == name)
			return pm_fail(err, PM_ERR_SYNTAX, "expected a pollutant name at \"%s\"",
						   pm_snippet(name, snip));
		idx = pm_pollutant_lookup(name, (size_t) (p - name));
		if (idx < 0)
		{
			char		token[PM_SNIPPET_LEN];
			int			n = (int) (p - name);

			snprintf(token, sizeof(token), "%.*s", n < 24 ? n : 24, name);
			return pm_fail(err, PM_ERR_SYNTAX, "unknown pollutant \"%s\"; known: " PM_KNOWN_POLLUTANTS,
						   pm_snippet(token, snip));
		}
		if (seen[idx])
			return pm_fail(err, PM_ERR_SYNTAX, "pollutant %s appears twice",
						   pollutant_names[idx]);
		seen[idx] = true;
		p = pm_skip_ws(p);
		if (*p != '=')
			return pm_fail(err, PM_ERR_SYNTAX, "expected = after %s", pollutant_names[idx]);
		p = pm_skip_ws(p + 1);
		snprintf(what, sizeof(what), "%s", pollutant_names[idx]);
		if (!pm_scan_double(&p, &e->t[idx], what, err))
			return false;
		p = pm_skip_ws(p);
		if (*p == 't')
			p = pm_skip_ws(p + 1);
		if (*p == '\0')
			break;
		if (*p != ',')
			return pm_fail(err, PM_ERR_SYNTAX,
						   "expected , or end of input after %s at \"%s\" (masses are in t)",
						   pollutant_names[idx], pm_snippet(p, snip));
		p = pm_skip_ws(p + 1);
	}
	return true;
}

void
pm_emissions_format(const PmEmissions *e, char *buf)
{
	char	   *p = buf;
	char		num[PM_DOUBLE_BUFLEN];
	bool		any = false;
	int			i;

	for (i = 0; i < PM_NPOLLUTANTS; i++)
	{
		if (!pm_is_known(e->t[i]))
			continue;
		pm_format_double(e->t[i], num);
		p += sprintf(p, "%s%s=%s t", any ? ", " : "", pollutant_names[i], num);
		any = true;
	}
	if (!any)
		strcpy(buf, UNKNOWN_WORD);
}
