a = 5
print(1 < a < 10, 1 < a > 10, a == 5.0, a != 5)
print(a > 3 and a < 4, a > 3 or a < 4, not a, not 0)
print(0 or "x", "" and 1, None or 0)
print(1 if a > 2 else 2, "yes" if not a else "no")
print(a is a, None is None, a is not None)
print("abc" < "abd", "b" > "abc", "x" * 3, "ab" + "cd")
print((1, 2), [1, "two", 3.0], (1,), ())
