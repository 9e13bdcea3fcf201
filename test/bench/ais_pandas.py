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

A second variant, for information ("numpy"): the same quantities from the same
DataFrame with numpy, as a pandas user tuning for speed would write them:
np.lexsort by (mmsi, t), the previous ping by position where the mmsi does not
change (no groupby), the same pyproj call, np.add.reduceat per ship.

Timed separately, per repetition (one repetition per run of this script unless
--reps says otherwise), each as wall clock (time.perf_counter) and CPU time of
this process (time.process_time; numpy, pandas and pyproj run on one thread):
  read        COPY out of the database and read_csv into DataFrames (+ to_datetime);
              the server's COPY work is in the wall clock only
  sort, shift, geod, sums   the stages of the pandas computation
  compute     sort + shift + geod + sums, on DataFrames already in memory
  e2e         read + compute
  np_compute  the numpy variant on the same DataFrames; np_e2e = read + np_compute

Output: per repetition lines "rep|stage|wall_ms|cpu_ms" on stdout, the totals
and a summary on stderr; with --per-ship FILE the per-ship results of both
variants as CSV (method, mmsi, intervals, hours, distance_nm, kwh; 17
significant digits) and with --totals the grand totals (ships|intervals|hours|
nm|kwh, pandas then numpy) on stdout instead of the timings.

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
        cur.copy_expert(f"COPY (SELECT mmsi, t, lon, lat, sog FROM {pings}) TO STDOUT (FORMAT csv)", buf)
        buf.seek(0)
        df = pd.read_csv(buf, names=["mmsi", "t", "lon", "lat", "sog"],
                         dtype={"mmsi": np.int64, "t": str, "lon": np.float64, "lat": np.float64,
                                "sog": np.float64})
        del buf
        df["t"] = pd.to_datetime(df["t"], utc=True, format="%Y-%m-%d %H:%M:%S%z")
        sbuf = io.BytesIO()
        cur.copy_expert(f"COPY (SELECT mmsi, mcr_kw, max_speed_kn FROM {ships}) TO STDOUT (FORMAT csv)", sbuf)
        sbuf.seek(0)
        sh = pd.read_csv(sbuf, names=["mmsi", "mcr_kw", "max_speed_kn"],
                         dtype={"mmsi": np.int64, "mcr_kw": np.float64, "max_speed_kn": np.float64})
        sh = sh.set_index("mmsi").sort_index()
    return df, sh


def load_factor(speed, max_speed):
    """propulsion_load: 0 at speed 0, else (speed / max)^3 between 0.02 and 1."""
    with np.errstate(invalid="ignore"):
        return np.where(speed == 0, 0.0, np.minimum(1.0, np.maximum(0.02, (speed / max_speed) ** 3)))


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
    hours = (cur["t"] - prv["t"]).to_numpy().view(np.int64) / 3.6e12      # ns -> h
    speed = (cur["sog"].to_numpy() + prv["sog"].to_numpy()) / 2
    mmsi = cur["mmsi"].to_numpy()
    sh = ships.reindex(mmsi)
    mcr = sh["mcr_kw"].to_numpy()
    max_speed = sh["max_speed_kn"].to_numpy()
    load = load_factor(speed, max_speed)
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


def compute_numpy(df, ships, geod, stages):
    """The same with numpy on the DataFrame's columns: np.lexsort by (mmsi, t), the previous
    ping by position where the mmsi does not change, sums by np.add.reduceat over the
    (sorted) ships: what a pandas user tuning for speed would write."""
    w0, c0 = clocks()
    mmsi = df["mmsi"].to_numpy()
    t = df["t"].values.view(np.int64)                  # ns since 1970, UTC
    o = np.lexsort((t, mmsi))
    mmsi, t = mmsi[o], t[o]
    lon, lat, sog = df["lon"].to_numpy()[o], df["lat"].to_numpy()[o], df["sog"].to_numpy()[o]
    same = mmsi[1:] == mmsi[:-1]                       # pairs of consecutive pings of one ship
    _, _, metres = geod.inv(lon[:-1][same], lat[:-1][same], lon[1:][same], lat[1:][same])
    hours = (t[1:] - t[:-1])[same] / 3.6e12
    speed = (sog[1:] + sog[:-1])[same] / 2
    m = mmsi[1:][same]
    k = np.searchsorted(ships.index.to_numpy(), m)
    kwh = ships["mcr_kw"].to_numpy()[k] * load_factor(speed, ships["max_speed_kn"].to_numpy()[k]) * hours
    starts = np.flatnonzero(np.r_[True, m[1:] != m[:-1]])
    per_ship = pd.DataFrame({"intervals": np.diff(np.r_[starts, len(m)]),
                             "hours": np.add.reduceat(hours, starts),
                             "distance_nm": np.add.reduceat(metres / NM, starts),
                             "kwh": np.add.reduceat(kwh, starts)}, index=pd.Index(m[starts], name="mmsi"))
    totals = (len(per_ship), int(per_ship["intervals"].sum()), float(per_ship["hours"].sum()),
              float(per_ship["distance_nm"].sum()), float(per_ship["kwh"].sum()))
    w1, c1 = clocks()
    stages["np_compute"] = (w1 - w0, c1 - c0)
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
        np_per_ship, np_totals = compute_numpy(df, ships, geod, stages)
        stages["np_e2e"] = (stages["read"][0] + stages["np_compute"][0], stages["read"][1] + stages["np_compute"][1])
        del df
        if not a.totals:
            for name in ("read", "sort", "shift", "geod", "sums", "compute", "e2e", "np_compute", "np_e2e"):
                print(f"{r}|{name}|{stages[name][0] * 1000:.3f}|{stages[name][1] * 1000:.3f}")
        for label, tt in (("pandas", totals), ("numpy", np_totals)):
            print(f"{label} rep {r}: {tt[1]} intervals of {tt[0]} ships, {tt[2]!r} h, {tt[3]!r} nm, "
                  f"{tt[4]!r} kWh", file=sys.stderr)
        print(f"   read {stages['read'][0]:.2f} s, compute: pandas {stages['compute'][0]:.2f} s "
              f"(cpu {stages['compute'][1]:.2f} s), numpy {stages['np_compute'][0]:.2f} s "
              f"(cpu {stages['np_compute'][1]:.2f} s)", file=sys.stderr)
    if a.totals:
        print("|".join(repr(x) for x in totals))
        print("|".join(repr(x) for x in np_totals))
    if a.per_ship:
        both = pd.concat([per_ship.assign(method="pandas"), np_per_ship.assign(method="numpy")]).reset_index()
        both[["method", "mmsi", "intervals", "hours", "distance_nm", "kwh"]].to_csv(
            a.per_ship, index=False, float_format="%.17g", lineterminator="\n")
    conn.close()


if __name__ == "__main__":
    main()
