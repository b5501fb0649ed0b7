# Long loops in a function called once, and at module level, move into
# compiled code mid-loop (on-stack replacement) with their state intact.
def once(n: int) -> int:
    total = 0
    x = 7
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        total += x % 1000
    return total + x


def once_while(n: int) -> float:
    i = 0
    acc = 0.5
    while i < n:
        acc = acc * 0.999 + i
        i += 1
    return acc


print(once(200000))
print(once_while(100000))
s = 0
for j in range(100000):
    s += j * j
print(s)
