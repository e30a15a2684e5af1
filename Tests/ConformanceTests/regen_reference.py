#!/usr/bin/env python3
"""Regenerates the .expected output of every program in a folder of reference programs with the
Python running this script (a venv with the reference library: Ray, PySpark or PyTorch), so Prism's
module is checked against the real one. Used by ray/regen_ray.py, dataframe/regen_spark.py and
torch/regen_torch.py:  regen(folder, [--check] [NAME ...])."""
import pathlib, subprocess, sys


def regen(folder, arguments, timeout=900):
    """Runs every *.py of `folder` except regen*.py; writes (or with --check compares) .expected."""
    here = pathlib.Path(folder)
    check = "--check" in arguments
    only = [a for a in arguments if not a.startswith("--")]
    failed = False
    for program in sorted(here.glob("*.py")):
        if program.name.startswith("regen") or (only and program.stem not in only):
            continue
        result = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0:
            print(f"FAIL {program.name}: exited {result.returncode}\n{result.stderr[-2000:]}")
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
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(regen(sys.argv[1], sys.argv[2:]))
