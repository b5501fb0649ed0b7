class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)

c = Config(host="localhost", port=8080)
print(c.host, c.port)
d = c.__dict__
d["debug"] = True
print(c.debug)
c.timeout = 5
print(d)
del d["host"]
print(hasattr(c, "host"), vars(c) is d)
del c.port
print(d, len(vars(c)))
c.__dict__.clear()
print(vars(c), hasattr(c, "debug"))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"

ps = [Point(i, i * i) for i in range(3)]
for p in ps:
    p.__dict__["z"] = p.x + p.y
print(ps)
print(sum(p.z for p in ps))
try:
    print(ps[0].w)
except AttributeError as e:
    print("AttributeError", e)
