# modules: operator: itemgetter, attrgetter, methodcaller, arithmetic functions used with sort/map/reduce
import operator
from functools import reduce
rows = [("bob", 25, "ny"), ("ann", 30, "la"), ("cy", 25, "la")]
print(sorted(rows, key=operator.itemgetter(1)), sorted(rows, key=operator.itemgetter(1, 0)))
get_name = operator.itemgetter(0)
print(list(map(get_name, rows)), operator.itemgetter(0, 2)(rows[1]), operator.itemgetter(slice(1, None))("hello"))
print(operator.itemgetter("k")({"k": "v"}))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f"P({self.name}, {self.age})"
people = [P("zed", 40), P("amy", 22), P("bo", 31)]
print(sorted(people, key=operator.attrgetter("age")), sorted(people, key=operator.attrgetter("name")))
print(operator.attrgetter("name", "age")(people[0]))
print(list(map(operator.methodcaller("upper"), ["a", "b"])), operator.methodcaller("split", ",")("x,y"))
print(operator.add(2, 3), operator.mul(4, 5), operator.sub(1, 9), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(-7, 3), operator.pow(2, 5), operator.neg(4), operator.not_(0), operator.truth([]))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.contains([1, 2], 2), operator.concat("ab", "cd"))
print(reduce(operator.mul, range(1, 7)), reduce(operator.or_, [1, 2, 4]), list(map(operator.add, [1, 2], [10, 20])))
print(operator.getitem([5, 6], 1), operator.index(7), operator.abs(-3))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d)
