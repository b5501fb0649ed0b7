# assignment expressions (:=) in every legal position.
if (n := len(a)) > 10:
    pass

while chunk := read():
    process(chunk)

if x := compute():
    pass

elif y := other():
    pass

results = [y for x in data if (y := f(x)) is not None]
values = [z := 1, z + 1]
print(w := 5)
print(key=(w := 5))
f(a, b := 2)
t = (q := 1, q)
s = {r := 1}
d = {(k := 1): (v := 2)}
x = a[b := 1]
x = a[b := 1, c := 2]
assert (n := 1)
with (c := ctx()):
    pass
lam = lambda: (z := 1)
g = (y for x in data if (y := x))
h = [[w := i for i in row] for row in grid]
cond = (a := 1) if (b := 2) else (c := 3)
del_ = (yield_ := 1)
match (m := compute()):
    case _:
        pass


def f(x=(y := 1)):
    pass


def gen():
    yield (v := 1)
    return (r := v)


x = (y := 1)
x[(i := 0)] = (j := 1)
