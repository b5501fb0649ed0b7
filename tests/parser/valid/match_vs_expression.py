# lines starting with 'match' that are statements versus expressions, and odd match subjects.
match (x)
match (x):
    case 1:
        pass
match [a, b]
match [a, b]:
    case [1, 2]:
        pass
match -x
match -x:
    case -1:
        pass
match * x
match *x, y:
    case _:
        pass
match x,:
    case _:
        pass
match {1: 2}:
    case {1: 2}:
        pass
match not x:
    case True:
        pass
match lambda: 0:
    case _:
        pass
match x if y else z:
    case _:
        pass
match await_:
    case _:
        pass
match f"{x}":
    case "a":
        pass
match x:
    case 1: pass
    case 2: return_ = 1; other = 2
match match:
    case case:
        pass
match x:
    case _: pass
