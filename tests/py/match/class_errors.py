class ListArgs:
    __match_args__ = ["a"]
    def __init__(self):
        self.a = 1


class IntArgs:
    __match_args__ = ("a", 1)
    def __init__(self):
        self.a = 1


class Dup:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1


class NoArgs:
    pass


class Two:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2


def attempt(subject, which):
    try:
        match subject:
            case ListArgs(x) if which == 0:
                print("no")
            case IntArgs(x, y) if which == 1:
                print("no")
            case Dup(x, a=y) if which == 2:
                print("no")
            case NoArgs(x) if which == 3:
                print("no")
            case int(x, y) if which == 4:
                print("no")
            case Two(x, y, z) if which == 5:
                print("no")
            case Two(x, y, b=z) if which == 6:
                print("no")
            case str(s, t) if which == 7:
                print("no")
        print("no error", which)
    except TypeError as e:
        print("TypeError:", e)


attempt(ListArgs(), 0)
attempt(IntArgs(), 1)
attempt(Dup(), 2)
attempt(NoArgs(), 3)
attempt(5, 4)
attempt(Two(), 5)
attempt(Two(), 6)
attempt("s", 7)
# a non-instance never reaches the __match_args__ checks
attempt(5, 0)
attempt("x", 3)

not_a_class = 5
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)

f = len
try:
    match 1:
        case f(x):
            pass
except TypeError as e:
    print("TypeError:", e)

# uncaught: traceback and exit code 1
match NoArgs():
    case NoArgs(a, b):
        pass
