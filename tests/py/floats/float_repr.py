print(1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234)
print(0.1 + 0.2, 0.1 + 0.7, 1 / 3, 2 / 3, 100.0, 1e22, 1e23)
print(-0.0, 0.0, -0.0 == 0.0, 0.0 * -1, -1 * 0.0)
inf = 1e308 * 10
nan = inf - inf
print(inf, -inf, nan, inf * 0, -inf + inf, inf + 1, inf / 1e308)
print(nan == nan, nan != nan, inf == inf, inf > 10 ** 400, -inf < -(10 ** 400))
print(1.7976931348623157e308, 5e-324, 2.2250738585072014e-308)
print(repr(0.3), str(0.3), repr(-1.5e-10), str(1e100))
print(float("inf"), float("-inf"), float("nan"), float(" 1.5 "), float("1e3"))
print(123.456, 1.0, 10.0 / 3.0, 9.999999999999999e22, 1.5e16)
print(abs(-0.0), abs(-inf), -nan, max(1, 2.5), min(-0.0, 0.0))
