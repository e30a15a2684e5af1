# builtins: input() reading lines from stdin, prompt printing, processing numbers
name = input("Name? ")
print(f"Hello, {name}!")
age = int(input("Age? "))
print("Next year:", age + 1)
nums = list(map(int, input().split()))
print("sum:", sum(nums), "max:", max(nums))
line = input()
print("raw line repr:", repr(line))
count = int(input())
total = 0.0
for _ in range(count):
    total += float(input())
print(f"average of {count}: {total / count:.3f}")
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print("remaining lines:", rest)
