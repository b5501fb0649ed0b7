text = 'hello'
print(text.upper())
print(text.reverse())
