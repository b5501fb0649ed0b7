for spec in ['<10', '>10', '^10', '*<10', '*>10', '*^10', '-^11', '0>6', '.^7', '10', '3']:
    print(repr(f'{"abc":{spec}}'), repr(format('abc', spec)))
for spec in ['<8', '>8', '^8', '=8', '0=8', '*=+8', '08', '_^9', '+', ' ', '-']:
    print(spec, repr(format(42, spec)), repr(format(-42, spec)), repr(format(3.5, spec)))
print(f'[{"x":>{5}}] [{7:{"^"}{7}}] [{"é":_^5}]')
w, p = 10, 3
print(f'[{3.14159:{w}.{p}f}] [{3.14159:<{w}.{p}}]')
