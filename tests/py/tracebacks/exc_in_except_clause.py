def f():
    try:
        raise ValueError("original")
    except Missing:
        pass


f()
