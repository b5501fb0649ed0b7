vals = [True, False]
for a in vals:
    for b in vals:
        print(a, b, a and b, a or b, not a, a == b, a != b, a ^ b, a & b, a | b)
print(True and 0, 0 or False, 'x' and 'y', '' or 'default', None and 1, [] or {} or 'end')
print(all([True, True]), all([True, False]), any([False, False]), any([False, True]))
print(not None, not 0, not '', not [], not 'a', not [0])
print(1 and 2 and 3, 1 and 0 and 3, 0 or '' or None, 0 or 5 or 7)
