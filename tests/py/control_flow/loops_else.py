for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
else:
    print("never")
for x in []:
    print("no")
else:
    print("empty else")
k = 10
while k > 0:
    k -= 3
else:
    print("k", k)
total = 0
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        total += a * b
print(total)
for i in range(3):
    pass
print(i)
for c in "ab":
    for d in (1, 2):
        print(c, d, end="; ")
print()
print(list(range(0)), list(range(5, 0, -2)), tuple(range(-3, 3, 2)), len(range(0, 100, 7)))
