n = 0
total = 0
while n < 10:
    n += 1
    if n == 3:
        continue
    if n == 8:
        break
    total += n
print(n, total)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 1000
steps = 0
while x > 1:
    x //= 3
    steps += 1
print(x, steps)
digits = []
m = 90210
while m:
    m, d = m // 10, m % 10
    digits.append(d)
print(list(reversed(digits)))
