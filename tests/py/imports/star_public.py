# `from m import *` without `__all__`: the names not starting with `_`.
from _no_all import *
print(one, two, helper())
try:
    print(_three)
except NameError as e:
    print(e)
from math import *
print(floor(3.5), pi, sqrt(9))


def uses_star_names():
    return one + two + ceil(0.5)


print(uses_star_names())
