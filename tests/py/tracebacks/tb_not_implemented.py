class Shape:
    def area(self):
        raise NotImplementedError('subclasses must implement area')
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
for sh in [Square(3), Shape()]:
    print(sh.area())
