s = 'abcdefghij'
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-3:], s[:-3], s[2:-2])
print(s[100:], s[-100:3], s[5:2], s[::3], s[-1::-3], s[3:3], repr(s[10:]))
print(s[0], s[-1], s[len(s) - 1])
for i in range(-3, 4):
    print(i, s[i:], s[:i], s[i::i or 1])
u = 'héllo wörld ñ 日本語'
print(u[::-1], u[6:11], len(u), u[-3:], u[1], u[::3])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[1] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(s[slice(1, 5)], s[slice(None, None, -1)], s[slice(2, None, 3)])
