# Ray's microbenchmarks in Ray's terms (release/perf_metrics/microbenchmark.json): tasks/s and
# actor calls/s, sync (one at a time) and async (submit a batch, then get), and put/get of a
# 100 MB object. Run with: prism run bench/ray_micro.py
import time
import ray

ray.init(num_cpus=2)


@ray.remote
def noop():
    return None


@ray.remote
class Actor:
    def noop(self):
        return None


def rate(label, count, body):
    start = time.perf_counter()
    body(count)
    elapsed = time.perf_counter() - start
    print(f"{label:32s} {count / elapsed:12,.0f} /s")


def tasks_sync(n):
    for _ in range(n):
        ray.get(noop.remote())


def tasks_async(n):
    ray.get([noop.remote() for _ in range(n)])


actor = Actor.remote()
ray.get(actor.noop.remote())


def actor_sync(n):
    for _ in range(n):
        ray.get(actor.noop.remote())


def actor_async(n):
    ray.get([actor.noop.remote() for _ in range(n)])


ray.get([noop.remote() for _ in range(100)])
rate("single client tasks sync", 5_000, tasks_sync)
rate("single client tasks async", 50_000, tasks_async)
rate("1:1 actor calls sync", 5_000, actor_sync)
rate("1:1 actor calls async", 50_000, actor_async)

big = b"x" * 100_000_000
start = time.perf_counter()
ref = ray.put(big)
put_time = time.perf_counter() - start
start = time.perf_counter()
value = ray.get(ref)
get_time = time.perf_counter() - start
assert len(value) == len(big)
print(f"{'put 100 MB':32s} {0.1 / put_time:12.2f} GB/s")
print(f"{'get 100 MB':32s} {0.1 / get_time:12.2f} GB/s")
ray.shutdown()
