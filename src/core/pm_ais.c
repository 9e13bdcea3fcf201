/*
 * pm_ais.c: AIS pings to intervals and intervals to pieces (see pm_ais.h).
 */
#include "pm_ais.h"

#include <math.h>
#include <stdlib.h>

const char *const pm_speed_source_names[] = {"sog", "derived", "none"};

bool
pm_ais_options_check(const PmAisOptions *opt, PmError *err)
{
	if (!(opt->max_gap_h > 0 && opt->max_gap_h <= 24 * 366))
		return pm_fail(err, PM_ERR_RANGE, "max_gap must lie in (0, 366 days], got %g hours", opt->max_gap_h);
	if (!isfinite(opt->max_speed_kn))
		return pm_fail(err, PM_ERR_PARAM, "max_speed_kn must be a finite number, got %g", opt->max_speed_kn);
	if (!(opt->max_speed_kn > 0 && opt->max_speed_kn <= 1000))
		return pm_fail(err, PM_ERR_RANGE, "max_speed_kn must lie in (0, 1000], got %g", opt->max_speed_kn);
	return true;
}

/* NaN after every number, and -0 before 0, so that the order is total */
static int
cmp_nan_last(double a, double b)
{
	if (isnan(a) || isnan(b))
		return isnan(a) - isnan(b);
	if (a == b)
		return (signbit(b) != 0) - (signbit(a) != 0);
	return a < b ? -1 : 1;
}

/*
 * By time, then by content: reports at one time come out in the same order
 * whatever the order they were read in, so the track does not depend on it.
 */
static int
cmp_ping(const void *a, const void *b)
{
	const PmPing *x = a,
			   *y = b;
	int			c;

	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	if ((c = cmp_nan_last(x->lon, y->lon)) != 0 || (c = cmp_nan_last(x->lat, y->lat)) != 0 ||
		(c = cmp_nan_last(x->sog, y->sog)) != 0 || (c = cmp_nan_last(x->draught_m, y->draught_m)) != 0)
		return c;
	if (x->nav_status != y->nav_status)
		return x->nav_status < y->nav_status ? -1 : 1;
	return x->seq < y->seq ? -1 : (x->seq > y->seq ? 1 : 0);	/* equal content: either */
}

/*
 * Hours from a to b: the microseconds subtracted exactly in 64 bits (a
 * double holds a timestamp past the year 2285 only to the millisecond), in
 * doubles only where the difference itself overflows.
 */
double
pm_hours_between(int64_t a, int64_t b)
{
	int64_t		d;

	if (__builtin_sub_overflow(b, a, &d))
		return ((double) b - (double) a) / PM_USECS_PER_HOUR;
	return (double) d / PM_USECS_PER_HOUR;
}

/* The interval from ping a to ping b, with the counts of the pings dropped between them. */
static void
make_interval(const PmPing *a, const PmPing *b, const PmAisOptions *opt, double metres, PmInterval *iv)
{
	iv->t0 = a->t;
	iv->t1 = b->t;
	iv->lon0 = a->lon;
	iv->lat0 = a->lat;
	iv->lon1 = b->lon;
	iv->lat1 = b->lat;
	iv->hours = pm_hours_between(a->t, b->t);
	iv->distance_nm = metres / PM_NM_METRES;
	/* a SOG faster than a ship may move is no speed (AIS codes 102.2 as "102.2 knots or higher") */
	if (isfinite(a->sog) && isfinite(b->sog) && a->sog <= opt->max_speed_kn && b->sog <= opt->max_speed_kn)
	{
		iv->speed_kn = (a->sog + b->sog) / 2;
		iv->speed_source = PM_SPEED_SOG;
	}
	else
	{
		iv->speed_kn = iv->distance_nm / iv->hours;
		iv->speed_source = PM_SPEED_DERIVED;
	}
	iv->nav_status = a->nav_status;
	iv->draught_m = a->draught_m;
	iv->gap = iv->hours > opt->max_gap_h;
}

/* Could a ship at a be at b, metres away, moving no faster than the options allow? (Never at the same time.) */
static bool
within_speed(const PmPing *a, const PmPing *b, double metres, const PmAisOptions *opt)
{
	return a->t != b->t && metres / PM_NM_METRES <= opt->max_speed_kn * fabs(pm_hours_between(a->t, b->t));
}

static bool
reachable(const PmPing *a, const PmPing *b, const PmAisOptions *opt)
{
	return a->t != b->t && within_speed(a, b, pm_geodesic_m(a->lat, a->lon, b->lat, b->lon), opt);
}

/*
 * next[j]: the first ping after j that may decide a jump: usable, and at a
 * time no usable ping before it has (n: none).  Built once, so that a
 * lookahead costs PM_AIS_LOOKAHEAD steps even over a long run of reports at
 * one time or without a position (scanning those at every jump was
 * quadratic).
 */
static void
lookahead_links(const PmPing *pings, int n, int *next)
{
	bool		have_usable = false;
	int64_t		last_usable_t = 0;
	int			j,
				after = n;

	/* next[j] first marks whether j itself decides, then becomes the link */
	for (j = 0; j < n; j++)
	{
		next[j] = !isnan(pings[j].lon) && (!have_usable || pings[j].t != last_usable_t);
		if (!isnan(pings[j].lon))
		{
			have_usable = true;
			last_usable_t = pings[j].t;
		}
	}
	for (j = n - 1; j >= 0; j--)
	{
		bool		decides = next[j];

		next[j] = after;
		if (decides)
			after = j;
	}
}

/* Of the next PM_AIS_LOOKAHEAD deciding pings after pings[i], how many a ship at from could reach. */
static int
reachable_ahead(const PmPing *pings, const int *next, int n, int i, const PmPing *from, const PmAisOptions *opt)
{
	int			seen,
				found = 0,
				j;

	for (seen = 0, j = next[i]; j < n && seen < PM_AIS_LOOKAHEAD; seen++, j = next[j])
		found += reachable(from, &pings[j], opt);
	return found;
}

/*
 * Of two reports at one time (kept, then p), keep the one nearer the track:
 * the start of the last interval, or at the track's start the next report
 * that may decide a jump.  On a tie the first in cmp_ping's order stays, so
 * whichever of several reports at one time is kept, it does not depend on the
 * order they were read in.  last: the interval that ends at kept (NULL: none).
 */
static void
keep_nearer_duplicate(const PmPing *pings, const int *next, int n, int i, const PmAisOptions *opt,
					  const PmPing *before, const PmPing **kept, PmInterval *last)
{
	const PmPing *p = &pings[i];
	const PmPing *ref = last != NULL ? before : (next[i] < n ? &pings[next[i]] : NULL);
	double		to_p;
	PmInterval	redone;

	if (ref == NULL)
		return;
	to_p = pm_geodesic_m(ref->lat, ref->lon, p->lat, p->lon);
	if (!(to_p < pm_geodesic_m(ref->lat, ref->lon, (*kept)->lat, (*kept)->lon)))
		return;
	if (last != NULL)
	{
		if (!within_speed(before, p, to_p, opt))
			return;
		make_interval(before, p, opt, to_p, &redone);
		redone.duplicates = last->duplicates;
		redone.rejected = last->rejected;
		redone.unusable = last->unusable;
		*last = redone;
	}
	*kept = p;
}

int
pm_ais_intervals(PmPing *pings, int n, const PmAisOptions *opt, int *next, PmInterval *out)
{
	const PmPing *kept = NULL,	/* the end of the last interval (or the track's first ping) */
			   *before = NULL;	/* the start of the last interval */
	int			count = 0,
				duplicates = 0,
				rejected = 0,
				unusable = 0,
				i;
	double		metres;

	/* pings usually come in time order (a table loaded by time, grouped by hashing): then no sort */
	for (i = 1; i < n && cmp_ping(&pings[i - 1], &pings[i]) < 0; i++)
		;
	if (i < n)
		qsort(pings, (size_t) n, sizeof(PmPing), cmp_ping);
	lookahead_links(pings, n, next);
	for (i = 0; i < n; i++)
	{
		const PmPing *p = &pings[i];

		if ((i & 4095) == 4095)
			PM_CHECK_INTERRUPTS();
		if (isnan(p->lon))
		{
			unusable++;
			continue;
		}
		if (kept == NULL)
		{
			kept = p;
			continue;
		}
		if (p->t == kept->t)
		{
			duplicates++;
			keep_nearer_duplicate(pings, next, n, i, opt, before, &kept, count > 0 ? &out[count - 1] : NULL);
			continue;
		}
		/* one geodesic for both the jump test and the interval */
		metres = pm_geodesic_m(kept->lat, kept->lon, p->lat, p->lon);
		if (!within_speed(kept, p, metres, opt))
		{
			/*
			 * A jump: one of the two is a bad fix.  The one the next pings
			 * agree with is right; on a tie, the track so far.  A bad kept
			 * ping is taken back: the track's first, or the end of the last
			 * interval if its start reaches this ping (a bad fix just after
			 * a gap, which a long gap lets through, would otherwise stop
			 * every good ping until the ship is far enough away in time).
			 */
			rejected++;
			if (reachable_ahead(pings, next, n, i, p, opt) <= reachable_ahead(pings, next, n, i, kept, opt))
				continue;
			if (count == 0)
			{
				kept = p;
				continue;
			}
			if (before == NULL)
				continue;
			metres = pm_geodesic_m(before->lat, before->lon, p->lat, p->lon);
			if (!within_speed(before, p, metres, opt))
				continue;
			count--;
			duplicates += out[count].duplicates;
			rejected += out[count].rejected;
			unusable += out[count].unusable;
			kept = before;
		}
		make_interval(kept, p, opt, metres, &out[count]);
		out[count].duplicates = duplicates;
		out[count].rejected = rejected;
		out[count].unusable = unusable;
		duplicates = rejected = unusable = 0;
		count++;
		before = kept;
		kept = p;
	}
	if (count == 0 && kept != NULL && n > 1)
	{
		/* one kept ping and others dropped: a zero-hour interval where it was keeps the counts */
		make_interval(kept, kept, opt, 0, &out[0]);
		out[0].speed_kn = NAN;
		out[0].speed_source = PM_SPEED_NONE;
		out[0].duplicates = out[0].rejected = out[0].unusable = 0;
		count = 1;
	}
	if (count > 0)
	{
		out[count - 1].duplicates += duplicates;
		out[count - 1].rejected += rejected;
		out[count - 1].unusable += unusable;
	}
	return count;
}

/* a - 360 k in (-180, 180] */
static double
wrap180(double a)
{
	while (a > 180)
		a -= 360;
	while (a <= -180)
		a += 360;
	return a;
}

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return x < y ? -1 : (x > y ? 1 : 0);
}

size_t
pm_ais_split_scratch(const PmAisZone *zones, int nzones, const PmInterval *iv,
					 const int64_t *days, size_t ndays)
{
	/* the two ends, the day starts (UTC: at most one a day, plus one), the zones' crossings */
	size_t		n = 2 + (days != NULL ? ndays : (size_t) ((iv->t1 - iv->t0) / PM_USECS_PER_DAY) + 2);
	int			z;

	for (z = 0; z < nzones; z++)
		n += 5 * (size_t) zones[z].parts.npoints + 8;
	return n;
}

void
pm_ais_split(const PmInterval *iv, const int64_t *days, size_t ndays,
			 const PmAisZone *zones, int nzones,
			 double *scratch, bool *inside, PmAisEmit emit, void *arg)
{
	PmXY		p = {wrap180(iv->lon0), iv->lat0};
	PmXY		q = {p.x + wrap180(iv->lon1 - iv->lon0), iv->lat1};
	double		span = (double) (iv->t1 - iv->t0);
	int64_t		day;
	int			nt = 0,
				k,
				z;
	bool		first = true;

	scratch[nt++] = 0;
	if (days != NULL)
	{
		size_t		d;

		for (d = 0; d < ndays; d++)
			scratch[nt++] = (double) (days[d] - iv->t0) / span;
	}
	else
	{
		/* UTC midnights strictly inside the interval (floor division, also before 2000) */
		day = iv->t0 / PM_USECS_PER_DAY - (iv->t0 % PM_USECS_PER_DAY < 0 ? 1 : 0);
		for (day = (day + 1) * PM_USECS_PER_DAY; day < iv->t1; day += PM_USECS_PER_DAY)
			scratch[nt++] = (double) (day - iv->t0) / span;
	}
	if (!iv->gap && (p.x != q.x || p.y != q.y))
		for (z = 0; z < nzones; z++)
			nt = pm_segment_crossings(&zones[z].parts, &zones[z].box, p, q, scratch, nt,
									  nt + 5 * zones[z].parts.npoints + 8);
	scratch[nt++] = 1;
	qsort(scratch + 1, (size_t) (nt - 2), sizeof(double), cmp_double);

	if (iv->t1 == iv->t0)
	{
		/* a zero-hour interval (a track of one kept ping): one piece, where the ship was */
		PmAisPiece	piece;

		piece.iv = *iv;
		for (z = 0; z < nzones; z++)
			inside[z] = iv->t0 >= zones[z].valid_from && iv->t0 < zones[z].valid_to &&
				pm_point_in_zone(&zones[z].parts, &zones[z].box, p.x, p.y);
		piece.inside = inside;
		emit(arg, &piece);
		return;
	}
	for (k = 0; k + 1 < nt; k++)
	{
		double		a = scratch[k],
					b = scratch[k + 1],
					m = (a + b) / 2;
		PmAisPiece	piece;
		int64_t		tm;

		if (b <= a)
			continue;
		PM_CHECK_INTERRUPTS();
		piece.iv = *iv;
		piece.iv.t0 = a == 0 ? iv->t0 : iv->t0 + llround(a * span);
		piece.iv.t1 = b == 1 ? iv->t1 : iv->t0 + llround(b * span);
		if (piece.iv.t1 <= piece.iv.t0)
			continue;
		piece.iv.lon0 = wrap180(p.x + a * (q.x - p.x));
		piece.iv.lat0 = p.y + a * (q.y - p.y);
		piece.iv.lon1 = wrap180(p.x + b * (q.x - p.x));
		piece.iv.lat1 = p.y + b * (q.y - p.y);
		piece.iv.hours = (double) (piece.iv.t1 - piece.iv.t0) / PM_USECS_PER_HOUR;
		piece.iv.distance_nm = iv->distance_nm * (b - a);
		if (!first)
			piece.iv.duplicates = piece.iv.rejected = piece.iv.unusable = 0;
		first = false;
		tm = piece.iv.t0 + (piece.iv.t1 - piece.iv.t0) / 2;
		for (z = 0; z < nzones; z++)
			inside[z] = !iv->gap && tm >= zones[z].valid_from && tm < zones[z].valid_to &&
				pm_point_in_zone(&zones[z].parts, &zones[z].box,
								 p.x + m * (q.x - p.x), p.y + m * (q.y - p.y));
		piece.inside = inside;
		emit(arg, &piece);
	}
}
