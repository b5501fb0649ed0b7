# Stacked decorators apply bottom-up at definition and their wrappers run
# top-down at call time; decorator expressions are evaluated top-down.


def tag(name):
    print(f"  evaluating tag({name!r})")

    def deco(fn):
        print(f"  applying {name} to {fn.__name__}")

        def wrapper(*args):
            print(f"  enter {name}")
            result = f"<{name}>{fn(*args)}</{name}>"
            print(f"  exit {name}")
            return result
        wrapper.__name__ = f"{name}_{fn.__name__}"
        return wrapper
    return deco


@tag("b")
@tag("i")
@tag("u")
def text(s):
    print("  body")
    return s


print(text.__name__)
print(text("x"))


def equivalent(s):
    return s


manual = tag("b")(tag("i")(tag("u")(equivalent)))
print(manual("y") == text("y"))
decorators = [tag("p"), tag("q")]


@decorators[0]
@decorators[1]
def f():
    return "f"


print(f())


@lambda fn: fn()
def computed_once():
    return "replaced by its own result"


print(computed_once)
