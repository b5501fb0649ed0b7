# getrecursionlimit/setrecursionlimit and RecursionError when the limit is hit.
import sys

old = sys.getrecursionlimit()
print(type(old).__name__, old >= 100)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(200))
sys.setrecursionlimit(150)
print(sys.getrecursionlimit())
try:
    depth(1000)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
print(depth(50))


def forever():
    return forever()


try:
    forever()
except RecursionError as e:
    print("forever:", e)

sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
print(depth(500))

for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError", e)
