class Counter:
    instances = 0
    shared = []
    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1
    def inc(self, by=1):
        self.value += by
        return self
c1, c2 = Counter(), Counter(10)
c1.inc().inc(5)
print(c1.value, c2.value, Counter.instances, c1.instances)
c1.shared.append('x')
print(c2.shared, Counter.shared)
c1.instances = 'shadow'
print(c1.instances, c2.instances, Counter.instances)
del c1.instances
print(c1.instances)
c2.new_attr = 'dynamic'
print(c2.new_attr, hasattr(c1, 'new_attr'))
m = c1.inc
print(m().value, m(2).value)
print(Counter.inc(c2, 3).value)
try:
    c1.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Counter.inc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
