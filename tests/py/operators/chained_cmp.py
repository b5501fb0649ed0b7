def val(x):
    print("eval", x)
    return x


print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(1 < 2 > 0 == 0 != 1 <= 1 >= 1)
print(1 == 1.0 == True, 0 < 0.5 < 1 < 10 ** 30)
print(val(5) == val(5) is not None)
x = 4
print(0 <= x < 5, 0 <= x < 4, x in (1, 4) in [True])
print(None is None is None, 1 < 2 < 3 < 4 < 5 < 4)
print("a" < "b" < "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0), (2,) > (1, 9))
print([1, 2] == [1, 2], (1, [2]) == (1, [2]), [] == (), [1.0] == [1])
