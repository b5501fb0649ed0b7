# with statements: one item, several items, targets, parenthesized items (3.9+ grammar).
with open("f") as f:
    pass

with a, b:
    pass

with a as x, b as y, c:
    pass

with (open("a") as a, open("b") as b):
    pass

with (
    open("a") as a,
    open("b") as b,
):
    pass

with (a, b):
    pass

with (a):
    pass

with (yield):
    pass

with ctx() as (x, y):
    pass

with ctx() as [x, *y]:
    pass

with ctx() as obj.attr, ctx() as obj[0]:
    pass

with (x := ctx()) as y:
    pass

with (a, b) as c:
    pass

with (a as b,):
    pass
