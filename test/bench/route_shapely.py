#!/usr/bin/python3
"""The shapely/pyproj anchors of test/bench/route_share.sh (Debian python3-shapely, python3-pyproj).

The same computation as the plain PostGIS expression of route_share.sh, with
GEOS through shapely and Karney's geodesic through pyproj (PROJ's
geod_inverse), on the same rows:

  --mode share   for every route of the set (routes.zset = --routes): its
                 ST_ShiftLongitude'd geometry (routes.g_pg, as the PostGIS side
                 reads it) intersected with the zone (bench_zone.zset = --zone;
                 geom_shift for antimeridian routes), share = geodesic length
                 of the intersection / geodesic length of the route
                 (pyproj.Geod(ellps='WGS84').geometry_length); the sum
  --mode length  the geodesic length of every route of the set, in nm; the sum

Timed per repetition, each as wall clock and CPU time:
  read      the routes (and the zone) out of the database as WKB, shapely.wkb.loads;
            CPU = this process's + the server backend's meanwhile (through
            pg_read_file('/proc/self/schedstat') on the same connection)
  compute   the shares (or the lengths) from the geometries in memory
  e2e       read + compute
Output: lines "rep|stage|wall_ms|cpu_ms|load1" on stdout, a summary on stderr;
with --result FILE the per-route results (id, value; 17 significant digits).

Needs Debian's python3-shapely, python3-pyproj and python3-psycopg2 (use
/usr/bin/python3); test/bench/benchpy.py has the code shared with the other
baselines.  Connection: libpq's environment (PGHOST, PGPORT, PGUSER) and --dbname.
"""
import argparse
import sys

from pyproj import Geod
from shapely import wkb

from benchpy import clocks, connect, emit, server_cpu

NM = 1852.0


def read(conn, routes, zone):
    """[(id, am, geometry)] of the set, and the zone (plain, shifted) or None."""
    with conn.cursor() as cur:
        s0 = server_cpu(cur)
        cur.execute("SELECT id, am, ST_AsBinary(g_pg) FROM routes WHERE zset = %s ORDER BY id", (routes,))
        rows = [(i, am, wkb.loads(bytes(b))) for i, am, b in cur.fetchall()]
        z = None
        if zone:
            cur.execute("SELECT ST_AsBinary(geom), ST_AsBinary(geom_shift) FROM bench_zone WHERE zset = %s", (zone,))
            g, gs = cur.fetchone()
            z = (wkb.loads(bytes(g)), wkb.loads(bytes(gs)))
        s1 = server_cpu(cur)
    return rows, z, (s1 - s0 if s0 is not None and s1 is not None else 0.0)


def shares(rows, z, geod):
    """Per route: the geodesic length of route ∩ zone / the geodesic length of the route."""
    out = []
    for i, am, g in rows:
        inter = g.intersection(z[1] if am else z[0])
        out.append((i, geod.geometry_length(inter) / geod.geometry_length(g)))
    return out


def lengths(rows, geod):
    return [(i, geod.geometry_length(g) / NM) for i, _, g in rows]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dbname", required=True)
    ap.add_argument("--routes", required=True, help="the route set (routes.zset)")
    ap.add_argument("--zone", help="the zone (bench_zone.zset), for --mode share")
    ap.add_argument("--mode", choices=("share", "length"), default="share")
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--first-rep", type=int, default=1, help="number of the first repetition printed")
    ap.add_argument("--result", help="write the per-route results of the last repetition to this CSV file")
    a = ap.parse_args()
    if a.mode == "share" and not a.zone:
        ap.error("--mode share needs --zone")
    conn = connect(a.dbname)
    geod = Geod(ellps="WGS84")
    for r in range(a.first_rep, a.first_rep + a.reps):
        stages = {}
        w0, c0 = clocks()
        rows, z, srv = read(conn, a.routes, a.zone if a.mode == "share" else None)
        w1, c1 = clocks()
        stages["read"] = (w1 - w0, c1 - c0 + srv)
        res = shares(rows, z, geod) if a.mode == "share" else lengths(rows, geod)
        total = sum(v for _, v in res)
        w2, c2 = clocks()
        stages["compute"] = (w2 - w1, c2 - c1)
        stages["e2e"] = (stages["read"][0] + stages["compute"][0], stages["read"][1] + stages["compute"][1])
        emit(r, stages, ("read", "compute", "e2e"))
        print(f"   shapely/pyproj {a.mode} rep {r}: {len(rows)} routes, sum {total!r}; read {stages['read'][0]:.2f} s "
              f"(server CPU {srv:.2f} s), compute {stages['compute'][0]:.2f} s (cpu {stages['compute'][1]:.2f} s)",
              file=sys.stderr)
    if a.result:
        with open(a.result, "w") as f:
            f.write("id,value\n")
            for i, v in res:
                f.write(f"{i},{v!r}\n")
    conn.close()


if __name__ == "__main__":
    main()
