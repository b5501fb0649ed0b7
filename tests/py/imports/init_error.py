# A module whose body raises is not left in sys.modules.
import sys
try:
    import _raises
except ValueError as e:
    print("caught:", e)
print("_raises" in sys.modules)
try:
    import _raises
except ValueError as e:
    print("again:", e)
import _raises
