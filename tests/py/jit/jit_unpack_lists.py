# Unpacking pairs of lists in a hot loop: the targets are compiled as the
# lists they held, checked after each unpacking; a pair that is not lists
# continues in the interpreter with the same answer.


def step(pairs: list, dt: float) -> float:
    total = 0.0
    for a, b in pairs:
        d = a[0] - b[0]
        a[1] = a[1] - d * dt
        b[1] = b[1] + d * dt
        total += d
    return total


def run(pairs: list, n: int) -> float:
    t = 0.0
    for _ in range(n):
        t += step(pairs, 0.01)
    return t


bodies = [[float(i), 0.0] for i in range(5)]
pairs = [(bodies[i], bodies[j]) for i in range(5) for j in range(i + 1, 5)]
print(repr(run(pairs, 500)), bodies)
# Now a pair whose first item is a tuple: the loop leaves compiled code.
pairs.append(((1.5, 2.0), [0.5, 1.0]))
try:
    print(repr(run(pairs, 3)))
except TypeError as e:
    print("TypeError:", e)
pairs.pop()
pairs.append(([9.0, 1.0], [1.0, 1.0], "extra"))
try:
    run(pairs, 2)
except ValueError as e:
    print("ValueError:", e)
pairs.pop()
pairs.append([[3.0, 1.0], [1.0, 1.0]])
print(repr(run(pairs, 2)))
pairs.append(iter([[2.0, 0.0], [0.0, 0.0]]))
print(repr(run(pairs, 1)), bodies[0])


def swap_loop(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(swap_loop(100))
