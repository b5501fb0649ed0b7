def t(v):
    print("t", v)
    return v


print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t(4))
print(t(5) or t(6))
print(t("") or t(None) or t(0))
print(t(1) and t(2) and t(3))
print(t(1) and t(0) and t(3))
print(t(0) or t(1) and t(2))
print(not t(0) or t(9))
print([] or (), [0] and "yes", 0.0 or -0.0, "" or "x" and "y")
print(None and 1, 1 and None, 0 or None)
a = 5
r = a > 3 and "big" or "small"
print(r, a < 3 and "big" or "small")
print(1 if t(0) else 2, t(3) if t(True) else t(4))
print("a" if 0 else "b" if "" else "c" if [1] else "d")
print(not 1, not [], not (), not None, not 0.0, not "0")
