# Generators dropped inside hot functions (compiled by the JIT): each is
# closed where its last reference goes, interleaved with other output.
def tidy(i):
    try:
        yield i
        yield i + 1
    finally:
        if i % 50 == 0:
            print('closed', i)


def use(n):
    total = 0
    g = None
    for i in range(n):
        g = tidy(i)
        total += next(g)
        if i % 50 == 0:
            print('opened', i)
    print('loop over')
    return total


print(use(200))
print(use(120))


def consume_some(n):
    out = []
    for i in range(n):
        for x in tidy(i * 50):
            out.append(x)
            break
    return len(out)


print(consume_some(5))
