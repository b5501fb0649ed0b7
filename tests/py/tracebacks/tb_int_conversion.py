ages = ['30', '41', 'unknown']
for a in ages:
    print(int(a) + 1)
