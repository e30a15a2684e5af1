# Thread-safety stress: 16 tasks on 2 workers, 5 rounds, each exercising classes, exceptions,
# string and container methods, formatting, json and collections in its own interpreter. Every
# round must give the same results. Run it on a release build after touching state the VMs share
# (builtin types, their methods' closures): `prism run bench/ray_stress.py` prints "ok <checksum>".
import collections
import json
import math
import ray

ray.init(num_cpus=2)


@ray.remote
def work(seed):
    total = 0
    for i in range(300):
        class Local(dict):
            def __init__(self, n):
                super().__init__(n=n)

            def double(self):
                return self["n"] * 2
        total += Local(i).double()
        try:
            1 / 0
        except ZeroDivisionError as error:
            total += len(str(error))
        try:
            {}["missing-key-with-a-long-name"]
        except KeyError as error:
            total += len(repr(error))
        words = f"{seed}-{i}-{math.sqrt(i):.3f}".split("-")
        text = " ".join(words).upper().center(30, "*").strip("*").lower().title().swapcase()
        total += len(text) + text.count("1") + len(text.partition(" ")[2]) + text.isdigit()
        total += len(json.dumps({"w": words, "c": collections.Counter(words)}))
        total += len(sorted(set(range(i % 17)), key=lambda x: -x))
        total += int((1.5).real) + (7).bit_length() + len([1, 2, 3].copy()) + len({"a": 1}.get("a", "xy") * 2 if False else "ab")
        total += isinstance(object(), object)
    return total


expected = None
for round in range(5):
    results = ray.get([work.remote(s) for s in range(16)])
    if expected is None:
        expected = results
    assert results == expected, (round, results, expected)
print("ok", sum(expected))
ray.shutdown()
