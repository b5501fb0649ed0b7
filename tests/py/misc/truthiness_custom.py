class Empty:
    pass
class Falsy:
    def __bool__(self):
        return False
class LenZero:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
for o in [Empty(), Falsy(), LenZero(), Both()]:
    print(type(o).__name__, bool(o), not o, 'yes' if o else 'no')
print(Falsy() or 'fallback', type(LenZero() and 'unreached').__name__, [] or {} or 0 or 'last')
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
x = 0
print(x or 5, x and 5, 3 and 4, 3 or 4, None or [], not None, not [0])
