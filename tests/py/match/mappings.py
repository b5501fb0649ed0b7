def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return ("point", px, py)
        case {"type": "circle", "r": r, **rest}:
            return ("circle", r, rest)
        case {1: one, -2: minus_two}:
            return ("ints", one, minus_two)
        case {None: n, True: t}:
            return ("singletons", n, t)
        case {}:
            return "any mapping"
        case _:
            return "not a mapping"


for v in [
    {"type": "point", "x": 1, "y": 2},
    {"type": "point", "x": 1, "y": 2, "z": 3},
    {"type": "point", "x": 1},
    {"type": "circle", "r": 5},
    {"type": "circle", "r": 5, "color": "red", "fill": None},
    {1: "a", -2: "b"},
    {None: 0, True: 1},
    {None: 0, 1: 1},
    {},
    {"k": "v"},
    [("type", "point")],
    "type",
    None,
]:
    print(m(v))


# **rest is a new dict without the matched keys
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"b": bv, **others}:
        print(bv, others, d)
        others["z"] = 0
        print(d)

match {}:
    case {**empty}:
        print("empty rest", empty)


class K:
    A = "a"
    B = "b"


# value keys and duplicate value keys (ValueError at runtime)
match {"a": 1, "b": 2}:
    case {K.A: x, K.B: y}:
        print("value keys", x, y)

try:
    match {"a": 1}:
        case {K.A: x, K.A: y}:
            print("unreachable")
except ValueError as e:
    print("ValueError", e)

# a missing key stops before the duplicate is seen
match {"b": 1}:
    case {K.A: x, K.A: y}:
        print("unreachable")
    case _:
        print("no a")

# mapping values are sub-patterns
match {"pts": [(0, 1), (2, 3)], "name": "poly"}:
    case {"pts": [(x0, y0), *more], "name": str(name)}:
        print(name, x0, y0, more)

# float keys equal to ints find int keys
match {1: "one"}:
    case {1.0: v}:
        print("float key", v)
