def helper():
    raise ValueError("in helper")


try:
    [][1]
except IndexError:
    helper()
