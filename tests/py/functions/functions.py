def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def greet(name, greeting="Hello"):
    return greeting + ", " + name + "!"


print(fib(20))
print(greet("world"), greet("krait", "Hi"))
square = lambda v: v * v
print(square(12), square(1.5))


def total(limit):
    s = 0
    i = 0
    while i < limit:
        i += 1
        if i % 3 == 0:
            continue
        if i > 10:
            break
        s += i
    return s


print(total(100))
