#!/usr/bin/env python3
"""Independent re-computation of the README's port-call example (activity-based
method, EPA-420-B-22-011 chapter 3) from the published formulas and factors, to check
mode_emissions against.  Written separately from the C code; run it to print the
expected tonnes per pollutant and mode."""
import math

CF = {"HFO": 3.114, "MGO": 3.206}
S = {"HFO": 0.5, "MGO": 0.1}
PMNOM = {"HFO": 0.5761, "MGO": 0.1545}
BSFC = {("main", "SSD", "MGO"): 185, ("main", "SSD", "HFO"): 195,
        ("aux", "MSD", "MGO"): 217, ("aux", "MSD", "HFO"): 227,
        ("boiler", "BOILER", "MGO"): 300, ("boiler", "BOILER", "HFO"): 305}
NOX_T2 = {("main", "SSD", "MGO"): 14.4, ("main", "SSD", "HFO"): 15.3,
          ("aux", "MSD", "MGO"): 10.5, ("aux", "MSD", "HFO"): 11.2,
          ("boiler", "BOILER", "MGO"): 2.0, ("boiler", "BOILER", "HFO"): 2.1}
HC = {"main": 0.6, "aux": 0.4, "boiler": 0.1}      # SSD, aux MSD, boiler
CO = {"main": 1.4, "aux": 1.1, "boiler": 0.2}
CH4 = {"main": 0.012, "aux": 0.008, "boiler": 0.002}
N2O = {("main", "MGO"): 0.029, ("main", "HFO"): 0.031, ("boiler", "MGO"): 0.075, ("boiler", "HFO"): 0.08}
LLAF = {"NOx": (0.1255, 1.5, 10.4496), "HC": (0.0667, 1.5, 0.3859), "CO": (0.8378, 1.0, 0.1548),
        "PM10": (0.0059, 1.5, 0.2551), "PM2.5": (0.0059, 1.5, 0.2551), "CO2": (44.1, 1.0, 648.6)}


def llaf(p, lf, s):
    if lf > 0.2:
        return 1.0
    if p == "SOx":
        a, b = 2.3735, -0.4792
        return (a * (14.1205 / lf + 205.7169) * s + b) / (a * (14.1205 / 0.2 + 205.7169) * s + b)
    if p not in LLAF:
        return 1.0
    a, x, b = LLAF[p]
    return (a * lf ** -x + b) / (a * 0.2 ** -x + b)


def engine(group, eng, fuel, kw, h, lf=None):
    kwh = kw * h
    bsfc = BSFC[(group, eng, fuel)]
    s = S[fuel]
    pm10 = PMNOM[fuel] + s * bsfc * 2.247 * 7 * 1e-4
    ef = {"CO2": bsfc * CF[fuel], "SOx": bsfc * 2 * 0.97753 * s / 100, "PM10": pm10, "PM2.5": 0.92 * pm10,
          "NOx": NOX_T2[(group, eng, fuel)], "HC": HC[group], "CO": CO[group], "CH4": CH4[group],
          "N2O": N2O.get((group, fuel), float("nan"))}  # no auxiliary-engine N2O factor: unknown, not 0
    out = {}
    for p, v in ef.items():
        adj = llaf(p, lf, s) if (group == "main" and lf is not None and p not in ("CH4", "N2O")) else 1.0
        out[p] = kwh * v * adj * 1e-6
    return out


def add(*parts):
    tot = {}
    for d in parts:
        for k, v in d.items():
            tot[k] = tot.get(k, 0) + v
    return tot


MCR, VMAX = 57000, 25.0
AUX = {"transit": 1630, "maneuvering": 2780, "berth": 1000, "anchorage": 1630}
BOIL = {"transit": 0, "maneuvering": 520, "berth": 520, "anchorage": 520}


def mode(m, hours, speed=None, eca=True, shore=False):
    fuel = "MGO" if eca else "HFO"
    parts = []
    if m in ("transit", "maneuvering"):
        lf = min(1, max(0.02, (speed / VMAX) ** 3))
        parts.append(engine("main", "SSD", fuel, MCR * lf, hours, lf))
    if not shore:
        parts.append(engine("aux", "MSD", fuel, AUX[m], hours))
    if BOIL[m]:
        parts.append(engine("boiler", "BOILER", fuel, BOIL[m], hours))
    return add(*parts)


calls = [("transit", 10, 16.0, False), ("maneuvering", 2, 6.0, False), ("anchorage", 12, None, False),
         ("berth", 48, None, False), ("berth", 48, None, True)]
for m, h, sp, shore in calls:
    r = mode(m, h, sp, True, shore)
    print(f"{m:12s} {h:3d} h shore={shore!s:5s} " + " ".join(
        f"{k}={'unknown' if r[k] != r[k] else format(r[k], '.6f')}" for k in
        ("CO2", "CH4", "N2O", "NOx", "SOx", "PM10", "PM2.5", "CO", "HC")))
print(f"shore power grid: {AUX['berth'] * 48} kWh; at 0.2 kg CO2/kWh: {AUX['berth'] * 48 * 0.2 / 1000:.6f} t CO2")
