class Vehicle:
    wheels = 4
    def __init__(self, name):
        self.name = name
    def describe(self):
        return self.name + ' has ' + str(self.wheels) + ' wheels'
    def honk(self):
        return 'beep'
class Bike(Vehicle):
    wheels = 2
    def honk(self):
        return 'ring'
class Truck(Vehicle):
    wheels = 18
    def __init__(self, name, load):
        Vehicle.__init__(self, name)
        self.load = load
    def describe(self):
        return Vehicle.describe(self) + ' and carries ' + str(self.load)
for v in [Vehicle('car'), Bike('bmx'), Truck('big', 40)]:
    print(v.describe(), v.honk(), isinstance(v, Vehicle), isinstance(v, Bike))
print(issubclass(Truck, Vehicle), issubclass(Vehicle, Truck), Bike.wheels, Vehicle.wheels)
class Sub(Truck):
    def honk(self):
        return super().honk() + '!!'
s = Sub('sub', 1)
print(s.describe(), s.honk(), isinstance(s, Truck))
