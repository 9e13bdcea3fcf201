/*
 * pm_geo.h: route geometry in plain C: WKB parsing, geodesic lengths on
 * WGS 84 (Karney's algorithm, PROJ's geodesic.h) and the share of a route
 * inside a zone polygon, correct across the antimeridian.
 */
#ifndef PM_GEO_H
#define PM_GEO_H

#include "pm_core.h"

#define PM_NM_METRES 1852.0
#define PM_SRID_WGS84 4326

typedef struct PmXY
{
	double		x;				/* longitude, degrees */
	double		y;				/* latitude, degrees */
} PmXY;

struct PmZoneIndex;

/* A set of parts (linestrings or rings) of points. */
typedef struct PmParts
{
	int			nparts;
	int		   *part_start;		/* index of each part's first point; [nparts] = npoints */
	int			npoints;
	PmXY	   *points;
	bool		is_polygon;		/* parts are rings of (multi)polygons */
	int			npolygons;		/* polygons: the rings of polygon k are */
	int		   *polygon_start;	/* parts polygon_start[k] .. polygon_start[k + 1] - 1 */
	struct PmZoneIndex *index;	/* a zone's edges by latitude band (pm_zone_index), or NULL */
} PmParts;

/* Memory for the parser, so the plain layer needs no allocator of its own. */
typedef void *(*PmAlloc) (size_t size);

/*
 * Parse OGC WKB (either byte order; 2D, Z, M or ZM with the extra ordinates
 * ignored).  want_polygon: accept Polygon and MultiPolygon, else LineString
 * and MultiLineString.  Rejects other types, NaN or infinite coordinates,
 * latitudes beyond +-90, longitudes beyond +-540, truncated input.
 * what names the argument in errors.
 */
extern bool pm_wkb_parse(const uint8_t *wkb, size_t len, bool want_polygon, const char *what,
						 PmAlloc alloc, PmParts *out, PmError *err);

/* Geodesic distance in metres between two points (WGS 84; longitudes taken the short way). */
extern double pm_geodesic_m(double lat1, double lon1, double lat2, double lon2);

/* Geodesic length of all parts of a route, nautical miles. */
extern double pm_route_length_nm(const PmParts *route);

/*
 * Geodesic length (nm) of the part of a route inside a zone.  The route is
 * split where it crosses the zone's boundary in the longitude/latitude
 * plane (as PostGIS geometry does), each piece is measured geodesically.
 * Longitudes are unwrapped along the route and the zone is tested at
 * every 360-degree shift, so routes and zones may cross the antimeridian
 * and use -180..180 or 0..360.  scratch holds 5 * zone->npoints + 8 doubles.
 * A piece is inside if it is inside any polygon of the zone (each polygon
 * by the even-odd rule over its own rings, so holes are holes): parts of a
 * MultiPolygon that overlap count once, as in their union.
 */
extern double pm_route_inside_nm(const PmParts *route, const PmParts *zone, double *scratch);

/* A bounding box in longitude and latitude (degrees). */
typedef struct PmBox
{
	double		minx,
				maxx,
				miny,
				maxy;
} PmBox;

extern PmBox pm_parts_box(const PmParts *zone);

/*
 * Parameters t in (0, 1) where the segment p->q (planar longitude/latitude;
 * p.x in [-180, 180], q unwrapped the short way from p) crosses an edge of
 * the zone at any 360-degree shift, appended to t[nt..max); returns the new
 * count (unsorted).  box is pm_parts_box(zone).
 */
extern int	pm_segment_crossings(const PmParts *zone, const PmBox *box, PmXY p, PmXY q,
								 double *t, int nt, int max);

/*
 * A zone's edges by latitude band, so that a segment or a point meets only
 * the edges of its own latitudes: a zone used for many segments (a route, a
 * statement's routes, a track) costs nearly the same whatever its number of
 * vertices.  The zone's functions below use it when zone->index is set, and
 * test every edge otherwise; both give the same answer.
 */
typedef struct PmZoneIndex
{
	double		y0,
				band_h;			/* band k covers latitudes [y0 + k band_h, y0 + (k + 1) band_h) */
	int			nbands;
	int		   *band_start;		/* [nbands + 1]: band k's edges are band_edges[band_start[k] ..] */
	int		   *band_edges;		/* an edge is the index of its first point */
	int		   *edge_end;		/* [npoints]: the index of each edge's second point */
	int		   *edge_band;		/* [npoints]: each edge's first band */
	int		   *edge_group;		/* [npoints]: the polygon of each edge's ring (0 without polygons) */
	int			ngroups;
	/*
	 * The polygons by latitude band too, so that a point is tested against
	 * the polygons whose box holds it, not every edge of its band (a zone of
	 * many thin parts side by side puts them all in one band): the polygons
	 * with an edge in band k are band_groups[group_start[k] ..], by their
	 * box's minx, and group_reach the largest maxx up to each of them.
	 */
	PmBox	   *group_box;		/* [ngroups] */
	int		   *group_start;	/* [nbands + 1] */
	int		   *band_groups;
	double	   *group_reach;
} PmZoneIndex;

/* Build zone->index (a polygon zone with points; box = pm_parts_box(zone)). */
extern void pm_zone_index(PmParts *zone, const PmBox *box, PmAlloc alloc);

/* Is the point inside the zone at some 360-degree shift (polygons by the even-odd rule, as a union). */
extern bool pm_point_in_zone(const PmParts *zone, const PmBox *box, double x, double y);

/* Both at once, measuring each segment once: the route's length and the length inside (nm). */
extern void pm_route_measure(const PmParts *route, const PmParts *zone, double *scratch,
							 double *total_nm, double *inside_nm);

/*
 * A route for maps that cannot cross the antimeridian (GeoJSON, RFC 7946
 * section 3.1.9): longitudes in [-180, 180], and every segment that crosses
 * the antimeridian (the short way round, as the lengths take it) split at
 * the latitude where its geodesic crosses it, so the pieces are pieces of
 * the same geodesics and their lengths add up to the route's.  Parts of
 * fewer than two points are dropped.  out is allocated with alloc.
 */
extern void pm_route_split_antimeridian(const PmParts *route, PmAlloc alloc, PmParts *out);

/* OGC WKB (host byte order) of a MultiLineString of the parts; *len its size; allocated with alloc. */
extern uint8_t *pm_wkb_multilinestring(const PmParts *lines, PmAlloc alloc, size_t *len);

#endif							/* PM_GEO_H */
