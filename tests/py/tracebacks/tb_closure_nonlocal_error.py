def make():
    items = []
    def add(x):
        items.append(x)
        return items[len(items)]
    return add
add = make()
add(1)
