# Automatic collection: garbage cycles with __del__ are found by the
# collector while the program runs (after ~700 container allocations),
# not only at exit.
class Cyc:
    alive = 0
    freed = 0

    def __init__(self):
        Cyc.alive += 1
        self.me = self

    def __del__(self):
        Cyc.freed += 1


for i in range(5000):
    Cyc()
print("made", Cyc.alive)
print("some were collected already:", Cyc.freed > 0)
print("not more than were made:", Cyc.freed <= Cyc.alive)


class Pair:
    def __init__(self, n):
        self.n = n
        self.other = None

    def __del__(self):
        log.append(self.n)


log = []
for i in range(3000):
    p = Pair(i)
    q = Pair(-i)
    p.other = q
    q.other = p
p = q = None
print("pairs collected during the loop:", len(log) > 0)
print("each finalized at most once:", len(log) == len(set(log)))
print("end")
