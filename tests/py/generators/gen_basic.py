def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', repr(e))
print(next(g, 'exhausted'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def with_return():
    yield 1
    yield 2
    return 'done'
g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('returned', e.value, e.args)
def gen_trace():
    print('start')
    yield 'a'
    print('middle')
    yield 'b'
    print('end')
for v in gen_trace():
    print('got', v)
print(type(count_up(1)).__name__)
def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))), list(evens(count_up(7))))
