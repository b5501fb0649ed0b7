# Generator pipeline with stateful stages: dedupe, batch, running totals, and early termination.
def source(n):
    for i in range(n):
        v = (i * 7) % 11
        print(f"  src -> {v}")
        yield v


def dedupe(it):
    seen = set()
    for x in it:
        if x in seen:
            continue
        seen.add(x)
        yield x


def batched(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


def running_total(it):
    total = 0
    for b in it:
        total += sum(b)
        yield b, total


stream = running_total(batched(dedupe(source(14)), 3))
for batch, total in stream:
    print("batch", batch, "total", total)
    if total > 20:
        print("stopping early")
        break
print("remaining after break:", list(stream))
print(list(batched(range(7), 3)), list(batched([], 2)))
print(list(dedupe("mississippi")), "".join(dedupe("abracadabra")))


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, (4, 5)], []], 6, [[[7]]]])))


def chunks_by(it, pred):
    group = []
    for x in it:
        if pred(x) and group:
            yield group
            group = []
        group.append(x)
    if group:
        yield group


print(list(chunks_by(["# a", "1", "2", "# b", "3", "# c"], lambda s: s.startswith("#"))))
gen = (x * x for x in range(5))
print(sum(gen), sum(gen), "generator consumed once")
