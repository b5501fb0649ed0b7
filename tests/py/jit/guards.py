# Compiled code checks what it assumed: argument types, and globals that
# the program rebinds.
def add(a: int, b: int) -> int:
    return a + b


def twice(x: int) -> int:
    return add(x, x)


for i in range(200):
    twice(i)
print(twice(21))
print(add(1.5, 2))
print(add("a", "b"))
print(add(True, True))
print(add(2**70, 1))
print(twice(2**62))


def other(a, b):
    return f"rebound {a} {b}"


add = other
print(twice(5))


def count(n: int) -> int:
    t = 0
    for i in range(n):
        t += i
    return t


print(count(1000))
range = lambda n: [1, 2, 3]
print(count(1000))
