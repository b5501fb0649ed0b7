def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([3, 1, 4, 1, 5, 9, 2, 6])
print(lo, hi, mean, stats([7]))
def early(n):
    if n < 0:
        return 'neg'
    for i in range(n):
        if i * i > n:
            return i
    return None
print(early(-1), early(10), early(0), early(2))
def nothing():
    return
print(nothing(), type(nothing()).__name__)
def returns_func():
    def f():
        return 'inner'
    return f
print(returns_func()())
def swap(a, b):
    return b, a
print(swap(1, 2), swap(*swap(1, 2)))
def div(a, b):
    return (a // b, a % b) if b else (None, None)
print(div(17, 5), div(1, 0))
