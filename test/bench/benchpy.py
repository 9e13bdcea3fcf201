"""Shared by the Python baselines of test/bench (corridor_pandas.py, route_shapely.py).

The connection (libpq's environment: PGHOST, PGPORT, PGUSER), the clocks, the
server backend's CPU time, and the timing lines test/bench/lib.sh's
bench_python_rows reads: "rep|stage|wall_ms|cpu_ms|load1".
"""
import os
import time

import psycopg2


def connect(dbname, options=""):
    """A read-only autocommit connection to the benchmark database."""
    conn = psycopg2.connect(dbname=dbname, options=options)
    conn.set_session(readonly=True, autocommit=True)
    return conn


def clocks():
    """(wall clock, this process's CPU time), in s."""
    return time.perf_counter(), time.process_time()


def server_cpu(cur):
    """The CPU time of this connection's server backend in s (/proc/self/schedstat through
    pg_read_file: needs a superuser), or None.  A 1 ms sleep first brings it up to date."""
    try:
        cur.execute("SELECT pg_sleep(0.0002), split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint")
        return cur.fetchone()[1] / 1e9
    except psycopg2.Error:
        return None


def emit(rep, stages, names):
    """Print the stages' timings (stages[name] = (wall_s, cpu_s)) for lib.sh, with the load."""
    load1 = os.getloadavg()[0]
    for name in names:
        wall, cpu = stages[name]
        print(f"{rep}|{name}|{wall * 1000:.3f}|{cpu * 1000:.3f}|{load1:.2f}", flush=True)
