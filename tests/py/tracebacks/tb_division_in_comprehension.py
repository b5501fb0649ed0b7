values = [2, 1, 0, 4]
print([10 // v for v in values if v > 1])
print([10 // v for v in values])
