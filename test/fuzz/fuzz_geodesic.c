/*
 * fuzz_geodesic.c: differential libFuzzer driver for pm_geodesic_m
 * (src/core/pm_geo.c), which measures points under 20 km apart from their
 * chord and the ellipsoid's curvature and farther ones with Karney's
 * geod_inverse.  The input (32 bytes) places two points: the first anywhere
 * (longitudes -540..540), the second within about 0.5 degrees of it, or
 * anywhere when the last byte is odd.  Properties: the distance is finite,
 * non-negative, the same both ways and within 1e-8 m of geod_inverse's (whose
 * own round-off is 15 nm).
 */
#include <geodesic.h>
#include <math.h>

#include "fuzzing.h"
#include "pm_geo.h"

/* 8 bytes as a fraction in [0, 1] */
static double
fraction(const uint8_t *b)
{
	uint64_t	u = 0;
	int			i;

	for (i = 0; i < 8; i++)
		u = (u << 8) | b[i];
	return (double) (u >> 11) / (double) (UINT64_C(1) << 53);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct geod_geodesic g;
	static bool ready = false;
	double		lat1,
				lon1,
				lat2,
				lon2,
				s,
				back,
				karney;

	if (size < 32)
		return 0;
	if (!ready)
	{
		geod_init(&g, 6378137.0, 1.0 / 298.257223563);
		ready = true;
	}
	lat1 = 180 * fraction(data) - 90;
	lon1 = 1080 * fraction(data + 8) - 540;
	if (data[31] & 1)
	{
		lat2 = 180 * fraction(data + 16) - 90;
		lon2 = 1080 * fraction(data + 24) - 540;
	}
	else
	{
		lat2 = fmax(-90, fmin(90, lat1 + fraction(data + 16) - 0.5));
		lon2 = lon1 + fraction(data + 24) - 0.5;
	}
	s = pm_geodesic_m(lat1, lon1, lat2, lon2);
	back = pm_geodesic_m(lat2, lon2, lat1, lon1);
	geod_inverse(&g, lat1, lon1, lat2, lon2, &karney, NULL, NULL);
	FUZZ_CHECK(isfinite(s) && s >= 0, "(%.17g %.17g) (%.17g %.17g): %.17g", lat1, lon1, lat2, lon2, s);
	FUZZ_CHECK(fabs(s - back) <= 1e-8, "(%.17g %.17g) (%.17g %.17g): %.17g one way, %.17g back",
			   lat1, lon1, lat2, lon2, s, back);
	FUZZ_CHECK(fabs(s - karney) <= 1e-8, "(%.17g %.17g) (%.17g %.17g): %.17g, Karney %.17g",
			   lat1, lon1, lat2, lon2, s, karney);
	return 0;
}
