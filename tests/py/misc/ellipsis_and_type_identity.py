# Ellipsis, and the class objects of built-in values being one object each.
x = ...
print(x, x is Ellipsis, repr(...), type(...).__name__, bool(...), [...])
print(hash(...) == hash(Ellipsis), ... == ..., ... != None, {...: 1}[Ellipsis])


def stub():
    ...


print(stub())
print(type(None) is type(None), type(None) in (int, type(None)))
print(type(len) is type(print), type(stub) is type(lambda: 0))
print(isinstance(None, type(None)), type(...) is type(Ellipsis))
