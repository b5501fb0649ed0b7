def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(950))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]), len(power_set(list(range(10)))))
def binary_search(xs, t, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == t:
        return mid
    if xs[mid] < t:
        return binary_search(xs, t, mid + 1, hi)
    return binary_search(xs, t, lo, mid)
xs = list(range(0, 100, 3))
print([binary_search(xs, t) for t in [0, 3, 99, 50, 51, -1]])
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while a and b:
        out.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
    return out + a + b
print(merge_sort([5, 2, 9, 1, 5, 6, 0, -3]))
