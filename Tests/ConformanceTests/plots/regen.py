#!/usr/bin/env python3
"""Regenerate (or check) the golden outputs of the plotting examples.

Every program ``plots/<name>.py`` is run with the real CPython 3.11 (the interpreter running this
script), with ``PYTHONPATH`` set to the repository's ``stdlib/`` so that ``import matplotlib.pyplot``
finds Prism's own plotting module, and its stdout is stored next to it as ``<name>.svg.expected``.
The same program must print the same bytes under Prism.

Each program runs in a fresh, empty temporary working directory (some write files there), with
``PYTHONHASHSEED=0``, ``PYTHONIOENCODING=utf-8`` and ``PYTHONDONTWRITEBYTECODE=1``, a 20 second
timeout and no stdin. A program must exit with status 0.

Usage:
    python3 Tests/ConformanceTests/plots/regen.py                 # rewrite the golden files
    python3 Tests/ConformanceTests/plots/regen.py --check         # verify them, exit 1 on a mismatch
    python3 Tests/ConformanceTests/plots/regen.py hist            # only programs whose name starts so
    python3 Tests/ConformanceTests/plots/regen.py --prism .build/release/prism
        # run the programs under a Prism binary instead and compare with the golden files
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PLOTS = Path(__file__).resolve().parent
STDLIB = PLOTS.parents[2] / "stdlib"
GOLDEN_SUFFIX = ".svg.expected"
TIMEOUT_SECONDS = 20


def child_environment() -> dict[str, str]:
    """Our environment minus PYTHON* knobs, plus the fixed ones and the stdlib on PYTHONPATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONPATH"] = str(STDLIB)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # keep __pycache__ out of stdlib/
    return env


def golden_path(program: Path) -> Path:
    return program.with_name(program.stem + GOLDEN_SUFFIX)


def select_programs(prefixes: list[str]) -> list[Path]:
    programs = sorted(p for p in PLOTS.glob("*.py") if p.name != Path(__file__).name)
    if prefixes:
        programs = [p for p in programs if any(p.stem.startswith(prefix) for prefix in prefixes)]
    return programs


def run_cpython(program: Path, workdir: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(program)], stdin=subprocess.DEVNULL,
                          capture_output=True, cwd=workdir, env=child_environment(),
                          timeout=TIMEOUT_SECONDS)


def run_prism(binary: Path, program: Path, workdir: str) -> subprocess.CompletedProcess:
    """Prism imports from the script's own directory: run a copy of the program placed beside a
    link to stdlib/matplotlib."""
    scripts = Path(workdir) / "scripts"
    scripts.mkdir()
    (scripts / "matplotlib").symlink_to(STDLIB / "matplotlib", target_is_directory=True)
    copy = scripts / program.name
    copy.write_bytes(program.read_bytes())
    cwd = Path(workdir) / "cwd"
    cwd.mkdir()
    return subprocess.run([str(binary), "run", str(copy)], stdin=subprocess.DEVNULL,
                          capture_output=True, cwd=cwd, env=child_environment(),
                          timeout=TIMEOUT_SECONDS)


def run(program: Path, prism: Path | None) -> tuple[bytes | None, str | None]:
    """(stdout, None) when the program ran and exited 0, else (None, why not)."""
    with tempfile.TemporaryDirectory(prefix="prism-plots-") as workdir:
        try:
            if prism is None:
                proc = run_cpython(program, workdir)
            else:
                proc = run_prism(prism, program, workdir)
        except subprocess.TimeoutExpired:
            return None, f"timed out after {TIMEOUT_SECONDS}s"
    if proc.returncode != 0:
        lines = proc.stderr.decode("utf-8", errors="replace").strip().splitlines()
        return None, f"exit {proc.returncode}: {lines[-1] if lines else '(no stderr)'}"
    return proc.stdout, None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only verify the golden files")
    parser.add_argument("--prism", type=Path, help="run under this Prism binary and compare")
    parser.add_argument("prefixes", nargs="*", help="only programs whose name starts with one")
    args = parser.parse_args()

    if args.prism is None and sys.version_info[:2] != (3, 11):
        print(f"regen.py: the golden outputs come from CPython 3.11, not "
              f"{sys.version.split()[0]}", file=sys.stderr)
        return 2
    programs = select_programs(args.prefixes)
    if not programs:
        print("regen.py: no programs selected", file=sys.stderr)
        return 2

    prism = args.prism.resolve() if args.prism is not None else None
    compare_only = args.check or prism is not None
    failures = 0
    for program in programs:
        output, error = run(program, prism)
        golden = golden_path(program)
        if error is not None:
            failures += 1
            print(f"ERROR     {program.name}: {error}")
        elif compare_only:
            expected = golden.read_bytes() if golden.exists() else None
            if expected != output:
                failures += 1
                print(f"MISMATCH  {program.name}: output differs from {golden.name}")
        elif not golden.exists() or golden.read_bytes() != output:
            golden.write_bytes(output)
            print(f"updated   {golden.name}")

    orphans = sorted(g for g in PLOTS.glob("*" + GOLDEN_SUFFIX)
                     if not g.with_name(g.name[:-len(GOLDEN_SUFFIX)] + ".py").exists())
    for orphan in orphans if not args.prefixes else []:
        if compare_only:
            failures += 1
            print(f"ORPHAN    {orphan.name}: no program")
        else:
            orphan.unlink()
            print(f"deleted   {orphan.name}")

    runner = f"Prism ({prism})" if prism is not None else "CPython"
    verb = "failed" if compare_only else "could not run"
    print(f"{len(programs)} programs under {runner}, {failures} {verb}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
