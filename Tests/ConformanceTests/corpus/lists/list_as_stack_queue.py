# lists: stack and queue usage patterns, while loops over lists
stack = []
for ch in "({[]})":
    if ch in "([{":
        stack.append(ch)
    else:
        top = stack.pop()
        print("matched", top, ch)
print("stack empty:", stack == [])
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "a(b)c"]:
    print(repr(s), balanced(s))
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    print("processing", item)
    if item == 2:
        queue.append(20)
todo = list(range(10))
evens = []
while todo:
    n = todo.pop()
    if n % 2 == 0:
        evens.append(n)
print("evens popped:", evens)
