# Independent random.Random instances, getstate/setstate replays a sequence.
import random

a = random.Random(99)
b = random.Random(99)
print([a.randint(0, 9) for _ in range(8)] == [b.randint(0, 9) for _ in range(8)])
c = random.Random()
c.seed(99)
print(c.random() == random.Random(99).random())

random.seed(5)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
print(type(state).__name__, len(state), state[0])

r = random.Random(7)
saved = r.getstate()
seq = [r.choice("xyz") for _ in range(10)]
r.setstate(saved)
print("".join(seq), "".join(r.choice("xyz") for _ in range(10)))

random.seed(1)
g = random.random()
other = random.Random(1)
other.random()
other.random()
random.seed(1)
print(random.random() == g)


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(3)
print([d.roll() for _ in range(10)], isinstance(d, random.Random))
