# conditional expressions: nesting, associativity, precedence with lambda and boolean ops.
x = a if b else c
x = a if b else c if d else e
x = (a if b else c) if d else e
x = a if (b if c else d) else e
x = a or b if c and d else not e
x = lambda: a if b else c
x = [a if b else c for a in d if e]
x = (a if b else c, d)
f(a if b else c)
x = a if b else lambda: c
x = not a if b else c
x = -a if b else +c
