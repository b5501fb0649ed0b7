def level1():
    v = 1
    log = []
    def level2():
        nonlocal v
        v = v * 10
        def level3():
            nonlocal v
            v = v + 5
            log.append(v)
            return v
        level3()
        level3()
        return v
    r = level2()
    return v, r, log
print(level1())
def shadowing():
    v = 'outer'
    def inner():
        v = 'inner'
        return v
    return inner(), v
print(shadowing())
def gen_ids(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return prefix + str(n)
    return next_id
a = gen_ids('a')
b = gen_ids('b')
print(a(), a(), b(), a(), b())
