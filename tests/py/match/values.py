class Color:
    RED = "red"
    GREEN = "green"
    BLUE = 3


class Config:
    class Mode:
        FAST = 1
        SLOW = 2


def name(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN:
            return "G"
        case Color.BLUE:
            return "B"
        case Config.Mode.FAST:
            return "fast"
        case Config.Mode.SLOW:
            return "slow"
    return "?"


for v in ["red", "green", 3, 3.0, 1, True, 2, "blue"]:
    print(repr(v), name(v))

# value patterns are compared with ==, looked up when reached
class Lazy:
    pass

Lazy.value = 10
match 10:
    case Lazy.value:
        print("found lazy value")
Lazy.value = 11
match 10:
    case Lazy.value:
        print("no")
    case _:
        print("changed value")

# the subject is evaluated exactly once
calls = []
def subject():
    calls.append(1)
    return [1, 2]

match subject():
    case [1]:
        pass
    case [1, 3]:
        pass
    case [a, b]:
        print("matched", a, b)
print(len(calls))

# a value pattern lookup that raises
try:
    match 1:
        case Color.PURPLE:
            pass
except AttributeError as e:
    print("AttributeError:", e)
