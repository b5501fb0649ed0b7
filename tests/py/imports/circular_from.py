# `from m import x` while `m` is still initialising: CPython's message.
import sys
try:
    import _circ_c
except ImportError as e:
    print("ImportError:", str(e).replace(__file__.rsplit("/", 1)[0], "<dir>"))
    print(e.name)
print("_circ_c" in sys.modules, "_circ_d" in sys.modules)
import _circ_c
