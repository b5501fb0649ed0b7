hexes = ['ff', '1A', 'g1']
for h in hexes:
    print(int(h, 16))
