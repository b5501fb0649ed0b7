def steps():
    print('step 1')
    yield 'a'
    print('step 2')
    yield 'b'
    print('step 3')
g = steps()
print('created generator')
print(next(g))
print(next(g))
print(next(g, 'exhausted'))
print(next(g, 'still exhausted'))
def early_return(flag):
    yield 1
    if flag:
        return
    yield 2
print(list(early_return(True)), list(early_return(False)))
def nested_loops():
    for i in range(3):
        for j in range(3):
            if i == j:
                continue
            yield (i, j)
print(list(nested_loops()))
def gen_with_try():
    try:
        yield 'in try'
    finally:
        print('generator finally')
print(list(gen_with_try()))
