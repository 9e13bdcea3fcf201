#!/usr/bin/env python3
"""Compute, independently of PostgreSQL, PostGIS and portemis, the facts the pgTAP
tests assert about the fixtures in this folder, and print them.

    python3 test/data/facts.py

Reads only test/data/*.csv and, for the shipped ECA polygons (the zones the tests
check positions against), the WKT in src/sql/data/71_zones_data.sql.  Python 3
standard library only: CSV parsing, decimal arithmetic, a ray-casting
point-in-polygon test, segment/polygon splitting in longitude/latitude and
Vincenty's inverse formula on the WGS 84 ellipsoid.
"""
import csv
import math
import os
import re
import statistics
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def rows(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# ---------------------------------------------------------------- IMO numbers
def imo_valid(n):
    """IMO ship identification number: 7 digits, the last is sum(digit_i * (7 - i)) mod 10 over the first six."""
    s = str(n)
    if len(s) != 7:
        return False
    return sum(int(c) * w for c, w in zip(s[:6], range(7, 1, -1))) % 10 == int(s[6])


def mrv_facts():
    r = rows("mrv_2023_sample.csv")
    print(f"mrv_2023_sample.csv: {len(r)} ships")
    imos = [int(x["imo_number"]) for x in r]
    print(f"  IMO check digit valid: {sum(map(imo_valid, imos))} of {len(imos)}")
    wrong = [n // 10 * 10 + (n % 10 + 1) % 10 for n in imos]
    print(f"  with the check digit changed (d -> d+1 mod 10), valid: {sum(map(imo_valid, wrong))}")
    cf = {"HFO": Decimal("3.114"), "LFO": Decimal("3.151"), "MGO": Decimal("3.206"), "LNG": Decimal("2.750")}
    single = {}
    worst = 0.0
    for x in r:
        fuel, co2 = Decimal(x["total_fuel_t"]), Decimal(x["total_co2_t"])
        if fuel <= 0:
            continue
        ratio = (co2 / fuel).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
        for k, v in cf.items():
            if ratio == v:
                single.setdefault(k, []).append(x["imo_number"])
                worst = max(worst, float(abs(fuel * v - co2) / co2))
    print(f"  single-fuel ships (CO2/fuel rounded to 4 decimals equals one IMO Cf): {sum(map(len, single.values()))} "
          + ", ".join(f"{k} {len(single.get(k, []))}" for k in sorted(cf)))
    print(f"  worst |fuel x Cf - CO2| / CO2 among them: {worst:.3g}")
    zero = sum(1 for x in r if float(x["total_fuel_t"]) == 0)
    med = statistics.median(float(x["total_co2_t"]) / float(x["total_fuel_t"]) for x in r if float(x["total_fuel_t"]) > 0)
    print(f"  ships reporting 0 t fuel: {zero}; median CO2/fuel of the others: {med:.4f} (HFO 3.114 .. MGO 3.206)")


# ---------------------------------------------------------------- UN/LOCODEs in the World Port Index
# A UN/LOCODE: 2 letters (ISO 3166 country), then 3 characters of A-Z or 2-9.  WPI writes one
# space after the country ("US LAX"); some entries omit it ("INKRI") or carry a leading space.
LOCODE = re.compile(r"[A-Za-z]{2} ?[A-Za-z2-9]{3}")


def wpi_facts():
    r = rows("wpi_sample.csv")
    codes = [x["UN/LOCODE"] for x in r if x["UN/LOCODE"].strip()]
    good = [c for c in codes if LOCODE.fullmatch(c.strip(" \t\r\n"))]
    bad = [c for c in codes if not LOCODE.fullmatch(c.strip(" \t\r\n"))]
    print(f"wpi_sample.csv: {len(r)} ports, {len(codes)} with a UN/LOCODE, {len(good)} well-formed, malformed: {bad}")
    print(f"  irregular but well-formed: {[c for c in good if not re.fullmatch(r'[A-Z]{2} [A-Z]{3}', c)]}")


# ---------------------------------------------------------------- geometry
def zones():
    """The shipped ECA polygons (outer rings, lon/lat) keyed by (name, valid_from)."""
    with open(os.path.join(REPO, "src", "sql", "data", "71_zones_data.sql"), encoding="utf-8") as f:
        sql = f.read()
    out = {}
    for m in re.finditer(r"\('([^']+)', 'eca', '(\d{4}-\d\d-\d\d)'.*?st_geomfromtext\('POLYGON\(\((.*?)\)\)'", sql):
        out[(m.group(1), m.group(2))] = [tuple(map(float, p.split())) for p in m.group(3).split(", ")]
    return out


def inside(pt, ring):
    """Ray casting (even-odd) in the lon/lat plane."""
    x, y = pt
    c = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            c = not c
    return c


def vincenty_m(p, q):
    """Geodesic distance (m) on WGS 84, Vincenty's inverse formula (converges for all but near-antipodal points)."""
    a, f = 6378137.0, 1 / 298.257223563
    b = a * (1 - f)
    lon1, lat1, lon2, lat2 = map(math.radians, (p[0], p[1], q[0], q[1]))
    if (lon1, lat1) == (lon2, lat2):
        return 0.0
    U1, U2 = math.atan((1 - f) * math.tan(lat1)), math.atan((1 - f) * math.tan(lat2))
    L = lon2 - lon1
    lam = L
    sU1, cU1, sU2, cU2 = math.sin(U1), math.cos(U1), math.sin(U2), math.cos(U2)
    for _ in range(200):
        sl, cl = math.sin(lam), math.cos(lam)
        ss = math.hypot(cU2 * sl, cU1 * sU2 - sU1 * cU2 * cl)
        cs = sU1 * sU2 + cU1 * cU2 * cl
        sigma = math.atan2(ss, cs)
        sa = cU1 * cU2 * sl / ss
        c2a = 1 - sa * sa
        c2sm = cs - 2 * sU1 * sU2 / c2a if c2a else 0.0
        C = f / 16 * c2a * (4 + f * (4 - 3 * c2a))
        prev = lam
        lam = L + (1 - C) * f * sa * (sigma + C * ss * (c2sm + C * cs * (-1 + 2 * c2sm * c2sm)))
        if abs(lam - prev) < 1e-13:
            break
    u2 = c2a * (a * a - b * b) / (b * b)
    A = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)))
    B = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)))
    ds = B * ss * (c2sm + B / 4 * (cs * (-1 + 2 * c2sm * c2sm) - B / 6 * c2sm * (-3 + 4 * ss * ss) * (-3 + 4 * c2sm * c2sm)))
    return b * A * (sigma - ds)


def cross_params(p, q, ring):
    """Parameters t in (0, 1) where segment p-q crosses an edge of ring, in the lon/lat plane."""
    ts = []
    dx, dy = q[0] - p[0], q[1] - p[1]
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        ex, ey = x2 - x1, y2 - y1
        den = dx * ey - dy * ex
        if den == 0:
            continue
        t = ((x1 - p[0]) * ey - (y1 - p[1]) * ex) / den
        u = ((x1 - p[0]) * dy - (y1 - p[1]) * dx) / den
        if 0 < t < 1 and 0 <= u <= 1:
            ts.append(t)
    return sorted(ts)


def inside_m(line, ring):
    """Geodesic length (m) of the parts of a lon/lat polyline inside a ring: split at the ring, measure each piece."""
    total = 0.0
    for p, q in zip(line, line[1:]):
        ts = [0.0] + cross_params(p, q, ring) + [1.0]
        for t0, t1 in zip(ts, ts[1:]):
            a = (p[0] + t0 * (q[0] - p[0]), p[1] + t0 * (q[1] - p[1]))
            b = (p[0] + t1 * (q[0] - p[0]), p[1] + t1 * (q[1] - p[1]))
            mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
            if inside(mid, ring):
                total += vincenty_m(a, b)
    return total


def length_m(line):
    return sum(vincenty_m(p, q) for p, q in zip(line, line[1:]))


# ---------------------------------------------------------------- ECA points, AIS, routes
PACIFIC = ("North American ECA (Pacific coast)", "2015-01-01")
NORTH_AMERICAN = [("North American ECA (Pacific coast)", "2015-01-01"),
                  ("North American ECA (Atlantic and Gulf coasts)", "2015-01-01"),
                  ("North American ECA (Hawaii)", "2015-01-01")]


def marpol_facts(z):
    r = rows("marpol_annexVI_app7_points.csv")
    area = {"north_american_pacific": "North American ECA (Pacific coast)",
            "north_american_atlantic_gulf": "North American ECA (Atlantic and Gulf coasts)",
            "north_american_hawaii": "North American ECA (Hawaii)",
            "us_caribbean": "United States Caribbean Sea ECA"}
    counts, vertices = {}, 0
    for x in r:
        counts[x["area"]] = counts.get(x["area"], 0) + 1
        ring = z[(area[x["area"]], "2015-01-01")]
        if (float(x["lon"]), float(x["lat"])) in ring:
            vertices += 1
    print(f"marpol_annexVI_app7_points.csv: {len(r)} points {counts}; vertices of the matching shipped 2015 polygon: {vertices}")


def ais_facts(z):
    r = rows("ais_socal_sample.csv")
    ring = z[PACIFIC]
    north = [x for x in r if float(x["LAT"]) > 32.6]
    out = [x for x in north if not inside((float(x["LON"]), float(x["LAT"])), ring)]
    print(f"ais_socal_sample.csv: {len(r)} positions, {len(north)} north of 32.6 N, of which outside the Pacific ECA: {len(out)}")
    print(f"  positions inside the Pacific ECA: {sum(inside((float(x['LON']), float(x['LAT'])), ring) for x in r)}; "
          f"Heading 511: {sum(x['Heading'] == '511' for x in r)}; classes {sorted({x['TransceiverClass'] for x in r})}")


def route_facts(z):
    r = rows("marnet_routes.csv")
    routes = {}
    for x in r:
        routes.setdefault(x["route_name"], []).append((int(x["seq"]), float(x["lon"]), float(x["lat"])))
    print(f"marnet_routes.csv: {len(r)} waypoints, {len(routes)} routes")
    crossing = []
    entering = []
    lengths = {}
    for name, pts in routes.items():
        pts.sort()
        line = [(lon, lat) for _, lon, lat in pts]
        crosses = any(abs(a[0] - b[0]) > 180 for a, b in zip(line, line[1:]))
        if crosses:
            crossing.append(name)
            line = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in line]
        total = length_m(line)
        lengths[name] = total / 1852
        for key in NORTH_AMERICAN:
            ring = z[key]
            if crosses:
                ring = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]
            share = inside_m(line, ring) / total
            if share > 0:
                entering.append((name, key[0], share))
    print(f"  crossing the antimeridian ({len(crossing)}): {sorted(crossing)}")
    print("  geodesic length (nm, Vincenty on WGS 84) of each route:")
    for name in sorted(lengths):
        print(f"    {name:14} {lengths[name]:.6f}")
    print(f"  (route, North American ECA) pairs with a positive share: {len(entering)}")
    for name, zone, share in sorted(entering):
        print(f"    {name:14} {zone:48} {share:.9f}")
    pts = sorted(routes["CNNBO-USLAX"])
    line = [(lon, lat) for _, lon, lat in pts]
    ring = z[PACIFIC]
    print(f"  CNNBO-USLAX: {len(pts)} waypoints, inside the Pacific ECA: {[s for s, lon, lat in pts if inside((lon, lat), ring)]}")
    print(f"  CNNBO-USLAX: geodesic length {length_m(line) / 1852:.6f} nm (Vincenty, WGS 84)")


def teu_from_dwt(d):
    # Kristensen's Ship-Desmo relations, as the EPA tool's calcTEU states them
    if d <= 35000:
        return (d / 15.19) ** (1 / 0.9814)
    if d <= 60000:
        return (d / 28.81) ** (1 / 0.902)
    return (d / 37) ** (1 / 0.875)


def marad_facts():
    r = rows("marad_fleet_sample.csv")
    types = {}
    for x in r:
        types[x["Ship Type"]] = types.get(x["Ship Type"], 0) + 1
    imos = [int(x["IMO NUMBER"]) for x in r]
    print(f"marad_fleet_sample.csv: {len(r)} ships {dict(sorted(types.items()))}; IMO check digit valid: {sum(map(imo_valid, imos))}")
    teu = sum(teu_from_dwt(int(x["Deadweight Tons"].replace(",", ""))) for x in r if x["Ship Type"] == "Containership")
    print(f"  sum of the container ships' TEU from DWT: {teu:.6f}")


def parity_facts():
    r = rows("epa_parity.csv")
    kinds = {}
    for x in r:
        kinds[x["fn"]] = kinds.get(x["fn"], 0) + 1
    print(f"epa_parity.csv: {len(r)} reference values {dict(sorted(kinds.items()))}; "
          f"distinct bin labels: {len({x['value'] for x in r if x['fn'] == 'subtype'})}; "
          f"tiers 'None': {sum(1 for x in r if x['fn'] == 'tier' and x['value'] == 'None')}")


def main():
    mrv_facts()
    marad_facts()
    parity_facts()
    wpi_facts()
    z = zones()
    marpol_facts(z)
    ais_facts(z)
    route_facts(z)


if __name__ == "__main__":
    main()
