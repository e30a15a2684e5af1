# syntax: valid lines first, error later: nothing runs, not even the first print
print("this never prints")
for i in range(3):
    print(i)
while True
    break
