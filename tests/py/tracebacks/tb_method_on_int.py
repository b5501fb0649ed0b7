count = 5
print(count + 1)
count.append(6)
