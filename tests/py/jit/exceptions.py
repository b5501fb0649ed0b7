# Exceptions raised under compiled code: caught by the caller, or a
# traceback that names every frame.
def inner(n: int) -> int:
    return 100 // n


def middle(n: int) -> int:
    t = 0
    for i in range(n, -1, -1):
        t += inner(i)
    return t


for k in range(3):
    try:
        middle(5 + k)
    except ZeroDivisionError as e:
        print("caught:", e)


def deep(n: int) -> int:
    if n == 0:
        return 0
    return deep(n - 1) + 1


print(deep(500))
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError:", e)
print(deep(10))
