def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
counter = 0
def make_default():
    global counter
    counter += 1
    return counter
def f(x=make_default()):
    return x
print(f(), f(), f(10), counter)
n = 5
def g(a=n):
    return a
n = 6
print(g())
def h(a, b=2, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, c=9), h(a=0, b=0, c=0), h(c=1, a=2))
print(h.__defaults__, append_to.__defaults__)
def d2(x={}):
    x[len(x)] = len(x)
    return x
print(d2(), d2(), d2({}))
