#!/usr/bin/python3
"""The pandas baseline of test/bench/ais_track.sh: AIS pings to per-ship intervals.

Reads the pings and the ships out of the benchmark database (COPY ... TO STDOUT
in CSV through psycopg2, parsed with pandas.read_csv: the fast way to get a
large table into a DataFrame; pandas.read_sql is much slower), then computes
what ais_track.sh's SQL queries compute, per ship (mmsi):

  sort by mmsi, t; groupby('mmsi').shift(1) of t, lon, lat, sog (the previous
  ping of the same ship); for every ping with a previous one: hours =
  (t - t_prev) in ns / 3.6e12, distance_nm = pyproj.Geod(ellps='WGS84').inv(...)
  metres / 1852 (Karney's geodesic, vectorised, PROJ's geod_inverse), speed =
  mean of the two SOGs, load = 0 at speed 0, else min(1, max(0.02, (speed /
  max_speed_kn)^3)), kWh = mcr_kw * load * hours; then per ship the count and
  the sums (groupby sum), and the grand totals.

Timed separately, per repetition (one repetition per run of this script unless
--reps says otherwise):
  read     COPY out of the database and read_csv into DataFrames (+ to_datetime)
  compute  sort, groupby shift, geodesics, load and kWh, per-ship and grand sums
           (also broken down into its stages), on DataFrames already in memory
  e2e      read + compute
each as wall clock (time.perf_counter) and CPU time of this process
(time.process_time; numpy and pyproj run on one thread here).

Output: one line per repetition "rep|stage|wall_ms|cpu_ms" (stages read, sort,
shift, geod, sums, compute, e2e) on stdout, the totals on stderr; with
--per-ship FILE the per-ship results as CSV (17 significant digits) and with
--totals the grand totals on stdout instead of timings.

Needs Debian's python3-pandas, python3-pyproj and python3-psycopg2 (use
/usr/bin/python3).  Connection: libpq's environment (PGHOST, PGPORT, PGUSER)
and --dbname.
"""
import argparse
import io
import sys
import time

import numpy as np
import pandas as pd
import psycopg2
from pyproj import Geod

NM = 1852.0


def clocks():
    return time.perf_counter(), time.process_time()


def read(conn, pings, ships):
    """The pings and the ships as DataFrames: COPY to CSV, read_csv, timestamps parsed."""
    with conn.cursor() as cur:
        buf = io.BytesIO()
        cur.copy_expert(f"COPY (SELECT mmsi, t, lon, lat, sog, nav_status FROM {pings}) TO STDOUT (FORMAT csv)", buf)
        buf.seek(0)
        df = pd.read_csv(buf, names=["mmsi", "t", "lon", "lat", "sog", "nav_status"],
                         dtype={"mmsi": np.int64, "t": str, "lon": np.float64, "lat": np.float64,
                                "sog": np.float64, "nav_status": "Int32"},
                         float_precision="round_trip")
        del buf
        df["t"] = pd.to_datetime(df["t"], utc=True, format="%Y-%m-%d %H:%M:%S%z")
        sbuf = io.BytesIO()
        cur.copy_expert(f"COPY (SELECT mmsi, mcr_kw, max_speed_kn FROM {ships}) TO STDOUT (FORMAT csv)", sbuf)
        sbuf.seek(0)
        sh = pd.read_csv(sbuf, names=["mmsi", "mcr_kw", "max_speed_kn"],
                         dtype={"mmsi": np.int64, "mcr_kw": np.float64, "max_speed_kn": np.float64},
                         float_precision="round_trip").set_index("mmsi")
    return df, sh


def compute(df, ships, geod, stages):
    """Per-ship intervals, hours, distance_nm, kWh; stages[name] = (wall_s, cpu_s)."""
    w0, c0 = clocks()
    df = df.sort_values(["mmsi", "t"])
    w1, c1 = clocks()
    prev = df.groupby("mmsi", sort=False)[["t", "lon", "lat", "sog"]].shift(1)
    has_prev = prev["t"].notna().to_numpy()
    w2, c2 = clocks()
    cur = df[has_prev]
    prv = prev[has_prev]
    _, _, metres = geod.inv(prv["lon"].to_numpy(), prv["lat"].to_numpy(),
                            cur["lon"].to_numpy(), cur["lat"].to_numpy())
    w3, c3 = clocks()
    hours = (cur["t"].to_numpy().astype("datetime64[ns]").astype(np.int64)
             - prv["t"].to_numpy().astype("datetime64[ns]").astype(np.int64)) / 3.6e12
    speed = (cur["sog"].to_numpy() + prv["sog"].to_numpy()) / 2
    mmsi = cur["mmsi"].to_numpy()
    sh = ships.reindex(mmsi)
    mcr = sh["mcr_kw"].to_numpy()
    max_speed = sh["max_speed_kn"].to_numpy()
    with np.errstate(invalid="ignore"):
        load = np.where(speed == 0, 0.0, np.minimum(1.0, np.maximum(0.02, (speed / max_speed) ** 3)))
    per_ship = pd.DataFrame({"mmsi": mmsi, "hours": hours, "distance_nm": metres / NM,
                             "kwh": mcr * load * hours}).groupby("mmsi").agg(
        intervals=("hours", "size"), hours=("hours", "sum"), distance_nm=("distance_nm", "sum"),
        kwh=("kwh", "sum"))
    totals = (len(per_ship), int(per_ship["intervals"].sum()), float(per_ship["hours"].sum()),
              float(per_ship["distance_nm"].sum()), float(per_ship["kwh"].sum()))
    w4, c4 = clocks()
    stages["sort"] = (w1 - w0, c1 - c0)
    stages["shift"] = (w2 - w1, c2 - c1)
    stages["geod"] = (w3 - w2, c3 - c2)
    stages["sums"] = (w4 - w3, c4 - c3)
    stages["compute"] = (w4 - w0, c4 - c0)
    return per_ship, totals


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dbname", required=True)
    ap.add_argument("--pings", default="pings", help="table of pings (mmsi, t, lon, lat, sog, nav_status)")
    ap.add_argument("--ships", default="ships", help="table of ships (mmsi, mcr_kw, max_speed_kn)")
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--first-rep", type=int, default=1, help="number of the first repetition printed")
    ap.add_argument("--per-ship", help="write the per-ship results to this CSV file")
    ap.add_argument("--totals", action="store_true", help="print the totals (ships|intervals|hours|nm|kwh)")
    a = ap.parse_args()
    # ISO time stamps in UTC, "2022-01-03 00:00:17+00", whatever the database's settings
    conn = psycopg2.connect(dbname=a.dbname, options="-c TimeZone=UTC -c DateStyle=ISO,MDY")
    conn.set_session(readonly=True, autocommit=True)
    geod = Geod(ellps="WGS84")
    for r in range(a.first_rep, a.first_rep + a.reps):
        stages = {}
        w0, c0 = clocks()
        df, ships = read(conn, a.pings, a.ships)
        w1, c1 = clocks()
        stages["read"] = (w1 - w0, c1 - c0)
        per_ship, totals = compute(df, ships, geod, stages)
        stages["e2e"] = (stages["read"][0] + stages["compute"][0], stages["read"][1] + stages["compute"][1])
        del df
        if not a.totals:
            for name in ("read", "sort", "shift", "geod", "sums", "compute", "e2e"):
                print(f"{r}|{name}|{stages[name][0] * 1000:.3f}|{stages[name][1] * 1000:.3f}")
        print(f"pandas rep {r}: {totals[1]} intervals of {totals[0]} ships, {totals[2]!r} h, {totals[3]!r} nm, "
              f"{totals[4]!r} kWh; read {stages['read'][0]:.2f} s, compute {stages['compute'][0]:.2f} s "
              f"(cpu {stages['compute'][1]:.2f} s)", file=sys.stderr)
    if a.totals:
        print("|".join(repr(x) for x in totals))
    if a.per_ship:
        per_ship.reset_index().to_csv(a.per_ship, index=False, float_format="%.17g", lineterminator="\n")
    conn.close()


if __name__ == "__main__":
    main()
