callbacks = []
for name in ['a', 'b', 'c']:
    def cb(prefix):
        return prefix + name
    callbacks.append(cb)
print([cb('>') for cb in callbacks])
def bind(name):
    def cb(prefix):
        return prefix + name
    return cb
bound = [bind(n) for n in ['a', 'b', 'c']]
print([cb('>') for cb in bound])
def counters():
    result = []
    for i in range(3):
        def make(i):
            count = i * 100
            def tick():
                nonlocal count
                count = count + 1
                return count
            return tick
        result.append(make(i))
    return result
ts = counters()
print(ts[0](), ts[0](), ts[1](), ts[2](), ts[0]())
x = 'global'
def read():
    return x
def scope_test():
    x = 'local'
    return read()
print(scope_test())
