# chained comparisons and every comparison operator.
a < b
a > b
a == b
a >= b
a <= b
a != b
a in b
a not in b
a is b
a is not b
a < b < c
a < b <= c == d != e > f >= g
a in b not in c is d is not e
not a == b
not a in b
(a < b) < c
a < (b < c)
a == b == c
1 < x < 10
a is not (not b)
a | b < c & d
