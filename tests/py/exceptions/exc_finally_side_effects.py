state = []
def op(n):
    state.append('start ' + str(n))
    try:
        if n == 0:
            raise ZeroDivisionError('n is zero')
        if n < 0:
            return 'negative'
        state.append('ok ' + str(n))
        return 'positive'
    finally:
        state.append('end ' + str(n))
for n in [1, -1, 0]:
    try:
        print(op(n))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
print(state)
def count_finally():
    count = 0
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise KeyError(i)
            finally:
                count += 1
        except KeyError as e:
            print('KeyError', e)
    return count
print(count_finally())
