def level3(n):
    return [1, 2][n]


def level2(n):
    return level3(n) + 1
