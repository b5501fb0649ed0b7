class L:
    def __len__(self): return 2**70
for f in (len, bool):
    try: f(L())
    except Exception as e: print(type(e).__name__, e)
class B:
    def __len__(self): return True
print(len(B()), bool(B()))
class Neg:
    def __len__(self): return -2**70
try: len(Neg())
except Exception as e: print(type(e).__name__, e)
