# Hot functions in an imported module (compiled by the JIT) and hot
# functions calling into it.
import _basic
from _basic import double


def loop(n):
    total = 0
    for i in range(n):
        total += double(i) + _basic.VALUE
    return total


print(loop(3000))
print(sum(_basic.double(i) for i in range(2000)))
_basic.VALUE = 1
print(loop(3000))
for i in range(300):
    r = _basic.fail(i + 1)
print(r)
print(_basic.fail(0))
