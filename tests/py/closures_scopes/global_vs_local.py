counter = 0
def increment():
    global counter
    counter += 1
    return counter
def peek():
    return counter
def local_only():
    counter = 100
    return counter
print(increment(), increment(), peek(), local_only(), peek(), counter)
names = []
def add_name(n):
    names.append(n)
add_name('a')
add_name('b')
print(names)
def rebind_list():
    global names
    names = ['fresh']
rebind_list()
print(names)
def make_global_fn():
    global helper
    def helper():
        return 'helper called'
make_global_fn()
print(helper())
