# `in` uses __contains__ when defined, else iterates with __iter__, else
# falls back to the old __getitem__ protocol; the result of __contains__ is
# converted to bool. iter() on __getitem__ objects stops at IndexError.


class WithContains:
    def __contains__(self, item):
        print("  __contains__", item)
        return item % 2  # truthy int, converted to bool


class WithIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])


class OldStyle:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(3 in WithContains(), 4 in WithContains(), 4 not in WithContains())
print(2 in WithIter(), 9 in WithIter())
print(10 in OldStyle())
print(99 in OldStyle())
print(list(OldStyle()))
print(list(Stopper()))
it = iter(OldStyle())
print(type(it).__name__, next(it), next(it))


class NotContainer:
    pass


try:
    1 in NotContainer()
except TypeError as e:
    print(type(e).__name__, e)


class IterNone:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in IterNone()
except TypeError as e:
    print(type(e).__name__, e)


class ContainsRaises:
    def __contains__(self, item):
        raise KeyError(item)


try:
    "k" in ContainsRaises()
except KeyError as e:
    print(type(e).__name__, e)
print(any(x > 15 for x in OldStyle()))
