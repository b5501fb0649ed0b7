class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'V({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'<{self.x}, {self.y}>'
v = V(1, 'a')
print(v, repr(v), str(v), [v], (v,), {'k': v}, f'{v}', f'{v!r}', '%s %r' % (v, v), str([v]))
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
o = OnlyRepr()
print(o, str(o), [o], f'{o}')
class OnlyStr:
    def __str__(self):
        return 'just str'
s = OnlyStr()
print(s, str(s), f'{s}', repr(s).startswith('<__main__.OnlyStr object at '))
