# errors: uncaught 'integer modulo by zero' from % in a nested helper
def is_multiple(n, k):
    return n % k == 0
def count_multiples(nums, k):
    return sum(1 for n in nums if is_multiple(n, k))
print([n % 3 for n in range(-3, 4)], -7 % 3, 7 % -3)
try:
    5 % 0
except ZeroDivisionError as e:
    print("caught:", e)
print(is_multiple(10, 5), is_multiple(10, 3))
print(count_multiples([], 4), count_multiples(range(20), 5))
print(divmod(17, 5), 17 % 5, -17 % 5)
for k in (2, 3, 0):
    print("k =", k, "count =", count_multiples(range(10), k))
