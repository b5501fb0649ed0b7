x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(f())
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
try:
    del lst[10]
except IndexError as e:
    print(type(e).__name__, e)
