class Point:
    def __init__(self):
        self.x = 1
p = Point()
try:
    p.zzzzzz
except AttributeError as e:
    print("caught:", e, e.name, e.obj is p)
print("x".upper().nonexistent_attribute_here)
