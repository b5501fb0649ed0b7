def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print("caught:", e)
    x = 1
    print(inner())
    return inner

outer()

def outer2():
    def inner():
        return y + 1
    result = inner()
    y = 2
    return result

outer2()
