class Animal:
    sound = '...'
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + '!' * self.age
class Cat(Animal):
    def speak(self):
        return 'purr ' + Animal.speak(self)
for a in [Animal('generic'), Dog('rex'), Puppy('bit', 3), Cat('tom')]:
    print(a.speak(), a.kind(), isinstance(a, Dog), isinstance(a, Animal))
print(Animal.count, Dog.count, Puppy.sound, Cat.sound)
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__)
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
