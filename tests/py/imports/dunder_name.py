# `__name__` is "__main__" for the script, the module name otherwise.
import _basic
print(__name__, _basic.__name__)
if __name__ == "__main__":
    print("running as the main program")
print(__file__.endswith("dunder_name.py"), _basic.__file__.endswith("_basic.py"))
print(__package__, _basic.__package__ == "")
print(__doc__)
print(globals()["__name__"])
import sys
print(sys.modules["__main__"].__name__)
print(sys.modules[__name__] is sys.modules["__main__"])
