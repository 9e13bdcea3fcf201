/*
 * pm_geo.c: WKB parsing, geodesic route lengths and route/zone shares (plain C).
 */
#include "pm_geo.h"

#include <geodesic.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---------- WKB ---------- */

typedef struct WkbReader
{
	const uint8_t *p;
	const uint8_t *end;
} WkbReader;

static bool
read_bytes(WkbReader *r, void *dst, size_t n, bool swap)
{
	uint8_t    *d = dst;
	size_t		i;

	if ((size_t) (r->end - r->p) < n)
		return false;
	for (i = 0; i < n; i++)
		d[i] = swap ? r->p[n - 1 - i] : r->p[i];
	r->p += n;
	return true;
}

static bool
host_is_little_endian(void)
{
	uint16_t	one = 1;

	return *(uint8_t *) &one == 1;
}

#define WKB_LINESTRING 2
#define WKB_POLYGON 3
#define WKB_MULTILINESTRING 5
#define WKB_MULTIPOLYGON 6

typedef struct WkbHeader
{
	bool		swap;
	uint32_t	type;			/* 2D base type */
	int			ndims;
} WkbHeader;

static bool
read_header(WkbReader *r, WkbHeader *h, const char *what, PmError *err)
{
	uint8_t		order;
	uint32_t	type;

	if (!read_bytes(r, &order, 1, false) || order > 1)
		return pm_fail(err, PM_ERR_PARAM, "%s: malformed WKB (byte order)", what);
	h->swap = (order == 1) != host_is_little_endian();
	if (!read_bytes(r, &type, 4, h->swap))
		return pm_fail(err, PM_ERR_PARAM, "%s: truncated WKB", what);
	/* EWKB flags (PostGIS): Z 0x80000000, M 0x40000000, SRID 0x20000000 */
	h->ndims = 2 + ((type & 0x80000000u) ? 1 : 0) + ((type & 0x40000000u) ? 1 : 0);
	if (type & 0x20000000u)
	{
		uint32_t	srid;

		if (!read_bytes(r, &srid, 4, h->swap))
			return pm_fail(err, PM_ERR_PARAM, "%s: truncated WKB", what);
	}
	type &= 0x0fffffffu;
	/* ISO WKB: 1000s Z, 2000s M, 3000s ZM */
	if (type >= 3000)
		h->ndims = 4;
	else if (type >= 1000)
		h->ndims = 3;
	h->type = type % 1000;
	return true;
}

static const char *
type_name(uint32_t type)
{
	switch (type)
	{
		case 1:
			return "a Point";
		case 2:
			return "a LineString";
		case 3:
			return "a Polygon";
		case 4:
			return "a MultiPoint";
		case 5:
			return "a MultiLineString";
		case 6:
			return "a MultiPolygon";
		case 7:
			return "a GeometryCollection";
		default:
			return "an unsupported geometry type";
	}
}

/* Count parts and points first, then fill, so one allocation of each suffices. */
typedef struct WkbCount
{
	int			nparts;
	int			npoints;
} WkbCount;

static bool
read_count(WkbReader *r, bool swap, uint32_t *n, const char *what, PmError *err)
{
	if (!read_bytes(r, n, 4, swap))
		return pm_fail(err, PM_ERR_PARAM, "%s: truncated WKB", what);
	if (*n > (uint32_t) ((r->end - r->p)))
		return pm_fail(err, PM_ERR_PARAM, "%s: malformed WKB (count %u beyond the data)", what, *n);
	return true;
}

static bool
read_points(WkbReader *r, const WkbHeader *h, PmParts *out, bool fill, const char *what, PmError *err)
{
	uint32_t	n,
				i;

	if (!read_count(r, h->swap, &n, what, err))
		return false;
	if (fill)
		out->part_start[out->nparts] = out->npoints;
	for (i = 0; i < n; i++)
	{
		double		c[4];
		int			d;

		if ((i & 0xFFFF) == 0)
			PM_CHECK_INTERRUPTS();
		for (d = 0; d < h->ndims; d++)
			if (!read_bytes(r, &c[d], 8, h->swap))
				return pm_fail(err, PM_ERR_PARAM, "%s: truncated WKB", what);
		if (!isfinite(c[0]) || !isfinite(c[1]))
			return pm_fail(err, PM_ERR_PARAM, "%s: coordinate %u is not a finite number", what, i + 1);
		if (c[1] < -90 || c[1] > 90)
			return pm_fail(err, PM_ERR_RANGE, "%s: latitude %g beyond +-90 degrees", what, c[1]);
		if (c[0] < -540 || c[0] > 540)
			return pm_fail(err, PM_ERR_RANGE, "%s: longitude %g beyond +-540 degrees", what, c[0]);
		if (fill)
		{
			out->points[out->npoints].x = c[0];
			out->points[out->npoints].y = c[1];
		}
		out->npoints++;
	}
	out->nparts++;
	return true;
}

static bool
read_geometry(WkbReader *r, bool want_polygon, int depth, PmParts *out, bool fill,
			  const char *what, PmError *err)
{
	WkbHeader	h;
	uint32_t	n,
				i;

	if (!read_header(r, &h, what, err))
		return false;
	if (depth == 0 && want_polygon && h.type != WKB_POLYGON && h.type != WKB_MULTIPOLYGON)
		return pm_fail(err, PM_ERR_PARAM, "%s must be a Polygon or MultiPolygon, not %s", what, type_name(h.type));
	if (depth == 0 && !want_polygon && h.type != WKB_LINESTRING && h.type != WKB_MULTILINESTRING)
		return pm_fail(err, PM_ERR_PARAM, "%s must be a LineString or MultiLineString, not %s", what, type_name(h.type));
	switch (h.type)
	{
		case WKB_LINESTRING:
			return read_points(r, &h, out, fill, what, err);
		case WKB_POLYGON:
			if (!read_count(r, h.swap, &n, what, err))
				return false;
			if (fill)
				out->polygon_start[out->npolygons] = out->nparts;
			out->npolygons++;
			for (i = 0; i < n; i++)
				if (!read_points(r, &h, out, fill, what, err))
					return false;
			return true;
		case WKB_MULTILINESTRING:
		case WKB_MULTIPOLYGON:
			if (depth > 0)
				return pm_fail(err, PM_ERR_PARAM, "%s: malformed WKB (nested collection)", what);
			if (!read_count(r, h.swap, &n, what, err))
				return false;
			for (i = 0; i < n; i++)
			{
				const uint8_t *before = r->p;
				WkbHeader	inner;

				if (!read_header(r, &inner, what, err))
					return false;
				if (inner.type != (h.type == WKB_MULTIPOLYGON ? WKB_POLYGON : WKB_LINESTRING))
					return pm_fail(err, PM_ERR_PARAM, "%s: malformed WKB (member %u is %s)", what, i + 1,
								   type_name(inner.type));
				r->p = before;
				if (!read_geometry(r, want_polygon, depth + 1, out, fill, what, err))
					return false;
			}
			return true;
		default:
			return pm_fail(err, PM_ERR_PARAM, "%s: malformed WKB (type %u)", what, h.type);
	}
}

bool
pm_wkb_parse(const uint8_t *wkb, size_t len, bool want_polygon, const char *what,
			 PmAlloc alloc, PmParts *out, PmError *err)
{
	WkbReader	r = {wkb, wkb + len};

	memset(out, 0, sizeof(*out));
	out->is_polygon = want_polygon;
	if (!read_geometry(&r, want_polygon, 0, out, false, what, err))
		return false;
	if (r.p != r.end)
		return pm_fail(err, PM_ERR_PARAM, "%s: malformed WKB (extra bytes)", what);
	out->part_start = alloc(sizeof(int) * (size_t) (out->nparts + 1));
	out->points = alloc(sizeof(PmXY) * (size_t) (out->npoints > 0 ? out->npoints : 1));
	out->polygon_start = alloc(sizeof(int) * (size_t) (out->npolygons + 1));
	out->nparts = 0;
	out->npoints = 0;
	out->npolygons = 0;
	r.p = wkb;
	if (!read_geometry(&r, want_polygon, 0, out, true, what, err))
		return false;
	out->part_start[out->nparts] = out->npoints;
	out->polygon_start[out->npolygons] = out->nparts;
	return true;
}

/* ---------- geodesics ---------- */

static const struct geod_geodesic *
wgs84(void)
{
	static struct geod_geodesic g;
	static bool initialised = false;

	if (!initialised)
	{
		/* WGS 84: a = 6378137 m, f = 1/298.257223563 */
		geod_init(&g, 6378137.0, 1.0 / 298.257223563);
		initialised = true;
	}
	return &g;
}

double
pm_geodesic_m(double lat1, double lon1, double lat2, double lon2)
{
	double		s12;

	if (lat1 == lat2 && lon1 == lon2)
		return 0;				/* a ship at rest reports one position again and again */
	geod_inverse(wgs84(), lat1, lon1, lat2, lon2, &s12, NULL, NULL);
	return s12;
}

double
pm_route_length_nm(const PmParts *route)
{
	double		metres = 0;
	int			part,
				i;

	for (part = 0; part < route->nparts; part++)
		for (i = route->part_start[part] + 1; i < route->part_start[part + 1]; i++)
		{
			if ((i & 4095) == 0)
				PM_CHECK_INTERRUPTS();	/* a route of millions of vertices takes seconds */
			metres += pm_geodesic_m(route->points[i - 1].y, route->points[i - 1].x,
									route->points[i].y, route->points[i].x);
		}
	return metres / PM_NM_METRES;
}

/* ---------- route inside a zone ---------- */

/* Even-odd test of a point against the rings first .. last - 1 of the zone. */
static bool
inside_rings(const PmParts *zone, int first, int last, double px, double py)
{
	bool		inside = false;
	int			ring,
				i,
				j;

	for (ring = first; ring < last; ring++)
	{
		int			start = zone->part_start[ring];
		int			end = zone->part_start[ring + 1];

		for (i = start, j = end - 1; i < end; j = i++)
		{
			const PmXY *a = &zone->points[i];
			const PmXY *b = &zone->points[j];

			if ((a->y > py) != (b->y > py) &&
				px < (b->x - a->x) * (py - a->y) / (b->y - a->y) + a->x)
				inside = !inside;
		}
	}
	return inside;
}

/* The band of a latitude (clamped: latitudes outside the zone's are tested against its box first). */
static inline int
band_of(const PmZoneIndex *idx, double y)
{
	double		k = floor((y - idx->y0) / idx->band_h);

	/* !(k > 0) also takes NaN (never expected: band_h > 0) to band 0, never to an int */
	return !(k > 0) ? 0 : (k >= idx->nbands ? idx->nbands - 1 : (int) k);
}

/* The first and last band of the edge from point i to point j. */
static inline void
edge_bands(const PmParts *zone, const PmZoneIndex *idx, int i, int j, int *lo, int *hi)
{
	double		ya = zone->points[i].y,
				yb = zone->points[j].y;

	*lo = band_of(idx, ya < yb ? ya : yb);
	*hi = band_of(idx, ya < yb ? yb : ya);
}

/*
 * Visit every edge (i, j) of the zone: count its bands into entries, and
 * with counts (nbands + 1, a difference array) or fill (cursors) record it.
 */
static size_t
zone_edges_walk(const PmParts *zone, PmZoneIndex *idx, int *counts, int *fill)
{
	size_t		entries = 0;
	int			ring,
				i,
				k;

	for (ring = 0; ring < zone->nparts; ring++)
	{
		int			start = zone->part_start[ring];
		int			end = zone->part_start[ring + 1];

		for (i = start; i < end; i++)
		{
			int			j = i + 1 < end ? i + 1 : start,
						lo,
						hi;

			if ((i & 4095) == 4095)
				PM_CHECK_INTERRUPTS();
			edge_bands(zone, idx, i, j, &lo, &hi);
			entries += (size_t) (hi - lo + 1);
			if (counts != NULL)
			{
				counts[lo]++;
				counts[hi + 1]--;
			}
			if (fill != NULL)
				for (k = lo; k <= hi; k++)
					idx->band_edges[fill[k]++] = i;
		}
	}
	return entries;
}

typedef struct
{
	double		minx;
	int			group;
} GroupKey;

static int
cmp_group_key(const void *a, const void *b)
{
	const GroupKey *x = a,
			   *y = b;

	if (x->minx != y->minx)
		return x->minx < y->minx ? -1 : 1;
	return x->group - y->group;
}

/*
 * The polygons' boxes and, per band, the polygons with an edge in it, by
 * minx (PmZoneIndex).  A polygon without an edge in a point's band cannot
 * hold the point (its ray crosses only edges of that band), so listing each
 * polygon where it has edges is exact, and bounded by the edge lists: a
 * polygon's box may span far more bands than its edges (two small rings far
 * apart in latitude), and listing it in all of them overflowed.
 */
static void
zone_group_index(const PmParts *zone, PmZoneIndex *idx, PmAlloc alloc)
{
	int			ng = idx->ngroups,
				g,
				i,
				k,
				e,
				widest = 0;
	GroupKey   *keys;

	idx->group_box = alloc(sizeof(PmBox) * (size_t) ng);
	for (g = 0; g < ng; g++)
		idx->group_box[g] = (PmBox) {HUGE_VAL, -HUGE_VAL, HUGE_VAL, -HUGE_VAL};
	for (i = 0; i < zone->npoints; i++)
	{
		PmBox	   *b = &idx->group_box[idx->edge_group[i]];
		const PmXY *pt = &zone->points[i];

		b->minx = pt->x < b->minx ? pt->x : b->minx;
		b->maxx = pt->x > b->maxx ? pt->x : b->maxx;
		b->miny = pt->y < b->miny ? pt->y : b->miny;
		b->maxy = pt->y > b->maxy ? pt->y : b->maxy;
	}
	/* a band's edges come polygon by polygon (ring order): one entry per run */
	idx->group_start = alloc(sizeof(int) * (size_t) (idx->nbands + 1));
	idx->group_start[0] = 0;
	for (k = 0; k < idx->nbands; k++)
	{
		int			runs = 0;

		for (e = idx->band_start[k]; e < idx->band_start[k + 1]; e++)
			runs += e == idx->band_start[k] ||
				idx->edge_group[idx->band_edges[e]] != idx->edge_group[idx->band_edges[e - 1]];
		idx->group_start[k + 1] = idx->group_start[k] + runs;	/* <= the edge entries: no overflow */
		widest = runs > widest ? runs : widest;
	}
	idx->band_groups = alloc(sizeof(int) * (size_t) (idx->group_start[idx->nbands] + 1));
	idx->group_reach = alloc(sizeof(double) * (size_t) (idx->group_start[idx->nbands] + 1));
	keys = alloc(sizeof(GroupKey) * (size_t) (widest + 1));
	for (k = 0; k < idx->nbands; k++)
	{
		int			n = 0;
		double		reach = -HUGE_VAL;

		if ((k & 1023) == 1023)
			PM_CHECK_INTERRUPTS();
		for (e = idx->band_start[k]; e < idx->band_start[k + 1]; e++)
		{
			g = idx->edge_group[idx->band_edges[e]];
			if (n == 0 || keys[n - 1].group != g)
			{
				keys[n].minx = idx->group_box[g].minx;
				keys[n++].group = g;
			}
		}
		qsort(keys, (size_t) n, sizeof(GroupKey), cmp_group_key);
		for (i = 0; i < n; i++)
		{
			double		maxx = idx->group_box[keys[i].group].maxx;

			reach = maxx > reach ? maxx : reach;
			idx->band_groups[idx->group_start[k] + i] = keys[i].group;
			idx->group_reach[idx->group_start[k] + i] = reach;
		}
	}
}

void
pm_zone_index(PmParts *zone, const PmBox *box, PmAlloc alloc)
{
	PmZoneIndex *idx = alloc(sizeof(PmZoneIndex));
	int			n = zone->npoints > 0 ? zone->npoints : 1;
	int			ring,
				group,
				i,
				k,
				run,
				total;

	idx->ngroups = zone->npolygons > 0 ? zone->npolygons : 1;
	idx->edge_end = alloc(sizeof(int) * (size_t) n);
	idx->edge_band = alloc(sizeof(int) * (size_t) n);
	idx->edge_group = alloc(sizeof(int) * (size_t) n);
	idx->y0 = box->miny;

	/*
	 * About two edges a band; fewer bands while long edges (a meridian edge
	 * spans every band) would make the lists more than 8 times the zone.
	 */
	idx->nbands = zone->npoints / 2 > 1 ? (zone->npoints / 2 < 65536 ? zone->npoints / 2 : 65536) : 1;
	for (;;)
	{
		idx->band_h = (box->maxy - box->miny) / idx->nbands;
		if (!(idx->band_h > 0))
		{
			/* no height, or one so small its bands underflow to 0: one band */
			idx->nbands = 1;
			idx->band_h = 1.0;
			break;
		}
		if (idx->nbands == 1 || zone_edges_walk(zone, idx, NULL, NULL) <= 8 * (size_t) zone->npoints + 64)
			break;
		idx->nbands /= 2;
	}
	idx->band_start = alloc(sizeof(int) * (size_t) (idx->nbands + 1));
	memset(idx->band_start, 0, sizeof(int) * (size_t) (idx->nbands + 1));
	zone_edges_walk(zone, idx, idx->band_start, NULL);
	/* the difference array to band sizes, then to the start of each band */
	for (k = 0, run = 0, total = 0; k < idx->nbands; k++)
	{
		run += idx->band_start[k];
		idx->band_start[k] = total;
		total += run;
	}
	idx->band_start[idx->nbands] = total;
	idx->band_edges = alloc(sizeof(int) * (size_t) (total > 0 ? total : 1));
	/* edge_band (npoints >= nbands ints) holds the fill cursors until it is filled below */
	memcpy(idx->edge_band, idx->band_start, sizeof(int) * (size_t) idx->nbands);
	zone_edges_walk(zone, idx, NULL, idx->edge_band);
	for (ring = 0, group = 0; ring < zone->nparts; ring++)
	{
		int			start = zone->part_start[ring];
		int			end = zone->part_start[ring + 1];

		/* the polygon of this ring (rings without polygon structure are one group) */
		while (group + 1 < zone->npolygons && ring >= zone->polygon_start[group + 1])
			group++;
		for (i = start; i < end; i++)
		{
			int			hi;

			idx->edge_end[i] = i + 1 < end ? i + 1 : start;
			edge_bands(zone, idx, i, idx->edge_end[i], &idx->edge_band[i], &hi);
			idx->edge_group[i] = group;
		}
	}
	zone_group_index(zone, idx, alloc);
	zone->index = idx;
}

/* Is the point inside polygon g: the parity of its edges in band k (a run: a band lists edges in ring order). */
static bool
inside_group_indexed(const PmParts *zone, const PmZoneIndex *idx, int k, int g, double px, double py)
{
	int			lo = idx->band_start[k],
				hi = idx->band_start[k + 1],
				e;
	bool		inside = false;

	while (lo < hi)				/* the first edge of polygon g */
	{
		int			mid = lo + (hi - lo) / 2;

		if (idx->edge_group[idx->band_edges[mid]] < g)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (e = lo; e < idx->band_start[k + 1] && idx->edge_group[idx->band_edges[e]] == g; e++)
	{
		int			i = idx->band_edges[e];
		/* the edge from the later point to the earlier, as inside_rings takes it */
		const PmXY *a = &zone->points[idx->edge_end[i]];
		const PmXY *b = &zone->points[i];

		if ((a->y > py) != (b->y > py) &&
			px < (b->x - a->x) * (py - a->y) / (b->y - a->y) + a->x)
			inside = !inside;
	}
	return inside;
}

/*
 * inside_zone with the index: the polygons of the point's band whose box
 * holds it, from the last one starting at or before px back to where no
 * earlier polygon reaches px.
 */
static bool
inside_zone_indexed(const PmParts *zone, double px, double py)
{
	const PmZoneIndex *idx = zone->index;
	int			k = band_of(idx, py),
				lo = idx->group_start[k],
				hi = idx->group_start[k + 1],
				j;

	while (lo < hi)				/* the first polygon whose box starts right of px */
	{
		int			mid = lo + (hi - lo) / 2;

		if (idx->group_box[idx->band_groups[mid]].minx <= px)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (j = lo - 1; j >= idx->group_start[k] && idx->group_reach[j] >= px; j--)
	{
		int			g = idx->band_groups[j];
		const PmBox *b = &idx->group_box[g];

		if (px <= b->maxx && py >= b->miny && py <= b->maxy && inside_group_indexed(zone, idx, k, g, px, py))
			return true;
	}
	return false;
}

/*
 * Is the point inside the zone shifted by dx: inside any of its polygons
 * (a union, so overlapping parts of an invalid MultiPolygon count once).
 */
static bool
inside_zone(const PmParts *zone, double dx, double px, double py)
{
	int			k;

	px -= dx;
	if (zone->index != NULL)
		return inside_zone_indexed(zone, px, py);
	if (zone->npolygons == 0)	/* rings without polygon structure: one even-odd set */
		return inside_rings(zone, 0, zone->nparts, px, py);
	for (k = 0; k < zone->npolygons; k++)
		if (inside_rings(zone, zone->polygon_start[k], zone->polygon_start[k + 1], px, py))
			return true;
	return false;
}

/* Where segment p->q (direction r) crosses edge a->b of the zone shifted by dx: t in (0, 1) appended. */
static inline int
edge_crossing(const PmXY *a, const PmXY *b, double dx, PmXY p, double rx, double ry,
			  double minx, double maxx, double miny, double maxy, double *t, int nt, int max)
{
	double		sx,
				sy,
				den,
				u,
				v;

	if ((a->x < minx && b->x < minx) || (a->x > maxx && b->x > maxx) ||
		(a->y < miny && b->y < miny) || (a->y > maxy && b->y > maxy))
		return nt;
	sx = b->x - a->x;
	sy = b->y - a->y;
	den = rx * sy - ry * sx;
	if (den == 0)
		return nt;				/* parallel: the midpoint tests classify the pieces */
	u = ((a->x + dx - p.x) * sy - (a->y - p.y) * sx) / den;	/* along p->q */
	v = ((a->x + dx - p.x) * ry - (a->y - p.y) * rx) / den;	/* along a->b */
	if (u > 0 && u < 1 && v >= 0 && v <= 1 && nt < max)
		t[nt++] = u;
	return nt;
}

/* Parameters t in (0, 1) where segment p->q crosses an edge of the zone shifted by dx. */
static int
crossings(const PmParts *zone, double dx, PmXY p, PmXY q, double *t, int nt, int max)
{
	double		minx = (p.x < q.x ? p.x : q.x) - dx,
				maxx = (p.x < q.x ? q.x : p.x) - dx,
				miny = p.y < q.y ? p.y : q.y,
				maxy = p.y < q.y ? q.y : p.y;
	double		rx = q.x - p.x,
				ry = q.y - p.y;
	const PmZoneIndex *idx = zone->index;
	int			ring,
				i;

	if (idx != NULL)
	{
		/* the edges of the segment's bands, each once: in the first band both share */
		int			lo = band_of(idx, miny),
					hi = band_of(idx, maxy),
					k,
					e;

		for (k = lo; k <= hi; k++)
			for (e = idx->band_start[k]; e < idx->band_start[k + 1]; e++)
			{
				i = idx->band_edges[e];
				if ((idx->edge_band[i] > lo ? idx->edge_band[i] : lo) != k)
					continue;
				nt = edge_crossing(&zone->points[i], &zone->points[idx->edge_end[i]], dx, p, rx, ry,
								   minx, maxx, miny, maxy, t, nt, max);
			}
		return nt;
	}
	for (ring = 0; ring < zone->nparts; ring++)
	{
		int			start = zone->part_start[ring];
		int			end = zone->part_start[ring + 1];

		for (i = start; i < end; i++)
			nt = edge_crossing(&zone->points[i], &zone->points[i + 1 < end ? i + 1 : start], dx, p, rx, ry,
							   minx, maxx, miny, maxy, t, nt, max);
	}
	return nt;
}

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return x < y ? -1 : (x > y ? 1 : 0);
}

PmBox
pm_parts_box(const PmParts *zone)
{
	PmBox		b = {HUGE_VAL, -HUGE_VAL, HUGE_VAL, -HUGE_VAL};
	int			i;

	for (i = 0; i < zone->npoints; i++)
	{
		const PmXY *pt = &zone->points[i];

		if (pt->x < b.minx)
			b.minx = pt->x;
		if (pt->x > b.maxx)
			b.maxx = pt->x;
		if (pt->y < b.miny)
			b.miny = pt->y;
		if (pt->y > b.maxy)
			b.maxy = pt->y;
	}
	return b;
}

/* a - 360 k in (-180, 180], without remainder() (it is a library call in the hot loop) */
static double
wrap180(double a)
{
	while (a > 180)
		a -= 360;
	while (a <= -180)
		a += 360;
	return a;
}

/*
 * Length (m) of the part of segment p->q (unwrapped planar coordinates, p.x
 * in [-180, 180]) inside the zone; full_m is the segment's geodesic length,
 * reused when the whole segment lies inside.
 */
int
pm_segment_crossings(const PmParts *zone, const PmBox *box, PmXY p, PmXY q, double *t, int nt, int max)
{
	double		sminx = p.x < q.x ? p.x : q.x,
				smaxx = p.x < q.x ? q.x : p.x,
				sminy = p.y < q.y ? p.y : q.y,
				smaxy = p.y < q.y ? q.y : p.y;
	int			s;

	if (smaxy < box->miny || sminy > box->maxy)
		return nt;				/* outside the zone's latitudes */
	for (s = -2; s <= 2; s++)
	{
		double		shift = 360.0 * s;

		if (box->maxx + shift < sminx || box->minx + shift > smaxx)
			continue;			/* this copy cannot meet the segment */
		nt = crossings(zone, shift, p, q, t, nt, max);
	}
	return nt;
}

bool
pm_point_in_zone(const PmParts *zone, const PmBox *box, double x, double y)
{
	int			s;

	if (y < box->miny || y > box->maxy)
		return false;
	for (s = -2; s <= 2; s++)
	{
		double		shift = 360.0 * s;

		if (x >= box->minx + shift && x <= box->maxx + shift && inside_zone(zone, shift, x, y))
			return true;
	}
	return false;
}

/*
 * Length (m) of the part of segment p->q (unwrapped planar coordinates, p.x
 * in [-180, 180]) inside the zone; full_m is the segment's geodesic length,
 * reused when the whole segment lies inside.
 */
static double
segment_inside_m(const PmParts *zone, const PmBox *box, PmXY p, PmXY q, double full_m,
				 double *scratch, int max_t)
{
	double		metres = 0;
	int			nt = 0,
				k;

	if ((p.y > q.y ? p.y : q.y) < box->miny || (p.y < q.y ? p.y : q.y) > box->maxy)
		return 0;				/* outside the zone's latitudes */

	/*
	 * Split the segment where it crosses the zone at any of its 360-degree
	 * shifts, then count each piece once if its midpoint lies inside the
	 * zone at some shift (so zone copies that overlap cannot count a piece
	 * twice).
	 */
	scratch[nt++] = 0;
	nt = pm_segment_crossings(zone, box, p, q, scratch, nt, max_t - 1);
	scratch[nt++] = 1;
	qsort(scratch + 1, (size_t) (nt - 2), sizeof(double), cmp_double);
	for (k = 0; k + 1 < nt; k++)
	{
		double		t0 = scratch[k],
					t1 = scratch[k + 1],
					tm = (t0 + t1) / 2;

		if ((k & 63) == 63)
			PM_CHECK_INTERRUPTS();	/* each piece tests the whole zone: a comb-shaped zone has many */
		if (t1 <= t0 || !pm_point_in_zone(zone, box, p.x + tm * (q.x - p.x), p.y + tm * (q.y - p.y)))
			continue;
		if (t0 == 0 && t1 == 1)
			metres += full_m;	/* the whole segment: its length is known */
		else
			metres += pm_geodesic_m(p.y + t0 * (q.y - p.y), p.x + t0 * (q.x - p.x),
									p.y + t1 * (q.y - p.y), p.x + t1 * (q.x - p.x));
	}
	return metres;
}

void
pm_route_measure(const PmParts *route, const PmParts *zone, double *scratch,
				 double *total_nm, double *inside_nm)
{
	PmBox		box = pm_parts_box(zone);
	double		total = 0,
				inside = 0;
	int			max_t = 5 * zone->npoints + 8;	/* crossings at up to 5 shifts */
	int			part,
				i;

	for (part = 0; part < route->nparts; part++)
	{
		int			start = route->part_start[part];
		PmXY		prev = {0, 0};

		for (i = start; i < route->part_start[part + 1]; i++)
		{
			PmXY		p,
						q = route->points[i];
			double		full_m;

			/* unwrap: the first point to (-180, 180], then each step the short way */
			if (i == start)
			{
				q.x = wrap180(q.x);
				prev = q;
				continue;
			}
			PM_CHECK_INTERRUPTS();
			p = prev;
			q.x = p.x + wrap180(q.x - route->points[i - 1].x);
			prev = q;
			/* the same segment moved by whole turns so that p lies in (-180, 180] */
			{
				double		turns = p.x - wrap180(p.x);

				p.x -= turns;
				q.x -= turns;
			}
			full_m = pm_geodesic_m(p.y, p.x, q.y, q.x);
			total += full_m;
			if (zone->npoints > 0)
				inside += segment_inside_m(zone, &box, p, q, full_m, scratch, max_t);
		}
	}
	*total_nm = total / PM_NM_METRES;
	*inside_nm = inside / PM_NM_METRES;
}

double
pm_route_inside_nm(const PmParts *route, const PmParts *zone, double *scratch)
{
	double		total,
				inside;

	pm_route_measure(route, zone, scratch, &total, &inside);
	return inside;
}

/* ---------- routes for maps: split at the antimeridian ---------- */

/* A longitude in [-180, 180). */
static double
lon180(double x)
{
	x = fmod(x + 180.0, 360.0);
	if (x < 0)
		x += 360.0;
	return x - 180.0;
}

/*
 * Latitude where the geodesic from (lat1, lon1) to (lat2, lon2), lon2
 * unrolled from lon1, reaches the meridian lon_c between them.  Longitude
 * is monotonic along a geodesic, so bisection on the distance converges.
 */
static double
geodesic_crossing_lat(double lat1, double lon1, double lat2, double lon2, double lon_c)
{
	struct geod_geodesicline line;
	double		lo = 0,
				hi,
				lat = lat2,
				lon;
	bool		east = lon2 > lon1;
	int			i;

	if (lon2 == lon_c)
		return lat2;
	if (lon1 == lon_c)
		return lat1;
	geod_inverseline(&line, wgs84(), lat1, lon1, lat2, lon2, GEOD_LATITUDE | GEOD_LONGITUDE | GEOD_DISTANCE_IN);
	hi = line.s13;
	for (i = 0; i < 80 && hi - lo > 1e-9; i++)
	{
		double		mid = 0.5 * (lo + hi);

		geod_genposition(&line, GEOD_LONG_UNROLL, mid, &lat, &lon, NULL, NULL, NULL, NULL, NULL, NULL);
		if ((lon < lon_c) == east)
			lo = mid;
		else
			hi = mid;
	}
	geod_genposition(&line, GEOD_LONG_UNROLL, 0.5 * (lo + hi), &lat, &lon, NULL, NULL, NULL, NULL, NULL, NULL);
	return lat;
}

typedef struct SplitWriter
{
	PmParts    *out;
	int			part_first;		/* first point of the part being written */
} SplitWriter;

static void
split_point(SplitWriter *w, double x, double y)
{
	PmParts    *o = w->out;

	/* a crossing at a vertex would repeat it */
	if (o->npoints > w->part_first && o->points[o->npoints - 1].x == x && o->points[o->npoints - 1].y == y)
		return;
	o->points[o->npoints].x = x;
	o->points[o->npoints].y = y;
	o->npoints++;
}

static void
split_end_part(SplitWriter *w)
{
	PmParts    *o = w->out;

	if (o->npoints - w->part_first >= 2)
	{
		o->nparts++;
		o->part_start[o->nparts] = o->npoints;
	}
	else
		o->npoints = w->part_first;	/* fewer than two points: not a line */
	w->part_first = o->npoints;
}

void
pm_route_split_antimeridian(const PmParts *route, PmAlloc alloc, PmParts *out)
{
	SplitWriter w;
	int			part,
				i;

	/* each segment crosses at most once (it spans at most 180 degrees): 3 points per input point */
	memset(out, 0, sizeof(*out));
	out->points = alloc(sizeof(PmXY) * (3 * (size_t) route->npoints + 1));
	out->part_start = alloc(sizeof(int) * ((size_t) route->nparts + (size_t) route->npoints + 1));
	out->part_start[0] = 0;
	w.out = out;
	w.part_first = 0;
	for (part = 0; part < route->nparts; part++)
	{
		int			first = route->part_start[part];
		int			end = route->part_start[part + 1];
		double		u,
					shift;

		if (end - first < 1)
			continue;
		u = lon180(route->points[first].x);	/* the unrolled longitude along the part */
		shift = 0;				/* 360 x the copy of the map u is in */
		split_point(&w, u, route->points[first].y);
		for (i = first + 1; i < end; i++)
		{
			PM_CHECK_INTERRUPTS();
			{
				const PmXY *p = &route->points[i - 1];
				const PmXY *q = &route->points[i];
				double		v = u + lon180(q->x - p->x);	/* the short way round */
				double		boundary = v > u ? 180.0 + shift : -180.0 + shift;

				if ((v > u && v >= boundary && u < boundary) || (v < u && v < boundary && u >= boundary))
				{
					double		lat = geodesic_crossing_lat(p->y, u, q->y, v, boundary);

					split_point(&w, boundary - shift, lat);
					split_end_part(&w);
					shift += v > u ? 360.0 : -360.0;
					split_point(&w, boundary - shift, lat);
				}
				split_point(&w, v - shift, q->y);
				u = v;
			}
		}
		split_end_part(&w);
	}
}

uint8_t *
pm_wkb_multilinestring(const PmParts *lines, PmAlloc alloc, size_t *len)
{
	const uint16_t probe = 1;
	const uint8_t order = *(const uint8_t *) &probe;	/* 1: little-endian host */
	uint32_t	type = 5,
				n;
	uint8_t    *buf,
			   *p;
	int			part,
				i;

	*len = 9 + (size_t) lines->nparts * 9 + (size_t) lines->npoints * 16;
	buf = p = alloc(*len);
	*p++ = order;
	memcpy(p, &type, 4), p += 4;
	n = (uint32_t) lines->nparts;
	memcpy(p, &n, 4), p += 4;
	for (part = 0; part < lines->nparts; part++)
	{
		type = 2;
		n = (uint32_t) (lines->part_start[part + 1] - lines->part_start[part]);
		*p++ = order;
		memcpy(p, &type, 4), p += 4;
		memcpy(p, &n, 4), p += 4;
		for (i = lines->part_start[part]; i < lines->part_start[part + 1]; i++)
		{
			memcpy(p, &lines->points[i].x, 8), p += 8;
			memcpy(p, &lines->points[i].y, 8), p += 8;
		}
	}
	return buf;
}
