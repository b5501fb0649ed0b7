# Two starred targets in one assignment.
x = [1, 2]
a, *b, *c = x
