#!/usr/bin/env python3
"""Regenerates the .expected output of every dataframe/*.py program with PySpark 3.5 (the Spark
RayDP supports), so Prism's pyspark.sql is checked against Spark itself. Usage:
    python3 -m venv /tmp/sparkenv && /tmp/sparkenv/bin/pip install 'pyspark==3.5.3'   # needs Java 17
    /tmp/sparkenv/bin/python Tests/ConformanceTests/dataframe/regen_spark.py [--check] [NAME ...]"""
import pathlib, subprocess, sys

here = pathlib.Path(__file__).parent
check = "--check" in sys.argv
only = [a for a in sys.argv[1:] if not a.startswith("--")]
failed = False
for program in sorted(here.glob("*.py")):
    if program.name == "regen_spark.py" or (only and program.stem not in only):
        continue
    result = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        print(f"FAIL {program.name}: Spark exited {result.returncode}\n{result.stderr[-2000:]}")
        failed = True
        continue
    expected = program.with_suffix(".expected")
    if check:
        same = expected.exists() and expected.read_text() == result.stdout
        print(("ok   " if same else "DIFF ") + program.name)
        failed |= not same
    else:
        expected.write_text(result.stdout)
        print("wrote " + expected.name)
sys.exit(1 if failed else 0)
