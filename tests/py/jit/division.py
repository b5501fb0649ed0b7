# Floor division and modulo of negatives, true division, and zero divisors.
def ops(a: int, b: int) -> tuple:
    return (a // b, a % b, a / b)


def fops(a: float, b: float) -> float:
    return a // b + a % b * 10.0 + a / b


def div0(a: int, b: int) -> int:
    return a // b


for x, y in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (-9223372036854775807 - 1, -1), (2**53 + 1, 3)]:
    print(x, y, x // y, x % y, x / y)

for x, y in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-0.0, 1.0), (1e308, 1e-308)]:
    print(fops(x, y))

for i in range(5):
    try:
        print(div0(10, 2 - i // 2))
    except ZeroDivisionError as e:
        print("caught", e)

def mod0(a: float) -> float:
    return a % 0.0

try:
    mod0(1.5)
except ZeroDivisionError as e:
    print("caught", e)
