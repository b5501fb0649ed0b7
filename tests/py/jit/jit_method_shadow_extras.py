# A method cached for instances of one shape must not be used for an instance
# that holds the name itself beyond its shape (after the shape's transitions
# ran out, names go into the instance's extras).
class C:
    def __init__(self):
        self.a = 1
    def m(self):
        return "method"

def call_m(o):
    return o.m()

# Use up the transitions from the shape {a}: 24 different second names.
for k in range(30):
    c = C()
    setattr(c, f"x{k}", k)

plain = C()
for _ in range(300):
    call_m(plain)
odd = C()
odd.m = lambda: "instance attr"   # beyond the transitions: an extra
print(call_m(plain), call_m(odd))
for _ in range(300):
    r = call_m(odd)
print(r)
