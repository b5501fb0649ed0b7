"""Exact integers and recursion: run with `krait run examples/fib.py`."""


def fib(n):
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a


def fact(n):
    if n < 2:
        return 1
    return n * fact(n - 1)


print(fib(90), fib(100))
print(fact(30))
print(2 ** 64, -7 // 2, 7 / 2)
