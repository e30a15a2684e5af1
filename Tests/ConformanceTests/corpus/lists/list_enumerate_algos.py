# lists: classic algorithms over lists: binary search, two-pointer, running max, dedupe keeping order
def bsearch(arr, target):
    lo, hi = 0, len(arr) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -lo - 1
arr = [1, 3, 5, 7, 9, 11]
print([bsearch(arr, t) for t in (1, 7, 11, 0, 4, 12)])
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1], 2))
running = []
best = float("-inf")
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    best = max(best, v)
    running.append(best)
print("running max:", running)
def dedupe(xs):
    seen = set()
    return [x for x in xs if not (x in seen or seen.add(x))]
print("dedupe:", dedupe([3, 1, 3, 2, 1, 4]), list(dict.fromkeys("mississippi")))
def rotate(xs, k):
    k %= len(xs)
    return xs[-k:] + xs[:-k]
print("rotate:", rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([1, 2, 3], 7))
def chunks(xs, n):
    return [xs[i:i + n] for i in range(0, len(xs), n)]
print("chunks:", chunks(list(range(7)), 3))
print("prefix sums:", [sum(arr[:i + 1]) for i in range(len(arr))])
