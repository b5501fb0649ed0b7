import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
sys.setrecursionlimit(3000)
print(depth(2500))
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(50))


def set_low():
    sys.setrecursionlimit(2)


try:
    set_low()
except RecursionError as e:
    print("RecursionError:", e)


# Compiled code leaving for the interpreter after a RecursionError, again
# and again: the depth stays exact.
sys.setrecursionlimit(100)
for i in range(3):
    try:
        depth(200)
    except RecursionError:
        pass
    try:
        set_low()
    except RecursionError as e:
        print("RecursionError:", e)
