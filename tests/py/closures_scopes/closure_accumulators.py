def make_averager():
    series = []
    def averager(v):
        series.append(v)
        return sum(series) / len(series)
    return averager
avg = make_averager()
print(avg(10), avg(11), avg(12))
def make_counter(start=0, step=1):
    count = start
    def nxt():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return nxt, reset
n, r = make_counter(10, 5)
print(n(), n(), n())
r()
print(n())
def adders():
    return [lambda x, k=k: x + k for k in range(3)], [lambda x: x + k for k in range(3)]
good, late = adders()
print([f(100) for f in good], [f(100) for f in late])
def outer():
    val = 'outer'
    def middle():
        def inner():
            return val
        return inner
    return middle()()
print(outer())
def cell_shared():
    x = 0
    def get():
        return x
    def setx(v):
        nonlocal x
        x = v
    return get, setx
g, s = cell_shared()
s(42)
print(g())
