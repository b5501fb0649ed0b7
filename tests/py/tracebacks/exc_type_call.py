x = 5
print("calling")
x(1)
