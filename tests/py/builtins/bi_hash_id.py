print(hash(1), hash(1.0), hash(True), hash(0), hash(-1), hash(-2), hash(2 ** 62), hash(1.5), hash(-0.5))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash((None,)) == hash((None,)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash('abc') == hash('ab' + 'c'), hash(b'x') == hash(b'x'), hash(None) == hash(None))
for bad in [[1], {1: 2}, {1}, ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 10
    def __eq__(self, o):
        return self.v == o.v
print(hash(H(13)), len({H(1), H(11), H(1)}), H(5) in {H(5)})
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
