# if/elif/else, for/else, while/else, break, continue, nested blocks and one-line suites.
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass

if a: pass
elif b: x = 1; y = 2
else: z = 3

for x in range(10):
    if x % 2:
        continue
    if x > 5:
        break
else:
    done()

for i, (j, k) in enumerate(pairs):
    pass

for x in 1, 2, 3:
    pass

for x in *a, *b:
    pass

for [a, b] in c:
    pass

for a.b in c:
    pass

for a[0] in c:
    pass

while True:
    break
else:
    pass

while x: x -= 1

while (
    condition
):
    pass

if a:
    if b:
        if c:
            if d:
                if e:
                    deep()
        else:
            other()
