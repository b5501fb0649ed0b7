def bubble(xs):
    xs = list(xs)
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
def insertion(xs):
    out = []
    for x in xs:
        i = 0
        while i < len(out) and out[i] <= x:
            i += 1
        out.insert(i, x)
    return out
data = [5, 2, 9, 1, 5, 6, -3, 0]
print(bubble(data), insertion(data), sorted(data), data)
def dedupe(xs):
    seen = []
    for x in xs:
        if x not in seen:
            seen.append(x)
    return seen
print(dedupe([3, 1, 3, 2, 1, 4]))
def rotate(xs, k):
    k = k % len(xs)
    out = []
    for i in range(len(xs)):
        out.append(xs[(i - k) % len(xs)])
    return out
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1))
def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]
print(transpose([[1, 2, 3], [4, 5, 6]]))
