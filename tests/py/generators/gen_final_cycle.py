# A suspended generator in a reference cycle is closed by the collector
# (PEP 442), its finally blocks running during gc.collect().
import gc

def holder(box):
    try:
        yield 1
        yield 2
    finally:
        print('finally of holder, box size', len(box))

box = []
g = holder(box)
box.append(g)
next(g)
del g, box
print('collecting')
print(gc.collect() > 0)
print('collected')

# a generator that refers to itself through a local
def selfref():
    me = yield
    try:
        yield 'has itself'
    finally:
        print('selfref closing, me is generator:', type(me).__name__)

s = selfref()
next(s)
print(s.send(s))
del s
print('collecting again')
gc.collect()
print('done')

# an exception in the close during collection is reported, not raised
def boom(l):
    try:
        yield
    finally:
        raise RuntimeError('during collection')

l = []
b = boom(l)
l.append(b)
next(b)
del b, l
gc.collect()
print('after boom')

# unstarted generators in cycles are simply freed
l = []
u = holder(l)
l.append(u)
del u, l
gc.collect()
print('unstarted freed silently')
