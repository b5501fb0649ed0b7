for x in [1, 2]:
    print(x)
for y in 3.5: pass
