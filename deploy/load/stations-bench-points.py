#!/usr/bin/env python3
"""Writes the seeded search points of deploy/load/stations-benchmark.sh: random European cities from the
simulator's table (cpo-simulator/src/main/resources/network/europe-cities.csv) with a small gaussian jitter, as
a Lua table for wrk and as CASE expressions for pgbench, so both sides draw from the same list."""
import argparse
import csv
import math
import random

parser = argparse.ArgumentParser()
parser.add_argument("--cities", required=True)
parser.add_argument("--seed", type=int, default=42)
parser.add_argument("--count", type=int, default=200)
parser.add_argument("--lua", required=True)
parser.add_argument("--pgbench", required=True, help="pgbench \\set lines (lat, lon) for a random point")
args = parser.parse_args()

with open(args.cities, encoding="utf-8") as f:
    rows = [r for r in csv.reader(f) if r and not r[0].startswith("#")]
rnd = random.Random(args.seed)
points = []
for _ in range(args.count):
    name, _, _, lat, lon, _, _ = rnd.choice(rows)
    lat, lon = float(lat), float(lon)
    jitter_km = 3.0
    lat += rnd.gauss(0, jitter_km) / 111.2
    lon += rnd.gauss(0, jitter_km) / (111.2 * math.cos(math.radians(lat)))
    points.append((round(lat, 6), round(lon, 6)))

with open(args.lua, "w", encoding="utf-8") as f:
    f.write("return {\n")
    for lat, lon in points:
        f.write('  {"%.6f", "%.6f"},\n' % (lat, lon))
    f.write("}\n")

with open(args.pgbench, "w", encoding="utf-8") as f:
    f.write("\\set p random(0, %d)\n" % (len(points) - 1))
    for axis, index in (("lat", 0), ("lon", 1)):
        cases = " ".join("WHEN :p = %d THEN %.6f" % (i, p[index]) for i, p in enumerate(points))
        f.write("\\set %s CASE %s ELSE 0.0 END\n" % (axis, cases))
