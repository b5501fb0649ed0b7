def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    return half * half * (b if e % 2 else 1)


def hanoi(n, a, b, c):
    if n == 0:
        return 0
    return hanoi(n - 1, a, c, b) + 1 + hanoi(n - 1, c, b, a)


print(fib(15), fib(1))
print(ack(2, 3), ack(3, 3))
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 40), gcd(17, 5))
print(fact(30))
print(power(3, 100), power(2, 0))
print(hanoi(10, "a", "b", "c"))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
