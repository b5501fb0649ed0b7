for x in y:
    pass
elif z:
    pass
