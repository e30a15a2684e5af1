#!/usr/bin/env python3
"""Regenerates the .expected output of every ray/*.py program with the real Ray (PyPI `ray`),
so Prism's `ray` module is checked against Ray itself. Usage:
    python3 -m venv /tmp/rayenv && /tmp/rayenv/bin/pip install ray
    /tmp/rayenv/bin/python Tests/ConformanceTests/ray/regen_ray.py [--check]"""
import pathlib, subprocess, sys

here = pathlib.Path(__file__).parent
check = "--check" in sys.argv
failed = False
for program in sorted(here.glob("*.py")):
    if program.name == "regen_ray.py":
        continue
    result = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        print(f"FAIL {program.name}: Ray exited {result.returncode}\n{result.stderr[-2000:]}")
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
