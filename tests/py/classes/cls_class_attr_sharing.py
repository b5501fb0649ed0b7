class Registry:
    items = []
    def add(self, x):
        self.items.append(x)
r1 = Registry()
r2 = Registry()
r1.add('one')
r2.add('two')
print(Registry.items, r1.items is r2.items)
class Fixed:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
f1 = Fixed()
f2 = Fixed()
f1.add('one')
print(f1.items, f2.items)
class Config:
    debug = False
c = Config()
print(c.debug)
Config.debug = True
print(c.debug)
c.debug = 'instance'
Config.debug = False
print(c.debug, Config.debug, Config().debug)
