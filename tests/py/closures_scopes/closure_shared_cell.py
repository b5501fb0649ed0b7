def pair():
    value = [0]
    count = 0
    def inc():
        nonlocal count
        count += 1
        value[0] += 10
        return count, value[0]
    def get():
        return count, value[0]
    return inc, get
inc, get = pair()
print(get(), inc(), inc(), get())
inc2, get2 = pair()
print(get2(), inc2(), get())
def loop_closures():
    fns = []
    i = 0
    while i < 3:
        fns.append(lambda: i)
        i += 1
    return [f() for f in fns]
print(loop_closures())
