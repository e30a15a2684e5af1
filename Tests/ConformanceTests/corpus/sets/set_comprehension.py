# sets: set comprehensions and deduplication patterns
print({x % 5 for x in range(20)})
print(sorted({x * x for x in range(-3, 4)}))
words = ["Apple", "apple", "APPLE", "Banana", "banana"]
print(sorted({w.lower() for w in words}))
print(len({(x, y) for x in range(3) for y in range(3) if x != y}))
print(sorted({len(w) for w in words}))
nums = [4, 1, 4, 2, 1, 3]
seen = set()
dupes = set()
for n in nums:
    if n in seen:
        dupes.add(n)
    seen.add(n)
print("seen:", seen, "dupes:", dupes)
print(sorted(set(nums)), len(set(nums)) != len(nums))
primes = {n for n in range(2, 30) if all(n % d for d in range(2, n))}
print(sorted(primes))
print({c for c in "hello"} == set("hello"))
evens = {n for n in range(10) if n % 2 == 0}
odds = set(range(10)) - evens
print(evens, odds)
print(sorted({x for x in range(20) if x % 3 == 0} & {x for x in range(20) if x % 2 == 0}))
