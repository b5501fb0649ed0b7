inputs = ['10', 'x', '0', '5', '', '-2']
results = []
for s in inputs:
    try:
        n = int(s)
        results.append(100 // n)
    except ValueError as e:
        results.append('bad: ' + str(e))
    except ZeroDivisionError:
        results.append('div0')
    else:
        results.append('ok')
    finally:
        results.append('|')
print(results)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf')
    except TypeError:
        return None
print([safe_div(1, x) for x in [1, 0, 'a', 4]])
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise ConnectionError(f'attempt {attempts}')
        print('succeeded after', attempts)
        break
    except ConnectionError as e:
        print('retry:', e)
