width = 5
print(f'{"ok":>{width}}')
value = 'text'
print(f'{value:d}')
