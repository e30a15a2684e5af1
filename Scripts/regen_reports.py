#!/usr/bin/env python3
"""Regenerate (or check) the golden reports of the example notebooks.

Every notebooks/NAME.nb.md is run with `prism run notebooks/NAME.nb.md -o notebooks/reports/NAME.report.md`
plus the arguments in notebooks/reports/NAME.args (one line, optional), with PRISM_TOUR_TOKEN set for
the secrets demonstration. notebooks/reports/NAME.status holds the expected exit status when it is not 0.
Review the changes (git diff) before committing them: these files are what the tests compare against.

Usage:
    python3 Scripts/regen_reports.py [--prism PATH] [--check] [NAME ...]
"""
import argparse, os, shlex, shutil, subprocess, sys, tempfile, filecmp

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTEBOOKS = os.path.join(ROOT, "notebooks")
REPORTS = os.path.join(NOTEBOOKS, "reports")
ENVIRONMENT = dict(os.environ, PRISM_TOUR_TOKEN="tour-secret-4242")


def run(prism, name, directory):
    args_file = os.path.join(REPORTS, name + ".args")
    extra = shlex.split(open(args_file).read()) if os.path.exists(args_file) else []
    report = os.path.join(directory, name + ".report.md")
    result = subprocess.run([prism, "run", os.path.join(NOTEBOOKS, name + ".nb.md"), "-o", report] + extra,
                            cwd=directory, env=ENVIRONMENT, capture_output=True, timeout=600)
    return result.returncode, report


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prism", default=next((p for p in [os.path.join(ROOT, ".build/debug/prism"),
                                                             os.path.join(ROOT, ".build/release/prism")] if os.path.exists(p)), None))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("names", nargs="*")
    options = parser.parse_args()
    names = options.names or sorted(n[:-6] for n in os.listdir(NOTEBOOKS) if n.endswith(".nb.md"))
    os.makedirs(REPORTS, exist_ok=True)
    failures = 0
    for name in names:
        with tempfile.TemporaryDirectory() as directory:
            status, report = run(options.prism, name, directory)
            status_file = os.path.join(REPORTS, name + ".status")
            expected_status = int(open(status_file).read()) if os.path.exists(status_file) else 0
            files = report[:-3] + "_files"
            golden = os.path.join(REPORTS, name + ".report.md")
            golden_files = golden[:-3] + "_files"
            if options.check:
                same = status == expected_status and filecmp.cmp(report, golden, shallow=False)
                if os.path.isdir(files) or os.path.isdir(golden_files):
                    comparison = filecmp.dircmp(files, golden_files) if os.path.isdir(files) and os.path.isdir(golden_files) else None
                    same = same and comparison is not None and not (comparison.diff_files or comparison.left_only or comparison.right_only)
                print(("ok   " if same else "DIFF ") + name)
                failures += 0 if same else 1
                continue
            shutil.copyfile(report, golden)
            if os.path.isdir(golden_files):
                shutil.rmtree(golden_files)
            if os.path.isdir(files):
                shutil.copytree(files, golden_files)
            if status != 0:
                open(status_file, "w").write(f"{status}\n")
            elif os.path.exists(status_file):
                os.remove(status_file)
            print(f"{name}: exit {status}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
