# __del__ from hot code (compiled by the JIT when on): the order must stay
# CPython's.
class T:
    made = 0

    def __init__(self, i):
        self.i = i

    def __del__(self):
        if self.i % 250 == 0:
            print("del", self.i)


def churn(n):
    total = 0
    for i in range(n):
        t = T(i)
        total += t.i
        if i % 250 == 0:
            print("made", i)
    return total


print(churn(1001))


def hot(k: int) -> int:
    s = 0
    for i in range(k):
        s += i
    return s


for j in range(3):
    obj = T(j * 250)
    print("hot", hot(2000))
    del obj
    print("after del", j)
print("end")
