class Greeter:
    def greet(self, name):
        return 'hi ' + name
g = Greeter()
print(g.greet('a'))
g.greet()
