def validate(x):
    if not isinstance(x, int):
        raise TypeError('expected int, got ' + repr(x))
    return x
def process(items):
    return [validate(i) * 2 for i in items]
def main():
    print(process([1, 2]))
    print(process([1, 'two']))
main()
