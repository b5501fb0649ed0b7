print(str(1, 2, 3))
