class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]
    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        for row in self.rows:
            yield from row
    def __contains__(self, v):
        return any(v in row for row in self.rows)
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __repr__(self):
        return f'Matrix({self.rows})'
m = Matrix([[1, 2], [3, 4]])
print(m[0, 1], m[1, 0], len(m), list(m), 4 in m, 9 in m, sum(m))
m[0, 0] = 10
print(m, m == Matrix([[10, 2], [3, 4]]), m != Matrix([[1]]), sorted(m))
try:
    m[5, 0]
except IndexError as e:
    print(type(e).__name__, e)
