try:
    x = 1
except ValueError:
    print("no")
else:
    print("else raises")
    raise KeyError("from else")
