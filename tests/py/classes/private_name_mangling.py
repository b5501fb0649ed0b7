class A:
    __count = 0
    def __init__(self, __v=3):
        A.__count += 1
        self.__v = __v
        __local = self.__v * 2
        self.twice = __local
    @classmethod
    def count(cls):
        return cls.__count
    def __private(self):
        return "private"
    def call(self):
        return self.__private()
class B(A):
    def __init__(self):
        super().__init__()
        self.__v = 10
b = B(); a = A(5)
print(sorted(vars(b)), A.count(), a.call(), a.twice, b._B__v, b._A__v)
print([k for k in A.__dict__ if 'A__' in k])
class _Under:
    def __init__(self): self.__z = 1
print(vars(_Under()))
def outer():
    class C:
        def m(self):
            __q = 5
            return [__q for _ in range(2)]
    return C().m()
print(outer())
try:
    a.__v
except AttributeError as e:
    print(e)
