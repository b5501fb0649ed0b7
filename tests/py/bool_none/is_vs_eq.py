a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a is not b, c is not a)
c.append(4)
print(a, b, a == b)
t1 = (1, 2)
print(t1 == (1, 2), t1 is t1)
print(None is None, True is True, False is not True)
x = 1.0
print(x == 1, x is x)
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
p, q = P(1), P(1)
print(p == q, p is q, p != q, p == 1, p in [q], p in [1, 2])
class N:
    pass
n1, n2 = N(), N()
print(n1 == n2, n1 == n1, n1 != n2, n1 in [n2], n1 in [n2, n1])
print([] == [], [] is [], {} == {}, (1,) == (1,), [1, [2]] == [1, [2]])
print([1, 2] == (1, 2), 'a' == 'a', '1' == 1, 1 == 1 + 0j)
s = 'hello'
print(s == 'hel' + 'lo', s is s)
