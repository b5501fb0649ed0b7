# A suspended generator is closed the moment its last reference goes.
def tidy(name):
    try:
        print(name, 'start')
        yield 1
        yield 2
    finally:
        print(name, 'finally')

g = tidy('a')
next(g)
print('before del')
del g
print('after del')

# rebinding the only reference
g = tidy('b')
next(g)
g = None
print('after rebinding')

# a temporary generator: closed right after the expression
print(next(tidy('c')))
print('after temporary')

# an unstarted or finished generator runs nothing when it dies
g = tidy('d')
del g
g = tidy('e')
print(list(g))
del g
print('nothing printed for d and e')

# a generator local to a function dies when the function returns
def use_first():
    it = tidy('f')
    first = next(it)
    print('got', first)
    return first

print(use_first())
print('after use_first')

# breaking out of a for loop over a temporary generator
for x in tidy('g'):
    print('loop', x)
    break
print('after break')

# with statements inside a generator exit when it is collected
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.n, t.__name__ if t else None)

def with_gen():
    with CM(1):
        with CM(2):
            yield 'inside'

w = with_gen()
print(next(w))
del w
print('after with_gen')

# the GeneratorExit is visible to the generator
def sees():
    try:
        yield
    except GeneratorExit as e:
        print('GeneratorExit seen', repr(e))
        raise

s = sees()
next(s)
s = 0
print(s)

# a generator that returns from its GeneratorExit handler
def quiet():
    try:
        yield
    except GeneratorExit:
        print('returning quietly')
        return 'x'

q = quiet()
next(q)
del q

# generators held in a list die when the list does (last to first)
gens = [tidy('L%d' % i) for i in range(3)]
for gg in gens:
    next(gg)
del gg
print('dropping list')
del gens
print('dropped')

# a generator suspended in an inner generator: both closed, outer first
def inner():
    try:
        yield 'i'
    finally:
        print('inner finally')

def outer():
    it = inner()
    try:
        yield next(it)
    finally:
        print('outer finally')

o = outer()
print(next(o))
del o
print('end')
g = tidy('global at exit')
next(g)
