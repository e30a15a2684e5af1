# lists: copy semantics: slicing, list(), copy(), nested sharing, mutation during iteration avoided
orig = [1, [2, 3], 4]
s1 = orig[:]
s2 = list(orig)
s3 = orig.copy()
s1[0] = "changed"
s2[1].append("shared")
print(orig, s1, s2, s3, sep="\n")
print(s1 is orig, s1[1] is orig[1])
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print("removed evens via copy:", nums)
nums = [1, 2, 3, 4, 5, 6]
nums = [n for n in nums if n % 2]
print("filtered:", nums)
data = [0, 1, 2, 3]
i = 0
for x in data:
    if x == 1:
        data.append(99)
        i += 1
    if i > 3:
        break
print("appended during iteration:", data)
rev = orig[::-1]
print("reversed copy:", rev)
