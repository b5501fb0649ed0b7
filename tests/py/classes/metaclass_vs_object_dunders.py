class Meta(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def hello(cls):
        return "hello from " + cls.__name__
class M(metaclass=Meta):
    pass
print(type(M.__new__(M)).__name__)
print(M, repr(M), M.hello(), M.__init__)
class C:
    @staticmethod
    def f(x):
        return x
sm = C.__dict__["f"]
print(callable(sm), sm(3), callable(C.__dict__.get("g")))
