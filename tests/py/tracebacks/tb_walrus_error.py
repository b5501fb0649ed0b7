data = {'a': 1}
if (v := data.get('a')) is not None:
    print('got', v)
if (w := data['b']):
    print(w)
