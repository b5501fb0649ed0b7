class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print('hello', 'world', file=c)
print('x', end='', file=c)
print(c.parts)
print('a', 'b', sep='-', file=None)
