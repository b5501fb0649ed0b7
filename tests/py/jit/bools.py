# bool parameters and results in compiled code.
def both(a: bool, b: bool) -> bool:
    return a and b


def xor_count(n: int) -> int:
    c = 0
    for i in range(n):
        odd = i % 2 == 1
        big = i > n // 2
        if odd != big:
            c += 1
        if not odd:
            c += 2
    return c


def flag(x: int) -> bool:
    return x > 3


for i in range(150):
    both(True, i > 3)
print(both(True, False), both(True, True), both(False, True))
print(xor_count(1000), flag(5), flag(1), flag(5) + flag(6))
print(both(1, 2), both(0, "x"))
