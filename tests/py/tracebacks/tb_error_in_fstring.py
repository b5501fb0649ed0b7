values = {'a': 1}
for k in ['a', 'b']:
    print(f'{k} -> {values[k]}')
