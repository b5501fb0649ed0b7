def todo(x):
    raise NotImplementedError("todo: " + repr(x))


todo([1, "a"])
