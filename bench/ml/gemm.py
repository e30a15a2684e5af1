"""GEMM GFLOPS of a float32 (and float64) matrix product, n x n by n x n, median of 7 — the same file
runs under `prism run` (torch, OpenBLAS through the tensor engine) and under CPython with torch:

    prism run bench/ml/gemm.py [N] [THREADS]

and `bench/ml/gemm_numpy.py` measures numpy the same way."""
import sys
import time
import torch

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
threads = int(sys.argv[2]) if len(sys.argv) > 2 else 1
torch.set_num_threads(threads)
for dtype, name in [(torch.float32, "float32"), (torch.float64, "float64")]:
    a = torch.randn(n, n, dtype=dtype)
    b = torch.randn(n, n, dtype=dtype)
    a @ b
    times = []
    for _ in range(7):
        start = time.perf_counter()
        a @ b
        times.append(time.perf_counter() - start)
    times.sort()
    print("%s n=%d threads=%d: %.1f GFLOPS" % (name, n, threads, 2 * n ** 3 / times[3] / 1e9))
