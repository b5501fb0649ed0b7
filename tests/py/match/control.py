# match inside loops, with break/continue/return, and nested matches
def run(cmds):
    out = []
    for c in cmds:
        match c.split():
            case ["stop"]:
                break
            case ["skip", *_]:
                continue
            case ["go", direction]:
                out.append("going " + direction)
            case ["pick", *items] if items:
                for it in items:
                    match it:
                        case "sword" | "shield":
                            out.append("armed with " + it)
                        case _:
                            out.append("picked " + it)
            case _:
                out.append("unknown " + c)
    else:
        out.append("no stop")
    return out


print(run(["go north", "skip this", "pick sword apple", "dance", "stop", "go south"]))
print(run(["go east"]))


def first_even(items):
    for x in items:
        match x:
            case int(n) if n % 2 == 0:
                return n
    return None


print(first_even([1, 3, 4, 6]), first_even([1]))


# exceptions inside a case body and in a guard
def risky(v):
    try:
        match v:
            case [a, b] if a / b > 1:
                return "ratio > 1"
            case [a, b]:
                return "ratio <= 1"
    except ZeroDivisionError as e:
        return "error: " + str(e)
    finally:
        print("finally", v)


print(risky([4, 2]))
print(risky([1, 2]))
print(risky([1, 0]))

# match in a while loop, subject rebound every iteration
n = 5
seen = []
while True:
    match n:
        case 0:
            break
        case m if m % 2:
            seen.append(m)
    n -= 1
print(seen)

# match in a class body
class C:
    match (1, 2):
        case (a, b):
            total = a + b
print(C.total, C.a)

# match in a comprehension's function
def f(xs):
    return [match_one(x) for x in xs]

def match_one(x):
    match x:
        case (k, v):
            return k
        case k:
            return k

print(f([(1, 2), 3, (4, 5)]))
