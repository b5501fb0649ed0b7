try:
    line = input()
    print('read', repr(line))
except EOFError as e:
    print(type(e).__name__, e)
try:
    line = input('prompt> ')
    print('read', repr(line))
except EOFError as e:
    print(type(e).__name__, e)
print('done')
