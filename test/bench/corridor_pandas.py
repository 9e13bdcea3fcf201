#!/usr/bin/python3
"""The pandas baseline of test/bench/corridor_summary.sh: the corridor report in pandas.

Reads the plain columns of the benchmark's t_plain (corridor, year and the 19
per-voyage double precision columns that corridor_summary.sh's plain-SQL query
sums) out of the database (COPY ... TO STDOUT in CSV through psycopg2 into
memory, parsed with pandas.read_csv, the corridor read as a category: the fast
way to get a large table into a DataFrame; pandas.read_sql is much slower),
then computes the report per (corridor, year): the number of voyages, the 19
sums (groupby().sum(min_count=1): NULL, not 0, for a pollutant no voyage has, as
SQL's sum; observed categories only) and the derived fields
(TtW and WtW t CO2e, EEOI, GHG intensity, zero/low-carbon share), as the
plain-SQL query does.

Timed per repetition, each as wall clock (time.perf_counter) and CPU time:
  read        COPY out of the database + read_csv; CPU = this process's +
              the server backend's during the COPY (read from
              /proc/self/schedstat through pg_read_file on the same
              connection: needs a superuser; the process's alone otherwise)
  groupby     the report from the DataFrame already in memory (category key)
  e2e         read + groupby
  groupby_obj for information: the same with the corridor as Python strings
              (object dtype, what read_csv gives without a dtype)
Output: lines "rep|stage|wall_ms|cpu_ms|load1" (load1: the 1-minute load
average) on stdout, a summary on stderr; with
--result FILE the report of the last repetition as CSV (corridor, year,
voyages and the fields, 17 significant digits) for the agreement check.

Needs Debian's python3-pandas and python3-psycopg2 (use /usr/bin/python3);
test/bench/benchpy.py has the code shared with the other baselines.
Connection: libpq's environment (PGHOST, PGPORT, PGUSER) and --dbname.
"""
import argparse
import io
import sys

import numpy as np
import pandas as pd

from benchpy import clocks, connect, emit, server_cpu

COLS = ["distance_nm", "hours", "fuel_t", "energy_mj", "co2_t", "ch4_t", "n2o_t", "nox_t", "sox_t",
        "pm10_t", "pm25_t", "co_t", "hc_t", "bc_t", "wtt_g", "ttw_g", "work_tnm", "eeoi_co2_g", "zero_low_mj"]


def read(conn, table):
    """t_plain's columns as a DataFrame, and the server backend's CPU time of the COPY (s, or None)."""
    with conn.cursor() as cur:
        s0 = server_cpu(cur)
        buf = io.BytesIO()
        cur.copy_expert(f"COPY (SELECT corridor, year, {', '.join(COLS)} FROM {table}) TO STDOUT (FORMAT csv)", buf)
        s1 = server_cpu(cur)
    buf.seek(0)
    dtype = {c: np.float64 for c in COLS}
    dtype.update({"corridor": "category", "year": np.int32})
    df = pd.read_csv(buf, names=["corridor", "year"] + COLS, dtype=dtype)
    return df, (s1 - s0 if s0 is not None and s1 is not None else None)


def report(df):
    """The corridor report per (corridor, year), as corridor_summary.sh's plain-SQL query."""
    g = df.groupby(["corridor", "year"], observed=True, sort=False)
    s = g[COLS].sum(min_count=1)       # all-NaN (a pollutant not estimated) -> NaN, as SQL's sum -> NULL
    s.insert(0, "voyages", g.size())
    energy = s["energy_mj"].where(s["energy_mj"] != 0)
    work = s["work_tnm"].where(s["work_tnm"] != 0)
    s["co2e_ttw_t"] = s["ttw_g"] / 1e6
    s["co2e_wtw_t"] = (s["wtt_g"] + s["ttw_g"]) / 1e6
    s["eeoi_g_per_tnm"] = s["eeoi_co2_g"] / work
    s["ghg_intensity_gco2e_per_mj"] = (s["wtt_g"] + s["ttw_g"]) / energy
    s["zero_low_carbon_share"] = s["zero_low_mj"] / energy
    return s


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dbname", required=True)
    ap.add_argument("--table", default="t_plain")
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--first-rep", type=int, default=1, help="number of the first repetition printed")
    ap.add_argument("--result", help="write the report of the last repetition to this CSV file")
    a = ap.parse_args()
    conn = connect(a.dbname, "-c extra_float_digits=1")
    for r in range(a.first_rep, a.first_rep + a.reps):
        stages = {}
        w0, c0 = clocks()
        df, srv = read(conn, a.table)
        w1, c1 = clocks()
        stages["read"] = (w1 - w0, c1 - c0 + (srv or 0.0))
        res = report(df)
        w2, c2 = clocks()
        stages["groupby"] = (w2 - w1, c2 - c1)
        stages["e2e"] = (stages["read"][0] + stages["groupby"][0], stages["read"][1] + stages["groupby"][1])
        dfo = df.assign(corridor=df["corridor"].astype(str).astype(object))
        w3, c3 = clocks()
        report(dfo)
        w4, c4 = clocks()
        stages["groupby_obj"] = (w4 - w3, c4 - c3)
        del dfo
        emit(r, stages, ("read", "groupby", "e2e", "groupby_obj"))
        print(f"   pandas rep {r}: {len(df)} rows, {len(res)} groups; read {stages['read'][0]:.3f} s "
              f"(server CPU {'?' if srv is None else f'{srv:.3f} s'}), groupby {stages['groupby'][0]:.3f} s "
              f"(cpu {stages['groupby'][1]:.3f} s), object key {stages['groupby_obj'][0]:.3f} s", file=sys.stderr)
        del df
    if a.result:
        res.reset_index().to_csv(a.result, index=False, float_format="%.17g", lineterminator="\n")
    conn.close()


if __name__ == "__main__":
    main()
