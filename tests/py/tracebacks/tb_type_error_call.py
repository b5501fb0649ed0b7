def area(w, h):
    return w * h
print(area(2, 3))
print(area(2, h=3, d=4))
