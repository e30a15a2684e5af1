# errors: uncaught IndexError 'list index out of range' from an off-by-one loop
def pairs(items):
    result = []
    for i in range(len(items)):
        result.append((items[i], items[i + 1]))
        print("pair", result[-1])
    return result
def main():
    pairs(["a", "b", "c"])
for i in (0, -1, 2):
    print(i, ["a", "b", "c"][i])
try:
    ["a"][1]
except IndexError as e:
    print("caught:", e)
main()
