# control: while with break/continue/else, infinite loop with break, nested while
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while-else runs when condition becomes false")
i = 0
while True:
    i += 1
    if i * i > 50:
        break
print("first i with i*i > 50:", i)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("breaking at 4")
        break
else:
    print("not printed")
print("k =", k)
k = 10
while k > 0:
    k -= 3
else:
    print("else after normal end, k =", k)
row = 1
while row <= 3:
    col = 1
    line = []
    while col <= row:
        line.append(row * col)
        col += 1
    print(line)
    row += 1
count = 0
while count < 0:
    print("never")
else:
    print("else runs even when body never runs")
