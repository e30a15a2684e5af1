"""numpy's GEMM GFLOPS, measured as bench/ml/gemm.py measures Prism: python bench/ml/gemm_numpy.py [N] [THREADS]
(set OPENBLAS_NUM_THREADS / OMP_NUM_THREADS to THREADS before numpy loads)."""
import os
import sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
threads = sys.argv[2] if len(sys.argv) > 2 else "1"
os.environ["OPENBLAS_NUM_THREADS"] = threads
os.environ["OMP_NUM_THREADS"] = threads
import time
import numpy as np

rng = np.random.default_rng(0)
for dtype in ["float32", "float64"]:
    a = rng.standard_normal((n, n)).astype(dtype)
    b = rng.standard_normal((n, n)).astype(dtype)
    a @ b
    times = []
    for _ in range(7):
        start = time.perf_counter()
        a @ b
        times.append(time.perf_counter() - start)
    times.sort()
    print("%s n=%d threads=%s: %.1f GFLOPS" % (dtype, n, threads, 2 * n ** 3 / times[3] / 1e9))
