class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __repr__(self): return f"V({self.x})"
a, b = {V(1), V(2)}, {V(2), V(1)}
print(a == b, a != b, a <= b, a < b, {V(1)} < a, a > {V(2)}, a >= {V(3)}, frozenset(a) == b)
print({1: V(1), 2: V(2)} == {2: V(2), 1: V(1)}, {V(1): 1} == {V(1): 1}, {V(1): 1} != {V(1): 2})
print(sorted(a, key=lambda v: v.x), {V(1), V(1)})
