# yield from: recursive tree walks, return values from subgenerators, and delegation of send.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children


tree = Node(1, Node(2, Node(4), Node(5, Node(8))), Node(3, Node(6), Node(7)))


def preorder(node):
    yield node.value
    for c in node.children:
        yield from preorder(c)


def postorder(node):
    for c in node.children:
        yield from postorder(c)
    yield node.value


def count_and_sum(node):
    total = node.value
    count = 1
    for c in node.children:
        sub_count, sub_total = yield from count_and_sum(c)
        count += sub_count
        total += sub_total
    yield f"visited {node.value}"
    return count, total


print(list(preorder(tree)))
print(list(postorder(tree)))


def driver():
    result = yield from count_and_sum(tree)
    yield f"result {result}"


print(list(driver()))


def depth_paths(node, path=()):
    path = path + (node.value,)
    if not node.children:
        yield path
    for c in node.children:
        yield from depth_paths(c, path)


print(list(depth_paths(tree)))


def echo():
    received = []
    while True:
        x = yield len(received)
        if x == "stop":
            return received
        received.append(x)


def wrapper():
    got = yield from echo()
    yield f"echo returned {got}"


w = wrapper()
print(next(w), w.send("a"), w.send("b"), w.send("stop"))
print(list(w))


def chained(*iterables):
    for it in iterables:
        r = yield from it
        if r is not None:
            print("  sub returned", r)


def sub(n):
    yield from range(n)
    return n * 10


print(list(chained(sub(2), "xy", sub(3), iter([]))))
print(sum(preorder(tree)), max(postorder(tree)), sorted(preorder(tree), reverse=True)[:3])
