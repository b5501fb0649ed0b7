import_count = 0
for word in ['alpha', 'beta']:
    print(word.upper())
data = {'k': [1, 2]}
print(data['k'][2])
