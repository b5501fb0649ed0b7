# ModuleNotFoundError, caught and its attributes.
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _basic.sub
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import _pkg.missing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from _pkg import missing
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "<dir>"))
print(issubclass(ModuleNotFoundError, ImportError))
import does_not_exist_either
