#!/usr/bin/env python3
"""Generate src/sql/data/71_zones_data.sql: the shipped Emission Control Areas.

North American and US Caribbean ECAs: the seaward limit is the list of points of
MARPOL Annex VI Appendix VII (../shared/data/eca/marpol_annexVI_app7_points.csv,
IMO treaty text); where the limit ends at the coast, the polygon is closed by a
few points well inland (written below), so it is exact at sea and meaningless
on land.  North Sea, Baltic Sea and Mediterranean Sea ECAs: approximate polygons
built here from the legal descriptions of their limits (parallels and
meridians), closed inland; accurate at their seaward limits, not along coasts.

Run from the repository root:  tools/gen_zones.py ../shared/data/eca > src/sql/data/71_zones_data.sql
"""
import csv
import os
import sys

ECA = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/eca"
APP7 = "MARPOL Annex VI Appendix VII seaward limit points (IMO); landward side closed inland by portemis"

# Points in file order: the CSV numbers one US Caribbean point 44 twice (after 47), so sorting by
# number would fold the ring; the file order is the order of the treaty's list.
points = {}
with open(os.path.join(ECA, "marpol_annexVI_app7_points.csv"), newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        points.setdefault(r["area"], []).append((int(r["point"]), float(r["lon"]), float(r["lat"])))


def ring(area, closure):
    pts = [(lon, lat) for _, lon, lat in points[area]] + closure
    if pts[0] != pts[-1]:
        pts.append(pts[0])
    return pts


# Landward closures (lon, lat), well inland of the coast where the legal limit meets land.
PACIFIC = ring("north_american_pacific", [(-153.250833, 64.0), (-110.0, 64.0), (-110.0, 32.4), (-117.0, 32.4)])
ATLANTIC = ring("north_american_atlantic_gulf", [(-99.0, 25.9), (-99.0, 47.0), (-75.0, 47.0), (-70.0, 55.0), (-65.0, 60.3)])
HAWAII = ring("north_american_hawaii", [])
CARIBBEAN = ring("us_caribbean", [])

# North Sea area (MARPOL Annex V reg. 1.14.6, Annex VI reg. 14.3): the North Sea south of 62 N and
# east of 4 W; the Skagerrak, its southern limit east of the Skaw at 57 44.8' N; the English Channel
# and its approaches east of 5 W and north of 48 30' N.  Coasts closed inland.
SKAW = 57.0 + 44.8 / 60
NORTH_SEA = [(-4.0, 62.0), (5.0, 62.0), (8.0, 61.5), (10.5, 59.5), (11.5, 58.9), (12.0, SKAW), (10.6, SKAW),
             (9.5, 57.0), (9.0, 54.9), (8.5, 53.3), (6.0, 52.5), (4.5, 51.0), (2.0, 50.5), (0.0, 49.2),
             (-1.5, 48.5), (-5.0, 48.5), (-5.0, 50.2), (-4.0, 50.6), (-2.0, 51.0), (-2.0, 54.0),
             (-4.0, 57.5), (-4.0, 62.0)]
# Baltic Sea area (MARPOL Annex I reg. 1.11.2): the Baltic Sea proper with the Gulfs of Bothnia and
# Finland and the entrance to the Baltic, bounded by the parallel of the Skaw in the Skagerrak at 57 44.8' N.
BALTIC = [(10.6, SKAW), (12.0, SKAW), (14.0, 60.0), (18.0, 66.5), (26.0, 67.0), (32.0, 62.0), (32.0, 59.0),
          (25.0, 56.0), (22.0, 54.0), (14.5, 53.3), (10.5, 53.8), (9.0, 54.9), (9.5, 57.0), (10.6, SKAW)]
# Mediterranean Sea area (MARPOL Annex I reg. 1.11.1): the Mediterranean Sea proper with its gulfs and
# seas, bounded to the west by the Strait of Gibraltar at 5 36' W and towards the Black Sea by 41 N.
MED_W = -(5.0 + 36.0 / 60)
MEDITERRANEAN = [(MED_W, 36.0), (MED_W, 37.5), (-3.0, 40.0), (2.0, 43.5), (7.0, 44.5), (13.0, 46.0),
                 (14.5, 45.8), (19.0, 44.0), (21.0, 42.0), (25.0, 41.0), (26.5, 41.0), (30.0, 41.0),
                 (36.0, 38.0), (37.0, 36.5), (36.5, 33.0), (35.0, 31.0), (32.5, 30.5), (25.0, 29.5),
                 (20.0, 30.0), (12.0, 32.0), (9.0, 34.0), (0.0, 35.0), (MED_W, 34.5), (MED_W, 36.0)]

LEGAL = "approximate polygon built by portemis from the legal description; exact at the seaward limits, coasts closed inland"
ZONES = [
    # name, ring, [(valid_from, valid_to, sulphur)], nox_tier3_from, source
    ("North American ECA (Pacific coast)", PACIFIC,
     [("2012-08-01", "2015-01-01", 1.00), ("2015-01-01", None, 0.10)], "2016-01-01", APP7),
    ("North American ECA (Atlantic and Gulf coasts)", ATLANTIC,
     [("2012-08-01", "2015-01-01", 1.00), ("2015-01-01", None, 0.10)], "2016-01-01", APP7),
    ("North American ECA (Hawaii)", HAWAII,
     [("2012-08-01", "2015-01-01", 1.00), ("2015-01-01", None, 0.10)], "2016-01-01", APP7),
    ("United States Caribbean Sea ECA", CARIBBEAN,
     [("2014-01-01", "2015-01-01", 1.00), ("2015-01-01", None, 0.10)], "2016-01-01", APP7),
    ("North Sea ECA", NORTH_SEA,
     [("2007-11-22", "2010-07-01", 1.50), ("2010-07-01", "2015-01-01", 1.00), ("2015-01-01", None, 0.10)],
     "2021-01-01", "MARPOL Annex VI reg. 14.3 and Annex V reg. 1.14.6 (North Sea area); " + LEGAL),
    ("Baltic Sea ECA", BALTIC,
     [("2006-05-19", "2010-07-01", 1.50), ("2010-07-01", "2015-01-01", 1.00), ("2015-01-01", None, 0.10)],
     "2021-01-01", "MARPOL Annex VI reg. 14.3 and Annex I reg. 1.11.2 (Baltic Sea area); " + LEGAL),
    ("Mediterranean Sea ECA", MEDITERRANEAN,
     [("2025-05-01", None, 0.10)], None,
     "MARPOL Annex VI reg. 14.3 as amended by MEPC.361(79) and Annex I reg. 1.11.1 (Mediterranean Sea area); " + LEGAL),
]


def wkt(r):
    return "POLYGON((" + ", ".join(f"{lon!r} {lat!r}" for lon, lat in r) + "))"


print("-- GENERATED by tools/gen_zones.py; do not edit by hand.")
print("-- Sulphur limits and dates: MARPOL Annex VI regulation 14.4 (1.50 % until 2010-07-01, 1.00 % until")
print("-- 2015-01-01, 0.10 % since) and the ECA entry-into-force dates; NOx Tier III: regulation 13.5.")
print("INSERT INTO @extschema@.zone (name, kind, valid_from, valid_to, sulphur_pct, nox_tier3_from, geom, source, shipped) VALUES")
rows = []
for name, r, periods, nox, src in ZONES:
    for start, end, s in periods:
        rows.append(f" ('{name}', 'eca', '{start}', {repr(end) if end else 'NULL'}, {s}, "
                    f"{repr(nox) if nox else 'NULL'}, st_geomfromtext('{wkt(r)}', 4326), '{src}', true)")
print(",\n".join(rows) + ";")
