def level1(a):
    b = a * 2
    def level2(c):
        d = c + b
        def level3(e):
            nonlocal b
            b += 1
            return a + b + d + e
        return level3
    return level2

l2 = level1(1)
l3 = l2(10)
print(l3(100))
print(l3(100))
l3b = l2(20)
print(l3b(0))

def outer():
    x = "outer"
    def middle():
        def inner():
            return x + "!"
        return inner
    return middle()

print(outer()())

def shadow():
    x = 1
    def mid():
        x = 2
        def inner():
            return x
        return inner()
    return mid(), x

print(shadow())

def setter():
    v = 0
    def outer_set(n):
        def inner_set():
            nonlocal v
            v = n
        inner_set()
        return v
    return outer_set(5), outer_set(7), v

print(setter())
