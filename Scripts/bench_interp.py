#!/usr/bin/env python3
"""Time Prism against CPython 3.11 on the interpreter benchmarks, as whole processes.

Each program of ../shared/bench/interp (or the directory given) runs ROUNDS times under each
interpreter, alternating Prism and CPython so that both see the same machine load. The real
CPython binary (sys.executable) is timed, never a launcher shim. Both must print the same output.
Prints a Markdown table of medians and ratios, and the geometric mean of the ratios.

Usage: python3 Scripts/bench_interp.py [--rounds N] [--prism PATH] [BENCH_DIR]
"""

import argparse
import math
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed_run(command):
    """Runs a command and returns (seconds, stdout)."""
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr.decode()}")
    return elapsed, result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--prism", default=os.path.join(ROOT, ".build/release/prism"))
    parser.add_argument("directory", nargs="?", default=os.path.join(ROOT, "..", "shared", "bench", "interp"))
    options = parser.parse_args()

    programs = sorted(name for name in os.listdir(options.directory) if name.endswith(".py"))
    rows = []
    for name in programs:
        path = os.path.join(options.directory, name)
        prism_times, cpython_times = [], []
        for _ in range(options.rounds):
            seconds, prism_output = timed_run([options.prism, "run", path])
            prism_times.append(seconds)
            seconds, cpython_output = timed_run([sys.executable, path])
            cpython_times.append(seconds)
            if prism_output != cpython_output:
                sys.exit(f"{name}: outputs differ\nprism:   {prism_output!r}\ncpython: {cpython_output!r}")
        prism_median = statistics.median(prism_times)
        cpython_median = statistics.median(cpython_times)
        rows.append((name[:-3], prism_median, cpython_median, prism_median / cpython_median))

    print(f"CPython {sys.version.split()[0]} ({sys.executable}), {options.rounds} alternating rounds, medians\n")
    print("| program | Prism (s) | CPython (s) | Prism / CPython |")
    print("|---|---:|---:|---:|")
    for name, prism_median, cpython_median, ratio in rows:
        print(f"| {name} | {prism_median:.3f} | {cpython_median:.3f} | {ratio:.2f} |")
    geometric_mean = math.exp(sum(math.log(row[3]) for row in rows) / len(rows))
    print(f"\nGeometric mean of the ratios: {geometric_mean:.2f}; worst: {max(row[3] for row in rows):.2f}")


if __name__ == "__main__":
    main()
