#!/usr/bin/env python3
"""Start-up of a notebook run: `prism run` of a three-cell notebook whose cells show `1 + 1`, with a
report, whole process. Prints the median, minimum and maximum of 30 runs (after 3 warm-up runs)."""
import pathlib, statistics, subprocess, sys, tempfile, time

PRISM = sys.argv[1] if len(sys.argv) > 1 else ".build/release/prism"
NOTEBOOK = "---\ntitle: three\n---\n" + "".join("\n```python\n1 + 1\n```\n" for _ in range(3))

with tempfile.TemporaryDirectory() as folder:
    path = pathlib.Path(folder) / "three.nb.md"
    path.write_text(NOTEBOOK)
    command = [PRISM, "run", str(path), "-o", str(pathlib.Path(folder) / "report.md")]
    for _ in range(3):
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    times = []
    for _ in range(30):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
print(f"prism run three-cell notebook: median {statistics.median(times) * 1000:.1f} ms, "
      f"min {min(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms (30 runs)")
