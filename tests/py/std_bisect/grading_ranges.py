# Table lookups with bisect: grades, tax brackets, and counting in ranges.
from bisect import bisect, bisect_left, bisect_right


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

BRACKETS = [10000, 40000, 90000]
RATES = [0.0, 0.1, 0.2, 0.3]


def tax(income):
    owed = 0.0
    lower = 0
    for limit, rate in zip(BRACKETS + [float("inf")], RATES):
        if income > lower:
            owed += (min(income, limit) - lower) * rate
        lower = limit
    return round(owed, 2), RATES[bisect(BRACKETS, income)]


for inc in [5000, 10000, 25000, 40001, 120000]:
    print(inc, tax(inc))

data = sorted([15, 3, 27, 8, 42, 19, 8, 33, 8, 1])
print(data)


def count_between(lo, hi):
    return bisect_right(data, hi) - bisect_left(data, lo)


print(count_between(8, 8), count_between(5, 30), count_between(50, 60), count_between(0, 100))
times = [0.5, 1.2, 3.8, 4.0, 7.5]
events = ["boot", "load", "ready", "serve", "stop"]
for t in [0.0, 1.2, 4.5, 9.0]:
    i = bisect(times, t)
    print(t, events[i - 1] if i else None)
