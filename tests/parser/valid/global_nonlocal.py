# global and nonlocal declarations.
counter = 0


def increment():
    global counter
    counter += 1


def several():
    global a, b, c
    a = b = c = 0


def outer():
    x = 0
    y = 0

    def inner():
        nonlocal x
        nonlocal x, y
        x += 1
        y = x

    return inner
