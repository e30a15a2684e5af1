# Tasks, actors, objects and errors: output compared with real Ray's (see regen.py).
import ray

ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)


@ray.remote
def square(x):
    return x * x


@ray.remote(num_returns=2)
def divmod_task(a, b):
    return a // b, a % b


@ray.remote
def add(a, b):
    return a + b


@ray.remote
def fail(x):
    raise ValueError("bad value " + str(x))


@ray.remote
def nested(n):
    if n == 0:
        return 1
    return sum(ray.get([nested.remote(n - 1), nested.remote(n - 1)]))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm2(self):
        return self.x * self.x + self.y * self.y


@ray.remote
def norms(points):
    return [p.norm2() for p in points]


@ray.remote
class Counter:
    def __init__(self, start=0):
        self.value = start

    def incr(self, by=1):
        self.value += by
        return self.value

    def fail(self):
        raise KeyError("missing")


@ray.remote
def call_actor(counter):
    return ray.get(counter.incr.remote(10))


print(ray.get([square.remote(i) for i in range(8)]))
q, r = divmod_task.remote(17, 5)
print(ray.get(q), ray.get(r))
print(ray.get(add.remote(square.remote(3), 4)))
print(ray.get(add.remote(1, b=square.remote(2))))
print(ray.get(nested.remote(4)))
print(ray.get(norms.remote([Point(1, 2), Point(3, 4)])))
ref = ray.put({"rows": [1, 2, 3], "name": "taxi"})
print(ray.get(ref), ray.get([ref, ref])[1]["name"])
print(type(ref).__name__, len(ref.hex()) > 0)

try:
    ray.get(fail.remote(7))
except ValueError as error:
    print("ValueError caught:", isinstance(error, ray.exceptions.RayTaskError), "bad value 7" in str(error))

try:
    ray.get(add.remote(fail.remote(1), 2))
except ray.exceptions.RayTaskError as error:
    print("dependency failed:", "bad value 1" in str(error))

counter = Counter.remote(5)
print(ray.get([counter.incr.remote() for _ in range(4)]))
print(ray.get(call_actor.remote(counter)))
try:
    ray.get(counter.fail.remote())
except KeyError as error:
    print("KeyError caught:", isinstance(error, ray.exceptions.RayTaskError))
print(ray.get(counter.incr.remote(by=0)))

named = Counter.options(name="shared").remote(100)
same = ray.get_actor("shared")
print(ray.get(same.incr.remote()))
ray.kill(named)
try:
    ray.get(named.incr.remote())
except ray.exceptions.RayActorError:
    print("RayActorError after kill")
try:
    ray.get_actor("nobody")
except ValueError:
    print("no actor named nobody")

ready, not_ready = ray.wait([square.remote(i) for i in range(4)], num_returns=4)
print(len(ready), len(not_ready))


@ray.remote
def sleeper():
    import time
    time.sleep(5)
    return 1


try:
    ray.get(sleeper.remote(), timeout=0.1)
except ray.exceptions.GetTimeoutError as error:
    print("GetTimeoutError", isinstance(error, TimeoutError))

try:
    square(3)
except TypeError:
    print("direct call refused")
print(ray.is_initialized(), ray.cluster_resources()["CPU"])
ray.shutdown()
print(ray.is_initialized())
