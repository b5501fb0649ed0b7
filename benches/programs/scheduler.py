# A class-heavy simulation in the spirit of the richards benchmark: tasks of
# several kinds (subclasses with their own `step`) exchange packets through
# a scheduler; lots of method calls, attribute reads and writes, and small
# object allocation.


class Packet:
    def __init__(self, kind: int, dest: int, value: int) -> None:
        self.kind = kind
        self.dest = dest
        self.value = value
        self.hops = 0


class Task:
    def __init__(self, ident: int, priority: int) -> None:
        self.ident = ident
        self.priority = priority
        self.inbox: list = []
        self.handled = 0
        self.checksum = 0

    def accept(self, p: Packet) -> None:
        p.hops += 1
        self.inbox.append(p)

    def ready(self) -> bool:
        return len(self.inbox) > 0

    def step(self, sched: "Scheduler") -> None:
        raise NotImplementedError


class Worker(Task):
    def step(self, sched: "Scheduler") -> None:
        p = self.inbox.pop()
        self.handled += 1
        p.value = (p.value * 31 + self.ident) % 1000003
        self.checksum = (self.checksum + p.value) % 1000000007
        p.dest = (p.dest + 1 + p.value % 3) % sched.ntasks
        sched.send(p)


class Handler(Task):
    def __init__(self, ident: int, priority: int, batch: int) -> None:
        super().__init__(ident, priority)
        self.batch = batch
        self.held: list = []

    def step(self, sched: "Scheduler") -> None:
        self.held.append(self.inbox.pop())
        self.handled += 1
        if len(self.held) >= self.batch:
            total = 0
            for p in self.held:
                total += p.value
            for p in self.held:
                p.value = (p.value + total) % 1000003
                p.dest = (p.dest + self.batch) % sched.ntasks
                sched.send(p)
            self.checksum = (self.checksum + total) % 1000000007
            self.held = []


class Device(Task):
    def step(self, sched: "Scheduler") -> None:
        p = self.inbox.pop()
        self.handled += 1
        if p.hops > 40:
            # Retire the packet and make a fresh one.
            self.checksum = (self.checksum + p.hops * p.value) % 1000000007
            p = Packet(p.kind ^ 1, (self.ident * 7) % sched.ntasks, p.value + 1)
        else:
            p.dest = (p.dest * 5 + 1) % sched.ntasks
        sched.send(p)


class Scheduler:
    def __init__(self) -> None:
        self.tasks: list = []
        self.ntasks = 0
        self.sent = 0

    def add(self, t: Task) -> None:
        self.tasks.append(t)
        self.ntasks = len(self.tasks)

    def send(self, p: Packet) -> None:
        self.sent += 1
        self.tasks[p.dest].accept(p)

    def run(self, rounds: int) -> int:
        steps = 0
        for _ in range(rounds):
            for t in self.tasks:
                if t.ready():
                    t.step(self)
                    steps += 1
        return steps


def main() -> None:
    s = Scheduler()
    for i in range(24):
        if i % 3 == 0:
            s.add(Worker(i, i % 5))
        elif i % 3 == 1:
            s.add(Handler(i, i % 5, 2 + i % 3))
        else:
            s.add(Device(i, i % 5))
    for k in range(60):
        s.send(Packet(k % 2, k % s.ntasks, k))
    steps = s.run(40000)
    total = 0
    handled = 0
    for t in s.tasks:
        total = (total + t.checksum) % 1000000007
        handled += t.handled
    print(f"steps {steps} sent {s.sent} handled {handled} checksum {total}")


main()
