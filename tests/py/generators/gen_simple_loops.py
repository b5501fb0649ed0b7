def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(6)))
for s in squares(4):
    print('square', s)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)), max(countdown(7)), sorted(countdown(3)))
def letters(word):
    for ch in word:
        if ch.isalpha():
            yield ch.upper()
print(list(letters('a1b2c3')), ''.join(letters('h-i!')))
def pairs(xs):
    prev = None
    for x in xs:
        if prev is not None:
            yield prev, x
        prev = x
print(list(pairs([1, 2, 3, 4])))
g = squares(3)
print(next(g), next(g), next(g), next(g, 'end'))
