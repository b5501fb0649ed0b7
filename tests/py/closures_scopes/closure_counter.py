def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
print(inc(), inc(), inc(5), get())
inc2, get2 = make_counter(100)
print(inc2(), get(), get2())

def accumulator():
    total = 0
    n = 0
    def add(x):
        nonlocal total, n
        total = total + x
        n += 1
        return total / n
    return add

avg = accumulator()
for v in (10, 20, 30, 40):
    print(avg(v))
