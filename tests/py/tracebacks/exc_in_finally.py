def f():
    try:
        1 / 0
    finally:
        print("cleaning")
        [][0]


f()
