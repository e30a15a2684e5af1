# generators: ValueError when a generator is re-entered, generator calling itself indirectly
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
outer = countdown(3)
inner_vals = []
for v in outer:
    inner_vals.append([w for w in countdown(v)])
print(inner_vals)
def gen_of_gens():
    for i in range(3):
        yield (i * 10 + j for j in range(2))
print([list(g) for g in gen_of_gens()])
def lazy_default(items=()):
    yield from items
    yield "end"
print(list(lazy_default()), list(lazy_default([1])))
