def outer():
    return inner_helper(1)


def inner_helper(x):
    return x + undefined_thing


outer()
