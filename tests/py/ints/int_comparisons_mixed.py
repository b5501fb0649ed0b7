print(1 < 2.5, 2 == 2.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > float('inf'), -10 ** 400 < float('-inf'))
print(1 == True, 0 == False, 2 > True, 1.0 == True, 10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(max(1, 1.0), max(1.0, 1), min(0, False), sorted([3, 2.5, True, 0, -1.5]))
print(int(1e15) == 10 ** 15, float(10 ** 15) == 1e15, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
print(3 // 2.0, 3 % 2.0, -3 // 2.0, 3 / 2, 4 / 2, type(4 / 2).__name__, type(4 // 2).__name__, type(4.0 // 2).__name__)
print(7 * 1.0, 7 + 0.0, 2 ** 0.5 > 1.41, 2 ** -2, (-8) ** 2, 10 ** -1, type(10 ** -1).__name__)
big = 10 ** 30
print(big / 10 ** 10, big // 10 ** 10, float(big), big * 1.5, big + 0.5 == float(big))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) % 7)
