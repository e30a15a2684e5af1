# control: assignment expressions (walrus) in if, while, comprehensions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print("n still bound:", n)
values = iter([5, 3, 0, 7])
while (v := next(values)) != 0:
    print("got", v)
print("stopped at", v)
squares = [y for x in range(6) if (y := x * x) % 2 == 0]
print(squares, "y leaks from comprehension:", y)
print([(x, x2) for x in range(4) if (x2 := x ** 2) > 2])
total = 0
running = [total := total + x for x in [1, 2, 3, 4]]
print(running, total)
def first_long(words):
    for w in words:
        if (length := len(w)) > 4:
            return w, length
    return None
print(first_long(["a", "abcd", "abcdef", "xyzzyx"]), first_long(["x"]))
print((z := 10), z + 1)
chunks = []
text = "abcdefgh"
pos = 0
while (chunk := text[pos:pos + 3]):
    chunks.append(chunk)
    pos += 3
print(chunks)
