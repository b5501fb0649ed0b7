def lit(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case "hello":
            return "greeting"
        case "a" "b":
            return "ab"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 10000000000000000000000:
            return "big"
        case -10000000000000000000000:
            return "minus big"
        case _:
            return "other"


for v in [0, 1, -1, 2.5, -0.5, "hello", "ab", None, True, False, 1.0, 0.0, -1.0,
          10**22, -(10**22), "x", [], (), 3]:
    print(repr(v), lit(v))


# True/False/None match by identity, not equality
def single(x):
    match x:
        case True:
            return "is True"
        case False:
            return "is False"
        case None:
            return "is None"
    return "no match"


for v in [True, 1, False, 0, None, 0.0, 1.0, ""]:
    print(repr(v), single(v))

# no case matches: falls through
match 42:
    case 1:
        print("one")
    case 2:
        print("two")
print("after")
