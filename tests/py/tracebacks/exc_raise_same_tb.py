def f():
    try:
        x = [1][2]
    except IndexError as e:
        print("re-raising")
        raise e


f()
