# CRLF line endings everywhere, including inside triple-quoted strings.
x = 1
if x:
    y = """a
b"""
    z = (1,
         2)
w = 1 + \
    2

def f():
    return "crlf"
