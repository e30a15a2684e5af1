# control: loops computing accumulations: min/max tracking, running average, early exit search
temps = [12.5, 15.0, 9.5, 21.0, 18.5, 7.0]
lo = hi = temps[0]
total = 0.0
for t in temps:
    if t < lo:
        lo = t
    if t > hi:
        hi = t
    total += t
print("lo/hi/avg:", lo, hi, total / len(temps))
avg = 0.0
for i, t in enumerate(temps, 1):
    avg += (t - avg) / i
print("running avg:", avg)
streak = best = 0
prev = None
for t in temps:
    streak = streak + 1 if prev is not None and t > prev else 1
    best = max(best, streak)
    prev = t
print("longest rising streak:", best)
balance = 100
for day, change in enumerate([-20, -50, 30, -70, 40], 1):
    balance += change
    if balance < 0:
        print("overdrawn on day", day, "balance", balance)
        break
else:
    print("never overdrawn")
product = 1
for k in range(1, 11):
    product *= k
    if product > 1000:
        print("product exceeded 1000 at k =", k, "->", product)
        break
