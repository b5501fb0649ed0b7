counter_limit = 10
def check(n):
    return n < counter_limt
print(check(3))
