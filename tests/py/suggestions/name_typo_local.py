def total(values):
    running_total = 0
    for value in values:
        running_total += value
    return runing_total

print(total([1, 2, 3]))
