class Base:
    def __init__(self, name):
        self.name = name
        self.log = ['Base']
    def greet(self):
        return 'hello from ' + self.name
class Middle(Base):
    def __init__(self, name, level):
        super().__init__(name)
        self.level = level
        self.log.append('Middle')
    def greet(self):
        return super().greet() + ' (level ' + str(self.level) + ')'
class Top(Middle):
    def __init__(self):
        super().__init__('top', 3)
        self.log.append('Top')
    def greet(self):
        return super().greet().upper()
t = Top()
print(t.name, t.level, t.log)
print(t.greet())
print(Middle('m', 1).greet())
print(isinstance(t, Base), isinstance(t, Middle))
