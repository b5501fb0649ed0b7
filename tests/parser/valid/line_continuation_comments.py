# comments in odd places and backslash line continuations.
#!not-a-shebang-but-a-comment
x = 1  # trailing comment
y = 1 + \
    2
if a and \
   b:
    pass
z = (1 +  # comment inside parens
     2)
w = [
    1,  # one
    # standalone comment in a list
    2,
]


def f():
    # comment at start of body
    return 1
    # comment after return


# comment between functions
class C:
    x = 1
# dedented comment inside class region
    y = 2

assert x, \
    "msg"
with a \
        as b:
    pass
s = "abc" \
    "def"
t = \
    1
