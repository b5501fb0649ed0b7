class Celsius:
    def __init__(self, deg):
        self.deg = deg
t = Celsius(20)
print(t.deg)
print(t + 5)
