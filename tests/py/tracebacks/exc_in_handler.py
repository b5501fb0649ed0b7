def parse(s):
    return int(s)


def load(s):
    try:
        return parse(s)
    except ValueError:
        raise RuntimeError("could not load " + s)


print(load("12"))
load("x1")
