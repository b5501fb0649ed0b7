def classify(x):
    match x:
        case int(n) if n < 0:
            return "negative"
        case int(n) if n == 0:
            return "zero"
        case int(n):
            return "positive"
        case [a, b] if a == b:
            return "equal pair"
        case [a, b]:
            return "pair"
        case _ if isinstance(x, str):
            return "string"
        case _:
            return "other"


for v in [-3, 0, 4, [1, 1], [1, 2], "s", 2.0]:
    print(v, classify(v))


# names bound by the pattern stay bound when the guard fails
def keep(v):
    match v:
        case [a, b] if a > b:
            return "desc"
        case _:
            return ("fallthrough", a, b)


print(keep([3, 1]))
print(keep([1, 3]))

# the guard sees the captures; side effects run in order
log = []
def check(tag, result):
    log.append(tag)
    return result

match (1, 2):
    case (x, 3) if check("g1", True):
        print("no")
    case (x, y) if check("g2", False):
        print("no")
    case (x, y) if check("g3", True):
        print("yes", x, y)
print(log)

# guard with walrus-free boolean logic
for point in [(0, 0), (1, 0), (0, 1), (2, 2), (1, 2)]:
    match point:
        case (0, 0):
            print("origin")
        case (x, 0) if x > 0:
            print("x axis", x)
        case (0, y):
            print("y axis", y)
        case (x, y) if x == y:
            print("diagonal", x)
        case (x, y):
            print("point", x, y)
