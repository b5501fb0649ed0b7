def f(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case [a, 0] | [0, a] | (a, "zero"):
            return ("one zero", a)
        case {"k": v} | {"key": v}:
            return ("key", v)
        case ((1 | 2) as n) | [n, 9]:
            return ("n", n)
        case "a" | "b" | None:
            return "letter or none"
        case [[x1], y1] | [y1, [x1]]:
            return ("nested", x1, y1)
        case int() | float():
            return "number"
    return "other"


for v in [0, 2, [5, 0], (0, 6), ["q", "zero"], {"k": 1}, {"key": 2}, {"k": 1, "key": 2},
          [3, 9], [3, 4], "a", None, [[1], 2], [2, [1]], 7, 7.5, "zz"]:
    print(repr(v), f(v))

# irrefutable last alternative, allowed in the last case
match 99:
    case (1 as other) | other:
        print("other", other)

# or-pattern of captures inside a sequence
match [1, 2]:
    case [(0 as a) | a, b]:
        print(a, b)

# guard failing after or-pattern keeps bindings
match [4, 0]:
    case [w, 0] | [0, w] if w > 10:
        print("big")
    case _:
        print("w is", w)
