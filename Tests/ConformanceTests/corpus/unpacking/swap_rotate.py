# unpacking: swapping and rotating with tuple assignment; evaluation order of right side first
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = y, z, x
print(x, y, z)
lst = [10, 20, 30, 40]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
lst2 = [5, 6, 7]
i, lst2[i] = 2, 99
print(i, lst2)
fib = [0, 1]
p, q = 0, 1
for _ in range(10):
    p, q = q, p + q
print(p, q)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462))
arr = [3, 1, 2]
for k in range(len(arr)):
    for j in range(len(arr) - 1 - k):
        if arr[j] > arr[j + 1]:
            arr[j], arr[j + 1] = arr[j + 1], arr[j]
print("bubble:", arr)
