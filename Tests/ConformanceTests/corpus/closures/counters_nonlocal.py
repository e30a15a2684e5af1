# closures: nonlocal counters, independent closure instances, reading vs rebinding
def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return increment, reset
inc_a, reset_a = make_counter()
inc_b, _ = make_counter(100, 10)
print(inc_a(), inc_a(), inc_a(), inc_b(), inc_b())
reset_a()
print("after reset:", inc_a())
def make_accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = make_accumulator()
print(acc(10), acc(5), acc(-3))
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())
def level1():
    v = 1
    def level2():
        def level3():
            nonlocal v
            v += 100
            return v
        return level3()
    r = level2()
    return r, v
print(level1())
counters = [make_counter(i)[0] for i in range(3)]
print([c() for c in counters], [c() for c in counters])
