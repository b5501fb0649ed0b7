x = 'global x'
def read_global():
    return x
def shadow():
    x = 'local x'
    return x
def write_global():
    global x
    x = 'rebound'
print(read_global(), shadow(), x)
write_global()
print(x)
def new_global():
    global created
    created = 42
new_global()
print(created)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
            return a
        return inner()
    r = mid()
    return a, r
print(outer())
total = 0
def add(n):
    global total
    total += n
for k in range(5):
    add(k)
print(total)
def make_acc():
    items = []
    def acc(v):
        items.append(v)
        return len(items)
    return acc
a1, a2 = make_acc(), make_acc()
print(a1('x'), a1('y'), a2('z'))
y = 5
def uses_before_assign():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 6
uses_before_assign()
print([x for x in range(3)], x)
