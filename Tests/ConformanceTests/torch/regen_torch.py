#!/usr/bin/env python3
"""Regenerates the .expected output of every torch/*.py program with the real PyTorch, so Prism's
`torch` module is checked against PyTorch itself. Usage:
    python3 -m venv /tmp/torchenv && /tmp/torchenv/bin/pip install torch
    /tmp/torchenv/bin/python Tests/ConformanceTests/torch/regen_torch.py [--check] [NAME ...]"""
import pathlib, subprocess, sys

here = pathlib.Path(__file__).parent
check = "--check" in sys.argv
only = [a for a in sys.argv[1:] if not a.startswith("--")]
failed = False
for program in sorted(here.glob("*.py")):
    if program.name == "regen_torch.py" or (only and program.stem not in only):
        continue
    result = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        print(f"FAIL {program.name}: PyTorch exited {result.returncode}\n{result.stderr[-2000:]}")
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
