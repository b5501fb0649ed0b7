x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xF0; print(x)
x |= 0x0F; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x)
big = 1
for i in range(1, 40):
    big *= i
    big += i
print(big)
lst = [1, 2]
lst2 = lst
lst += [3]
print(lst, lst2, lst is lst2)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = 'a'
s += 'b'
s *= 2
print(s)
d = {'k': 1}
d['k'] += 10
d['k'] *= 2
print(d)
