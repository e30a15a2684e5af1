# floats: simple numeric algorithms (mean, variance, newton sqrt, trapezoid) with exact outputs
data = [2.5, 3.1, 4.7, 1.2, 9.9, 0.3]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
print("mean:", mean)
print("var:", var)
print("std:", var ** 0.5)
def newton_sqrt(a, iters=8):
    x = a
    for _ in range(iters):
        x = 0.5 * (x + a / x)
    return x
for a in (2.0, 10.0, 0.5, 1e6):
    print("newton", a, newton_sqrt(a))
def trapezoid(f, a, b, steps):
    h = (b - a) / steps
    s = 0.5 * (f(a) + f(b))
    for i in range(1, steps):
        s += f(a + i * h)
    return s * h
print("integral x^2 0..1:", trapezoid(lambda x: x * x, 0.0, 1.0, 100))
print("integral 1/x 1..2:", trapezoid(lambda x: 1 / x, 1.0, 2.0, 50))
celsius = [-40, 0, 37, 100]
print("fahrenheit:", [c * 9 / 5 + 32 for c in celsius])
print("compound:", 1000 * (1 + 0.05) ** 10)
print("percent:", [round(x / 7 * 100, 2) for x in range(8)])
