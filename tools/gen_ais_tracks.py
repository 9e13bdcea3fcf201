#!/usr/bin/env python3
"""SYNTHETIC AIS position reports (pings) for test/bench/ais_track.sh.

*** SYNTHETIC DATA: made-up ships and tracks, not AIS reports of real ships. ***

One UTC day per ship, 2022-01-03 00:00:00 to 23:59:59, off Southern California
(Los Angeles/Long Beach, San Diego, the sea west and south of them):

- pings every 86,400 / m seconds on average (m = pings per ship; 17.3 s for the
  default 5,000), each jittered by up to 80 % of that step, whole seconds (AIS
  time stamps are), so strictly increasing: no duplicate time stamps;
- ships at berth (25 %): a berth position in Los Angeles/Long Beach or San Diego,
  SOG 0.0 (sometimes 0.1), navigational status 5 (moored);
- ships at anchor (15 %): swinging on a 100-250 m circle round an anchor in San
  Pedro Bay or off San Diego, SOG 0.0-0.4, status 1 (at anchor);
- ships under way (45 %): starting in lat 32-34.5, lon -121..-118.5, a course of
  170-320 degrees followed along a great circle with small heading changes
  (mean-reverting random walk, about 0.2 degrees a ping), at 10-22 kn (and at most
  0.5 kn under the ship's maximum speed) with +-0.3 kn of drift, status 0;
- departing ships (15 %): at berth in Los Angeles/Long Beach until 02:00-20:00,
  then 60 min of harbour manoeuvring at up to 5 kn, 30 min accelerating to their
  sea speed, and out to sea (course 200-260 degrees), status 5 then 0.

Reported positions carry 2 m (1 sigma) of GPS noise and 6 decimals of a degree;
SOG 0.1 kn and COG 0.1 degree resolution.  By construction no interval exceeds
6 h and no pair of consecutive pings implies more than about 30 kn, so that
portemis's ais_track keeps every ping (the benchmark checks it).

Ships (--ships-csv): mmsi (unique, nine digits with a real flag's MID), name
(SYNTHETIC-nnnn), maximum speed 14-25 kn, main-engine MCR 5,000-60,000 kW
growing with the speed; random but plausible, not real ships.

Output: the pings as CSV on stdout (or --out), sorted by time then MMSI as a
receiver logs them, after comment lines starting with '#' that say SYNTHETIC;
then the header mmsi,t,lon,lat,sog,cog,nav_status.  Load with
  sed '/^#/d' pings.csv | psql -c "COPY pings FROM STDIN (FORMAT csv, HEADER match)"

Usage (numpy and pandas: Debian's python3-numpy and python3-pandas):
  tools/gen_ais_tracks.py --pings 10000000 --ships 2000 --seed 42 --ships-csv ships.csv > pings.csv
"""
import argparse
import sys
import time

import numpy as np
import pandas as pd

R_NM = 3440.065                  # mean Earth radius in nautical miles (generation only)
DAY0 = np.datetime64("2022-01-03T00:00:00", "s")
DAY_S = 86400
M_PER_DEG = 111320.0
GPS_SIGMA_M = 2.0
# Flags' maritime identification digits: USA, Panama, Liberia, Marshall Is., Malta,
# Hong Kong, Singapore, China, Japan, Korea, Greece, Bahamas.
MIDS = np.array([366, 367, 368, 369, 351, 352, 353, 370, 371, 372, 636, 538, 215, 229, 248, 249, 256,
                 477, 563, 564, 565, 566, 412, 413, 414, 431, 432, 440, 441, 237, 240, 241, 311])
# Berths: Los Angeles/Long Beach terminals and San Diego (lon, lat).
BERTHS = np.array([(-118.2650, 33.7400), (-118.2450, 33.7520), (-118.2150, 33.7530), (-118.1930, 33.7580),
                   (-118.2080, 33.7370), (-118.2480, 33.7300), (-118.1780, 33.7470), (-117.1530, 32.7120),
                   (-117.1700, 32.7230), (-118.2740, 33.7630)])
ANCHORAGES = np.array([(-118.1400, 33.6900), (-118.1100, 33.6950), (-118.1650, 33.6800), (-118.0900, 33.7050),
                       (-117.2200, 32.6800)])


def destination(lat, lon, az, dist_nm):
    """Great-circle destination (degrees) and the azimuth on arrival, on a sphere."""
    p1, l1, a = np.radians(lat), np.radians(lon), np.radians(az)
    d = dist_nm / R_NM
    sp2 = np.sin(p1) * np.cos(d) + np.cos(p1) * np.sin(d) * np.cos(a)
    p2 = np.arcsin(np.clip(sp2, -1, 1))
    l2 = l1 + np.arctan2(np.sin(a) * np.sin(d) * np.cos(p1), np.cos(d) - np.sin(p1) * sp2)
    # azimuth at the destination: the reverse azimuth (from 2 back to 1) + 180
    dl = l1 - l2
    back = np.arctan2(np.sin(dl) * np.cos(p1), np.cos(p2) * np.sin(p1) - np.sin(p2) * np.cos(p1) * np.cos(dl))
    return np.degrees(p2), (np.degrees(l2) + 540) % 360 - 180, (np.degrees(back) + 180) % 360


def ships_table(rng, n):
    mmsi = set()
    while len(mmsi) < n:
        k = n - len(mmsi)
        mmsi.update((rng.choice(MIDS, k) * 1_000_000 + rng.integers(0, 1_000_000, k)).tolist())
    mmsi = np.array(sorted(mmsi))
    rng.shuffle(mmsi)
    max_speed = np.round(rng.uniform(14, 25, n), 1)
    mcr = 5000 + 55000 * ((max_speed - 14) / 11) ** 1.3 * rng.uniform(0.55, 1.0, n)
    mcr = np.clip(np.round(mcr / 10) * 10, 5000, 60000)
    return pd.DataFrame({"mmsi": mmsi, "name": [f"SYNTHETIC-{i + 1:04d}" for i in range(n)],
                         "mcr_kw": mcr, "max_speed_kn": max_speed})


def tracks(rng, ships, n_pings):
    s = len(ships)
    counts = np.full(s, n_pings // s)
    counts[: n_pings % s] += 1
    m = counts.max()
    step = DAY_S / counts                          # mean seconds between pings, per ship
    # times: k * step + U(0, 0.8 step), whole seconds: strictly increasing, inside the day
    k = np.arange(m)[None, :]
    t = np.floor(k * step[:, None] + rng.uniform(0, 0.8, (s, m)) * step[:, None]).astype(np.int64)
    valid = k < counts[:, None]
    t = np.where(valid, t, DAY_S - 1)

    u = rng.uniform(size=s)
    kind = np.where(u < 0.25, 0, np.where(u < 0.40, 1, np.where(u < 0.85, 2, 3)))   # berth anchor way departing
    max_speed = ships["max_speed_kn"].to_numpy()
    sea_speed = np.minimum(rng.uniform(10, 22, s), max_speed - 0.5)

    berth = BERTHS[rng.integers(0, len(BERTHS), s)] + rng.normal(0, 0.001, (s, 2))
    berth[kind == 3] = BERTHS[rng.integers(0, 7, (kind == 3).sum())]                   # LA/LB
    anchor = ANCHORAGES[rng.integers(0, len(ANCHORAGES), s)] + rng.normal(0, 0.004, (s, 2))
    swing_r = rng.uniform(100, 250, s)
    theta = rng.uniform(0, 360, s)
    start = np.column_stack([rng.uniform(-121, -118.5, s), rng.uniform(32, 34.5, s)])
    course0 = np.where(kind == 3, 180.0, rng.uniform(170, 320, s))
    course_sea = rng.uniform(200, 260, s)
    t_dep = rng.uniform(2 * 3600, 20 * 3600, s)

    lon = np.empty((s, m))
    lat = np.empty((s, m))
    sog = np.empty((s, m))
    cog = np.empty((s, m))
    status = np.empty((s, m), dtype=np.int16)

    way = kind >= 2
    cur_lon = np.where(kind == 2, start[:, 0], berth[:, 0])
    cur_lat = np.where(kind == 2, start[:, 1], berth[:, 1])
    gc_az = course0.copy()            # azimuth along the great circle
    wiggle = np.zeros(s)              # small heading changes round it
    drift = np.zeros(s)               # speed drift (kn)
    prev_t = t[:, 0].astype(float)
    for j in range(m):
        tj = t[:, j].astype(float)
        dt_h = (tj - prev_t) / 3600
        prev_t = tj
        wiggle = 0.98 * wiggle + rng.normal(0, 0.2, s)
        drift = np.clip(0.995 * drift + rng.normal(0, 0.03, s), -0.3, 0.3)
        # the speed of a ship moving: constant at sea; departing: 0, harbour, accelerating, sea
        since = tj - t_dep
        v = np.where(kind == 2, sea_speed + drift,
                     np.where(since < 0, 0.0,
                              np.where(since < 3600, 5 * np.minimum(1, since / 900),
                                       np.where(since < 5400, 5 + (sea_speed - 5) * (since - 3600) / 1800,
                                                sea_speed + drift))))
        v = np.where(way, np.maximum(v, 0), 0.0)
        # departing: turn from 180 to the sea course during the first 90 min
        turn = np.clip(since / 5400, 0, 1)
        target = np.where(kind == 3, 180 + (course_sea - 180) * turn, gc_az)
        az = np.where(kind == 3, target, gc_az) + wiggle * (v > 0)
        moving = way & (v > 0)
        nlat, nlon, naz = destination(cur_lat, cur_lon, az, v * dt_h)
        cur_lat = np.where(moving, nlat, cur_lat)
        cur_lon = np.where(moving, nlon, cur_lon)
        gc_az = np.where(moving & (kind == 2), (naz - wiggle) % 360, gc_az)
        # anchored ships swing round their anchor
        theta = theta + rng.normal(0, 0.6, s)
        a_lat = anchor[:, 1] + swing_r * np.cos(np.radians(theta)) / M_PER_DEG
        a_lon = anchor[:, 0] + swing_r * np.sin(np.radians(theta)) / (M_PER_DEG * np.cos(np.radians(anchor[:, 1])))
        p_lat = np.where(kind == 1, a_lat, cur_lat)
        p_lon = np.where(kind == 1, a_lon, cur_lon)
        # reported: GPS noise, AIS resolutions
        lat[:, j] = np.round(p_lat + rng.normal(0, GPS_SIGMA_M, s) / M_PER_DEG, 6)
        lon[:, j] = np.round(p_lon + rng.normal(0, GPS_SIGMA_M, s) / (M_PER_DEG * np.cos(np.radians(p_lat))), 6)
        still = np.where(rng.uniform(size=s) < 0.9, 0.0, 0.1)
        sog[:, j] = np.where(moving, np.round(np.maximum(v + rng.normal(0, 0.1, s), 0), 1),
                             np.where(kind == 1, np.round(np.abs(rng.normal(0.15, 0.1, s)), 1), still))
        cog[:, j] = np.round(np.where(moving, az % 360, rng.uniform(0, 360, s)), 1)
        status[:, j] = np.where(kind == 1, 1, np.where(moving | (kind == 2), 0, 5))
    return t, valid, lon, lat, sog, cog, status, kind


def main():
    ap = argparse.ArgumentParser(description="SYNTHETIC AIS pings (see the module docstring)")
    ap.add_argument("--pings", type=int, default=10_000_000, help="pings in all (default 10,000,000)")
    ap.add_argument("--ships", type=int, default=None, help="ships (default pings / 5,000)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--ships-csv", required=True, help="where to write the ships (CSV)")
    ap.add_argument("--out", default="-", help="where to write the pings (CSV; default stdout)")
    a = ap.parse_args()
    n_ships = a.ships or max(1, a.pings // 5000)
    if a.pings < 2 * n_ships:
        sys.exit("need at least two pings per ship")
    t0 = time.time()
    rng = np.random.default_rng(a.seed)
    ships = ships_table(rng, n_ships)
    t, valid, lon, lat, sog, cog, status, kind = tracks(rng, ships, a.pings)
    label = (f"SYNTHETIC AIS pings from tools/gen_ais_tracks.py (seed {a.seed}): {a.pings} pings of "
             f"{n_ships} made-up ships, 2022-01-03 UTC, off Southern California; not real ships")
    with open(a.ships_csv, "w") as f:
        f.write(f"# SYNTHETIC ships from tools/gen_ais_tracks.py (seed {a.seed}): {n_ships} made-up ships with "
                "plausible maximum speeds and main-engine MCR; not real ships\n")
        ships.to_csv(f, index=False, lineterminator="\n")

    idx = np.nonzero(valid)
    order = np.lexsort((ships["mmsi"].to_numpy()[idx[0]], t[idx]))     # by time, then MMSI
    si, sj = idx[0][order], idx[1][order]
    df = pd.DataFrame({"mmsi": ships["mmsi"].to_numpy()[si],
                       "t": np.char.add(np.datetime_as_string(DAY0 + t[si, sj], unit="s"), "Z"),
                       "lon": lon[si, sj], "lat": lat[si, sj], "sog": sog[si, sj], "cog": cog[si, sj],
                       "nav_status": status[si, sj]})
    out = sys.stdout if a.out == "-" else open(a.out, "w")
    out.write(f"# {label}\n# columns: mmsi, time (UTC), longitude, latitude (degrees WGS 84), SOG (kn), "
              "COG (degrees), AIS navigational status\n")
    chunk = 1_000_000
    for i in range(0, len(df), chunk):
        df.iloc[i:i + chunk].to_csv(out, index=False, header=(i == 0), lineterminator="\n")
    out.flush()
    kinds = np.bincount(kind, minlength=4)
    print(f"{label}; ships at berth {kinds[0]}, at anchor {kinds[1]}, under way {kinds[2]}, departing {kinds[3]}; "
          f"generated in {time.time() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
