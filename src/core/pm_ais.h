/*
 * pm_ais.h: AIS position reports (pings) to activity intervals, in plain C.
 *
 * A ship's pings are sorted by time; duplicates (same time), unusable
 * reports (no position, or a position outside the globe) and impossible
 * jumps are dropped and counted in the interval that spans them (of the two
 * ends of a jump, the one fewer of the next pings can reach); each pair
 * of consecutive kept pings is an interval sailed in a straight line in
 * longitude/latitude at constant speed.  An interval longer than the
 * maximum gap is a gap: its hours are reported, never counted as activity.
 * Intervals are then split at UTC day boundaries and at zone boundaries;
 * each piece takes its share of the interval's hours and geodesic length by
 * the fraction of the interval it covers, so pieces add up exactly.
 */
#ifndef PM_AIS_H
#define PM_AIS_H

#include "pm_core.h"
#include "pm_geo.h"

/* Microseconds per UTC day and hour (PostgreSQL timestamps are UTC microseconds). */
#define PM_USECS_PER_DAY INT64_C(86400000000)
#define PM_USECS_PER_HOUR 3600000000.0

/* ITU-R M.1371-5 placeholders for "not available" */
#define PM_AIS_LAT_NA 91.0
#define PM_AIS_LON_NA 181.0
#define PM_AIS_SOG_NA 102.3		/* 1023 in tenths of a knot */
#define PM_AIS_STATUS_NA 15

typedef struct PmPing
{
	int64_t		t;				/* microseconds (PostgreSQL timestamptz) */
	double		lon,
				lat;			/* degrees; NaN when the report has no usable position */
	double		sog;			/* knots; NaN when not available */
	double		draught_m;		/* NaN when not available */
	int32_t		nav_status;		/* 0..14; -1 when not available */
	int32_t		seq;			/* arrival order: breaks ties between reports of equal content only */
} PmPing;

typedef enum PmSpeedSource
{
	PM_SPEED_SOG,				/* mean of the two reports' speed over ground */
	PM_SPEED_DERIVED,			/* geodesic distance / hours (a report without SOG) */
	PM_SPEED_NONE				/* zero hours: no speed */
} PmSpeedSource;

extern const char *const pm_speed_source_names[];

typedef struct PmAisOptions
{
	double		max_gap_h;		/* a longer interval is a gap */
	double		max_speed_kn;	/* a ping implying a faster move from the last kept one is rejected */
} PmAisOptions;

#define PM_AIS_DEFAULT_MAX_GAP_H 6.0
#define PM_AIS_DEFAULT_MAX_SPEED_KN 50.0

/* At a jump, how many of the next usable pings decide which of the two is the bad fix. */
#define PM_AIS_LOOKAHEAD 4

typedef struct PmInterval
{
	int64_t		t0,
				t1;
	double		lon0,
				lat0,
				lon1,
				lat1;			/* lon1 within (-180, 180]; the segment goes the short way */
	double		hours,
				distance_nm,
				speed_kn;		/* NaN for speed source none */
	PmSpeedSource speed_source;
	int32_t		nav_status;		/* of the first report; -1 unknown */
	double		draught_m;		/* of the first report; NaN unknown */
	bool		gap;
	int32_t		duplicates,		/* pings dropped in this interval: same time as a kept one */
				rejected,		/* impossible jumps */
				unusable;		/* no usable position */
} PmInterval;

/* Hours from a to b (microseconds): exact in 64 bits, in doubles only where the difference overflows. */
extern double pm_hours_between(int64_t a, int64_t b);

/* Validate options: a finite positive gap (at most a year) and speed (at most 1000 kn). */
extern bool pm_ais_options_check(const PmAisOptions *opt, PmError *err);

/*
 * Sort the n pings in place and build their intervals into out (room for n
 * intervals); next is scratch for n ints.  Returns the number of intervals.  Counts of dropped pings
 * after the last interval go to the last interval.  A track of one kept
 * ping among others (dropped) is one zero-hour interval at that ping, so
 * that every ping is accounted for; one ping alone has no interval.
 */
extern int	pm_ais_intervals(PmPing *pings, int n, const PmAisOptions *opt, int *next, PmInterval *out);

/* A zone for splitting: its parts, box, validity [from, to) in microseconds and a flag bit. */
typedef struct PmAisZone
{
	PmParts		parts;
	PmBox		box;
	int64_t		valid_from,
				valid_to;
} PmAisZone;

/*
 * One piece of an interval: the interval's fields for the piece (times,
 * positions interpolated, hours and distance by its share) and, in inside
 * (room for nzones), whether each zone contains it (at its midpoint, and in
 * force at its midpoint time).  Gap pieces are split at days only; their
 * inside flags are all false (where the ship was is unknown).
 */
typedef struct PmAisPiece
{
	PmInterval	iv;
	bool	   *inside;
} PmAisPiece;

typedef void (*PmAisEmit) (void *arg, const PmAisPiece *piece);

/*
 * Split an interval at day boundaries and at the boundaries of the zones,
 * calling emit for each piece in order.  The day boundaries: days, the ndays
 * instants strictly inside the interval where a day of the caller's time zone
 * starts (in order), or, if days is NULL, the UTC midnights.  scratch holds
 * pm_ais_split_scratch(zones, nzones, interval, days, ndays) doubles; inside
 * nzones bools.
 */
extern size_t pm_ais_split_scratch(const PmAisZone *zones, int nzones, const PmInterval *iv,
								   const int64_t *days, size_t ndays);
extern void pm_ais_split(const PmInterval *iv, const int64_t *days, size_t ndays,
						 const PmAisZone *zones, int nzones,
						 double *scratch, bool *inside, PmAisEmit emit, void *arg);

#endif							/* PM_AIS_H */
