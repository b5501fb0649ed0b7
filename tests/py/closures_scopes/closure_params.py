def adder(n):
    def add(x):
        return x + n
    return add

add5 = adder(5)
add10 = adder(n=10)
print(add5(1), add10(1), add5(add10(0)))

def scale(factor, offset=0):
    def apply(x):
        return x * factor + offset
    factor = factor * 2
    return apply

print(scale(3)(1), scale(3, 1)(2))

def swap(a, b):
    def get():
        return a, b
    a, b = b, a
    return get()

print(swap(1, 2))

def param_rebind(x):
    def bump():
        nonlocal x
        x = x + 1
    bump()
    bump()
    return x

print(param_rebind(40))
