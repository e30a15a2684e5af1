#!/usr/bin/env python3
"""Regenerate (or check) the golden outputs of the conformance corpus.

Every program ``corpus/<category>/<name>.py`` is run with the real CPython 3.11
(the interpreter running this script) and its results are stored next to it:

* ``<name>.expected`` -- the program's stdout, byte for byte;
* ``<name>.status``   -- only when the exit code is not 0: two lines,
  ``exit=<code>`` and ``stderr_last=<last non-empty line of stderr>``.

A program reads its stdin from ``<name>.stdin`` when that file exists, and from
an empty stream otherwise. Each program runs in a fresh, empty temporary working
directory, with ``PYTHONHASHSEED=0`` and ``PYTHONIOENCODING=utf-8``, a 10 second
timeout, and its own absolute path as ``argv[0]``.

Usage:
    python3 Tests/ConformanceTests/regen.py            # rewrite the golden files
    python3 Tests/ConformanceTests/regen.py --check    # verify them, exit 1 on a mismatch
    python3 Tests/ConformanceTests/regen.py strings/   # only programs under strings/
    python3 Tests/ConformanceTests/regen.py split      # only programs whose name starts with "split"
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
TIMEOUT_SECONDS = 10


@dataclass
class Outcome:
    """What one program produced, rendered as the golden files' contents."""

    program: Path
    expected: bytes
    status: str | None  # contents of the .status file, or None when the exit code is 0
    error: str | None = None  # set when the program could not be run at all (e.g. timeout)


def child_environment() -> dict[str, str]:
    """The environment every program runs in: ours, minus PYTHON* knobs, plus the fixed ones."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def last_nonempty_line(text: str) -> str:
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def run_program(program: Path) -> Outcome:
    stdin_file = program.with_suffix(".stdin")
    stdin_data = stdin_file.read_bytes() if stdin_file.exists() else b""
    with tempfile.TemporaryDirectory(prefix="prism-conformance-") as workdir:
        try:
            proc = subprocess.run(
                [sys.executable, str(program)],
                input=stdin_data,
                capture_output=True,
                cwd=workdir,
                env=child_environment(),
                timeout=TIMEOUT_SECONDS,
            )
        except subprocess.TimeoutExpired:
            return Outcome(program, b"", None, error=f"timed out after {TIMEOUT_SECONDS}s")
    status = None
    if proc.returncode != 0:
        stderr_last = last_nonempty_line(proc.stderr.decode("utf-8", errors="replace"))
        status = f"exit={proc.returncode}\nstderr_last={stderr_last}\n"
    return Outcome(program, proc.stdout, status)


def read_or_none(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


def differences(outcome: Outcome) -> list[str]:
    """Which golden files of this program disagree with what CPython produced."""
    program = outcome.program
    found = []
    if read_or_none(program.with_suffix(".expected")) != outcome.expected:
        found.append(".expected")
    wanted_status = outcome.status.encode() if outcome.status is not None else None
    if read_or_none(program.with_suffix(".status")) != wanted_status:
        found.append(".status")
    return found


def write_golden(outcome: Outcome) -> None:
    program = outcome.program
    program.with_suffix(".expected").write_bytes(outcome.expected)
    status_file = program.with_suffix(".status")
    if outcome.status is not None:
        status_file.write_text(outcome.status, encoding="utf-8")
    elif status_file.exists():
        status_file.unlink()  # stale: the program now exits with 0


def matches(program: Path, filters: list[str]) -> bool:
    """A filter selects paths that start with it or contain it right after a '/' ("strings/", "split")."""
    rel = "/" + program.relative_to(CORPUS).as_posix()
    return any(("/" + f.lstrip("/")) in rel for f in filters)


def select_programs(filters: list[str]) -> list[Path]:
    programs = sorted(CORPUS.rglob("*.py"))
    if filters:
        programs = [p for p in programs if matches(p, filters)]
    return programs


def orphan_golden_files() -> list[Path]:
    """Golden files left behind by a deleted or renamed program."""
    golden = [*CORPUS.rglob("*.expected"), *CORPUS.rglob("*.status")]
    return sorted(g for g in golden if not g.with_suffix(".py").exists())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only verify the committed golden files")
    parser.add_argument("--jobs", "-j", type=int, default=2, help="programs run in parallel (default 2)")
    parser.add_argument("filters", nargs="*", help="only programs whose corpus path has one at a '/' boundary")
    args = parser.parse_args()

    if sys.version_info[:2] != (3, 11):
        print(f"regen.py: the golden outputs come from CPython 3.11, not {sys.version.split()[0]}", file=sys.stderr)
        return 2

    programs = select_programs(args.filters)
    if not programs:
        print("regen.py: no programs selected", file=sys.stderr)
        return 2

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outcomes = list(pool.map(run_program, programs))

    failed = [o for o in outcomes if o.error is not None]
    for o in failed:
        print(f"ERROR  {o.program.relative_to(CORPUS)}: {o.error}")

    changed = 0
    nonzero = 0
    for o in outcomes:
        if o.error is not None:
            continue
        nonzero += o.status is not None
        diff = differences(o)
        if not diff:
            continue
        changed += 1
        rel = o.program.relative_to(CORPUS)
        if args.check:
            print(f"MISMATCH  {rel}: {', '.join(diff)}")
        else:
            write_golden(o)
            print(f"updated   {rel}: {', '.join(diff)}")

    orphans = [] if args.filters else orphan_golden_files()
    for orphan in orphans:
        rel = orphan.relative_to(CORPUS)
        if args.check:
            print(f"ORPHAN    {rel}: no program")
        else:
            orphan.unlink()
            print(f"deleted   {rel}: no program")

    categories: dict[str, int] = {}
    for p in programs:
        category = p.relative_to(CORPUS).parts[0]
        categories[category] = categories.get(category, 0) + 1
    summary = ", ".join(f"{name} {count}" for name, count in sorted(categories.items()))
    verb = "mismatched" if args.check else "updated"
    print(f"{len(programs)} programs ({summary})")
    orphan_note = f", {len(orphans)} orphaned golden files" if orphans else ""
    print(f"{nonzero} exit non-zero, {changed} {verb}, {len(failed)} could not run{orphan_note}")

    if failed or (args.check and (changed or orphans)):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
