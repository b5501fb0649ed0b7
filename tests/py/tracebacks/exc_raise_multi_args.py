raise IndexError("a", 2)
