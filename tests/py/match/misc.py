# ranges are sequences: indexing and starred unpacking
match range(2, 8):
    case [first, *mid, last]:
        print(first, mid, last)
match range(5):
    case [0, *_, 4]:
        print("range ends")

# nested match statements
def describe(v):
    match v:
        case [x, y]:
            match x, y:
                case (0, 0):
                    return "zero pair"
                case (int(), int()):
                    return "int pair"
                case _:
                    return "other pair"
        case _:
            return "not a pair"


for v in [[0, 0], (1, 2), ["a", 1], 5]:
    print(describe(v))

# exception instances in class patterns
try:
    raise ValueError("bad")
except Exception as e:
    match e:
        case KeyError():
            print("key error")
        case ValueError():
            print("value error")

# the subject's items are looked at in order and short-circuit
class Box:
    __match_args__ = ("content",)
    def __init__(self, content):
        self.content = content

boxes = [Box(Box(1)), Box([Box(2), Box(3)]), Box({"in": Box(4)})]
for b in boxes:
    match b:
        case Box(Box(n)):
            print("box in box", n)
        case Box([Box(a), Box(b2)]):
            print("two boxes", a, b2)
        case Box({"in": Box(content=c)}):
            print("dict box", c)

# big and negative literal patterns
for v in [-5, 5, -0, 2**70, -(2**70)]:
    match v:
        case -5:
            print("minus five")
        case 0:
            print("zero")
        case 1180591620717411303424:
            print("2**70")
        case -1180591620717411303424:
            print("-2**70")
        case _:
            print("other", v)

# mapping pattern with an unhashable value key raises TypeError
class U:
    key = [1]

try:
    match {1: 2}:
        case {U.key: v}:
            print("no")
except TypeError as e:
    print("TypeError:", e)

# empty sequence vs empty mapping
for v in [[], {}, (), ""]:
    match v:
        case []:
            print(repr(v), "empty seq")
        case {}:
            print(repr(v), "mapping")
        case _:
            print(repr(v), "other")

# uncaught duplicate key: ValueError traceback, exit 1
class K:
    a = "a"

match {"a": 1, "b": 2}:
    case {K.a: x, K.a: y}:
        pass
