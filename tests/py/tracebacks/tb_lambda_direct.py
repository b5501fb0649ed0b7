square = lambda v: v * v
print(square(4))
print(square('x'))
