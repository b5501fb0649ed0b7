# bisect_left/bisect_right boundaries, lo/hi bounds, key= and insort.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, lo=4), bisect.bisect_right(a, 4, hi=3), bisect.bisect_left(a, 4, 0, 2))
print(bisect.bisect_left([], 5), bisect.bisect_right([], 5))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 0)
print(b)
recs = [("ann", 20), ("bob", 25), ("cid", 31)]
print(bisect.bisect_left(recs, 25, key=lambda r: r[1]), bisect.bisect_right(recs, 40, key=lambda r: r[1]))
bisect.insort(recs, ("dee", 27), key=lambda r: r[1])
print(recs)


def index_of(seq, x):
    i = bisect.bisect_left(seq, x)
    if i != len(seq) and seq[i] == x:
        return i
    raise ValueError(f"{x} not found")


print(index_of(a, 4), index_of(a, 9))
try:
    index_of(a, 3)
except ValueError as e:
    print("ValueError", e)
try:
    bisect.bisect_left(a, 1, lo=-1)
except ValueError as e:
    print("ValueError", e)
words = sorted(["kiwi", "apple", "fig", "banana"])
print(words, bisect.bisect(words, "cherry"), words[:bisect.bisect(words, "c")])
