class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count = Animal.count + 1

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return self.speak() + " (" + self.kind + ")"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name):
        Animal.__init__(self, name, "woof")
        self.tricks = []

    def add(self, t):
        self.tricks.append(t)
        return self


d = Dog("rex")
a = Animal("generic")
print(d.describe())
print(a.describe())
d.add("sit").add("roll")
print(d.tricks, Animal.count, Dog.count)
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(a, Dog))
print(isinstance(d, (int, Dog)), isinstance(3, Animal))
print(Dog.__name__, Dog.kind, d.__class__.__name__)
x = 10
class K:
    x = x + 1
    y = [x]
    def get(self):
        return x
print(K.x, K.y, K().get())

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + A.who(self)
class C(A):
    def who(self):
        return "C" + A.who(self)
class D(B, C):
    def who(self):
        return "D" + B.who(self) + C.who(self)
print(D().who())
print(repr(D))
try:
    d.missing
except AttributeError as e:
    print(e)
try:
    Dog.missing
except AttributeError as e:
    print(e)
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print(e)
