# Compiled code leaving for the interpreter (an int outgrowing 64 bits, a
# zero divisor) hands over only the slots the rest of the function can
# read; the others stay unbound there. Every later use must still find its
# value: reads after the loop, `del`, handlers, generators across yields.


def after_loop(n: int) -> int:
    a = 5
    b = a * 2
    big = 1
    for i in range(n):
        big = big * 3
    return big + b + i


def deleted(n: int) -> int:
    k = 3
    t = 0
    for i in range(n):
        t += i * i * i * i * i * i * i
    del k
    try:
        print(k)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return t % 1000003


def handler(n: int) -> int:
    x = 7
    y = 0
    try:
        for i in range(n):
            y = y + 10 // (n - 1 - i)
    except ZeroDivisionError:
        return x * 1000 + y + i
    return -1


def gen(n: int):
    a = 2
    acc = 1
    for i in range(n):
        acc = acc * a
        yield acc % 1000
    yield a + i


def floats(n: int) -> float:
    f = 0.5
    g = 1.0
    for i in range(n):
        g = g * 1.5 + f
        if i == n - 1:
            g = g + (2**70) // (i + 1)
    return g


for _ in range(3):
    print(after_loop(50), after_loop(5))
    print(deleted(700))
    print(handler(30))
    print(list(gen(70))[-3:])
    print(floats(40))
