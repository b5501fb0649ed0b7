# bisect with key=, insort into sorted records, and range queries.
import bisect

scores = [33, 47, 55, 61, 61, 61, 78, 89, 94]
for s in (10, 61, 62, 100):
    print(s, bisect.bisect_left(scores, s), bisect.bisect_right(scores, s), bisect.bisect(scores, s))
print(bisect.bisect_left(scores, 61, lo=4), bisect.bisect_right(scores, 61, 0, 4))


def count_in_range(seq, lo, hi):
    return bisect.bisect_right(seq, hi) - bisect.bisect_left(seq, lo)


print(count_in_range(scores, 50, 80), count_in_range(scores, 95, 99), count_in_range(scores, 61, 61))

events = []
for ts, name in [(30, "c"), (10, "a"), (20, "b"), (20, "b2"), (5, "z"), (30, "c0")]:
    bisect.insort(events, (ts, name))
print(events)

people = [("ann", 19), ("cy", 25), ("bob", 31), ("dee", 44)]
by_age = sorted(people, key=lambda p: p[1])
i = bisect.bisect_left(by_age, 30, key=lambda p: p[1])
print(i, by_age[i:])
bisect.insort(by_age, ("eve", 28), key=lambda p: p[1])
bisect.insort_left(by_age, ("fay", 25), key=lambda p: p[1])
bisect.insort_right(by_age, ("gus", 25), key=lambda p: p[1])
print(by_age)
words = sorted(["kiwi", "fig", "banana", "apple", "cherry"], key=len)
print(words, bisect.bisect(words, 5, key=len), bisect.bisect_left(words, 5, key=len))


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 60, 59)])
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    pos = bisect.bisect_left(sorted_list, x)
    if pos == len(sorted_list) or sorted_list[pos] != x:
        sorted_list.insert(pos, x)
print(sorted_list)
desc = [90, 70, 50, 30]
print(bisect.bisect_left(desc, -60, key=lambda v: -v))
try:
    bisect.bisect_left([1, 2], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
