/*
 * fuzz_wkb.c: libFuzzer driver for the WKB parser and the route measures
 * (src/core/pm_geo.c).  The input is parsed both as a route and as a zone; what
 * parses is measured against a fixed zone or route.  Properties: no crash or
 * sanitizer report; the error contract of fuzzing.h; lengths finite and
 * non-negative; the length inside a zone never exceeds the route's length
 * by more than rounding.
 */
#include <math.h>

#include "fuzzing.h"
#include "pm_geo.h"

static void *
fuzz_alloc(size_t size)
{
	void	   *p = malloc(size > 0 ? size : 1);

	if (p == NULL)
		abort();
	return p;
}

static void
free_parts(PmParts *p)
{
	free(p->part_start);
	free(p->points);
	free(p->polygon_start);
}

/* A box zone 1..3 x -1..1 and a route across it, as WKB (little-endian). */
static const uint8_t box_wkb[] = {
	1, 3, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0xf0, 0xbf,	/* 1 -1 */
	0, 0, 0, 0, 0, 0, 0x08, 0x40, 0, 0, 0, 0, 0, 0, 0xf0, 0xbf,	/* 3 -1 */
	0, 0, 0, 0, 0, 0, 0x08, 0x40, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f,	/* 3 1 */
	0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f,	/* 1 1 */
	0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0xf0, 0xbf,	/* 1 -1 */
};
static const uint8_t line_wkb[] = {
	1, 2, 0, 0, 0, 2, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0 0 */
	0, 0, 0, 0, 0, 0, 0x10, 0x40, 0, 0, 0, 0, 0, 0, 0, 0,	/* 4 0 */
};

static void
check_share(const PmParts *route, const PmParts *zone)
{
	double	   *scratch = fuzz_alloc(sizeof(double) * (5 * (size_t) zone->npoints + 8));
	double		total = pm_route_length_nm(route);
	double		inside = pm_route_inside_nm(route, zone, scratch);

	FUZZ_CHECK(isfinite(total) && total >= 0, "route length %g", total);
	FUZZ_CHECK(isfinite(inside) && inside >= 0, "inside length %g", inside);
	/* pieces are measured geodesically between planar split points: allow 1 % */
	FUZZ_CHECK(inside <= total * 1.01 + 1e-6, "inside %g exceeds the route length %g", inside, total);
	/* the zone indexed by latitude band gives the same crossings and tests, so the same length */
	if (zone->npoints > 0)
	{
		PmParts		indexed = *zone;
		PmBox		box = pm_parts_box(zone);
		double		inside_indexed;

		pm_zone_index(&indexed, &box, fuzz_alloc);
		inside_indexed = pm_route_inside_nm(route, &indexed, scratch);
		FUZZ_CHECK(inside_indexed == inside, "indexed zone: %.17g, every edge: %.17g", inside_indexed, inside);
		free(indexed.index->band_start);
		free(indexed.index->band_edges);
		free(indexed.index->edge_end);
		free(indexed.index->edge_band);
		free(indexed.index->edge_group);
		free(indexed.index->parity);
		free(indexed.index);
	}
	free(scratch);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	PmParts		route,
				zone,
				fixed;
	PmError		err;

	if (size > 1 << 16)
		return 0;
	memset(err.detail, 'x', sizeof(err.detail));
	if (pm_wkb_parse(data, size, false, "route", fuzz_alloc, &route, &err))
	{
		FUZZ_CHECK(pm_wkb_parse(box_wkb, sizeof(box_wkb), true, "zone", fuzz_alloc, &fixed, &err),
				   "the fixed box must parse: %s", err.detail);
		if (route.npoints <= 64)
			check_share(&route, &fixed);
		free_parts(&fixed);
		free_parts(&route);
	}
	else
		fuzz_check_error(&err, "(wkb)");

	memset(err.detail, 'x', sizeof(err.detail));
	if (pm_wkb_parse(data, size, true, "zone", fuzz_alloc, &zone, &err))
	{
		FUZZ_CHECK(pm_wkb_parse(line_wkb, sizeof(line_wkb), false, "route", fuzz_alloc, &fixed, &err),
				   "the fixed route must parse: %s", err.detail);
		if (zone.npoints <= 4096)
			check_share(&fixed, &zone);
		free_parts(&fixed);
		free_parts(&zone);
	}
	else
		fuzz_check_error(&err, "(wkb)");
	return 0;
}
