#!/usr/bin/env python3
"""Regenerate the pgTAP fixtures in test/data from the full public data set.

    python3 test/data/extract.py [DATA_DIR]

DATA_DIR defaults to $PORTEMIS_DATA, else ../shared/data beside the repository
(the layout scripts/common.sh uses).  Only files whose licence allows
redistribution are read; see README.md for sources, licences and row counts.
The selection rules are deterministic: running this again on the same input
rewrites byte-identical files.  Python 3 standard library only.
"""
import csv
import heapq
import json
import math
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def data_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    return os.environ.get("PORTEMIS_DATA") or os.path.join(REPO, "..", "shared", "data")


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"{name}: {len(rows)} rows, {os.path.getsize(os.path.join(HERE, name))} bytes")


# --- EU MRV 2023 (EMSA): all 36 columns, a systematic sample plus the cases the tests need
CF = {"HFO": "3.1140", "LFO": "3.1510", "MGO": "3.2060", "LNG": "2.7500"}


def single_fuel(row):
    """The IMO fuel whose Cf equals the reported CO2/fuel ratio rounded to 4 decimals, or None."""
    from decimal import Decimal, ROUND_HALF_UP
    fuel, co2 = Decimal(row[16]), Decimal(row[17])
    if fuel <= 0:
        return None
    ratio = str((co2 / fuel).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))
    return next((k for k, v in CF.items() if v == ratio), None)


def extract_mrv(d):
    header, rows = read_csv(os.path.join(d, "mrv", "eu_mrv_2023_core.csv"))
    keep = {i for i in range(len(rows)) if i % 64 == 0}          # every 64th ship
    for fuel in CF:                                               # the first 3 single-fuel ships of each fuel
        keep |= set([i for i, r in enumerate(rows) if single_fuel(r) == fuel][:3])
    keep |= set([i for i, r in enumerate(rows) if float(r[16]) == 0][:2])  # 2 ships reporting 0 t fuel
    write_csv("mrv_2023_sample.csv", header, [rows[i] for i in sorted(keep)])


# --- World Port Index (NGA Pub 150): 10 of the 107 columns
WPI_COLUMNS = ["World Port Index Number", "Region Name", "Main Port Name", "Alternate Port Name", "UN/LOCODE",
               "Country Code", "World Water Body", "Harbor Size", "Latitude", "Longitude"]
# ports the routes fixture starts or ends at, and the codes the README calls out
WPI_PORTS = {"59940", "59970", "61380", "61390", "50000", "16080", "16070", "16340", "17730", "56280", "7640",
             "8530", "9240", "11110", "31140", "15410", "60390", "53650", "18150", "55060", "57840", "35600"}


def extract_wpi(d):
    header, rows = read_csv(os.path.join(d, "ports", "UpdatedPub150.csv"))
    cols = [header.index(c) for c in WPI_COLUMNS]
    code = header.index("UN/LOCODE")
    keep = {i for i in range(len(rows)) if i % 40 == 0}          # every 40th port
    keep |= {i for i, r in enumerate(rows) if r[0] in WPI_PORTS}
    odd = [i for i, r in enumerate(rows) if r[code].strip() and
           (len(r[code]) != 6 or r[code][2] != " " or not r[code][3:].isalpha())]
    keep |= set(odd[::10])                                        # every 10th irregular code: no space, digits, a leading space, GB ME""
    keep |= {i for i, r in enumerate(rows) if r[code].startswith(" ") and r[code].strip()}
    write_csv("wpi_sample.csv", WPI_COLUMNS, [[rows[i][c] for c in cols] for i in sorted(keep)])
    return {r[0]: r for r in rows}, header


# --- NOAA/BOEM MarineCadastre AIS, Southern California, 2022-01-03: all 17 columns
def extract_ais(d):
    header, rows = read_csv(os.path.join(d, "ais", "marinecadastre_ais_2022-01-03_socal.csv"))
    keep = {i for i in range(len(rows)) if i % 20 == 0}          # every 20th position
    keep |= {i for i, r in enumerate(rows) if float(r[2]) < 32.6}  # all positions south of 32.6 N (near the border)
    write_csv("ais_socal_sample.csv", header, [rows[i] for i in sorted(keep)])
    # every position of the cargo ships and tankers (AIS types 70-89): the demo's port inventory
    write_csv("ais_socal_cargo.csv", header, [r for r in rows if r[10].isdigit() and 70 <= int(r[10]) <= 89])


# --- US DOT MARAD US-flag oceangoing fleet, 2023-04-10 (US Government work): every 6th ship, one of
# every ship type and every ship of ais_socal_cargo.csv (by IMO: the README's AIS inventory finds them),
# first 6 columns, UTF-8 BOM removed, numbers as published (quoted with commas)
def extract_marad(d):
    with open(os.path.join(d, "ships", "marad_usflag_fleet_2023-04-10.csv"), newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    header, rows = rows[0][:6], [r[:6] for r in rows[1:]]
    _, ais = read_csv(os.path.join(HERE, "ais_socal_cargo.csv"))
    ais_imos = {r[8][3:] for r in ais if r[8].startswith("IMO")}
    keep = {i for i in range(len(rows)) if i % 6 == 0}
    keep |= {min(i for i, r in enumerate(rows) if r[2] == t) for t in {r[2] for r in rows}}
    keep |= {i for i, r in enumerate(rows) if r[0] in ais_imos}
    write_csv("marad_fleet_sample.csv", header, [rows[i] for i in sorted(keep)])


# --- MARPOL Annex VI Appendix VII points: the whole file, byte for byte (CRLF line ends)
def extract_marpol(d):
    shutil.copyfile(os.path.join(d, "eca", "marpol_annexVI_app7_points.csv"), os.path.join(HERE, "marpol_annexVI_app7_points.csv"))
    print(f"marpol_annexVI_app7_points.csv: copied, {os.path.getsize(os.path.join(HERE, 'marpol_annexVI_app7_points.csv'))} bytes")


# --- Routes over the searoute-py MARNET network (Apache-2.0): shortest paths between World Port Index ports
ROUTES = [  # (origin WPI number, destination WPI number)
    ("59940", "16080"),  # Ningbo - Los Angeles
    ("59970", "16080"),  # Shanghai - Los Angeles
    ("60390", "17730"),  # Busan - Seattle
    ("61390", "16340"),  # Yokohama - Oakland
    ("50000", "16070"),  # Singapore (Keppel) - Long Beach
    ("57840", "18150"),  # Hong Kong - Vancouver
    ("55060", "56280"),  # Auckland - Honolulu
    ("53650", "16080"),  # Sydney - Los Angeles
    ("61380", "56280"),  # Tokyo - Honolulu
    ("16080", "17730"),  # Los Angeles - Seattle
    ("16080", "15410"),  # Los Angeles - Balboa
    ("16340", "56280"),  # Oakland - Honolulu
    ("16080", "7640"),   # Los Angeles - New York (Panama)
    ("31140", "7640"),   # Rotterdam - New York
    ("31140", "9240"),   # Rotterdam - Houston
    ("8530", "11110"),   # Savannah - San Juan
    ("9240", "11110"),   # Houston - San Juan
    ("7640", "8530"),    # New York - Savannah
    ("50000", "31140"),  # Singapore - Rotterdam (Suez)
    ("59970", "50000"),  # Shanghai - Singapore
    ("57840", "53650"),  # Hong Kong - Sydney
]


def norm_lon(lon):
    """Longitude in (-180, 180]: MARNET writes a few Bering Sea vertices in 180..191 and splits lines at +-180."""
    lon = round(lon, 6)
    while lon > 180:
        lon = round(lon - 360, 6)
    while lon <= -180:
        lon = round(lon + 360, 6)
    return lon


def haversine_km(a, b):
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def marnet_graph(d):
    with open(os.path.join(d, "routes", "marnet_searoute.geojson"), encoding="utf-8") as f:
        features = json.load(f)["features"]
    graph = {}
    for feat in features:
        if feat["properties"].get("passage") == "northwest":   # searoute-py's default restriction
            continue
        geom = feat["geometry"]
        lines = [geom["coordinates"]] if geom["type"] == "LineString" else geom["coordinates"]
        for line in lines:
            nodes = [(norm_lon(x), round(y, 6)) for x, y in line]
            for a, b in zip(nodes, nodes[1:]):
                if a != b:
                    w = haversine_km(a, b)
                    graph.setdefault(a, {})[b] = w
                    graph.setdefault(b, {})[a] = w
    return graph


def shortest_path(graph, src, dst):
    dist, prev, heap = {src: 0.0}, {}, [(0.0, src)]
    while heap:
        du, u = heapq.heappop(heap)
        if u == dst:
            break
        if du > dist[u]:
            continue
        for v, w in graph[u].items():
            if du + w < dist.get(v, math.inf):
                dist[v], prev[v] = du + w, u
                heapq.heappush(heap, (du + w, v))
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    return path[::-1]


def extract_routes(d, wpi, wpi_header):
    graph = marnet_graph(d)
    nodes = sorted(graph)
    lat_i, lon_i, code_i = wpi_header.index("Latitude"), wpi_header.index("Longitude"), wpi_header.index("UN/LOCODE")
    rows = []
    for o, t in ROUTES:
        po, pt = wpi[o], wpi[t]
        a = (float(po[lon_i]), float(po[lat_i]))
        b = (float(pt[lon_i]), float(pt[lat_i]))
        na = min(nodes, key=lambda n: haversine_km(a, n))       # the network node nearest to each port
        nb = min(nodes, key=lambda n: haversine_km(b, n))
        points = [a] + shortest_path(graph, na, nb) + [b]
        oc, dc = po[code_i].replace(" ", ""), pt[code_i].replace(" ", "")
        name = f"{oc}-{dc}"
        for seq, (lon, lat) in enumerate(points, 1):
            rows.append([name, oc, dc, seq, f"{lat:.6f}".rstrip("0").rstrip("."), f"{lon:.6f}".rstrip("0").rstrip(".")])
    write_csv("marnet_routes.csv", ["route_name", "origin_code", "destination_code", "seq", "lat", "lon"], rows)


def main():
    d = data_dir()
    if not os.path.isdir(d):
        sys.exit(f"no data directory {d}")
    extract_mrv(d)
    wpi, wpi_header = extract_wpi(d)
    extract_ais(d)
    extract_marad(d)
    extract_marpol(d)
    extract_routes(d, wpi, wpi_header)


if __name__ == "__main__":
    main()
