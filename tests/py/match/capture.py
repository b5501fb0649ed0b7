def f(x):
    match x:
        case 1 | 2 as small:
            return ("small", small)
        case [a, b] as pair:
            return ("pair", a, b, pair)
        case (1 as one) as whole:
            return ("never", one, whole)
        case y:
            return ("capture", y)


for v in [1, 2, [3, 4], (5, 6), "s", None]:
    print(f(v))

# module-level captures are globals
match [1, [2, 3]]:
    case [p, [q, r]]:
        print(p, q, r)
print(p + q + r)

# wildcard binds nothing
match 5:
    case _:
        print("wildcard")
try:
    print(_)
except NameError as e:
    print("NameError", e)

# a failed pattern binds nothing (names bound only on success)
def g(v):
    m = "unset"
    match v:
        case [m, 0]:
            pass
        case _:
            pass
    return m

print(g([1, 0]), g([1, 1]), g(7))

# a capture overwrites a previous binding
z = "old"
match "new":
    case z:
        pass
print(z)

# closures see captured names
def outer(v):
    match v:
        case [first, *rest]:
            def inner():
                return first, rest
            return inner()
    return None

print(outer([1, 2, 3]), outer("abc"), outer([]))
