def make_fact():
    def fact(n):
        if n <= 1:
            return 1
        return n * fact(n - 1)
    return fact

print(make_fact()(10))

def fib_memo():
    def fib(n):
        if n < 2:
            return n
        return fib(n - 1) + fib(n - 2)
    return fib(15)

print(fib_memo())

def even_odd(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n), is_odd(n)

print(even_odd(10), even_odd(7))

def countdown(n):
    out = ()
    def go(k):
        nonlocal out
        if k < 0:
            return
        out = out + (k,)
        go(k - 1)
    go(n)
    return out

print(countdown(5))
