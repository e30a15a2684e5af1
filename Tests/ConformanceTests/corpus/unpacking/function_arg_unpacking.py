# unpacking: unpacking arguments into functions, returning tuples and unpacking results
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats([3, 9, 6])
print(lo, hi, mean)
def point3(x, y, z):
    return x * 100 + y * 10 + z
print(point3(*[1, 2, 3]), point3(*"123" and (4, 5, 6)), point3(1, *(2, 3)))
print(point3(**{"z": 1, "x": 2, "y": 3}), point3(1, **{"z": 3, "y": 2}))
args_list = [(1, 2, 3), (3, 2, 1)]
print([point3(*a) for a in args_list])
print(list(map(lambda p: point3(*p), args_list)))
import itertools
print(list(itertools.starmap(point3, args_list)))
def split_name(full):
    first, _, last = full.partition(" ")
    return first, last
f, l = split_name("Ada Lovelace")
print(l, f)
print(divmod(*(17, 5)), pow(*[2, 10]), max(*[4, 8, 2]))
def outer(*args):
    return inner(*args, *reversed(args))
def inner(*all_args):
    return all_args
print(outer(1, 2))
