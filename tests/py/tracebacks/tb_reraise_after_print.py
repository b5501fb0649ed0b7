def parse(text):
    try:
        return int(text)
    except ValueError:
        print('could not parse', repr(text))
        raise
print(parse('12'))
parse('1 2')
