# Parallel speed-up of pure-dialect tasks: summing 20M integers as 2 tasks of 10M, run serially
# in one interpreter and then as 2 tasks on 2 workers. Prints both times and their ratio.
import time
import ray


def partial_sum(start, stop):
    total = 0
    for i in range(start, stop):
        total += i
    return total


N = 20_000_000
ray.init(num_cpus=2)
remote_sum = ray.remote(partial_sum)
ray.get([remote_sum.remote(0, 100_000), remote_sum.remote(0, 100_000)])  # start both workers

t0 = time.perf_counter()
serial = partial_sum(0, N // 2) + partial_sum(N // 2, N)
serial_time = time.perf_counter() - t0

t0 = time.perf_counter()
parallel = sum(ray.get([remote_sum.remote(0, N // 2), remote_sum.remote(N // 2, N)]))
parallel_time = time.perf_counter() - t0

assert serial == parallel == N * (N - 1) // 2
print(f"serial {serial_time:.3f} s, 2 tasks on 2 workers {parallel_time:.3f} s, ratio {parallel_time / serial_time:.2f}")
ray.shutdown()
