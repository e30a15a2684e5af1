# modules: copy: shallow copy vs deepcopy of nested structures, user objects, shared references
import copy
original = {"list": [1, [2, 3]], "tuple": (4, [5]), "num": 6}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["list"][1].append("x")
original["tuple"][1].append("y")
original["num"] = 60
print("original:", original)
print("shallow: ", shallow)
print("deep:    ", deep)
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2), Node(3)])
t_shallow = copy.copy(tree)
t_deep = copy.deepcopy(tree)
tree.children[0].val = 99
tree.children.append(Node(4))
print(tree, t_shallow, t_deep, sep="\n")
shared = [1, 2]
container = [shared, shared]
dc = copy.deepcopy(container)
dc[0].append(3)
print("deepcopy keeps sharing:", dc, dc[0] is dc[1])
recursive = [1]
recursive.append(recursive)
rc = copy.deepcopy(recursive)
print(rc[1] is rc, rc[1] is not recursive)
print(copy.copy(5), copy.copy("s"), copy.deepcopy((1, 2)), copy.copy([1, 2]) == [1, 2])
