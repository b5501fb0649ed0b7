def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return ("one", a)
        case [a, b]:
            return ("two", a, b)
        case [a, b, c]:
            return ("three", a, b, c)
        case [first, *middle, last]:
            return ("many", first, middle, last)
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5), range(4), range(0),
          "ab", "", {1: 2}, {1, 2}, 5, None, range(1, 10, 3)]:
    print(repr(v), seq(v))


def star(x):
    match x:
        case [*all_]:
            return ("all", all_)


for v in [[], (1,), range(3), "no", [[1], [2]]]:
    print(repr(v), star(v))


def heads(x):
    match x:
        case [1, *_]:
            return "starts with 1"
        case [*_, 9]:
            return "ends with 9"
        case [_, _, *_]:
            return "two or more"
        case [*_]:
            return "short"
    return "not a sequence"


for v in [[1, 5], (3, 9), [2, 3, 4], [7], [], "19", range(1, 3), range(8, 10)]:
    print(repr(v), heads(v))


def nested(x):
    match x:
        case [[a, b], [c, *d]]:
            return a, b, c, d
        case [(1 | 2) as k, *rest] if rest:
            return "k", k, rest
        case (a, (b, (c,))):
            return "deep", a, b, c
    return None


for v in [[[1, 2], [3]], [[1, 2], (3, 4, 5)], [2, 0], [2], (1, (2, (3,))), (1, (2, 3))]:
    print(repr(v), nested(v))


# star in the middle with captures on both sides
match list(range(10)):
    case [a, b, *mid, y, z]:
        print(a, b, mid, y, z)

match (1, 2):
    case [x, y, *rest]:
        print("rest", rest)

# tuple syntax without brackets
match 1, 2, 3:
    case 1, *others:
        print("others", others)

# str, bytes-like and dict never match sequence patterns
for v in ["abc", {"a": 1, "b": 2, "c": 3}]:
    match v:
        case [a, b, c]:
            print("matched", a)
        case _:
            print("not matched", v)
