# `from m import *` honours `__all__`.
from _with_all import *
print(alpha, gamma)
try:
    print(beta)
except NameError as e:
    print(e)
try:
    print(_delta)
except NameError as e:
    print(e)
