def last_even(xs):
    for x in xs:
        if x % 2 == 0:
            found = x
    return found
print(last_even([1, 2, 3]))
print(last_even([1, 3]))
