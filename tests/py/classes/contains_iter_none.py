class C: pass
try: 1 in C()
except TypeError as e: print(e)
class D:
    __iter__ = None
    def __getitem__(self, i): return i
try: iter(D())
except TypeError as e: print(e)
try:
    for x in D(): pass
except TypeError as e: print(e)
class G:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
print(2 in G(), 9 in G())
