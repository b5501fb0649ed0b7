# Floor division and modulo by constant powers of two compile to shifts and
# masks: Python floors, so they agree for negative operands too.
def f(n: int) -> int:
    s = 0
    for x in range(-n, n):
        s += x // 2 + x % 2 + x // 8 * 3 + x % 16 + (x * 7919) // 1024 - (x * 31) % 4096
    return s
def g(x: int) -> tuple:
    return (x // 2, x % 2, x // 4, x % 4, x // 2**40, x % 2**40, x // 2**62, x % 2**62)
print(f(100000))
for v in (-2**63, -2**63 + 1, -7, -1, 0, 1, 7, 2**63 - 1, 2**64, -2**70 - 3):
    print(g(v))
