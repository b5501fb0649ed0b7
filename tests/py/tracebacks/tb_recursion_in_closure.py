def outer():
    def walk(n):
        return walk(n + 1) + 1
    return walk(0)
outer()
