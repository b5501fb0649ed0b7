import bisect
from bisect import insort
a = [1, 3, 5, 7]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 5), bisect.bisect_right(a, 5))
insort(a, 4); print(a)
print(bisect.bisect_left([(1,'a'),(3,'b')], 2, key=lambda t: t[0]))
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print(e)
print(bisect.__name__)
import sys
print('bisect' in sys.modules, sys.modules['bisect'] is bisect)
from bisect import insort_left, bisect_left
data = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort_left(data, v)
print(data, bisect_left(data, 5), bisect.bisect_right(data, 5, 0, 3))
