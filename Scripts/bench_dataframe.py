#!/usr/bin/env python3
"""Prism's dataframe engine against its peers on the taxi workloads Q1-Q6 of
../shared/bench/dataframe, in the same run, as whole processes.

Usage:
  python3 Scripts/bench_dataframe.py --data DIR [--python PEERS_PYTHON] [--spark-python SPARK_PYTHON]
                                     [-n RUNS] [--sizes 1m,5m] [--cells q1:csv,q2:parquet,...]

DIR holds taxi_1m.csv/.parquet and taxi_5m.csv/.parquet (made by ../shared/bench/dataframe/make_data.sh
or gen_taxi.py + to_parquet.py). PEERS_PYTHON is a Python with pandas, polars and duckdb; SPARK_PYTHON one
with pyspark (Java 17 on the PATH) — PySpark runs once per cell (its start-up alone is ~25 CPU-s).
Engines run in rotation (prism, polars, duckdb, pandas, prism, ...) so load drifts hit all alike.
Prints one Markdown table: median wall seconds and peak MiB per engine, Prism's ratio to each peer,
and whether every engine's checksum agreed with polars' (q6 splits differ by engine by design)."""
import argparse, json, os, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEERS = os.path.join(ROOT, "..", "shared", "bench", "dataframe")
DEFAULT_CELLS = "q1:csv,q1:parquet,q2:parquet,q3:csv,q3:parquet,q4:parquet,q5:parquet,q6:parquet"


def peak_mib(cmd, cwd=None):
    """Wall seconds, peak RSS (MiB) and the JSON line, through /usr/bin/time -v's report."""
    start = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "PEAK %M"] + cmd, capture_output=True, cwd=cwd)
    wall = time.monotonic() - start
    if p.returncode != 0:
        raise SystemExit("failed: %s\n%s" % (" ".join(cmd), p.stderr.decode()[-2000:]))
    peak = [l for l in p.stderr.decode().splitlines() if l.startswith("PEAK ")][-1]
    line = [l for l in p.stdout.decode().splitlines() if l.startswith("{")][-1]
    return wall, int(peak.split()[1]) / 1024, json.loads(line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--spark-python")
    ap.add_argument("--prism", default=os.path.join(ROOT, ".build", "release", "prism"))
    ap.add_argument("-n", type=int, default=3)
    ap.add_argument("--sizes", default="1m,5m")
    ap.add_argument("--cells", default=DEFAULT_CELLS)
    a = ap.parse_args()
    out = "/tmp/prism-bench-out"
    os.makedirs(out, exist_ok=True)
    engines = {
        "prism": lambda q, f: [a.prism, "run", os.path.join(ROOT, "bench", "dataframe", "q_prism.py"), q, f, "--out", out],
        "polars": lambda q, f: [a.python, "q_polars.py", q, f, "--out", out],
        "duckdb": lambda q, f: [a.python, "q_duckdb.py", q, f, "--out", out],
        "pandas": lambda q, f: [a.python, "q_pandas.py", q, f, "--out", out],
    }
    names = list(engines) + (["pyspark"] if a.spark_python else [])
    print("| query | input | " + " | ".join("%s s (MiB)" % e for e in names)
          + " | prism/polars | prism/duckdb | prism/pandas" + (" | prism/pyspark" if a.spark_python else "") + " | checksums |")
    print("|" + " --- |" * (2 + len(names) + 3 + (1 if a.spark_python else 0) + 1))
    for size in a.sizes.split(","):
        for cell in a.cells.split(","):
            query, fmt = cell.split(":")
            path = os.path.join(a.data, "taxi_%s.%s" % (size, fmt))
            walls = {e: [] for e in names}
            peaks = {e: [] for e in names}
            sums = {}
            for _ in range(a.n):
                for engine, command in engines.items():
                    wall, peak, result = peak_mib(command(query, path), cwd=PEERS)
                    walls[engine].append(wall)
                    peaks[engine].append(peak)
                    sums[engine] = result["checksum"]
            if a.spark_python:
                wall, peak, result = peak_mib([a.spark_python, "q_spark.py", query, path, "--out", out], cwd=PEERS)
                walls["pyspark"].append(wall)
                peaks["pyspark"].append(peak)
                sums["pyspark"] = result["checksum"]
            med = {e: statistics.median(walls[e]) for e in names}
            mem = {e: statistics.median(peaks[e]) for e in names}
            agree = "q6 differs by design" if query == "q6" else (
                "all equal" if len(set(sums.values())) == 1 else "DIFFER: " + "; ".join("%s=%s" % kv for kv in sums.items()))
            ratios = ["%.2fx" % (med["prism"] / med[e]) for e in names if e != "prism"]
            print("| %s | %s %s | %s | %s | %s |" % (query, size, fmt, " | ".join("%.2f (%d)" % (med[e], mem[e]) for e in names),
                                                    " | ".join(ratios), agree), flush=True)


if __name__ == "__main__":
    main()
